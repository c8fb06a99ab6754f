using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Tests.Beoordeling;

/// <summary>The scoring and the verdict, on small rule sets whose outcome can be worked out by hand.</summary>
public class WegingTests
{
    private static Afweging Beoordeel(TijdelijkeRegelset set, VoorstelBouwer bouwer) =>
        new Beoordelaar(RegelsetLader.Laad(set.Map), new VasteKlok()).Beoordeel(bouwer.Bouw());

    private static JsonObject Meerwaarde(string id = "A1-TEST-KWALITEIT", decimal gewicht = 3) => TijdelijkeRegelset.Regel(
        id: id, expressie: "v.Motieven.Contains(\"kwaliteit\")", vereist: ["motieven"], hoofdvlak: "meerwaarde", subafweging: "A1",
        dimensie: "publieke_waarde", factor: "meerwaarde_bedrijfsvoering", ernst: "belangrijk", gewicht: gewicht);

    [Fact]
    public void Een_onbekend_antwoord_maakt_de_bevinding_onbekend_en_komt_in_ontbrekende_gegevens()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(
            expressie: "v.Gemeenten.All(g => g.Urgentie >= 3)", vereist: ["gemeenten[].urgentie"], factor: "urgentie")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("gemeenten[1].urgentie", null));

        var bevinding = afweging.Bevindingen.Single(b => b.Regel == "B1-TEST-VERTROUWEN");
        Assert.Equal(Uitkomst.Status.Onbekend, bevinding.Status);
        Assert.Equal(["gemeenten[1].urgentie"], bevinding.OntbrekendeVelden);
        Assert.Contains("Gevoelde urgentie (Westerdam)", bevinding.Toelichting);
        var gegeven = Assert.Single(afweging.OntbrekendeGegevens);
        Assert.Equal("gemeenten[1].urgentie", gegeven.Veld);
        Assert.Equal("Gevoelde urgentie (Westerdam)", gegeven.Vraag);
        Assert.Equal(["B1-TEST-VERTROUWEN"], gegeven.Regels);
    }

    [Fact]
    public void Een_ontbrekend_object_maakt_elk_veld_erin_onbekend()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(
            expressie: "v.Condities.Gideonsbende.Aanwezig == true", vereist: ["condities.gideonsbende.aanwezig"], factor: "gideonsbende")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities", null));

        Assert.Equal(["condities.gideonsbende.aanwezig"], afweging.Bevindingen.Single(b => b.Factor == "gideonsbende").OntbrekendeVelden);
    }

    [Fact]
    public void Een_regel_die_niet_van_toepassing_is_telt_niet_mee()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(vanToepassing: "a.IsCentrumgemeente")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", 1));

        Assert.Equal(Uitkomst.Status.NietVanToepassing, afweging.Bevindingen.Single(b => b.Regel == "B1-TEST-VERTROUWEN").Status);
        Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Oordeel);
        Assert.Null(afweging.Hoofdvlakken.Single(h => h.Code == "condities").Score);
    }

    [Fact]
    public void De_deelscores_zijn_het_gewogen_aandeel_van_de_beoordeelde_regels_en_de_score_ligt_in_de_band_van_het_oordeel()
    {
        using var set = new TijdelijkeRegelset([
            Meerwaarde(gewicht: 3),
            TijdelijkeRegelset.Regel(id: "B1-TEST-A", gewicht: 1, ernst: "advies"),
            TijdelijkeRegelset.Regel(id: "B1-TEST-B", gewicht: 2, ernst: "advies", expressie: "v.Condities.VertrouwenAmbtelijk >= 3", vereist: ["condities.vertrouwenAmbtelijk"]),
            TijdelijkeRegelset.Regel(id: "B1-TEST-C", gewicht: 4, ernst: "advies", expressie: "v.Condities.Cultuurplan == true", vereist: ["condities.cultuurplan"]),
        ]);

        // A (1) met, B (2) not met, C (4) unknown; meerwaarde (3) met.
        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenAmbtelijk", 2).Zet("condities.cultuurplan", null));

        Assert.Equal(33, afweging.Hoofdvlakken.Single(h => h.Code == "condities").Score);
        Assert.Equal(33, afweging.Hoofdvlakken.Single(h => h.Code == "condities").Subafwegingen.Single(s => s.Code == "B1").Score);
        Assert.Equal(40, afweging.Vervulling); // met (3 + 1) of applicable 10: unknown counts as not yet shown
        Assert.Equal(60, afweging.Dekking); // known 6 of applicable 10
        Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Oordeel); // only advies rules fail
        Assert.Equal(new ScoreBand(80, 100), afweging.ScoreBand);
        Assert.Equal(88, afweging.Score); // 80 + 20 × 0.40
        Assert.Contains("40% van het gewicht", afweging.ScoreToelichting);
        Assert.Equal(100, afweging.PubliekeWaarde.PubliekeWaarde);
        Assert.Equal(33, afweging.PubliekeWaarde.Legitimiteit);
        Assert.Null(afweging.PubliekeWaarde.OrganisatieEnBesturing);
    }

    [Fact]
    public void Een_onvervulde_blokkerende_voorwaarde_geeft_heroverwegen()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "blokkerend")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", 1));

        Assert.Equal(Uitkomst.Oordeel.Heroverwegen, afweging.Oordeel);
        Assert.Contains("blokkerende voorwaarde", afweging.OordeelToelichting);
        Assert.Equal("B1-TEST-VERTROUWEN", Assert.Single(afweging.Voorwaarden).Regel);
    }

    [Fact]
    public void Een_onvervulde_kritieke_voorwaarde_geeft_positief_onder_voorwaarden()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "kritiek")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", 2));

        Assert.Equal(Uitkomst.Oordeel.PositiefOnderVoorwaarden, afweging.Oordeel);
        var voorwaarde = Assert.Single(afweging.Voorwaarden);
        Assert.Equal("Werk aan vertrouwen.", voorwaarde.Tekst);
        Assert.Equal("kritiek", voorwaarde.Ernst);
    }

    [Fact]
    public void Een_onbekende_kritieke_voorwaarde_wordt_een_voorwaarde_om_uit_te_zoeken()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "kritiek")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", null));

        Assert.Equal(Uitkomst.Oordeel.PositiefOnderVoorwaarden, afweging.Oordeel);
        Assert.StartsWith("Breng vóór het raadsbesluit in beeld: testregel", Assert.Single(afweging.Voorwaarden).Tekst);
    }

    [Fact]
    public void Bij_een_lopende_fusie_gaat_een_voorwaarde_niet_over_het_raadsbesluit()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "kritiek")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("fase", "implementatie").Zet("condities.vertrouwenBestuurlijk", null));

        Assert.StartsWith("Breng zo snel mogelijk, om de samenwerking bij te sturen, in beeld", Assert.Single(afweging.Voorwaarden).Tekst);
        Assert.DoesNotContain("raadsbesluit", afweging.OordeelToelichting);
    }

    [Fact]
    public void Drie_faalfactoren_tegelijk_geven_heroverwegen_en_de_toelichting_noemt_ze()
    {
        using var set = MetFaalfactoren(3);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis()
            .Zet("condities.vertrouwenBestuurlijk", 2).Zet("condities.negatieveBeeldvorming", true).Zet("condities.cultuurplan", false));

        Assert.Equal(Uitkomst.Oordeel.Heroverwegen, afweging.Oordeel);
        Assert.Equal(["gering_vertrouwen", "negatieve_beeldvorming", "cultuur_en_identiteit"], afweging.Faalfactoren.Select(f => f.Code));
        Assert.Contains("3 faalfactoren", afweging.OordeelToelichting);
        Assert.Contains("B1-TEST-BEELD", afweging.OordeelToelichting);
    }

    [Fact]
    public void Twee_faalfactoren_zijn_voorwaarden_en_de_toelichting_waarschuwt_voor_de_grens()
    {
        using var set = MetFaalfactoren(3);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", 2).Zet("condities.negatieveBeeldvorming", true));

        Assert.Equal(Uitkomst.Oordeel.PositiefOnderVoorwaarden, afweging.Oordeel);
        Assert.Contains("vanaf 3 tegelijk", afweging.OordeelToelichting);
    }

    [Fact]
    public void Een_onbekende_blokkerende_voorwaarde_geeft_onvoldoende_informatie_met_de_vraag_die_het_beslist()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "blokkerend")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", null));

        Assert.Equal(Uitkomst.Oordeel.OnvoldoendeInformatie, afweging.Oordeel);
        Assert.Contains("Bestuurlijk vertrouwen", afweging.OordeelToelichting);
        Assert.InRange(afweging.Score, 0, 39);
    }

    [Fact]
    public void Een_meerwaarde_die_nog_niet_te_beoordelen_is_geeft_onvoldoende_informatie()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "kritiek")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("motieven", null));

        Assert.Equal(Uitkomst.Oordeel.OnvoldoendeInformatie, afweging.Oordeel);
        Assert.Contains("vertrekpunt", afweging.OordeelToelichting);
        Assert.Contains("tussen 0 en 100", afweging.OordeelToelichting);
    }

    [Fact]
    public void Een_hoger_oordeel_heeft_altijd_een_hogere_scoreband()
    {
        var banden = new[] { Uitkomst.Oordeel.Heroverwegen, Uitkomst.Oordeel.OnvoldoendeInformatie, Uitkomst.Oordeel.PositiefOnderVoorwaarden, Uitkomst.Oordeel.Positief }
            .Select(Weging.BandVan).ToList();

        for (var i = 1; i < banden.Count; i++)
        {
            Assert.True(banden[i].Van >= banden[i - 1].Tot || banden[i] == banden[i - 1], $"{banden[i - 1]} → {banden[i]}");
        }
    }

    [Fact]
    public void De_publieke_waarde_heeft_altijd_haar_drie_leden_ook_als_een_domein_niet_is_beoordeeld()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde()]);

        var json = Assessment.Domain.Json.ContractJson.Schrijf(Beoordeel(set, VoorstelBouwer.Basis()));

        var publiekeWaarde = JsonNode.Parse(json)!["publiekeWaarde"]!.AsObject();
        Assert.Equal(["publiekeWaarde", "legitimiteit", "organisatieEnBesturing"], publiekeWaarde.Select(p => p.Key));
        Assert.Null(publiekeWaarde["legitimiteit"]);
    }

    /// <summary>A rule set of a meerwaarde rule and three critical rules, each establishing a failure factor.</summary>
    private static TijdelijkeRegelset MetFaalfactoren(int minimum)
    {
        JsonObject Met(JsonObject regel, string faalfactor)
        {
            regel["Properties"]!["faalfactor"] = faalfactor;
            return regel;
        }

        var set = new TijdelijkeRegelset([
            Meerwaarde(),
            Met(TijdelijkeRegelset.Regel(ernst: "kritiek"), "gering_vertrouwen"),
            Met(TijdelijkeRegelset.Regel(id: "B1-TEST-BEELD", ernst: "kritiek", expressie: "v.Condities.NegatieveBeeldvorming == false", vereist: ["condities.negatieveBeeldvorming"]), "negatieve_beeldvorming"),
            Met(TijdelijkeRegelset.Regel(id: "B1-TEST-CULTUUR", ernst: "belangrijk", expressie: "v.Condities.Cultuurplan == true", vereist: ["condities.cultuurplan"]), "cultuur_en_identiteit"),
        ]);
        var kader = JsonNode.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "kader.json"))))!.AsObject();
        var gebruikt = new[] { "gering_vertrouwen", "negatieve_beeldvorming", "cultuur_en_identiteit" };
        var bewaard = JsonNode.Parse(File.ReadAllText(Path.Combine(set.Map, "kader.json")))!.AsObject();
        bewaard["faalfactoren"] = new JsonArray([.. kader["faalfactoren"]!.AsArray().Where(f => gebruikt.Contains((string)f!["code"]!)).Select(f => f!.DeepClone())]);
        set.Schrijf("kader.json", bewaard);
        var oordeel = JsonNode.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "parameters", "oordeel.json"))))!.AsObject();
        oordeel["parameters"]!["minFaalfactorenHeroverwegen"]!["waarde"] = minimum;
        set.Schrijf(Path.Combine("parameters", "oordeel.json"), oordeel);
        return set;
    }

    [Fact]
    public void Te_veel_onbekende_sleutelvragen_geven_onvoldoende_informatie()
    {
        using var set = new TijdelijkeRegelset([
            Meerwaarde(),
            TijdelijkeRegelset.Regel(id: "B1-TEST-A", sleutel: true, ernst: "advies"),
            TijdelijkeRegelset.Regel(id: "B1-TEST-B", sleutel: true, ernst: "advies", expressie: "v.Condities.VertrouwenAmbtelijk >= 3", vereist: ["condities.vertrouwenAmbtelijk"]),
        ]);

        var eenOnbekend = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenAmbtelijk", null));
        var beideOnbekend = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenAmbtelijk", null).Zet("condities.vertrouwenBestuurlijk", null));

        Assert.Equal(Uitkomst.Oordeel.Positief, eenOnbekend.Oordeel); // 1 of 2 is not more than half
        Assert.Equal(Uitkomst.Oordeel.OnvoldoendeInformatie, beideOnbekend.Oordeel);
        Assert.Contains("2 van de 2 sleutelvragen", beideOnbekend.OordeelToelichting);
    }

    [Fact]
    public void Een_blokkerend_bezwaar_gaat_voor_onvoldoende_informatie()
    {
        using var set = new TijdelijkeRegelset([
            Meerwaarde(),
            TijdelijkeRegelset.Regel(id: "B1-TEST-A", sleutel: true, ernst: "blokkerend"),
            TijdelijkeRegelset.Regel(id: "B1-TEST-B", sleutel: true, ernst: "advies", expressie: "v.Condities.VertrouwenAmbtelijk >= 3", vereist: ["condities.vertrouwenAmbtelijk"]),
        ]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenAmbtelijk", null).Zet("condities.vertrouwenBestuurlijk", 1));

        Assert.Equal(Uitkomst.Oordeel.Heroverwegen, afweging.Oordeel);
    }

    [Fact]
    public void Te_weinig_meerwaarde_geeft_heroverwegen()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "advies")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("motieven", new JsonArray("kosten")).Zet("hoofdmotief", "kosten"));

        Assert.Equal(Uitkomst.Oordeel.Heroverwegen, afweging.Oordeel);
        Assert.Contains("meerwaarde scoort 0 van 100", afweging.OordeelToelichting);
    }

    [Fact]
    public void Als_alles_is_voldaan_is_het_oordeel_positief()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel()]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis());

        Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Oordeel);
        Assert.Equal(100, afweging.Score);
        Assert.Empty(afweging.Voorwaarden);
    }

    [Fact]
    public void Een_onvervuld_advies_wordt_een_aanbeveling_aan_de_gemeenten()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "advies")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", 1));

        var aanbeveling = Assert.Single(afweging.Aanbevelingen);
        Assert.Equal("gemeenten", aanbeveling.Aan);
        Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Oordeel);
    }

    [Fact]
    public void Een_provincieregel_die_opgaat_geeft_een_aanbeveling_aan_de_provincie()
    {
        var provincie = new JsonObject
        {
            ["RuleName"] = "PROV-TEST",
            ["Expression"] = "v.Gemeenten.Select(g => g.Regio).Distinct().Count() > 1",
            ["Properties"] = new JsonObject
            {
                ["factor"] = "regionale_orientatie",
                ["aan"] = "provincie",
                ["titel"] = "Regisseur",
                ["tekst"] = "Treed op als regisseur tussen {{a.AantalPartners}} partners.",
                ["vereist"] = new JsonArray("gemeenten[].regio"),
                ["bronnen"] = new JsonArray(new JsonObject { ["document"] = "002_7287778b7ae905cd.txt", ["plaats"] = "L7409-7467" }),
            },
        };
        using var set = new TijdelijkeRegelset([Meerwaarde()], [provincie]);

        var verschillend = Beoordeel(set, VoorstelBouwer.Basis().Zet("gemeenten[1].regio", "Twente"));
        var gelijk = Beoordeel(set, VoorstelBouwer.Basis());
        var onbekend = Beoordeel(set, VoorstelBouwer.Basis().Zet("gemeenten[1].regio", null));

        var aanbeveling = Assert.Single(verschillend.Aanbevelingen);
        Assert.Equal("provincie", aanbeveling.Aan);
        Assert.Equal("Treed op als regisseur tussen 2 partners.", aanbeveling.Tekst);
        Assert.Empty(gelijk.Aanbevelingen);
        Assert.Empty(onbekend.Aanbevelingen);
    }

    [Fact]
    public void Waarden_in_toelichtingen_staan_in_Nederlandse_notatie()
    {
        using var set = new TijdelijkeRegelset([
            Meerwaarde(),
            TijdelijkeRegelset.Regel(voldaan: "Aandeel {{a.GrootsteAandeel|P0}}, verhouding {{a.GrootteVerhouding}}, {{a.TotaalInwoners|N0}} inwoners, oordeel {{v.Condities.VertrouwenBestuurlijk}}."),
        ]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("gemeenten[1].inwoners", 12345));

        Assert.Equal("Aandeel 66%, verhouding 1,94, 36.345 inwoners, oordeel 4.", afweging.Bevindingen.Single(b => b.Regel == "B1-TEST-VERTROUWEN").Toelichting);
    }

    [Fact]
    public void Een_regel_die_faalt_wordt_onbekend_met_een_eerlijke_toelichting_en_de_rest_gaat_door()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(expressie: "100 / (v.Condities.VertrouwenBestuurlijk - 4) > 0")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis());

        var bevinding = afweging.Bevindingen.Single(b => b.Regel == "B1-TEST-VERTROUWEN");
        Assert.Equal(Uitkomst.Status.Onbekend, bevinding.Status);
        Assert.Contains("fout in de regel", bevinding.Toelichting);
    }

    [Fact]
    public void Het_voorstel_wordt_ook_gewogen_onder_elke_andere_vorm_en_als_herindeling()
    {
        using var set = new TijdelijkeRegelset([
            Meerwaarde(),
            TijdelijkeRegelset.Regel(ernst: "blokkerend", expressie: "!a.IsHerindelingsvariant", vereist: []),
            TijdelijkeRegelset.Regel(id: "C1-TEST-GAST", ernst: "kritiek", expressie: "a.GastgemeenteIsGrootste", vereist: ["samenwerking.gastgemeente"],
                hoofdvlak: "weging_varianten", subafweging: "C1", factor: "grootteverhouding", vanToepassing: "a.IsCentrumgemeente"),
        ]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis());

        Assert.Equal(["openbaar_lichaam", "bedrijfsvoeringsorganisatie", "centrumgemeente", "herindeling"], afweging.Varianten.Select(v => v.Vorm));
        Assert.True(afweging.Varianten[0].Voorgesteld);
        Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Varianten.Single(v => v.Vorm == "centrumgemeente").Oordeel); // largest partner becomes host
        Assert.Equal(Uitkomst.Oordeel.Heroverwegen, afweging.Varianten.Single(v => v.Vorm == "herindeling").Oordeel);
    }

    [Fact]
    public void C1_en_C2_vergelijken_meerwaarde_en_condities_in_woorden_met_de_regels_die_het_verschil_maken()
    {
        using var set = new TijdelijkeRegelset([
            Meerwaarde(),
            TijdelijkeRegelset.Regel(id: "C2-TEST-GEDRAGEN", ernst: "blokkerend", expressie: "!a.IsHerindelingsvariant", vereist: [],
                hoofdvlak: "weging_varianten", subafweging: "C2", factor: "alternatieven"),
        ]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis());

        Assert.Equal(["C1", "C2"], afweging.Vergelijkingen.Select(v => v.Subafweging));
        var c2 = afweging.Vergelijkingen.Single(v => v.Subafweging == "C2");
        Assert.Equal(("openbaar_lichaam", "herindeling"), (c2.Voorgesteld, c2.Alternatief));
        Assert.Equal("Het voorstel als een openbaar lichaam biedt evenveel meerwaarde onder gunstiger condities dan een herindeling.", c2.Conclusie);
        var verschil = Assert.Single(c2.Verschillen);
        Assert.Equal(("C2-TEST-GEDRAGEN", "voldaan", "niet_voldaan"), (verschil.Regel, verschil.StatusVoorgesteld, verschil.StatusAlternatief));
        Assert.Contains("'heroverwegen'", c2.Toelichting);
        Assert.Contains("Geen regel komt onder de twee vormen anders uit.", afweging.Vergelijkingen.Single(v => v.Subafweging == "C1").Toelichting);
    }

    [Fact]
    public void Een_regel_die_bij_een_andere_vorm_vervalt_staat_bij_die_variant_met_zijn_reden()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde(), TijdelijkeRegelset.Regel(ernst: "kritiek", vanToepassing: "!a.IsHerindelingsvariant")]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis());

        var vervallen = Assert.Single(afweging.Varianten.Single(v => v.Vorm == "herindeling").VervallenRegels);
        Assert.Equal(("B1-TEST-VERTROUWEN", "Niet van toepassing."), (vervallen.Regel, vervallen.Reden));
        Assert.Empty(afweging.Varianten.Single(v => v.Vorm == "centrumgemeente").VervallenRegels);
    }

    [Fact]
    public void Een_privaatrechtelijke_vorm_staat_zelf_ook_bij_de_varianten()
    {
        using var set = new TijdelijkeRegelset([Meerwaarde()]);

        var afweging = Beoordeel(set, VoorstelBouwer.Basis().Zet("samenwerking.vorm", "privaatrechtelijk"));

        Assert.Equal("privaatrechtelijk", afweging.Varianten[0].Vorm);
        Assert.True(afweging.Varianten[0].Voorgesteld);
        Assert.Equal(5, afweging.Varianten.Count);
    }
}
