using System.Text.Json;
using System.Text.Json.Nodes;
using Assessment.Engine.Regels;
using Assessment.Engine.Validatie;
using Assessment.Engine.Velden;

namespace Assessment.Engine.Tests.Velden;

public class VeldcatalogusTests
{
    private static Veldcatalogus Velden => Standaard.Velden;

    [Fact]
    public void Een_veld_heeft_zijn_pad_titel_omschrijving_soort_en_bereik_uit_het_schema()
    {
        var urgentie = Velden.Zoek("gemeenten[].urgentie")!;

        Assert.Equal("urgentie", urgentie.Naam);
        Assert.Equal("Gevoelde urgentie", urgentie.Titel);
        Assert.StartsWith("Hoe urgent vinden college, raad", urgentie.Omschrijving);
        Assert.Equal(["integer"], urgentie.Typen);
        Assert.True(urgentie.MagNull);
        Assert.False(urgentie.Verplicht);
        Assert.Equal(1, urgentie.Minimum);
        Assert.Equal(5, urgentie.Maximum);
        Assert.True(urgentie.IsAntwoord);
    }

    [Fact]
    public void Verplicht_en_altijd_bekend_volgen_required_en_null_door_alle_groepen_heen()
    {
        Assert.True(Velden.Zoek("gemeenten[].naam")!.AltijdBekend);
        Assert.True(Velden.Zoek("samenwerking.vorm")!.AltijdBekend);
        Assert.True(Velden.Zoek("gemeenten")!.AltijdBekend);
        Assert.False(Velden.Zoek("condities.gideonsbende.aanwezig")!.AltijdBekend);
        Assert.Equal(
            ["titel", "gemeenten[].naam", "gemeenten[].inwoners", "samenwerking.vorm"],
            Velden.Antwoorden.Where(v => v.AltijdBekend).Select(v => v.Pad));
    }

    [Fact]
    public void Een_lijst_van_codes_is_een_antwoord_met_de_woorden_van_zijn_elementen()
    {
        var motieven = Velden.Zoek("motieven")!;

        Assert.True(motieven.IsAntwoord);
        Assert.Equal(["array"], motieven.Typen);
        Assert.True(motieven.UniekeElementen);
        Assert.Equal("Lagere kosten", motieven.Woord("kosten"));
        Assert.Equal("Motieven", motieven.Element!.Titel);
        Assert.Equal("motieven[]", motieven.Element.Pad);
        Assert.Equal(motieven.Keuzes, motieven.Element.Keuzes);
    }

    [Fact]
    public void Een_lijst_van_groepen_is_geen_antwoord_maar_zijn_velden_wel()
    {
        var gemeenten = Velden.Zoek("gemeenten")!;

        Assert.False(gemeenten.IsAntwoord);
        Assert.Equal("gemeenten[]", gemeenten.Element!.Pad);
        Assert.True(gemeenten.Element.IsGroep);
        Assert.Equal((2, 50), (gemeenten.MinAantal, gemeenten.MaxAantal));
        Assert.Contains(Velden.Antwoorden, v => v.Pad == "gemeenten[].eindperspectief");
        Assert.DoesNotContain(Velden.Antwoorden, v => v.Pad is "gemeenten" or "gemeenten[]" or "condities" or "condities.gideonsbende");
    }

    [Fact]
    public void Elke_code_heeft_haar_woord_uit_keuzes_json_in_de_volgorde_van_het_schema()
    {
        var eindperspectief = Velden.Zoek("gemeenten[].eindperspectief")!;

        Assert.Equal(
            [new Keuze("zelfstandig", "Eindoplossing: de gemeente blijft zelfstandig"), new Keuze("tussenstap_herindeling", "Tussenstap naar herindeling"), new Keuze("open", "Nog open")],
            eindperspectief.Keuzes);
        Assert.Equal("vrije tekst", Velden.Woord("gemeenten[].regio", "vrije tekst"));
    }

    [Fact]
    public void De_regelset_leest_titels_en_woorden_uit_de_catalogus()
    {
        var regelset = Standaard.Regelset;

        Assert.Equal(regelset.Velden.Antwoorden.Select(v => v.Pad), regelset.Titels.Keys);
        Assert.Equal("Gevoelde urgentie", regelset.Titels["gemeenten[].urgentie"]);
        Assert.Equal(regelset.Velden.Antwoorden.Count(v => v.Keuzes is not null), regelset.Keuzes.Count);
        Assert.Same(regelset.Velden, regelset.Schema.Velden);
        Assert.Equal(regelset.Velden.Schema.GetRawText(), regelset.SchemaDocument.GetRawText());
    }

    [Fact]
    public void Een_nieuw_veld_in_het_schema_komt_zonder_codewijziging_in_de_catalogus_en_de_meldingen()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "schema", "voorstel.schema.json"))))!;
        schema["properties"]!["condities"]!["properties"]!["werkdruk"] = new JsonObject
        {
            ["type"] = new JsonArray("integer", "null"),
            ["title"] = "Ervaren werkdruk",
            ["minimum"] = 1,
            ["maximum"] = 5,
        };
        using var keuzes = JsonDocument.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "schema", "keuzes.json"))));
        var fouten = new List<string>();

        var velden = Veldcatalogus.Lees(JsonSerializer.SerializeToElement(schema), keuzes.RootElement, fouten);
        var lezer = new VoorstelLezer(Schemacontrole.Maak(velden));
        var probleem = lezer.Lees(VoorstelBouwer.Basis().Zet("condities.werkdruk", 9).Json()).Probleem!;

        Assert.Empty(fouten);
        Assert.Equal("Ervaren werkdruk", velden.Zoek("condities.werkdruk")!.Titel);
        Assert.Contains(velden.Antwoorden, v => v.Pad == "condities.werkdruk");
        Assert.Equal("Ervaren werkdruk mag ten hoogste 5 zijn, maar is 9.", Assert.Single(probleem.Errors).Detail);
    }

    [Fact]
    public void Een_schema_met_een_verwijzing_die_velden_verbergt_wordt_geweigerd()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "schema", "voorstel.schema.json"))))!;
        schema["properties"]!["duurzaamheid"] = new JsonObject { ["$ref"] = "#/$defs/duurzaamheid" };
        var fouten = new List<string>();

        Veldcatalogus.Lees(JsonSerializer.SerializeToElement(schema), null, fouten);

        Assert.Contains(fouten, f => f.Contains("'$ref' bij #/properties/duurzaamheid", StringComparison.Ordinal));
    }

    [Fact]
    public void Een_schema_dat_geen_geldig_JSON_Schema_is_wordt_geweigerd_met_de_plaats()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "schema", "voorstel.schema.json"))))!;
        schema["properties"]!["titel"]!["maxLength"] = "driehonderd";
        var fouten = new List<string>();

        var velden = Veldcatalogus.Lees(JsonSerializer.SerializeToElement(schema), null, fouten);
        var fout = Assert.Throws<RegelsetFout>(() => Schemacontrole.Maak(velden));

        Assert.Contains("/properties/titel/maxLength", fout.Message);
    }

    [Fact]
    public void Kenmerken_uit_een_ander_bestand_komen_bij_het_veld_en_een_onbekend_veld_is_een_fout()
    {
        using var kenmerken = JsonDocument.Parse("""
            {
              "gemeenten[].urgentie": { "proefkenmerk": 2, "nogEenKenmerk": true },
              "condities.bestaatNiet": { "proefkenmerk": 1 }
            }
            """);
        var fouten = new List<string>();

        var verrijkt = Velden.MetKenmerken("velden.json", kenmerken.RootElement, fouten);

        Assert.Equal(2, verrijkt.Zoek("gemeenten[].urgentie")!.Kenmerken["proefkenmerk"].GetInt32());
        Assert.Same(verrijkt.Zoek("gemeenten[].urgentie"), verrijkt.Zoek("gemeenten")!.Element!.Kind("urgentie"));
        Assert.False(Velden.Zoek("gemeenten[].urgentie")!.Kenmerken.ContainsKey("proefkenmerk"));
        Assert.Equal(["velden.json: het veld 'condities.bestaatNiet' staat niet in het schema."], fouten);
    }

    [Fact]
    public void De_richting_van_elk_geordend_antwoord_staat_in_de_catalogus()
    {
        var urgentie = Standaard.Regelset.Velden.Zoek("gemeenten[].urgentie")!;

        Assert.Equal("hoger", urgentie.Kenmerken["beter"].GetString());
        Assert.Equal(JsonValueKind.Object, Standaard.Regelset.Velden.Zoek("gemeenten[].raadsbesluit")!.Kenmerken["beter"].ValueKind);
    }

    [Fact]
    public void Een_richting_die_niet_bij_het_veld_past_of_een_onvolledige_volgorde_wordt_geweigerd()
    {
        using var set = new TijdelijkeRegelset([TijdelijkeRegelset.Regel()]);
        set.Schrijf(Path.Combine("schema", "velden.json"), JsonNode.Parse("""
            { "velden": {
                "condities.cultuurplan": { "beter": "hoger" },
                "gemeenten[].raadsbesluit": { "beter": { "volgorde": [["verworpen"], ["aangenomen"]] } } } }
            """)!);

        var melding = Assert.Throws<RegelsetFout>(() => RegelsetLader.Laad(set.Map)).Message;

        Assert.Contains("'condities.cultuurplan': 'beter' is 'hoger', maar dat past niet", melding);
        Assert.Contains("'gemeenten[].raadsbesluit': de volgorde moet elke toegestane waarde precies één keer noemen", melding);
    }
}
