using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Tests.Regels;

/// <summary>
/// The rule set against its sources (the seed texts in <c>bronnen/</c>): every quote that grades a rule stands in the
/// lines it cites, and every number taken from the sources (<c>herkomst: bron</c>) stands there too, as digits or in words.
/// </summary>
public partial class BronnenTests
{
    private static readonly string[] Getalwoorden =
    [
        "nul", "één|een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig",
    ];

    public static TheoryData<string> Regels() => [.. Standaard.Regelset.Regels.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(Regels))]
    public void Het_citaat_dat_de_ernst_draagt_staat_letterlijk_op_de_geciteerde_regels(string id)
    {
        var regel = Standaard.Regelset.Regels.Single(r => r.Id == id);
        var onderbouwing = regel.ErnstOnderbouwing!;

        var ontbreekt = Bronteksten.OntbrekendeDelen(onderbouwing.Citaat, onderbouwing.Bron);

        Assert.True(ontbreekt.Count == 0, $"{id}: '{string.Join("' … '", ontbreekt)}' staat niet in {onderbouwing.Bron.Document} {onderbouwing.Bron.Plaats}.");
    }

    public static TheoryData<string> Bronparameters() =>
        [.. Standaard.Regelset.Parameters.Values.Where(p => p.Herkomst == Parameter.HerkomstBron).Select(p => p.Naam)];

    [Theory]
    [MemberData(nameof(Bronparameters))]
    public void Een_getal_uit_de_bron_staat_op_de_geciteerde_regels_in_cijfers_of_in_woorden(string naam)
    {
        var parameter = Standaard.Regelset.Parameters[naam];

        var tekst = Bronteksten.Regels(parameter.Bron!).ToLowerInvariant();

        Assert.True(Noemt(tekst, parameter.Waarde),
            $"{naam} = {parameter.Waarde.ToString(CultureInfo.InvariantCulture)} (bron) staat niet in {parameter.Bron!.Document} {parameter.Bron.Plaats}.");
    }

    [Fact]
    public void Elke_bron_van_een_regel_of_parameter_verwijst_naar_bestaande_regels_van_een_bestaand_document()
    {
        var bronnen = Standaard.Regelset.Regels.Concat(Standaard.Regelset.Aanbevelingsregels).SelectMany(r => r.Bronnen.Select(b => (r.Id, b)))
            .Concat(Standaard.Regelset.Regels.Select(r => (r.Id, r.ErnstOnderbouwing!.Bron)))
            .Concat(Standaard.Regelset.Parameters.Values.Where(p => p.Bron is not null).Select(p => (p.Naam, p.Bron!)));

        var fout = bronnen.Where(x => !Bronteksten.Bestaat(x.Item2))
            .Select(x => $"{x.Item1}: {x.Item2.Document} {x.Item2.Plaats}").ToList();

        Assert.True(fout.Count == 0, string.Join("\n", fout));
    }

    private static bool Noemt(string tekst, decimal waarde)
    {
        var cijfers = waarde.ToString("0.####", CultureInfo.InvariantCulture);
        var varianten = new List<string> { Regex.Escape(cijfers), Regex.Escape(cijfers.Replace('.', ',')) };
        if (waarde is > 0 and < 1)
        {
            varianten.Add(Regex.Escape((waarde * 100).ToString("0.##", CultureInfo.InvariantCulture)) + @"\s*(%|procent)");
        }

        if (waarde == Math.Floor(waarde) && waarde < Getalwoorden.Length)
        {
            varianten.Add(Getalwoorden[(int)waarde]);
        }

        return varianten.Any(v => Regex.IsMatch(tekst, $@"(?<![\p{{L}}\d]){v}(?![\p{{L}}\d])", RegexOptions.CultureInvariant));
    }

}

/// <summary>The seed texts in <c>bronnen/</c>, as rules and parameters cite them (<c>L123-145</c>, several ranges allowed).</summary>
public static partial class Bronteksten
{
    /// <summary>The cited lines of a document, joined.</summary>
    public static string Regels(Assessment.Domain.Afwegingen.Bron bron)
    {
        var regels = File.ReadAllLines(Pad(bron.Document));
        return string.Join("\n", Bereiken(bron.Plaats).SelectMany(b => regels.Skip(b.Van - 1).Take(b.Tot - b.Van + 1)));
    }

    /// <summary>The parts of a quote ('…' separates omissions) that do not stand on the cited lines (whitespace and hyphenation at line ends aside).</summary>
    public static List<string> OntbrekendeDelen(string citaat, Assessment.Domain.Afwegingen.Bron bron)
    {
        var tekst = Normaal(Regels(bron));
        return [.. citaat.Split(['…', '\u2026'], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Replace("...", "", StringComparison.Ordinal).Trim())
            .Where(deel => Normaal(deel) is var gezocht && gezocht.Length > 0 && !tekst.Contains(gezocht, StringComparison.Ordinal)
                && !Zonder(tekst, '-').Contains(Zonder(gezocht, '-'), StringComparison.Ordinal))];
    }

    /// <summary>The document exists and every cited range lies within it.</summary>
    public static bool Bestaat(Assessment.Domain.Afwegingen.Bron bron) =>
        File.Exists(Pad(bron.Document)) && Bereiken(bron.Plaats).Any()
        && Bereiken(bron.Plaats).All(b => b.Tot <= File.ReadLines(Pad(bron.Document)).Count());

    private static IEnumerable<(int Van, int Tot)> Bereiken(string plaats) =>
        RegelBereik().Matches(plaats).Select(m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value, CultureInfo.InvariantCulture)));

    private static string Pad(string document) => Standaard.Map(Path.Combine("bronnen", document));

    /// <summary>Text without whitespace and with hyphenation at line ends undone, so a quote may span lines.</summary>
    private static string Normaal(string tekst) => Witruimte().Replace(tekst.Replace("-\n", "", StringComparison.Ordinal), "");

    private static string Zonder(string tekst, char teken) => tekst.Replace(teken.ToString(), "", StringComparison.Ordinal);

    [GeneratedRegex(@"L(\d+)(?:\s*-\s*L?(\d+))?")]
    private static partial Regex RegelBereik();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
