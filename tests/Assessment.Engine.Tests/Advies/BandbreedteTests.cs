using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Tests.Eigenschappen;
using Xunit.Abstractions;

namespace Assessment.Engine.Tests.Advies;

/// <summary>
/// The "bandbreedte", checked independently: on small cases (one to three unknown answers) the best and worst verdict
/// and score equal the true maximum and minimum over every completion of the unknown answers, each value from the test's
/// own space of answers; on every worked example, completions drawn at random stay within the bounds; a deciding
/// question really moves the outcome.
/// </summary>
public class BandbreedteTests(ITestOutputHelper uit)
{
    private const int Zaad = 20261129;
    private static readonly Voorstelruimte Ruimte = Voorstelruimte.Gedeeld;

    public static TheoryData<string> Voorbeelden() => WatMoetErVeranderenTests.Voorbeelden();

    [Fact]
    public void Op_kleine_gevallen_is_de_bandbreedte_het_echte_minimum_en_maximum_over_alle_aanvullingen()
    {
        var random = new Random(Zaad);
        var (gecontroleerd, overgeslagen, metBandbreedte) = (0, 0, 0);
        for (var poging = 0; poging < 300 && gecontroleerd < 40; poging++)
        {
            // Half of the cases from the sound basis proposal, half entirely random (other forms, hosts, three partners).
            var volledig = random.Next(2) == 0 ? Basis() : Ruimte.Volledig(random);
            var velden = Ruimte.OptioneleVelden(volledig).ToList();
            var onbekend = Enumerable.Range(0, random.Next(1, 4)).Select(_ => velden[random.Next(velden.Count)]).Distinct().ToList();
            var json = Uitputtend.Met(volledig, onbekend.Select(p => (p, (JsonNode?)null)));
            var aanvullingen = Uitputtend.Aanvullingen(json, onbekend, max: 2500);
            // Only proposals the API accepts (a random one may name a main motive outside its motives).
            if (aanvullingen is null || Standaard.Lezer.Lees(json.ToJsonString()).Voorstel is null)
            {
                overgeslagen++;
                continue;
            }

            var afweging = Uitputtend.Afweging(json);
            var uitkomsten = aanvullingen.Select(Uitputtend.Oordeel).OfType<(string Oordeel, int Score)>().ToList();
            if (uitkomsten.Count == 0)
            {
                // Every completion contradicts a known answer: the API would refuse each of them.
                overgeslagen++;
                continue;
            }

            var (hoogste, laagste) = (uitkomsten.Max(u => u.Score), uitkomsten.Min(u => u.Score));
            var (beste, slechtste) = (uitkomsten.Max(u => Weging.Rang(u.Oordeel)), uitkomsten.Min(u => Weging.Rang(u.Oordeel)));
            var wat = $"onbekend: {string.Join(", ", onbekend)}\n{json.ToJsonString()}";
            if (afweging.Bandbreedte is not { } bandbreedte)
            {
                // No open rule needs an unknown answer: every completion gives the Afweging's own outcome.
                Assert.True(hoogste == afweging.Score && laagste == afweging.Score && beste == Weging.Rang(afweging.Oordeel) && slechtste == beste,
                    $"Geen bandbreedte, maar de aanvullingen geven score {laagste}–{hoogste} en oordeel {slechtste}–{beste}.\n{wat}");
            }
            else
            {
                metBandbreedte++;
                Assert.True(
                    (bandbreedte.BesteScore, bandbreedte.SlechtsteScore, bandbreedte.BesteOordeel, bandbreedte.SlechtsteOordeel)
                    == (hoogste, laagste, Weging.OordeelVanRang(beste), Weging.OordeelVanRang(slechtste)),
                    $"Bandbreedte {bandbreedte.SlechtsteScore}–{bandbreedte.BesteScore} ({bandbreedte.SlechtsteOordeel}–{bandbreedte.BesteOordeel}), "
                    + $"uitputtend {laagste}–{hoogste} ({Weging.OordeelVanRang(slechtste)}–{Weging.OordeelVanRang(beste)}).\n{wat}");
                Assert.True(bandbreedte.Volledig);
            }

            gecontroleerd++;
        }

        uit.WriteLine($"gecontroleerd: {gecontroleerd}, waarvan met bandbreedte: {metBandbreedte}; overgeslagen: {overgeslagen}");
        Assert.True(gecontroleerd >= 30 && metBandbreedte >= 15, $"Te weinig gevallen: {gecontroleerd}, met bandbreedte {metBandbreedte}.");
    }

    [Fact]
    public void Een_hoofdmotief_zonder_aangevinkte_motieven_blijft_onbekend_en_beslist_niets()
    {
        // No motive ticked and the main motive unknown: no main motive fits, so it cannot be given; the bandwidth must
        // be computed (it threw once: a group of unknowns without any consistent completion) and never ask for it.
        var json = Uitputtend.Met(Basis(), [("motieven", new JsonArray()), ("hoofdmotief", null)]);
        Assert.NotNull(Standaard.Lezer.Lees(json.ToJsonString()).Voorstel);

        var afweging = Uitputtend.Afweging(json);

        Assert.NotNull(afweging.Bandbreedte);
        var bandbreedte = afweging.Bandbreedte!;
        Assert.InRange(afweging.Score, bandbreedte.SlechtsteScore, bandbreedte.BesteScore);
        Assert.InRange(Weging.Rang(afweging.Oordeel), Weging.Rang(bandbreedte.SlechtsteOordeel), Weging.Rang(bandbreedte.BesteOordeel));
        Assert.DoesNotContain(bandbreedte.BeslissendeVragen, v => v.Pad == "$.hoofdmotief");
    }

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Willekeurige_aanvullingen_van_een_voorbeeld_blijven_binnen_de_bandbreedte(string naam)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Standaard.Map("examples"), naam + ".json")))!.AsObject();
        var afweging = Uitputtend.Afweging(json);
        if (afweging.Bandbreedte is not { } bandbreedte)
        {
            return;
        }

        var random = new Random(Zaad);
        var onbekend = Ruimte.OptioneleVelden(json).Where(p => MonotonieTests.Waarde(json, p) is null).ToList();
        for (var i = 0; i < 25; i++)
        {
            var aanvulling = Uitputtend.Met(json, onbekend.Select(p => (p, Kies(random, Ruimte.Domein(json, p)))));
            if (Uitputtend.Oordeel(aanvulling) is not { } uitkomst)
            {
                continue;
            }

            Assert.InRange(uitkomst.Score, bandbreedte.SlechtsteScore, bandbreedte.BesteScore);
            Assert.InRange(Weging.Rang(uitkomst.Oordeel), Weging.Rang(bandbreedte.SlechtsteOordeel), Weging.Rang(bandbreedte.BesteOordeel));
        }
    }

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Een_beslissende_vraag_verandert_de_uitkomst_en_staat_in_volgorde_van_effect(string naam)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Standaard.Map("examples"), naam + ".json")))!.AsObject();
        var afweging = Uitputtend.Afweging(json);
        if (afweging.Bandbreedte is not { } bandbreedte)
        {
            return;
        }

        Assert.InRange(bandbreedte.BeslissendeVragen.Count, 0, 10);
        foreach (var vraag in bandbreedte.BeslissendeVragen)
        {
            Assert.StartsWith("$.", vraag.Pad);
            Assert.Null(MonotonieTests.Waarde(json, vraag.Pad[2..]));
            Assert.False(string.IsNullOrWhiteSpace(vraag.Vraag));
            Assert.True(vraag.Effect > 0 || vraag.OordeelBijGunstig != vraag.OordeelBijOngunstig, $"{vraag.Pad} beslist niets.");

            // The outcome at either end, with the other unknowns left open, is what an assessment with that answer gives.
            var uitkomsten = Ruimte.Domein(json, vraag.Pad[2..])
                .Select(w => Uitputtend.Oordeel(Uitputtend.Met(json, [(vraag.Pad[2..], w)])))
                .OfType<(string Oordeel, int Score)>().ToList();
            Assert.Equal(uitkomsten.Max(u => u.Score) - uitkomsten.Min(u => u.Score), vraag.Effect);
            Assert.Equal(uitkomsten.Max(u => Weging.Rang(u.Oordeel)), Weging.Rang(vraag.OordeelBijGunstig));
            Assert.Equal(uitkomsten.Min(u => Weging.Rang(u.Oordeel)), Weging.Rang(vraag.OordeelBijOngunstig));
        }

        var volgorde = bandbreedte.BeslissendeVragen
            .Select(v => (Weging.Rang(v.OordeelBijGunstig) - Weging.Rang(v.OordeelBijOngunstig), v.Effect)).ToList();
        Assert.Equal(volgorde.OrderByDescending(v => v.Item1).ThenByDescending(v => v.Effect), volgorde);
    }

    private static JsonObject Basis() =>
        JsonNode.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "tests", "basis.json"))))!.AsObject();

    private static JsonNode? Kies(Random random, IReadOnlyList<JsonNode?> domein) => domein.Count == 0 ? null : domein[random.Next(domein.Count)];
}
