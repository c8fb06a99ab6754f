using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Engine.Tests.Eigenschappen;

namespace Assessment.Engine.Tests.Advies;

/// <summary>
/// The brute-force side of the advice tests, independent of the advice code: proposals are changed as JSON
/// (<see cref="JsonPad"/>), read as any proposal is read, and assessed with every rule evaluated afresh; the values an
/// answer can take come from the test's own <see cref="Voorstelruimte"/> (read from the published schema), what a
/// municipality can change and at what effort from <c>rules/schema/velden.json</c>.
/// </summary>
internal static partial class Uitputtend
{
    private static readonly Voorstelruimte Ruimte = Voorstelruimte.Gedeeld;

    /// <summary>
    /// The verdict and score of a proposal given as JSON, or null when it is not a valid proposal — also when its answers
    /// contradict each other (a main motive outside the motives): no route may end there and no completion is one.
    /// </summary>
    public static (string Oordeel, int Score)? Oordeel(JsonObject json)
    {
        var voorstel = Standaard.Lezer.Lees(json.ToJsonString()).Voorstel;
        if (voorstel is null)
        {
            return null;
        }

        var regelset = Standaard.Regelset;
        var uitkomsten = Regelevaluatie.Evalueer(regelset, regelset.Regels, voorstel, new Afgeleid(voorstel));
        var weging = Weging.Bereken(regelset, uitkomsten, voorstel.Fase, v => v, volledig: false);
        return (weging.Oordeel, weging.Score);
    }

    /// <summary>The full Afweging of a proposal given as JSON.</summary>
    public static Afweging Afweging(JsonObject json) =>
        Standaard.Beoordelaar.Beoordeel(Standaard.RuimteLezer.Lees(json.ToJsonString()).Voorstel
            ?? throw new InvalidOperationException("geen geldig voorstel: " + json.ToJsonString()));

    /// <summary>The proposal with a route's changes applied, as JSON (the <c>pad</c> as in problem documents: <c>$.gemeenten[1].urgentie</c>).</summary>
    public static JsonObject Toegepast(JsonObject json, IEnumerable<Wijziging> wijzigingen)
    {
        var kopie = json.DeepClone().AsObject();
        foreach (var wijziging in wijzigingen)
        {
            JsonPad.Zet(kopie, wijziging.Pad[2..], JsonNode.Parse(wijziging.Nieuw.GetRawText()));
        }

        return kopie;
    }

    /// <summary>An answer a municipality can change, its effort, and the values worth trying.</summary>
    public sealed record Veranderbaar(string Pad, int Moeite, IReadOnlyList<JsonNode?> Waarden);

    /// <summary>
    /// Every answer of the proposal that a municipality can change and that can still get better: an ordered answer
    /// that is unknown or not at its best gets its best value (a better answer never gives a worse verdict, see
    /// <see cref="MonotonieTests"/>); an answer without an order gets every other value.
    /// </summary>
    public static List<Veranderbaar> VeranderbareAntwoorden(JsonObject json)
    {
        var lijst = new List<Veranderbaar>();
        foreach (var pad in Ruimte.OptioneleVelden(json))
        {
            if (Standaard.Regelset.Velden.Zoek(Algemeen(pad)) is not { } veld
                || !veld.Kenmerken.TryGetValue("veranderbaar", out var veranderbaar) || veranderbaar.ValueKind != JsonValueKind.True)
            {
                continue;
            }

            var moeite = veld.Kenmerken["moeite"].GetInt32();
            var huidig = MonotonieTests.Waarde(json, pad);
            var domein = Ruimte.Domein(json, pad);
            if (MonotonieTests.Richting(pad) is null)
            {
                // A list of codes (the motives) changes by one or two codes: enough for every rule (each asks for one
                // code more or less), and it keeps the number of combinations within a test's reach.
                lijst.Add(new Veranderbaar(pad, moeite, [.. domein.Where(w => Voorstelruimte.Tekst(w) != Voorstelruimte.Tekst(huidig)
                    && (w is not JsonArray codes || Verschil(codes, huidig as JsonArray) <= 2))]));
                continue;
            }

            if (huidig is not null && !MonotonieTests.BetereWaarden(json, pad).Any())
            {
                continue;
            }

            var beste = domein.First(w =>
            {
                var proef = json.DeepClone().AsObject();
                JsonPad.Zet(proef, pad, w?.DeepClone());
                return !MonotonieTests.BetereWaarden(proef, pad).Any();
            });
            lijst.Add(new Veranderbaar(pad, moeite, [beste]));
        }

        return lijst;
    }

    /// <summary>
    /// Every set of changes of at most <paramref name="maxMoeite"/> effort, each with every combination of values, cheapest
    /// first; null when there are more than <paramref name="maxProeven"/> combinations (too many for a test).
    /// </summary>
    public static List<(int Moeite, List<(string Pad, JsonNode? Waarde)> Wijzigingen)>? Combinaties(
        List<Veranderbaar> antwoorden, int maxMoeite, int maxProeven)
    {
        var combinaties = new List<(int, List<(string, JsonNode?)>)>();
        var gekozen = new List<(string, JsonNode?)>();
        var teVeel = false;
        Kies(0, 0);
        return teVeel ? null : [.. combinaties.OrderBy(c => c.Item1)];

        void Kies(int i, int moeite)
        {
            if (teVeel)
            {
                return;
            }

            if (i == antwoorden.Count)
            {
                combinaties.Add((moeite, [.. gekozen]));
                teVeel = combinaties.Count > maxProeven;
                return;
            }

            Kies(i + 1, moeite);
            var antwoord = antwoorden[i];
            if (moeite + antwoord.Moeite > maxMoeite)
            {
                return;
            }

            foreach (var waarde in antwoord.Waarden)
            {
                gekozen.Add((antwoord.Pad, waarde));
                Kies(i + 1, moeite + antwoord.Moeite);
                gekozen.RemoveAt(gekozen.Count - 1);
            }
        }
    }

    /// <summary>The proposal with the answers at <paramref name="wijzigingen"/> set.</summary>
    public static JsonObject Met(JsonObject json, IEnumerable<(string Pad, JsonNode? Waarde)> wijzigingen)
    {
        var kopie = json.DeepClone().AsObject();
        foreach (var (pad, waarde) in wijzigingen)
        {
            JsonPad.Zet(kopie, pad, waarde?.DeepClone());
        }

        return kopie;
    }

    /// <summary>Every completion of the unknown answers at <paramref name="paden"/>, or null when there are more than <paramref name="max"/>.</summary>
    public static List<JsonObject>? Aanvullingen(JsonObject json, IReadOnlyList<string> paden, int max)
    {
        var domeinen = paden.Select(p => Ruimte.Domein(json, p)).ToList();
        if (domeinen.Aggregate(1L, (n, d) => n * Math.Max(1, d.Count)) > max)
        {
            return null;
        }

        var lijst = new List<JsonObject>();
        Vul(0, []);
        return lijst;

        void Vul(int i, List<(string, JsonNode?)> gekozen)
        {
            if (i == paden.Count)
            {
                lijst.Add(Met(json, gekozen));
                return;
            }

            foreach (var waarde in domeinen[i])
            {
                Vul(i + 1, [.. gekozen, (paden[i], waarde)]);
            }
        }
    }

    private static int Verschil(JsonArray a, JsonArray? b)
    {
        var (x, y) = (a.Select(c => (string)c!).ToHashSet(), (b ?? []).Select(c => (string)c!).ToHashSet());
        x.SymmetricExceptWith(y);
        return x.Count;
    }

    private static string Algemeen(string pad) => Index().Replace(pad, "[]");

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
