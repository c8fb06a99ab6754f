using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using CsCheck;

namespace Assessment.Engine.Tests.Eigenschappen;

/// <summary>
/// A better answer never gives a worse verdict, a lower score or more conditions. "Better" is declared per ordered
/// answer in <c>rules/schema/velden.json</c> (a higher Likert score, yes where yes is the good side, a later stage of a
/// council decision, one more alternative examined …); nor does it bring any single rule to a worse status. Tested on
/// every worked example and on random proposals, each time improving one known answer (fixed seed).
/// </summary>
public class MonotonieTests
{
    private const string Zaad = "0N0XIzNsQ0O2";
    private static readonly Voorstelruimte Ruimte = Voorstelruimte.Gedeeld;

    public static TheoryData<string> Voorbeelden() =>
        [.. Directory.GetFiles(Standaard.Map("examples"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Elk_beter_antwoord_in_een_voorbeeld_geeft_geen_slechter_oordeel_lagere_score_of_meer_voorwaarden(string naam)
    {
        var voorstel = JsonNode.Parse(File.ReadAllText(Path.Combine(Standaard.Map("examples"), naam + ".json")))!.AsObject();
        var fouten = new List<string>();
        foreach (var pad in Ruimte.OptioneleVelden(voorstel).Where(p => Richting(p) is not null && Waarde(voorstel, p) is not null))
        {
            foreach (var beter in BetereWaarden(voorstel, pad))
            {
                fouten.AddRange(Vergelijk(voorstel, pad, beter));
            }
        }

        Assert.True(fouten.Count == 0, naam + ":\n" + string.Join("\n", fouten.Distinct().Take(20)));
    }

    [Fact]
    public void Een_beter_antwoord_in_een_willekeurig_voorstel_geeft_geen_slechter_oordeel_lagere_score_of_meer_voorwaarden()
    {
        Gen.Int.Sample(getal =>
        {
            var random = new Random(getal);
            var voorstel = Ruimte.Maskeer(Ruimte.Volledig(random), random, kans: random.NextDouble() * 0.5);
            var velden = Ruimte.OptioneleVelden(voorstel).Where(p => Richting(p) is not null && Waarde(voorstel, p) is not null).ToList();
            if (velden.Count == 0)
            {
                return;
            }

            var pad = velden[random.Next(velden.Count)];
            var betere = BetereWaarden(voorstel, pad).ToList();
            if (betere.Count == 0)
            {
                return;
            }

            var fouten = Vergelijk(voorstel, pad, betere[random.Next(betere.Count)]).ToList();
            Assert.True(fouten.Count == 0, string.Join("\n", fouten) + "\nvoorstel: " + voorstel.ToJsonString());
        }, iter: 400, seed: Zaad);
    }

    [Fact]
    public void Een_beter_antwoord_brengt_geen_enkele_regel_naar_een_slechtere_status()
    {
        // Per rule, in the order niet voldaan < onbekend < voldaan / niet van toepassing: the search for the smallest
        // changes that bring a rule where the verdict needs it (docs/scoremethode.md §10) relies on this.
        var voorbeelden = Directory.GetFiles(Standaard.Map("examples"), "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
        foreach (var voorstel in voorbeelden)
        {
            var fouten = RegelsSlechter(voorstel).ToList();
            Assert.True(fouten.Count == 0, string.Join("\n", fouten.Distinct().Take(20)));
        }

        Gen.Int.Sample(getal =>
        {
            var random = new Random(getal);
            var voorstel = Ruimte.Maskeer(Ruimte.Volledig(random), random, kans: random.NextDouble() * 0.5);
            var fouten = RegelsSlechter(voorstel).ToList();
            Assert.True(fouten.Count == 0, string.Join("\n", fouten.Distinct().Take(20)) + "\nvoorstel: " + voorstel.ToJsonString());
        }, iter: 150, seed: Zaad);
    }

    /// <summary>Every rule whose status gets worse when one known ordered answer gets better.</summary>
    private static IEnumerable<string> RegelsSlechter(JsonObject voorstel)
    {
        static int Rang(string status) => status switch { Uitkomst.Status.NietVoldaan => 0, Uitkomst.Status.Onbekend => 1, _ => 2 };
        var regelset = Standaard.Regelset;
        var voor = Standaard.RuimteLezer.Lees(voorstel.ToJsonString()).Voorstel!;
        var statussen = Regelevaluatie.Evalueer(regelset, regelset.Regels, voor, new Afgeleid(voor));
        foreach (var pad in Ruimte.OptioneleVelden(voorstel).Where(p => Richting(p) is not null && Waarde(voorstel, p) is not null))
        {
            foreach (var beter in BetereWaarden(voorstel, pad))
            {
                var verbeterd = voorstel.DeepClone().AsObject();
                JsonPad.Zet(verbeterd, pad, beter?.DeepClone());
                var na = Standaard.RuimteLezer.Lees(verbeterd.ToJsonString()).Voorstel!;
                var nieuw = Regelevaluatie.Evalueer(regelset, regelset.Regels, na, new Afgeleid(na));
                for (var i = 0; i < statussen.Length; i++)
                {
                    if (Rang(nieuw[i].Status) < Rang(statussen[i].Status))
                    {
                        yield return $"{statussen[i].Regel.Id}: {pad} {Voorstelruimte.Tekst(Waarde(voorstel, pad))} → {Voorstelruimte.Tekst(beter)} "
                            + $"maakt de regel {statussen[i].Status} → {nieuw[i].Status}";
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Vergelijk(JsonObject voorstel, string pad, JsonNode? beter)
    {
        var verbeterd = voorstel.DeepClone().AsObject();
        JsonPad.Zet(verbeterd, pad, beter?.DeepClone());
        var (voor, na) = (Beoordeel(voorstel), Beoordeel(verbeterd));
        var wat = $"{pad}: {Voorstelruimte.Tekst(Waarde(voorstel, pad))} → {Voorstelruimte.Tekst(beter)}";
        if (Weging.Rang(na.Oordeel) < Weging.Rang(voor.Oordeel))
        {
            yield return $"{wat} maakt het oordeel slechter: {voor.Oordeel} → {na.Oordeel} ({na.OordeelToelichting})";
        }

        if (na.Score < voor.Score)
        {
            yield return $"{wat} verlaagt de score: {voor.Score} → {na.Score} ({Verschil(voor, na)})";
        }

        if (na.Voorwaarden.Count > voor.Voorwaarden.Count)
        {
            yield return $"{wat} geeft meer voorwaarden: {voor.Voorwaarden.Count} → {na.Voorwaarden.Count} (nieuw: {string.Join(", ", na.Voorwaarden.Select(v => v.Regel).Except(voor.Voorwaarden.Select(v => v.Regel)))})";
        }
    }

    /// <summary>The findings whose status changed, for the message.</summary>
    private static string Verschil(Afweging voor, Afweging na) =>
        string.Join(", ", voor.Bevindingen.Zip(na.Bevindingen).Where(p => p.First.Status != p.Second.Status).Select(p => $"{p.First.Regel} {p.First.Status}→{p.Second.Status}"));

    private static Afweging Beoordeel(JsonObject json)
    {
        var resultaat = Standaard.RuimteLezer.Lees(json.ToJsonString());
        return Standaard.Beoordelaar.Beoordeel(resultaat.Voorstel ?? throw new InvalidOperationException(
            string.Join("; ", resultaat.Probleem!.Errors.Select(f => f.Pad + ": " + f.Detail)) + "\n" + json.ToJsonString()));
    }

    /// <summary>The values of a field that are strictly better than its current one, by its declared direction.</summary>
    internal static IEnumerable<JsonNode?> BetereWaarden(JsonObject voorstel, string pad)
    {
        JsonNode huidig = Waarde(voorstel, pad)!;
        var richting = Richting(pad)!;
        var domein = Ruimte.Domein(voorstel, pad);
        return richting switch
        {
            JsonValue { } r when (string?)r == "hoger" => domein.Where(w => (decimal)w! > (decimal)huidig),
            JsonValue { } r when (string?)r == "lager" => domein.Where(w => (decimal)w! < (decimal)huidig),
            JsonValue { } r when (string?)r == "waar" => (bool)huidig ? [] : [true],
            JsonValue { } r when (string?)r == "onwaar" => (bool)huidig ? [false] : [],
            JsonValue { } r when (string?)r == "meer" => domein.Where(w => IsRuimer(w!.AsArray(), huidig.AsArray())),
            JsonObject { } o when o["volgorde"] is JsonArray volgorde => domein.Where(w => Rang(volgorde, (string)w!) > Rang(volgorde, (string)huidig!)),
            _ => throw new InvalidOperationException($"Onbekende richting voor {pad}: {richting.ToJsonString()}"),
        };
    }

    private static bool IsRuimer(JsonArray kandidaat, JsonArray huidig)
    {
        var (k, h) = (kandidaat.Select(x => (string)x!).ToHashSet(), huidig.Select(x => (string)x!).ToHashSet());
        return h.IsProperSubsetOf(k);
    }

    private static int Rang(JsonArray volgorde, string waarde)
    {
        for (var i = 0; i < volgorde.Count; i++)
        {
            if (volgorde[i]!.AsArray().Any(w => (string?)w == waarde))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{waarde}' staat niet in de volgorde {volgorde.ToJsonString()}");
    }

    /// <summary>The declared direction (the field catalogue's <c>beter</c>) of a concrete path: <c>gemeenten[1].urgentie</c> → that of <c>gemeenten[].urgentie</c>.</summary>
    internal static JsonNode? Richting(string pad) =>
        Standaard.Regelset.Velden.Zoek(System.Text.RegularExpressions.Regex.Replace(pad, @"\[\d+\]", "[]")) is { } veld
        && veld.Kenmerken.TryGetValue("beter", out var beter)
            ? JsonNode.Parse(beter.GetRawText())
            : null;

    internal static JsonNode? Waarde(JsonObject voorstel, string pad)
    {
        JsonNode? knoop = voorstel;
        foreach (var deel in pad.Split('.'))
        {
            var haak = deel.IndexOf('[', StringComparison.Ordinal);
            knoop = knoop?[haak < 0 ? deel : deel[..haak]];
            if (haak >= 0)
            {
                knoop = knoop?.AsArray()[int.Parse(deel[(haak + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
            }
        }

        return knoop;
    }
}
