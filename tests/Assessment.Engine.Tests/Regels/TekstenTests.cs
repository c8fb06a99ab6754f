using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Assessment.Domain.Json;

namespace Assessment.Engine.Tests.Regels;

/// <summary>
/// The words a province sends to its council: formal Dutch ("u", never "je"), a condition is "vervuld" (not
/// "ingevuld"), no "?.", what to do is phase-neutral in the rules (the engine adds "vóór het raadsbesluit" only before
/// the vote), and "sleutelvraag" only where the rule is one.
/// </summary>
public partial class TekstenTests
{
    public static TheoryData<string> Regels() =>
        [.. Standaard.Regelset.Regels.Concat(Standaard.Regelset.Aanbevelingsregels).Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(Regels))]
    public void De_teksten_van_een_regel_zijn_formeel_en_fase_neutraal(string id)
    {
        var regel = Standaard.Regelset.Regels.Concat(Standaard.Regelset.Aanbevelingsregels).Single(r => r.Id == id);
        var teksten = new List<(string Waar, string? Tekst)>
        {
            ("titel", regel.Titel), ("voorwaarde", regel.Voorwaarde), ("advies", regel.Advies), ("tekst", regel.Tekst),
            ("toelichting.voldaan", regel.Toelichting?.Voldaan), ("toelichting.nietVoldaan", regel.Toelichting?.NietVoldaan),
            ("toelichting.onbekend", regel.Toelichting?.Onbekend), ("toelichting.nietVanToepassing", regel.Toelichting?.NietVanToepassing),
            ("ernstOnderbouwing.toelichting", regel.ErnstOnderbouwing?.Toelichting),
        };

        var fouten = new List<string>();
        foreach (var (waar, tekst) in teksten.Where(t => !string.IsNullOrEmpty(t.Tekst)))
        {
            fouten.AddRange(Fouten(tekst!).Select(f => $"{waar}: {f}"));
            if (waar is "voorwaarde" or "advies" && tekst!.Contains("raadsbesluit", StringComparison.OrdinalIgnoreCase))
            {
                fouten.Add($"{waar}: noemt het raadsbesluit; een voorwaarde is fase-neutraal (de engine zet haar in de tijd van de fase)");
            }

            if (!regel.Sleutel && tekst!.Contains("sleutelvraag", StringComparison.OrdinalIgnoreCase))
            {
                fouten.Add($"{waar}: noemt een sleutelvraag, maar de regel is er geen");
            }
        }

        Assert.True(fouten.Count == 0, id + ":\n" + string.Join("\n", fouten));
    }

    [Fact]
    public void De_vragenlijst_spreekt_de_gebruiker_formeel_aan()
    {
        var vragenlijst = File.ReadAllText(Path.Combine(Lokaal.Wortel(), "src", "Assessment.Functions", "wwwroot", "vragenlijst.json"));

        var teksten = JsonNode.Parse(vragenlijst)!.AsObject().ToJsonString();

        Assert.Empty(Fouten(teksten));
    }

    public static TheoryData<string> Voorbeelden() =>
        [.. Directory.GetFiles(Standaard.Map("examples"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void De_teksten_van_een_afweging_zijn_formeel(string naam)
    {
        var voorstel = Standaard.Lezer.Lees(File.ReadAllBytes(Path.Combine(Standaard.Map("examples"), naam + ".json"))).Voorstel!;

        var json = ContractJson.Schrijf(Standaard.Beoordelaar.Beoordeel(voorstel));

        Assert.Empty(Fouten(json));
    }

    private static IEnumerable<string> Fouten(string tekst)
    {
        foreach (Match m in Informeel().Matches(tekst))
        {
            yield return $"informeel '{m.Value}' in \"…{Omgeving(tekst, m.Index)}…\"";
        }

        if (tekst.Contains("ingevuld", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"'ingevuld' (een voorwaarde wordt vervuld) in \"…{Omgeving(tekst, tekst.IndexOf("ingevuld", StringComparison.OrdinalIgnoreCase))}…\"";
        }

        if (tekst.Contains("?.", StringComparison.Ordinal))
        {
            yield return $"'?.' in \"…{Omgeving(tekst, tekst.IndexOf("?.", StringComparison.Ordinal))}…\"";
        }
    }

    private static string Omgeving(string tekst, int index) => tekst.Substring(Math.Max(0, index - 40), Math.Min(80, tekst.Length - Math.Max(0, index - 40)));

    [GeneratedRegex(@"\b([Jj]e|[Jj]ij|[Jj]ou|[Jj]ouw|[Jj]ullie)\b")]
    private static partial Regex Informeel();
}
