using System.Text;
using System.Text.Json.Nodes;
using Assessment.Engine.Validatie;

namespace Assessment.Engine.Tests.Validatie;

public class VoorstelLezerTests
{
    private static Probleem Probleem(string json)
    {
        var resultaat = Standaard.Lezer.Lees(json);
        Assert.False(resultaat.IsGeldig, "verwacht een ongeldig voorstel");
        return resultaat.Probleem!;
    }

    private static Probleem Probleem(VoorstelBouwer bouwer) => Probleem(bouwer.Json());

    private static Fout EnigeFout(Probleem probleem) => Assert.Single(probleem.Errors);

    [Fact]
    public void Het_basisvoorstel_is_geldig_en_behoudt_alle_antwoorden()
    {
        var voorstel = VoorstelBouwer.Basis().Bouw();

        Assert.Equal(2, voorstel.Gemeenten.Count);
        Assert.Equal("Westerdam", voorstel.Gemeenten[1].Naam);
        Assert.Equal(4, voorstel.Gemeenten[1].Urgentie);
        Assert.Equal(true, voorstel.Condities!.Gideonsbende!.BesluitenVastgelegd);
        Assert.Equal("gemengd", voorstel.Condities.Verdeelsleutel!.Methode);
        Assert.Equal(new DateOnly(2028, 1, 1), voorstel.Ingangsdatum);
    }

    [Fact]
    public void Alleen_de_verplichte_velden_is_geldig_en_de_rest_onbekend()
    {
        var voorstel = VoorstelBouwer.Minimaal().Bouw();

        Assert.Null(voorstel.Condities);
        Assert.Null(voorstel.Gemeenten[0].Urgentie);
        Assert.Null(voorstel.Motieven);
    }

    [Fact]
    public void Null_voor_een_optioneel_antwoord_is_geen_fout()
    {
        var resultaat = Standaard.Lezer.Lees(VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijk", null).Zet("businessCase", null).Json());

        Assert.True(resultaat.IsGeldig);
    }

    [Theory]
    [InlineData("gemeenten[0].urgentie", "6", "maximum")]
    [InlineData("gemeenten[0].urgentie", "0", "minimum")]
    [InlineData("condities.vertrouwenAmbtelijk", "3.5", "type")]
    [InlineData("gemeenten[1].inwoners", "21000.5", "type")]
    [InlineData("gemeenten[1].inwoners", "0", "minimum")]
    [InlineData("gemeenten[1].inwoners", "\"21000\"", "type")]
    [InlineData("businessCase.frictiekosten", "-1", "minimum")]
    [InlineData("businessCase.structureleBesparing", "-250000", "minimum")]
    [InlineData("samenwerking.vorm", "\"fusie\"", "enum")]
    [InlineData("gemeenten[0].eindperspectief", "\"misschien\"", "enum")]
    [InlineData("condities.gideonsbende.aanwezig", "\"ja\"", "type")]
    [InlineData("gemeenten[0].cbsCode", "\"0363\"", "pattern")]
    [InlineData("ingangsdatum", "\"2028-02-30\"", "format")]
    [InlineData("titel", "\"\"", "minLength")]
    [InlineData("motieven", "[\"kosten\", \"kosten\"]", "uniqueItems")]
    [InlineData("samenwerking.vorm", "null", "type")]
    public void Een_ongeldige_waarde_wordt_geweigerd_met_het_pad_en_een_Nederlandse_melding(string pad, string waarde, string code)
    {
        var probleem = Probleem(VoorstelBouwer.Basis().Zet(pad, JsonNode.Parse(waarde)));

        var fout = Assert.Single(probleem.Errors, f => f.Code == code);
        Assert.StartsWith("$." + pad.Split('.')[0].Split('[')[0], fout.Pad);
        Assert.Equal(400, probleem.Status);
        Assert.Equal("Ongeldig voorstel", probleem.Title);
        Assert.DoesNotContain("Exception", fout.Detail);
    }

    [Fact]
    public void De_melding_noemt_het_veld_in_het_Nederlands_en_wat_wel_mag()
    {
        var fout = EnigeFout(Probleem(VoorstelBouwer.Basis().Zet("gemeenten[1].urgentie", 7)));

        Assert.Equal("$.gemeenten[1].urgentie", fout.Pad);
        Assert.Equal("#/gemeenten/1/urgentie", fout.Location);
        Assert.Equal("Gevoelde urgentie mag ten hoogste 5 zijn, maar is 7.", fout.Detail);
    }

    [Fact]
    public void Alle_ongeldige_velden_worden_tegelijk_genoemd()
    {
        var probleem = Probleem(VoorstelBouwer.Basis()
            .Zet("gemeenten[0].urgentie", 9)
            .Zet("gemeenten[1].inwoners", -5)
            .Zet("samenwerking.vorm", "fusie")
            .Zet("condities.verdeelsleutel.methode", "loting")
            .Zet("businessCase.frictiekosten", -100));

        Assert.Equal(
            ["$.gemeenten[0].urgentie", "$.gemeenten[1].inwoners", "$.samenwerking.vorm", "$.businessCase.frictiekosten", "$.condities.verdeelsleutel.methode"],
            probleem.Errors.Select(f => f.Pad));
        Assert.Equal("Het voorstel bevat 5 ongeldige velden; zie 'errors'.", probleem.Detail);
    }

    [Fact]
    public void Minder_dan_twee_gemeenten_wordt_geweigerd()
    {
        var fout = EnigeFout(Probleem(VoorstelBouwer.Minimaal().Zet("gemeenten", new JsonArray(new JsonObject { ["naam"] = "Alleen", ["inwoners"] = 1000 }))));

        Assert.Equal("minItems", fout.Code);
        Assert.Equal("$.gemeenten", fout.Pad);
        Assert.Contains("minstens 2", fout.Detail);
    }

    [Fact]
    public void Meer_dan_vijftig_gemeenten_wordt_geweigerd()
    {
        var gemeenten = new JsonArray([.. Enumerable.Range(1, 51).Select(i => (JsonNode)new JsonObject { ["naam"] = $"Gemeente {i}", ["inwoners"] = 1000 + i })]);

        var fout = EnigeFout(Probleem(VoorstelBouwer.Minimaal().Zet("gemeenten", gemeenten)));

        Assert.Equal("maxItems", fout.Code);
        Assert.Contains("ten hoogste 50", fout.Detail);
    }

    [Fact]
    public void Dezelfde_gemeente_twee_keer_wordt_geweigerd_ook_met_andere_hoofdletters()
    {
        var fout = EnigeFout(Probleem(VoorstelBouwer.Basis().Zet("gemeenten[1].naam", "oostwold ")));

        Assert.Equal("dubbel", fout.Code);
        Assert.Equal("$.gemeenten[1].naam", fout.Pad);
        Assert.Contains("twee keer", fout.Detail);
    }

    [Fact]
    public void Een_gastgemeente_die_niet_meedoet_wordt_geweigerd()
    {
        var fout = EnigeFout(Probleem(VoorstelBouwer.Basis().Zet("samenwerking.gastgemeente", "Zuiderhaven")));

        Assert.Equal("$.samenwerking.gastgemeente", fout.Pad);
        Assert.Contains("Zuiderhaven", fout.Detail);
    }

    [Fact]
    public void Een_hoofdmotief_dat_niet_bij_de_motieven_staat_wordt_geweigerd_met_het_veld_en_de_gekozen_motieven()
    {
        var probleem = Probleem(VoorstelBouwer.Minimaal().Zet("motieven", new JsonArray("kwaliteit", "kwetsbaarheid")).Zet("hoofdmotief", "kosten"));

        var fout = EnigeFout(probleem);
        Assert.Equal("hoofdmotief", fout.Code);
        Assert.Equal("$.hoofdmotief", fout.Pad);
        Assert.Equal("#/hoofdmotief", fout.Location);
        Assert.Equal("Het hoofdmotief 'kosten' (Lagere kosten) staat niet bij de gekozen motieven (Betere kwaliteit, Minder kwetsbaarheid); kies het hoofdmotief uit de motieven.", fout.Detail);
        Assert.Equal(400, probleem.Status);
    }

    [Fact]
    public void Een_hoofdmotief_bij_een_lege_lijst_motieven_wordt_geweigerd()
    {
        var fout = EnigeFout(Probleem(VoorstelBouwer.Minimaal().Zet("motieven", new JsonArray()).Zet("hoofdmotief", "kosten")));

        Assert.Equal("$.hoofdmotief", fout.Pad);
        Assert.Contains("er is geen motief gekozen", fout.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"kosten\", \"kwaliteit\"]", "\"kwaliteit\"")]
    [InlineData("null", "\"kosten\"")]
    [InlineData("[\"kosten\"]", "null")]
    public void Een_hoofdmotief_uit_de_motieven_of_bij_onbekende_motieven_is_geldig(string motieven, string hoofdmotief)
    {
        var resultaat = Standaard.Lezer.Lees(VoorstelBouwer.Minimaal().Zet("motieven", JsonNode.Parse(motieven)).Zet("hoofdmotief", JsonNode.Parse(hoofdmotief)).Json());

        Assert.True(resultaat.IsGeldig, resultaat.Probleem?.Errors.FirstOrDefault()?.Detail);
    }

    [Fact]
    public void Een_onbekend_veld_wordt_geweigerd_zodat_een_tikfout_niet_stil_verdwijnt()
    {
        var fout = EnigeFout(Probleem(VoorstelBouwer.Basis().Zet("condities.vertrouwenBestuurlijkk", 4)));

        Assert.Equal("additionalProperties", fout.Code);
        Assert.Equal("$.condities.vertrouwenBestuurlijkk", fout.Pad);
    }

    [Fact]
    public void Een_ontbrekend_verplicht_veld_wordt_genoemd()
    {
        var json = JsonNode.Parse(VoorstelBouwer.Minimaal().Json())!.AsObject();
        json.Remove("titel");
        ((JsonObject)json["gemeenten"]![0]!).Remove("inwoners");

        var probleem = Probleem(json.ToJsonString());

        Assert.Equal(["$.titel", "$.gemeenten[0].inwoners"], probleem.Errors.Select(f => f.Pad));
        Assert.All(probleem.Errors, f => Assert.Equal("required", f.Code));
    }

    [Theory]
    [InlineData("{\"titel\": \"x\", ", "onvolledig")]
    [InlineData("{\"titel\": 'x'}", "regel 1")]
    [InlineData("{\"titel\": \"x\",}", "regel 1")]
    [InlineData("", "geen inhoud")]
    [InlineData("{\"titel\": \"a\", \"titel\": \"b\"}", "twee keer")]
    public void Kapotte_json_geeft_een_probleem_met_de_plaats_van_de_fout(string json, string verwacht)
    {
        var probleem = Probleem(json);

        Assert.Equal("Ongeldige JSON", probleem.Title);
        Assert.Equal(400, probleem.Status);
        Assert.Contains(verwacht, probleem.Detail);
        Assert.Equal("json", Assert.Single(probleem.Errors).Code);
    }

    [Fact]
    public void Een_ontbrekende_afsluitende_accolade_heet_onvolledig_en_niet_te_diep_genest()
    {
        var probleem = Probleem("{\n  \"titel\": \"x\"\n");

        Assert.Equal("De JSON is onvolledig: er ontbreekt een afsluitende '}' aan het einde (regel 2, positie 15).", probleem.Detail);
        Assert.Equal(probleem.Detail, EnigeFout(probleem).Detail);
    }

    [Fact]
    public void Meer_ontbrekende_afsluitende_tekens_worden_in_volgorde_genoemd()
    {
        var probleem = Probleem("{\"gemeenten\": [{\"naam\": \"A\"}");

        Assert.Equal("De JSON is onvolledig: er ontbreken 2 afsluitende tekens (']' en '}') aan het einde (regel 1, positie 29).", probleem.Detail);
    }

    [Fact]
    public void Een_document_dat_halverwege_ophoudt_zegt_waar_het_ophoudt()
    {
        var probleem = Probleem("{\"titel\": \"x\", ");

        Assert.Equal("De JSON is onvolledig: het document houdt halverwege op (regel 1, positie 15) en er ontbreekt een afsluitende '}'.", probleem.Detail);
    }

    [Fact]
    public void Tekst_na_het_einde_van_het_document_heet_niet_afgebroken_maar_wordt_aangewezen()
    {
        var probleem = Probleem("{\n  \"titel\": \"x\"\n}}");

        Assert.Equal("Ongeldige JSON", probleem.Title);
        Assert.Equal("Na het einde van het JSON-document staat nog tekst (regel 3, positie 2).", probleem.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public void Een_verzoek_zonder_inhoud_zegt_dat_er_geen_inhoud_is_en_niet_dat_er_een_verboden_teken_staat(string json)
    {
        var probleem = Probleem(json);

        Assert.Equal("Het verzoek heeft geen inhoud; stuur een Voorstel als JSON.", probleem.Detail);
        Assert.Equal("json", EnigeFout(probleem).Code);
    }

    [Fact]
    public void Een_verboden_teken_wordt_aangewezen_met_de_positie_in_tekens_niet_in_bytes()
    {
        var probleem = Probleem("{\"titel\": \"één\" x}");

        Assert.Equal(
            "Het voorstel is geen geldige JSON: fout op regel 1, positie 17. Daar staat een teken dat in JSON niet is toegestaan, of een komma, haakje of aanhalingsteken ontbreekt.",
            probleem.Detail);
    }

    [Fact]
    public void Een_veld_dat_twee_keer_in_een_object_staat_wordt_bij_naam_genoemd()
    {
        var probleem = Probleem("{\"titel\": \"a\",\n \"titel\": \"b\"}");

        Assert.Equal("Het voorstel is geen geldige JSON: het veld 'titel' komt twee keer voor in hetzelfde object (regel 2, positie 2); geef elk veld één keer.", probleem.Detail);
    }

    [Fact]
    public void Een_bestand_met_een_byte_order_mark_wordt_gelezen()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(VoorstelBouwer.Minimaal().Json())).ToArray();

        Assert.True(Standaard.Lezer.Lees(bytes).IsGeldig);
    }

    [Theory]
    [InlineData("48344.0")]
    [InlineData("48344.000")]
    [InlineData("4.8344e4")]
    public void Een_geheel_getal_met_een_breuk_van_nul_is_een_geheel_getal_zoals_JSON_Schema_het_telt(string inwoners)
    {
        var voorstel = VoorstelBouwer.Basis()
            .Zet("gemeenten[0].inwoners", JsonNode.Parse(inwoners))
            .Zet("gemeenten[0].urgentie", JsonNode.Parse("4.0"))
            .Bouw();

        Assert.Equal(48344, voorstel.Gemeenten[0].Inwoners);
        Assert.Equal(4, voorstel.Gemeenten[0].Urgentie);
    }

    [Fact]
    public void Een_ongeldige_code_in_een_lijst_van_codes_noemt_de_lijst_bij_naam()
    {
        var fout = EnigeFout(Probleem(VoorstelBouwer.Basis().Zet("motieven", new JsonArray("kosten", "loting"))));

        Assert.Equal("$.motieven[1]", fout.Pad);
        Assert.Equal("enum", fout.Code);
        Assert.StartsWith("Motieven: 'loting' is geen toegestane waarde; kies uit: kosten, kwaliteit,", fout.Detail);
    }

    [Fact]
    public void Een_waarde_van_de_verkeerde_soort_krijgt_alleen_de_typefout()
    {
        var probleem = Probleem(VoorstelBouwer.Basis().Zet("samenwerking.vorm", 3).Zet("titel", 5));

        Assert.Equal(["$.titel", "$.samenwerking.vorm"], probleem.Errors.Select(f => f.Pad));
        Assert.All(probleem.Errors, f => Assert.Equal("type", f.Code));
        Assert.Equal("Titel van het voorstel: verwacht tekst, maar kreeg het getal 5.", probleem.Errors[0].Detail);
    }

    [Fact]
    public void Een_datum_in_een_andere_vorm_dan_JJJJ_MM_DD_wordt_geweigerd()
    {
        var fout = EnigeFout(Probleem(VoorstelBouwer.Basis().Zet("ingangsdatum", "2028-1-1")));

        Assert.Equal("format", fout.Code);
        Assert.Equal("Beoogde ingangsdatum: '2028-1-1' is geen geldige datum; gebruik JJJJ-MM-DD.", fout.Detail);
    }

    [Fact]
    public void Json_die_geen_object_is_wordt_geweigerd()
    {
        Assert.Equal("type", EnigeFout(Probleem("[1, 2]")).Code);
        Assert.Equal("type", EnigeFout(Probleem("null")).Code);
    }

    [Fact]
    public void Diep_geneste_json_geeft_een_probleem_en_geen_crash()
    {
        var json = "{\"titel\":" + new string('[', 500) + new string(']', 500) + "}";

        var probleem = Probleem(json);

        Assert.Equal("Ongeldige JSON", probleem.Title);
        Assert.Equal("Het voorstel is geen geldige JSON: het is dieper genest dan 32 niveaus (regel 1, positie 41).", probleem.Detail);
    }

    [Fact]
    public void Nederlandse_en_Friese_tekens_blijven_behouden()
    {
        var voorstel = VoorstelBouwer.Basis().Zet("gemeenten[0].naam", "Súdwest-Fryslân").Zet("titel", "Coöperatie van één organisatie").Bouw();

        Assert.Equal("Súdwest-Fryslân", voorstel.Gemeenten[0].Naam);
        Assert.Equal("Coöperatie van één organisatie", voorstel.Titel);
    }

    [Fact]
    public void Een_onleesbare_byte_reeks_geeft_een_probleem()
    {
        var probleem = Standaard.Lezer.Lees(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D }).Probleem!;

        Assert.Equal(400, probleem.Status);
        Assert.NotEmpty(Encoding.UTF8.GetBytes(probleem.Detail));
    }
}
