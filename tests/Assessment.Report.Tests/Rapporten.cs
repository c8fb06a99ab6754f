using System.Collections.Concurrent;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Report.Rapport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Assessment.Report.Tests;

/// <summary>Reports rendered once for all tests, and their text as PdfPig reads it back.</summary>
public static class Rapporten
{
    public static readonly DateTimeOffset Moment = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Regelset> LazyRegelset = new(() => RegelsetLader.LaadStandaard());

    public static Regelset Regelset => LazyRegelset.Value;

    public static (Afweging Afweging, Voorstel Voorstel) Beoordeel(string voorbeeld)
    {
        var voorstel = Regelset.Lezer.Lees(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", voorbeeld))).Voorstel!;
        var afweging = new Beoordelaar(Regelset, new VasteKlok()).Beoordeel(voorstel);
        return (afweging with { Id = "01900000-0000-7000-8000-000000000000" }, voorstel);
    }

    private static readonly Lazy<(Afweging, Voorstel, byte[])> LazyOmmen = new(() =>
    {
        var (afweging, voorstel) = Beoordeel("ommen-hardenberg.json");
        return (afweging, voorstel, PdfRapport.Maak(afweging, voorstel, Regelset));
    });

    public static (Afweging Afweging, Voorstel Voorstel, byte[] Pdf) Ommen => LazyOmmen.Value;

    private static readonly ConcurrentDictionary<string, Lazy<(Afweging, Voorstel, byte[])>> PerVoorbeeld = new(StringComparer.Ordinal);

    /// <summary>An example from examples/, assessed by the engine and rendered once for all tests.</summary>
    public static (Afweging Afweging, Voorstel Voorstel, byte[] Pdf) Rapport(string voorbeeld) =>
        PerVoorbeeld.GetOrAdd(voorbeeld, v => new(() =>
        {
            var (afweging, voorstel) = Beoordeel(v);
            return (afweging, voorstel, PdfRapport.Maak(afweging, voorstel, Regelset));
        })).Value;

    /// <summary>
    /// The text of each page in the order it was drawn (a table cell's lines stay together, unlike a
    /// position-sorted reading), with a space wherever a new line starts, and whitespace folded.
    /// </summary>
    public static IReadOnlyList<string> PaginaTeksten(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(InhoudTekst)];
    }

    private static string InhoudTekst(Page pagina)
    {
        var tekst = new System.Text.StringBuilder();
        Letter? vorige = null;
        foreach (var letter in pagina.Letters)
        {
            if (vorige is not null
                && (Math.Abs(letter.StartBaseLine.Y - vorige.StartBaseLine.Y) > 0.5 || letter.StartBaseLine.X < vorige.EndBaseLine.X - 0.5
                    || letter.StartBaseLine.X > vorige.EndBaseLine.X + 1.5))
            {
                tekst.Append(' ');
            }

            tekst.Append(letter.Value);
            vorige = letter;
        }

        return Plat(tekst.ToString());
    }

    /// <summary>
    /// The page (from 1) on which a chapter starts: the first page whose content, after the running header and footer,
    /// starts with the heading (so not the table of contents, which names it too).
    /// </summary>
    public static int Hoofdstukpagina(IReadOnlyList<string> paginas, string kop)
    {
        for (var i = 0; i < paginas.Count; i++)
        {
            var voet = $"pagina {i + 1} van {paginas.Count}";
            var inhoud = paginas[i][(paginas[i].IndexOf(voet, StringComparison.Ordinal) + voet.Length)..].TrimStart();
            if (inhoud.StartsWith(kop, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"Geen hoofdstuk '{kop}' in het rapport.");
    }

    /// <summary>Whitespace folded to single spaces, for comparing wrapped text.</summary>
    public static string Plat(string tekst) => string.Join(' ', tekst.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IEnumerable<Page> Paginas(PdfDocument document) => document.GetPages();

    private sealed class VasteKlok : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Moment;
    }
}
