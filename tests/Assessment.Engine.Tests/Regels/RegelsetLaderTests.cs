using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Tests.Regels;

public class RegelsetLaderTests
{
    private static RegelsetFout Geweigerd(TijdelijkeRegelset set, string? overschrijving = null) =>
        Assert.Throws<RegelsetFout>(() => RegelsetLader.Laad(set.Map, overschrijving));

    [Fact]
    public void Een_juiste_regel_wordt_geladen_met_zijn_metadata()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel()]);

        var regelset = RegelsetLader.Laad(set.Map);

        var regel = Assert.Single(regelset.Regels);
        Assert.Equal("B1-TEST-VERTROUWEN", regel.Id);
        Assert.Equal("vertrouwen", regel.Factor);
        Assert.Equal(["condities.vertrouwenBestuurlijk"], regel.Vereist.Select(v => v.Pad));
        Assert.StartsWith("sha256:", regelset.Hash);
        Assert.Single(regelset.Workflows, w => w.WorkflowName == "test");
    }

    [Fact]
    public void Een_expressie_die_een_niet_vereist_veld_leest_wordt_geweigerd()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel(
            expressie: "v.Condities.VertrouwenBestuurlijk >= 3 && v.Gemeenten.All(g => g.Urgentie >= 3)")]);

        Assert.Contains("leest 'gemeenten[].urgentie'", Geweigerd(set).Message);
    }

    [Fact]
    public void Een_vereist_veld_dat_de_expressie_niet_leest_wordt_geweigerd()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel(vereist: ["condities.vertrouwenBestuurlijk", "condities.cultuurplan"])]);

        Assert.Contains("noemt 'condities.cultuurplan'", Geweigerd(set).Message);
    }

    [Fact]
    public void Velden_in_lambdas_en_geneste_objecten_worden_herkend()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel(
            expressie: "v.Gemeenten.Where(g => g.Twijfelt == false).All(h => h.Urgentie >= 3) && v.Condities.Gideonsbende.Aanwezig == true && v.Motieven.Contains(\"kosten\")",
            vereist: ["gemeenten[].twijfelt", "gemeenten[].urgentie", "condities.gideonsbende.aanwezig", "motieven"])]);

        var regel = Assert.Single(RegelsetLader.Laad(set.Map).Regels);

        Assert.Equal(4, regel.Vereist.Count);
    }

    [Fact]
    public void Een_afgeleid_feit_dat_een_optioneel_veld_leest_vraagt_dat_veld_in_vereist()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel(expressie: "a.GastgemeenteIsGrootste", vereist: [])]);

        Assert.Contains("leest 'samenwerking.gastgemeente'", Geweigerd(set).Message);
    }

    [Theory]
    [InlineData("factor", "geluk", "vaste woordenlijst")]
    [InlineData("hoofdvlak", "financien", "hoofdvlak 'financien' bestaat niet")]
    [InlineData("subafweging", "C1", "hoort niet bij hoofdvlak 'condities'")]
    [InlineData("dimensie", "efficiency", "dimensie 'efficiency' bestaat niet")]
    [InlineData("ernst", "fataal", "ernst 'fataal' bestaat niet")]
    [InlineData("titel", "", "'titel' ontbreekt")]
    public void Metadata_buiten_het_kader_wordt_geweigerd(string eigenschap, string waarde, string melding)
    {
        var regel = TijdelijkeRegelset.Regel();
        regel["Properties"]![eigenschap] = waarde;
        using var set = new TijdelijkeRegelset([regel]);

        Assert.Contains(melding, Geweigerd(set).Message);
    }

    [Fact]
    public void Een_regel_zonder_bron_wordt_geweigerd()
    {
        var regel = TijdelijkeRegelset.Regel();
        regel["Properties"]!["bronnen"] = new JsonArray();
        using var set = new TijdelijkeRegelset([regel]);

        Assert.Contains("minstens één bron", Geweigerd(set).Message);
    }

    [Fact]
    public void Een_kritieke_regel_zonder_voorwaarde_wordt_geweigerd()
    {
        var regel = TijdelijkeRegelset.Regel();
        regel["Properties"]!.AsObject().Remove("voorwaarde");
        using var set = new TijdelijkeRegelset([regel]);

        Assert.Contains("'voorwaarde' ontbreekt", Geweigerd(set).Message);
    }

    [Fact]
    public void Een_syntaxfout_in_een_expressie_wordt_geweigerd_met_de_regel_id()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel(expressie: "v.Condities.VertrouwenBestuurlijk >= ")]);

        var fout = Geweigerd(set);

        Assert.Contains("B1-TEST-VERTROUWEN", fout.Message);
        Assert.Contains("geen geldige expressie", fout.Message);
    }

    [Fact]
    public void Een_code_zonder_woord_een_woord_zonder_code_en_een_onbekend_veld_in_keuzes_worden_geweigerd()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel()]);
        var keuzes = JsonNode.Parse(File.ReadAllText(Path.Combine(set.Map, "schema", "keuzes.json")))!;
        keuzes["keuzes"]!["fase"]!.AsObject().Remove("evaluatie");
        keuzes["keuzes"]!["samenwerking.vorm"]!["fusie"] = "Fusie";
        keuzes["keuzes"]!["condities.cultuur"] = new JsonObject { ["ja"] = "Ja" };
        keuzes["keuzes"]!.AsObject().Remove("hoofdmotief");
        set.Schrijf(Path.Combine("schema", "keuzes.json"), keuzes);

        var fout = Geweigerd(set).Message;

        Assert.Contains("geen woord voor 'evaluatie' bij 'fase'", fout);
        Assert.Contains("'fusie' bij 'samenwerking.vorm' is geen toegestane waarde", fout);
        Assert.Contains("het veld 'condities.cultuur' heeft geen keuzes", fout);
        Assert.Contains("geen woorden voor het veld 'hoofdmotief'", fout);
    }

    [Fact]
    public void De_regelset_geeft_het_woord_bij_een_code_en_laat_vrije_tekst_zoals_hij_is()
    {
        var regelset = RegelsetLader.LaadStandaard();

        Assert.Equal("Openbaar lichaam", regelset.Woord("samenwerking.vorm", "openbaar_lichaam"));
        Assert.Equal("Tussenstap naar herindeling", regelset.Woord("gemeenten[].eindperspectief", "tussenstap_herindeling"));
        Assert.Equal("Regio_Twente", regelset.Woord("gemeenten[].regio", "Regio_Twente"));
        Assert.Equal(12, regelset.Keuzes.Count);
    }

    [Fact]
    public void Een_dubbele_regel_id_wordt_geweigerd()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel(), TijdelijkeRegelset.Regel(subafweging: "B2")]);

        Assert.Contains("komt 2 keer voor", Geweigerd(set).Message);
    }

    [Fact]
    public void Een_regel_in_een_bestand_met_een_andere_naam_of_in_de_map_van_een_andere_subafweging_wordt_geweigerd()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel()]);
        set.Schrijf(Path.Combine("regels", "test", "B2", "B1-ANDERE-NAAM.json"), TijdelijkeRegelset.Regel(id: "B1-TEST-VERPLAATST"));

        var melding = Geweigerd(set).Message;

        Assert.Contains("het bestand heet naar zijn regel", melding);
        Assert.Contains("staat dus in regels/test/B1/", melding);
    }

    [Fact]
    public void Een_parameter_die_niet_bestaat_of_niet_genoemd_wordt_wordt_geweigerd()
    {
        using (var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel(expressie: "v.Condities.VertrouwenBestuurlijk >= p.minVertrouwen", parameters: ["minVertrouwen"])]))
        {
            Assert.Contains("'minVertrouwen' bestaat niet", Geweigerd(set).Message);
        }

        using (var set = new TijdelijkeRegelset(
            [TijdelijkeRegelset.Regel(expressie: "v.Condities.VertrouwenBestuurlijk >= p.minVertrouwen")],
            parameters: new JsonObject { ["minVertrouwen"] = TijdelijkeRegelset.Parameter(3) }))
        {
            Assert.Contains("'parameters' noemt hem niet", Geweigerd(set).Message);
        }
    }

    [Fact]
    public void Een_beleidskeuze_zonder_toelichting_wordt_geweigerd()
    {
        var parameter = TijdelijkeRegelset.Parameter(3);
        parameter.Remove("toelichting");
        using var set = new TijdelijkeRegelset(
            [TijdelijkeRegelset.Regel(expressie: "v.Condities.VertrouwenBestuurlijk >= p.minVertrouwen", parameters: ["minVertrouwen"])],
            parameters: new JsonObject { ["minVertrouwen"] = parameter });

        Assert.Contains("toelichting", Geweigerd(set).Message);
    }

    [Fact]
    public void Een_provincie_kan_een_beleidskeuze_overschrijven_en_de_hash_verandert_mee()
    {
        using var set = new TijdelijkeRegelset(
            [TijdelijkeRegelset.Regel(expressie: "v.Condities.VertrouwenBestuurlijk >= p.minVertrouwen", parameters: ["minVertrouwen"])],
            parameters: new JsonObject { ["minVertrouwen"] = TijdelijkeRegelset.Parameter(3) });
        set.Schrijf("provincie.json", new JsonObject { ["parameters"] = new JsonObject { ["minVertrouwen"] = TijdelijkeRegelset.Parameter(4) } });
        var overschrijving = Path.Combine(set.Map, "provincie.json");

        var standaard = RegelsetLader.Laad(set.Map);
        var provinciaal = RegelsetLader.Laad(set.Map, overschrijving);
        var voorstel = VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", 3).Bouw();

        Assert.Equal(4, provinciaal.Parameter("minVertrouwen"));
        Assert.NotEqual(standaard.Hash, provinciaal.Hash);
        Assert.Equal(Uitkomst.Status.Voldaan, Evaluatie.Status("B1-TEST-VERTROUWEN", voorstel, standaard));
        Assert.Equal(Uitkomst.Status.NietVoldaan, Evaluatie.Status("B1-TEST-VERTROUWEN", voorstel, provinciaal));
    }

    [Fact]
    public void Een_getal_uit_de_bron_kan_niet_als_beleidskeuze_worden_overschreven()
    {
        using var set = new TijdelijkeRegelset(
            [TijdelijkeRegelset.Regel(expressie: "v.Condities.VertrouwenBestuurlijk >= p.minVertrouwen", parameters: ["minVertrouwen"])],
            parameters: new JsonObject { ["minVertrouwen"] = TijdelijkeRegelset.Parameter(3, herkomst: "bron") });
        set.Schrijf("provincie.json", new JsonObject { ["parameters"] = new JsonObject { ["minVertrouwen"] = TijdelijkeRegelset.Parameter(4) } });

        Assert.Contains("komt uit de bron", Geweigerd(set, Path.Combine(set.Map, "provincie.json")).Message);
    }

    [Fact]
    public void Alle_fouten_worden_tegelijk_gemeld()
    {
        var a = TijdelijkeRegelset.Regel(id: "B1-TEST-A", factor: "geluk");
        var b = TijdelijkeRegelset.Regel(id: "B1-TEST-B", ernst: "fataal");
        using var set = new TijdelijkeRegelset([a, b]);

        var fout = Geweigerd(set);

        Assert.Contains("B1-TEST-A", fout.Message);
        Assert.Contains("B1-TEST-B", fout.Message);
    }

    [Fact]
    public void De_meegeleverde_regelset_laadt_zonder_fouten()
    {
        var regelset = Standaard.Regelset;

        Assert.InRange(regelset.Regels.Count, 50, 90);
        Assert.NotEmpty(regelset.Aanbevelingsregels);
    }
}
