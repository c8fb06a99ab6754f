using System.Text.Json.Nodes;

namespace Assessment.Engine.Tests.Voorbeelden;

/// <summary>
/// The worked examples in <c>examples/</c>, OpenFisca-style: each proposal with, in <c>examples/verwacht/</c>,
/// the oordeel and key findings the sources support. A finding is expected by factor and status, so a test
/// keeps holding when rules are renamed or split.
/// </summary>
public class VoorbeeldenTests
{
    private static readonly string Map = Standaard.Map("examples");

    public static TheoryData<string> Gevallen() =>
        [.. Directory.GetFiles(Map, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Er_zijn_minstens_twaalf_voorbeelden_waarvan_acht_uit_de_praktijk()
    {
        var verwachtingen = Directory.GetFiles(Path.Combine(Map, "verwacht"), "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();

        Assert.True(verwachtingen.Count >= 12, $"{verwachtingen.Count} voorbeelden");
        Assert.True(verwachtingen.Count(v => (string?)v["soort"] == "praktijk") >= 8);
        Assert.Equal(Gevallen().Count, verwachtingen.Count);
    }

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Het_voorbeeld_krijgt_het_verwachte_oordeel_en_de_kernbevindingen(string naam)
    {
        var verwacht = JsonNode.Parse(File.ReadAllText(Path.Combine(Map, "verwacht", naam + ".json")))!["verwacht"]!;
        var resultaat = Standaard.Beoordelaar.Regelset.Lezer.Lees(File.ReadAllBytes(Path.Combine(Map, naam + ".json")));
        Assert.True(resultaat.IsGeldig, naam + ": " + string.Join("; ", resultaat.Probleem?.Errors.Select(f => f.Pad + " " + f.Detail) ?? []));

        var afweging = Standaard.Beoordelaar.Beoordeel(resultaat.Voorstel!);

        var afwijkingen = new List<string>();
        if ((string)verwacht["oordeel"]! != afweging.Oordeel)
        {
            afwijkingen.Add($"oordeel: verwacht {verwacht["oordeel"]}, kreeg {afweging.Oordeel} ({afweging.OordeelToelichting})");
        }

        foreach (var bevinding in verwacht["bevindingen"]!.AsArray())
        {
            var factor = (string)bevinding!["factor"]!;
            var status = (string)bevinding["status"]!;
            if (!afweging.Bevindingen.Any(b => b.Factor == factor && b.Status == status))
            {
                var gevonden = string.Join(", ", afweging.Bevindingen.Where(b => b.Factor == factor).Select(b => $"{b.Regel}={b.Status}"));
                afwijkingen.Add($"geen bevinding {factor}={status} (wel: {gevonden})");
            }
        }

        Assert.True(afwijkingen.Count == 0, naam + ":\n" + string.Join("\n", afwijkingen));
    }
}
