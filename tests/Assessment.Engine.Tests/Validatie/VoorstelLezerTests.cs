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
    [InlineData("{\"titel\": \"x\", ", "afgebroken")]
    [InlineData("{\"titel\": 'x'}", "regel 1")]
    [InlineData("{\"titel\": \"x\",}", "regel 1")]
    [InlineData("", "regel 1")]
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
    public void Json_die_geen_object_is_wordt_geweigerd()
    {
        Assert.Equal("type", EnigeFout(Probleem("[1, 2]")).Code);
        Assert.Equal("type", EnigeFout(Probleem("null")).Code);
    }

    [Fact]
    public void Een_voorstel_groter_dan_1_MiB_wordt_geweigerd_met_status_413()
    {
        var groot = new byte[VoorstelLezer.MaximaleGrootte + 1];
        Array.Fill(groot, (byte)' ');

        var probleem = Standaard.Lezer.Lees(groot).Probleem!;

        Assert.Equal(413, probleem.Status);
        Assert.Contains("1 MiB", probleem.Detail);
    }

    [Fact]
    public void Diep_geneste_json_geeft_een_probleem_en_geen_crash()
    {
        var json = "{\"titel\":" + new string('[', 500) + new string(']', 500) + "}";

        Assert.Equal("Ongeldige JSON", Probleem(json).Title);
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
