using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;
using Assessment.Report.Opmaak;

namespace Assessment.Report.Rapport;

/// <summary>
/// The sources as a reader can follow them: every citation (a document and a place in it) becomes a numbered entry,
/// in the order the report first cites it, for the part of the document it falls in (chapter or section, with the page
/// where the document has pages), never a line number of a text file. The report shows a short marker [n] that links
/// to the entry in the source list.
/// </summary>
internal sealed partial class Bronnenlijst(Regelset regelset)
{
    private readonly Dictionary<(string Document, string Plaats), int> _nummers = [];
    private readonly List<Ingang> _ingangen = [];

    /// <summary>One entry: its number, the document (null when the catalogue lacks it) and the part of it.</summary>
    public sealed record Ingang(int Nummer, string Document, Brondocument? Brondocument, Onderdeel? Onderdeel);

    public IReadOnlyList<Ingang> Ingangen => _ingangen;

    public static string Anker(int nummer) => "bron-" + nummer.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number of a citation, given on first use.</summary>
    public int Nummer(Bron bron)
    {
        var document = regelset.Kader.Document(bron.Document);
        var onderdeel = document?.OnderdeelBij(bron.Plaats);
        var sleutel = (bron.Document, onderdeel is null ? bron.Plaats : onderdeel.VanafRegel.ToString(CultureInfo.InvariantCulture));
        if (!_nummers.TryGetValue(sleutel, out var nummer))
        {
            nummer = _ingangen.Count + 1;
            _nummers[sleutel] = nummer;
            _ingangen.Add(new Ingang(nummer, bron.Document, document, onderdeel));
        }

        return nummer;
    }

    /// <summary>The markers of citations as linked cell parts ("[3]"), one per source, in order, without repeats.</summary>
    public IReadOnlyList<Celdeel> Markeringen(IEnumerable<Bron> bronnen) =>
        [.. bronnen.Select(Nummer).Distinct().Select(n => Celdeel.Link($"[{n}]", Anker(n), $"Bron {n}: {KorteVerwijzing(_ingangen[n - 1])}"))];

    /// <summary>For running text: the named place and description of marker [n] (null for a number that is no source).</summary>
    public (string Anker, string Omschrijving)? Doel(int nummer) =>
        nummer >= 1 && nummer <= _ingangen.Count ? (Anker(nummer), $"Bron {nummer}: {KorteVerwijzing(_ingangen[nummer - 1])}") : null;

    /// <summary>"[3] [7]" in running text.</summary>
    public string Tekst(IEnumerable<Bron> bronnen) => string.Join(" ", bronnen.Select(Nummer).Distinct().Select(n => $"[{n}]"));

    /// <summary>
    /// A text of the rule set with citations by line number in it ("(tien jaar, 002 L9559-9562)") with each citation
    /// replaced by its marker ("(tien jaar, [4])"): a reader cannot open a text file at a line. A citation without a
    /// document number ("L886-894") is taken to be in <paramref name="standaard"/> (the document of the text's own source).
    /// </summary>
    public string MetMarkeringen(string tekst, string? standaard = null) => Citaat().Replace(tekst, m =>
    {
        var document = m.Groups["document"].Success
            ? regelset.Kader.Documenten.FirstOrDefault(d => d.Document.StartsWith(m.Groups["document"].Value + "_", StringComparison.Ordinal))
            : standaard is null ? null : regelset.Kader.Document(standaard);
        return document is null
            ? m.Value
            : string.Join(", ", Regelbereik().Matches(m.Groups["plaats"].Value).Select(r => Nummer(new Bron(document.Document, r.Value))).Distinct().Select(n => $"[{n}]"));
    });

    [GeneratedRegex(@"(?:(?<document>\d{3}),? )?(?<plaats>\bL\d+(?:-\d+)?(?:(?:, ?|; ?| en )L\d+(?:-\d+)?)*)")]
    private static partial Regex Citaat();

    [GeneratedRegex(@"L\d+(?:-\d+)?")]
    private static partial Regex Regelbereik();

    /// <summary>"Berenschot (2018), paragraaf 11.3 Het afwegingskader".</summary>
    public static string KorteVerwijzing(Ingang ingang)
    {
        var wie = ingang.Brondocument is { } d ? $"{Makers(d)}{(d.Jaar is { } j ? $" ({j})" : "")}" : ingang.Document;
        return ingang.Onderdeel is { } o ? $"{wie}, {Plaats(o)}" : wie;
    }

    /// <summary>The full reference of an entry: the document's, then the part and page.</summary>
    public static string Volledig(Ingang ingang)
    {
        if (ingang.Brondocument is not { } d)
        {
            return $"Document {ingang.Document} (niet in de bronnencatalogus van het kader).";
        }

        if (ingang.Onderdeel is not { } o)
        {
            return Document(d);
        }

        var plaats = Plaats(o);
        return $"{Document(d)} {char.ToUpper(plaats[0], Teksten.Nl) + plaats[1..]}.";
    }

    /// <summary>The full reference of a document: authors (year). Title. Subtitle. Kind, publisher, in opdracht van ...</summary>
    public static string Document(Brondocument d)
    {
        var delen = new List<string>();
        var wie = Makers(d);
        delen.Add(d.Jaar is { } jaar ? $"{wie} ({jaar})." : $"{wie}.");
        delen.Add(d.Ondertitel is { } ondertitel ? $"{d.Titel}. {ondertitel}." : $"{d.Titel}.");
        var soort = char.ToUpper(d.Soort[0], Teksten.Nl) + d.Soort[1..];
        var uitgave = string.Join(", ", new[] { soort, d.Uitgever }.OfType<string>());
        delen.Add(d.Opdrachtgever is { } opdrachtgever ? $"{uitgave}, in opdracht van {opdrachtgever}." : $"{uitgave}.");
        return string.Join(" ", delen);
    }

    private static string Makers(Brondocument d) => d.Auteurs.Count switch
    {
        0 => d.Uitgever ?? d.Titel,
        1 => d.Auteurs[0],
        2 => $"{d.Auteurs[0]} en {d.Auteurs[1]}",
        _ => $"{d.Auteurs[0]} e.a.",
    };

    private static string Plaats(Onderdeel o) => o.Pagina is { } p ? $"{o.Omschrijving} (vanaf p. {p})" : o.Omschrijving;
}
