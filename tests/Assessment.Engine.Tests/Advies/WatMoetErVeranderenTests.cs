using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Advies;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Engine.Tests.Eigenschappen;
using Xunit.Abstractions;

namespace Assessment.Engine.Tests.Advies;

/// <summary>
/// "Wat moet er veranderen", checked independently of the search that finds it: every route of every worked example
/// reaches its goal when applied to the JSON and assessed again, and no change of it can be dropped; and on small
/// random cases, trying every set of changes (cheapest first, by brute force) finds no route cheaper than the first
/// one the engine gives, and none at all where the engine says there is none.
/// </summary>
public class WatMoetErVeranderenTests(ITestOutputHelper uit)
{
    private const int Zaad = 20261129;

    public static TheoryData<string> Voorbeelden() =>
        [.. Directory.GetFiles(Standaard.Map("examples"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Elke_route_van_een_voorbeeld_geeft_het_doel_en_geen_wijziging_ervan_kan_vervallen(string naam)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Standaard.Map("examples"), naam + ".json")))!.AsObject();
        var afweging = Uitputtend.Afweging(json);

        var fouten = Controleer(json, afweging);

        Assert.True(fouten.Count == 0, naam + ":\n" + string.Join("\n", fouten));
    }

    [Fact]
    public void Een_positief_voorstel_heeft_geen_wat_moet_er_veranderen()
    {
        var afweging = Uitputtend.Afweging(Basis());

        Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Oordeel);
        Assert.Null(afweging.WatMoetErVeranderen);
    }

    [Fact]
    public void Een_route_kiest_het_hoofdmotief_uit_de_motieven_zodat_de_lezer_het_voorstel_aanvaardt()
    {
        // Costs as the main motive (a failure factor), with quality among the motives: the way out is quality as the main
        // motive — never a motive the proposal does not have, which the API would refuse.
        var json = Basis();
        json["motieven"] = new JsonArray("kosten", "kwaliteit");
        json["hoofdmotief"] = "kosten";
        var afweging = Uitputtend.Afweging(json);

        Assert.Empty(Controleer(json, afweging));
        var nieuw = afweging.WatMoetErVeranderen!.Routes.SelectMany(r => r.Wijzigingen).Where(w => w.Pad == "$.hoofdmotief").Select(w => w.Nieuw.GetString()).ToList();
        Assert.NotEmpty(nieuw);
        Assert.All(nieuw, n => Assert.Contains(n, new[] { "kosten", "kwaliteit" }));
    }

    [Fact]
    public void Uitputtend_zoeken_vindt_op_kleine_gevallen_geen_goedkopere_route_dan_de_eerste()
    {
        var random = new Random(Zaad);
        var (gecontroleerd, overgeslagen, zonderRoute, onderVoorwaarden) = (0, 0, 0, 0);
        for (var poging = 0; poging < 200 && gecontroleerd < 30; poging++)
        {
            var json = KleinGeval(random);
            var afweging = Uitputtend.Afweging(json);
            if (afweging.WatMoetErVeranderen is not { } advies)
            {
                Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Oordeel);
                continue;
            }

            var fouten = Controleer(json, afweging);
            Assert.True(fouten.Count == 0, string.Join("\n", fouten) + "\n" + json.ToJsonString());

            // Every set of changes up to the first route's effort (or up to 12 where there is no route), every value.
            var grens = advies.Routes.Count > 0 ? advies.Routes[0].Moeite : 12;
            var combinaties = Uitputtend.Combinaties(Uitputtend.VeranderbareAntwoorden(json), grens, maxProeven: 3000);
            if (combinaties is null)
            {
                overgeslagen++;
                continue;
            }

            var goedkoopste = combinaties
                .Where(c => c.Moeite <= grens && Uitputtend.Oordeel(Uitputtend.Met(json, c.Wijzigingen)) is { } o && Weging.Rang(o.Oordeel) >= Weging.Rang(advies.Doel))
                .Select(c => ((int Moeite, List<(string Pad, JsonNode? Waarde)> Wijzigingen)?)c)
                .FirstOrDefault();
            var wat = string.Join(", ", goedkoopste?.Wijzigingen.Select(w => $"{w.Pad}={Voorstelruimte.Tekst(w.Waarde)}") ?? []);
            if (advies.Routes.Count > 0)
            {
                Assert.True(goedkoopste?.Moeite == advies.Routes[0].Moeite,
                    $"De eerste route kost {advies.Routes[0].Moeite}, uitputtend zoeken vindt {goedkoopste?.Moeite.ToString() ?? "niets"} ({wat}).\n{json.ToJsonString()}");
            }
            else
            {
                zonderRoute++;
                Assert.True(goedkoopste is null, $"Volgens de motor is '{advies.Doel}' onbereikbaar, maar {wat} bereikt het.\n{json.ToJsonString()}");
            }

            // Where only positief onder voorwaarden is the goal, positief must be out of reach (up to the same effort).
            if (advies.Doel == Uitkomst.Oordeel.PositiefOnderVoorwaarden)
            {
                onderVoorwaarden++;
                Assert.DoesNotContain(combinaties, c => Uitputtend.Oordeel(Uitputtend.Met(json, c.Wijzigingen))?.Oordeel == Uitkomst.Oordeel.Positief);
            }

            gecontroleerd++;
        }

        uit.WriteLine($"gecontroleerd: {gecontroleerd}, waarvan zonder route: {zonderRoute}, met doel positief onder voorwaarden: {onderVoorwaarden}; overgeslagen (te veel combinaties): {overgeslagen}");
        Assert.True(gecontroleerd >= 20, $"Te weinig kleine gevallen gecontroleerd: {gecontroleerd} (overgeslagen: {overgeslagen}).");
    }

    [Fact]
    public void Bij_vijf_gelijke_partners_geeft_zoeken_zonder_symmetrie_geen_goedkopere_route()
    {
        // Partners alike in every answer are interchangeable to every rule; the search changes only the first ones of
        // such a group. The routes are checked as any (goal, minimal), and the search without that reduction finds
        // nothing cheaper.
        var json = Basis();
        var model = json["gemeenten"]!.AsArray()[0]!.AsObject();
        foreach (var likert in new[] { "urgentie", "draagvlakRaad", "draagvlakCollege", "draagvlakAmbtelijk" })
        {
            model[likert] = 5m;
        }

        var gemeenten = new JsonArray();
        for (var i = 0; i < 5; i++)
        {
            var gemeente = model.DeepClone().AsObject();
            gemeente["naam"] = $"Gemeente {i + 1}";
            gemeente["cbsCode"] = $"GM99{i + 10}";
            gemeente["inwoners"] = 15000m;
            if (i is 1 or 3)
            {
                gemeente["draagvlakRaad"] = null;
            }

            if (i == 2)
            {
                gemeente["urgentie"] = 2m;
            }

            gemeenten.Add(gemeente);
        }

        json["gemeenten"] = gemeenten;
        json["samenwerking"]!["oorspronkelijkAantalPartners"] = 5m;
        var afweging = Uitputtend.Afweging(json);
        var advies = Assert.IsType<WatMoetErVeranderen>(afweging.WatMoetErVeranderen);
        Assert.Empty(Controleer(json, afweging));
        Assert.NotEmpty(advies.Routes);


        // The search without the symmetry finds routes of the same efforts, in the same order.
        var voorstel = Standaard.RuimteLezer.Lees(json.ToJsonString()).Voorstel!;
        var regelset = Standaard.Regelset;
        var herbeoordeling = new Herbeoordeling(regelset, voorstel, Regelevaluatie.Evalueer(regelset, regelset.Regels, voorstel, new Afgeleid(voorstel)));
        var ruimte = new Antwoordruimte(regelset);
        var met = new Routezoeker(herbeoordeling, ruimte).Zoek(advies.Doel, 5);
        var zonder = new Routezoeker(herbeoordeling, ruimte) { MetSymmetrie = false }.Zoek(advies.Doel, 5);
        Assert.True(met.Volledig && zonder.Volledig);
        Assert.Equal(advies.Routes[0].Moeite, met.Routes[0].Moeite);
        Assert.Equal(zonder.Routes[0].Moeite, met.Routes[0].Moeite);
        Assert.All(met.Routes, r => Assert.Contains(zonder.Routes, z => z.Moeite == r.Moeite));
    }

    [Fact]
    public void Bij_vijftig_partners_is_het_advies_volledig_en_geeft_elke_route_het_doel()
    {
        var json = Basis();
        var model = json["gemeenten"]!.AsArray()[0]!.AsObject();
        var gemeenten = new JsonArray();
        for (var i = 1; i <= 50; i++)
        {
            var gemeente = model.DeepClone().AsObject();
            gemeente["naam"] = $"Gemeente {i}";
            gemeente["cbsCode"] = $"GM{i:0000}";
            gemeente["inwoners"] = 8000m;
            gemeente["urgentie"] = i == 7 ? 2m : gemeente["urgentie"]!.DeepClone();
            if (i is 11 or 23 or 42)
            {
                gemeente.Remove("draagvlakRaad");
            }

            gemeenten.Add(gemeente);
        }

        json["gemeenten"] = gemeenten;
        json["samenwerking"]!["oorspronkelijkAantalPartners"] = 50m;
        json["samenwerking"]!["reikwijdte"] = "bedrijfsvoering";
        var afweging = Uitputtend.Afweging(json);

        Assert.NotNull(afweging.WatMoetErVeranderen);
        Assert.NotNull(afweging.Bandbreedte);
        Assert.Empty(Controleer(json, afweging));
    }

    /// <summary>
    /// What every advice must satisfy: routes reach the goal (applied to the JSON and assessed again), none of their
    /// changes can be dropped, they are ordered by effort, at most five, each with its rules; no route means a reason.
    /// </summary>
    internal static List<string> Controleer(JsonObject json, Afweging afweging)
    {
        var fouten = new List<string>();
        if (afweging.WatMoetErVeranderen is not { } advies)
        {
            if (afweging.Oordeel != Uitkomst.Oordeel.Positief)
            {
                fouten.Add($"Geen 'wat moet er veranderen' bij het oordeel '{afweging.Oordeel}'.");
            }

            return fouten;
        }

        if (advies.Toelichting.Contains("zoektocht is gestopt", StringComparison.Ordinal) || afweging.Bandbreedte is { Volledig: false })
        {
            fouten.Add("De zoektocht is afgekapt: " + advies.Toelichting);
        }

        if (advies.Routes.Count == 0 && advies.GeenRoute is null)
        {
            fouten.Add("Geen route en geen reden waarom niet.");
        }

        if (advies.Routes.Count > 5)
        {
            fouten.Add($"{advies.Routes.Count} routes; ten hoogste vijf.");
        }

        for (var r = 0; r < advies.Routes.Count; r++)
        {
            var route = advies.Routes[r];
            var naam = $"route {r + 1} ({route.Samenvatting})";
            if (r > 0 && route.Moeite < advies.Routes[r - 1].Moeite)
            {
                fouten.Add($"{naam} is goedkoper dan de route ervoor.");
            }

            if (route.Wijzigingen.Sum(w => w.Moeite) != route.Moeite)
            {
                fouten.Add($"{naam}: de moeite {route.Moeite} is niet de som van die van de wijzigingen.");
            }

            var toegepast = Uitputtend.Toegepast(json, route.Wijzigingen);
            if (Standaard.Lezer.Lees(json.ToJsonString()).Voorstel is not null && Standaard.Lezer.Lees(toegepast.ToJsonString()).Probleem is { } probleem)
            {
                // A route must end in a proposal the API accepts (e.g. no main motive outside the motives).
                fouten.Add($"{naam} geeft een voorstel dat de lezer weigert: {probleem.Detail} {string.Join("; ", probleem.Errors.Select(f => f.Detail))}");
            }

            var oordeel = Uitputtend.Afweging(toegepast).Oordeel;
            if (Weging.Rang(oordeel) < Weging.Rang(advies.Doel))
            {
                fouten.Add($"{naam} geeft '{oordeel}', niet '{advies.Doel}'.");
            }

            for (var weg = 0; weg < route.Wijzigingen.Count; weg++)
            {
                var zonder = Uitputtend.Oordeel(Uitputtend.Toegepast(json, route.Wijzigingen.Where((_, i) => i != weg)));
                if (zonder is { } z && Weging.Rang(z.Oordeel) >= Weging.Rang(advies.Doel))
                {
                    fouten.Add($"{naam}: zonder {route.Wijzigingen[weg].Pad} is het oordeel ook '{z.Oordeel}'; de route is niet minimaal.");
                }
            }

            if (route.Regels.Count == 0)
            {
                fouten.Add($"{naam} noemt geen regels.");
            }
        }

        return fouten;
    }

    private static JsonObject Basis() =>
        JsonNode.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "tests", "basis.json"))))!.AsObject();

    /// <summary>
    /// The sound basis proposal with one to four answers a municipality can change made worse or unknown, now and then
    /// a fact made worse (no route may then exist) and another main motive.
    /// </summary>
    private static JsonObject KleinGeval(Random random)
    {
        var json = Basis();
        var ruimte = Voorstelruimte.Gedeeld;
        var geordend = ruimte.OptioneleVelden(json).Where(p => MonotonieTests.Richting(p) is not null && MonotonieTests.Waarde(json, p) is not null).ToList();
        var aantal = random.Next(1, 5);
        for (var i = 0; i < aantal; i++)
        {
            var pad = geordend[random.Next(geordend.Count)];
            var slechter = ruimte.Domein(json, pad).Where(w =>
            {
                var proef = json.DeepClone().AsObject();
                JsonPad.Zet(proef, pad, w?.DeepClone());
                return MonotonieTests.BetereWaarden(proef, pad).Any();
            }).ToList();
            JsonPad.Zet(json, pad, random.NextDouble() < 0.3 || slechter.Count == 0 ? null : slechter[random.Next(slechter.Count)]?.DeepClone());
        }

        if (random.NextDouble() < 0.25)
        {
            // Partners of very different size: a fact no municipality can change.
            JsonPad.Zet(json, "gemeenten[1].inwoners", 3000);
        }

        if (random.NextDouble() < 0.3)
        {
            // Another main motive, one of the motives (the reader refuses any other).
            var motieven = json["motieven"]!.AsArray().Select(m => (JsonNode?)m!.GetValue<string>()).Append(null).ToList();
            JsonPad.Zet(json, "hoofdmotief", motieven[random.Next(motieven.Count)]?.DeepClone());
        }

        return json;
    }
}
