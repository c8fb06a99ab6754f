using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Assessment.Domain.Afwegingen;

/// <summary>
/// One source document of the framework as a reader can find it: the file name the rules cite in
/// <see cref="Bron.Document"/>, its title, authors, publisher and year as the document itself states them (absent when it
/// does not), and its own chapters and sections (<see cref="Indeling"/>), so a citation by line numbers
/// (<c>L9502-9580</c>) can be shown as "paragraaf 11.3 Het afwegingskader".
/// </summary>
public sealed partial record Brondocument(string Document, string Titel, string Soort, IReadOnlyList<Onderdeel> Indeling)
{
    public string? Ondertitel { get; init; }

    public IReadOnlyList<string> Auteurs { get; init; } = [];

    /// <summary>The publisher or institution (a university for a thesis, the research firm for a report).</summary>
    public string? Uitgever { get; init; }

    /// <summary>Who commissioned the document, when it says so.</summary>
    public string? Opdrachtgever { get; init; }

    public int? Jaar { get; init; }

    /// <summary>What a reader needs to know about the document that the fields above do not say (e.g. no title page).</summary>
    public string? Toelichting { get; init; }

    /// <summary>
    /// The part of the document a citation's place falls in: the last section that starts at or before the first line
    /// number in <paramref name="plaats"/> (<c>L9502-9580</c>, <c>hoofdstuk 11.3, L9502-9580</c>, <c>L201</c>); null
    /// when the place names no line.
    /// </summary>
    public Onderdeel? OnderdeelBij(string plaats)
    {
        var regel = EersteRegel(plaats);
        if (regel is null)
        {
            return null;
        }

        Onderdeel? gevonden = null;
        foreach (var onderdeel in Indeling)
        {
            if (onderdeel.VanafRegel > regel)
            {
                break;
            }

            gevonden = onderdeel;
        }

        return gevonden;
    }

    /// <summary>The first line number a place names (<c>L9502</c> in <c>hoofdstuk 11.3, L9502-9580</c>); null when none.</summary>
    public static int? EersteRegel(string plaats)
    {
        var match = Regelnummer().Match(plaats);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\bL(\d+)")]
    private static partial Regex Regelnummer();
}

/// <summary>
/// A chapter or section of a source document: the line of the text file where it starts, its number as the document
/// gives it (absent for unnumbered parts), its title, and the page it starts on where the document's own table of
/// contents gives one.
/// </summary>
public sealed record Onderdeel(int VanafRegel, string Titel)
{
    public string? Nummer { get; init; }

    public int? Pagina { get; init; }

    /// <summary>How the report names it: "paragraaf 11.3 Het afwegingskader", "hoofdstuk 5 ...", or the title alone.</summary>
    [JsonIgnore]
    public string Omschrijving => Nummer switch
    {
        null or "" => $"‘{Titel}’",
        _ when Nummer.Contains('.', StringComparison.Ordinal) => $"paragraaf {Nummer} {Titel}",
        _ => $"hoofdstuk {Nummer} {Titel}",
    };
}
