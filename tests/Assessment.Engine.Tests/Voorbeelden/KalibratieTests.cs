using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Tests.Regels;

namespace Assessment.Engine.Tests.Voorbeelden;

/// <summary>
/// The calibration set (<c>examples/kalibratie/</c>): proposals, each built from <c>rules/tests/basis.json</c> with a
/// few answers changed, with the source sentence that implies its expected verdict. The sentence must stand on the
/// cited lines, and the engine must reach that verdict (and the findings, failure factors and words named).
/// </summary>
public class KalibratieTests
{
    private static readonly string Map = Standaard.Map(Path.Combine("examples", "kalibratie"));

    private static IReadOnlyList<string> Namen() =>
        [.. Directory.GetFiles(Map, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Gevallen() => [.. Namen()];

    /// <summary>The proposal of a calibration case: <c>rules/tests/basis.json</c> with the case's answers (<c>zet</c>).</summary>
    internal static Voorstel Voorstel(JsonNode geval)
    {
        var bouwer = VoorstelBouwer.Basis();
        foreach (var (pad, waarde) in geval["zet"]!.AsObject())
        {
            bouwer.Zet(pad, waarde);
        }

        return bouwer.Bouw();
    }

    [Fact]
    public void De_kalibratieset_heeft_minstens_vijftien_gevallen_met_elk_oordeel()
    {
        var oordelen = Namen().Select(n => (string)Lees(n)["verwacht"]!["oordeel"]!).ToList();

        Assert.True(oordelen.Count >= 15, $"{oordelen.Count} gevallen");
        Assert.Equal(Uitkomst.Oordeel.Alle.Order(), oordelen.Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Het_geval_krijgt_het_oordeel_dat_de_geciteerde_bron_vraagt(string naam)
    {
        var geval = Lees(naam);
        var bron = new Bron((string)geval["bron"]!["document"]!, (string)geval["bron"]!["plaats"]!);
        Assert.Empty(Bronteksten.OntbrekendeDelen((string)geval["bron"]!["citaat"]!, bron));
        var afweging = Standaard.Beoordelaar.Beoordeel(Voorstel(geval));

        var verwacht = geval["verwacht"]!;
        var afwijkingen = new List<string>();
        if ((string)verwacht["oordeel"]! != afweging.Oordeel)
        {
            afwijkingen.Add($"oordeel: verwacht {verwacht["oordeel"]}, kreeg {afweging.Oordeel} ({afweging.OordeelToelichting})");
        }

        foreach (var bevinding in verwacht["bevindingen"]?.AsArray() ?? [])
        {
            var regel = (string)bevinding!["regel"]!;
            var status = afweging.Bevindingen.SingleOrDefault(b => b.Regel == regel)?.Status;
            if (status != (string)bevinding["status"]!)
            {
                afwijkingen.Add($"{regel}: verwacht {bevinding["status"]}, kreeg {status ?? "geen bevinding"}");
            }
        }

        var faalfactoren = afweging.Faalfactoren.Select(f => f.Code).ToHashSet();
        afwijkingen.AddRange((verwacht["faalfactoren"]?.AsArray() ?? []).Select(f => (string)f!).Where(f => !faalfactoren.Contains(f))
            .Select(f => $"faalfactor {f} ontbreekt (wel: {string.Join(", ", faalfactoren)})"));
        if (verwacht["toelichtingBevat"] is { } tekst && !afweging.OordeelToelichting.Contains((string)tekst!, StringComparison.Ordinal)
            && !afweging.Voorwaarden.Any(v => v.Tekst.Contains((string)tekst!, StringComparison.Ordinal)))
        {
            afwijkingen.Add($"de toelichting noemt '{tekst}' niet: {afweging.OordeelToelichting}");
        }

        if (verwacht["voorwaardenKop"] is { } kop && (string)kop! != afweging.VoorwaardenKop)
        {
            afwijkingen.Add($"kop van de voorwaarden: verwacht '{kop}', kreeg '{afweging.VoorwaardenKop}'");
        }

        if (verwacht["scoreVanaf"] is { } vanaf && afweging.Score < (int)vanaf!)
        {
            afwijkingen.Add($"score {afweging.Score} ligt onder {vanaf}");
        }

        Assert.True(afwijkingen.Count == 0, naam + ":\n" + string.Join("\n", afwijkingen));
    }

    /// <summary>A calibration case by its name (the file name without <c>.json</c>).</summary>
    internal static JsonNode Lees(string naam) => JsonNode.Parse(File.ReadAllText(Path.Combine(Map, naam + ".json")))!;
}
