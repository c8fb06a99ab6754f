using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Assessment.Functions.Tests;

/// <summary>The v1 API through the real worker (development host, FunctionRpc), memory storage.</summary>
public class ApiTests(Werker app) : IClassFixture<Werker>
{
    private readonly HttpClient _client = app.Client;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonNode> Probleem(HttpResponseMessage antwoord, HttpStatusCode status)
    {
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var probleem = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, (int)probleem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)probleem["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)probleem["detail"]));
        Assert.DoesNotContain("Exception", probleem.ToJsonString());
        return probleem;
    }

    [Fact]
    public async Task Hetzelfde_voorstel_nog_eens_geeft_200_met_de_bestaande_afweging()
    {
        var json = JsonNode.Parse(Werker.Voorbeeld("uw-samenwerking.json"))!;
        json["titel"] = "Idempotentie " + Guid.NewGuid();
        var eerste = await _client.PostAsync("/api/v1/afwegingen", Json(json.ToJsonString()));

        var tweede = await _client.PostAsync("/api/v1/afwegingen", Json(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })));

        Assert.Equal(HttpStatusCode.Created, eerste.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Equal(eerste.Headers.Location, tweede.Headers.Location);
    }

    [Fact]
    public async Task Een_voorstel_geeft_201_met_Location_en_de_afweging_die_daar_op_te_halen_is()
    {
        var json = JsonNode.Parse(Werker.Voorbeeld("ommen-hardenberg.json"))!;
        json["titel"] = "Aanmaak " + Guid.NewGuid();
        var antwoord = await _client.PostAsync("/api/v1/afwegingen", Json(json.ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var afweging = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal("heroverwegen", (string)afweging["oordeel"]!);
        var locatie = antwoord.Headers.Location!.ToString();
        Assert.Equal($"/api/v1/afwegingen/{afweging["id"]}", locatie);

        var opgehaald = await _client.GetAsync(locatie);
        Assert.Equal(HttpStatusCode.OK, opgehaald.StatusCode);
        Assert.Equal((string)afweging["id"]!, (string)JsonNode.Parse(await opgehaald.Content.ReadAsStringAsync())!["id"]!);

        var rapport = await _client.GetAsync(locatie + "/rapport");
        Assert.Equal("application/pdf", rapport.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), (await rapport.Content.ReadAsByteArrayAsync())[..5]);
    }

    [Fact]
    public async Task Met_Accept_application_pdf_komt_het_rapport_terug()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/afwegingen") { Content = Json(Werker.Voorbeeld("bar.json")) };
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));

        var antwoord = await _client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        Assert.Equal("application/pdf", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(antwoord.Headers.Location);
    }

    [Fact]
    public async Task Elk_antwoord_heeft_een_API_Version_header()
    {
        foreach (var pad in new[] { "/api/v1/gezondheid", "/api/v1/afwegingskader", "/api/v1/openapi.json", "/api/v1/bestaat-niet", "/api/v1/afwegingen/onbekend" })
        {
            var antwoord = await _client.GetAsync(pad);
            Assert.Equal("1.2.0", antwoord.Headers.GetValues("API-Version").Single());
        }
    }

    [Fact]
    public async Task Een_ongeldig_voorstel_geeft_400_met_elk_ongeldig_veld()
    {
        var json = JsonNode.Parse(Werker.Voorbeeld("bar.json"))!;
        json["gemeenten"]![0]!["urgentie"] = 9;
        json["samenwerking"]!["vorm"] = "fusie";

        var probleem = await Probleem(await _client.PostAsync("/api/v1/afwegingen", Json(json.ToJsonString())), HttpStatusCode.BadRequest);

        var paden = probleem["errors"]!.AsArray().Select(e => (string)e!["pad"]!).ToList();
        Assert.Equal(["$.gemeenten[0].urgentie", "$.samenwerking.vorm"], paden);
    }

    [Fact]
    public async Task Kapotte_json_geeft_400_met_de_plaats()
    {
        var probleem = await Probleem(await _client.PostAsync("/api/v1/afwegingen", Json("{\"titel\": \"x\",\n  \"gemeenten\": [")), HttpStatusCode.BadRequest);

        Assert.Contains("regel 2", (string)probleem["detail"]!);
    }

    [Theory]
    [InlineData("", "Het verzoek heeft geen inhoud; stuur een Voorstel als JSON.")]
    [InlineData("{\"titel\": \"x\"\n", "De JSON is onvolledig: er ontbreekt een afsluitende '}' aan het einde (regel 1, positie 14).")]
    [InlineData("{\n  \"titel\": \"x\"\n}}", "Na het einde van het JSON-document staat nog tekst (regel 3, positie 2).")]
    public async Task Kapotte_of_lege_json_geeft_400_met_een_juiste_uitleg(string body, string uitleg)
    {
        var probleem = await Probleem(await _client.PostAsync("/api/v1/afwegingen", Json(body)), HttpStatusCode.BadRequest);

        Assert.Equal("Ongeldige JSON", (string)probleem["title"]!);
        Assert.Equal(uitleg, (string)probleem["detail"]!);
    }

    [Fact]
    public async Task Een_geheel_getal_met_een_breuk_van_nul_wordt_aanvaard()
    {
        var json = JsonNode.Parse(Werker.Voorbeeld("bar.json"))!;
        json["gemeenten"]![0]!["inwoners"] = JsonNode.Parse("48344.0");

        var antwoord = await _client.PostAsync("/api/v1/zelftoetsen", Json(json.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public void Elk_veld_van_het_model_vindt_zijn_beschrijving_in_de_catalogus_van_de_regelset()
    {
        var velden = app.Regelset.Velden;

        var gekoppeld = Api.VoorstelSchema.Koppel(velden);

        Assert.Equal(velden.Alle.Count(v => !v.IsElement), gekoppeld.Count);
        Assert.Equal("Gevoelde urgentie", gekoppeld[(typeof(Domain.Voorstellen.Gemeente), "urgentie")].Titel);
        Assert.Equal("Is er een Gideonsbende?", gekoppeld[(typeof(Domain.Voorstellen.Gideonsbende), "aanwezig")].Titel);
    }

    [Fact]
    public async Task Een_verzoek_groter_dan_1_MiB_geeft_413()
    {
        var groot = "{\"titel\": \"" + new string('x', 1024 * 1024) + "\"}";

        await Probleem(await _client.PostAsync("/api/v1/afwegingen", Json(groot)), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Geen_json_geeft_415()
    {
        await Probleem(await _client.PostAsync("/api/v1/afwegingen", new StringContent("titel=x", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Een_formaat_dat_we_niet_leveren_geeft_406()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/afwegingen") { Content = Json(Werker.Voorbeeld("bar.json")) };
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        await Probleem(await _client.SendAsync(verzoek), HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Onbekende_afweging_paden_en_methoden_geven_een_probleem()
    {
        await Probleem(await _client.GetAsync("/api/v1/afwegingen/bestaat-niet"), HttpStatusCode.NotFound);
        await Probleem(await _client.GetAsync("/api/v1/afwegingen/bestaat-niet/rapport"), HttpStatusCode.NotFound);
        await Probleem(await _client.GetAsync("/api/v2/afwegingen"), HttpStatusCode.NotFound);
        await Probleem(await _client.DeleteAsync("/api/v1/gezondheid"), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Historie_zonder_opslag_is_een_duidelijke_501_en_een_foute_cbsCode_een_400()
    {
        var niet = await Probleem(await _client.GetAsync("/api/v1/afwegingen?cbsCode=GM0363"), HttpStatusCode.NotImplemented);
        Assert.Contains("AzureWebJobsStorage", (string)niet["detail"]!);

        var fout = await Probleem(await _client.GetAsync("/api/v1/afwegingen?cbsCode=0363"), HttpStatusCode.BadRequest);
        Assert.Equal("cbsCode", (string)fout["errors"]![0]!["pad"]!);
    }

    [Fact]
    public async Task Het_afwegingskader_toont_regels_parameters_met_herkomst_en_de_hash()
    {
        var kader = JsonNode.Parse(await _client.GetStringAsync("/api/v1/afwegingskader"))!;

        Assert.StartsWith("sha256:", (string)kader["hash"]!);
        Assert.True(kader["regels"]!.AsArray().Count >= 50);
        Assert.Equal(8, kader["hoofdvlakken"]!.AsArray().Sum(h => h!["subafwegingen"]!.AsArray().Count));
        Assert.All(kader["parameters"]!.AsArray(), p => Assert.Contains((string)p!["herkomst"]!, new[] { "bron", "beleidskeuze" }));
    }

    [Fact]
    public async Task Het_OpenAPI_document_is_versie_3_met_de_paden_onder_de_server()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/api/v1/openapi.json"))!;

        Assert.StartsWith("3.", (string)document["openapi"]!);
        Assert.Equal("/api/v1", (string)document["servers"]![0]!["url"]!);
        Assert.NotNull(document["paths"]!["/afwegingen"]!["post"]);
        Assert.NotNull(document["paths"]!["/afwegingen/{id}/rapport"]!["get"]);
        Assert.NotNull(document["paths"]!["/afwegingen"]!["post"]!["responses"]!["201"]!["headers"]!["API-Version"]);
    }

    [Fact]
    public async Task Cors_alleen_voor_ingestelde_oorsprongen()
    {
        async Task<HttpResponseMessage> Vraag(string oorsprong)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/gezondheid");
            verzoek.Headers.Add("Origin", oorsprong);
            return await _client.SendAsync(verzoek);
        }

        Assert.Equal("https://zelftoets.example.nl", (await Vraag("https://zelftoets.example.nl")).Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await Vraag("https://elders.example.com")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task De_correlatie_id_komt_uit_traceparent_en_de_inhoud_van_het_voorstel_niet_in_de_log()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/afwegingen") { Content = Json(Werker.Voorbeeld("ommen-hardenberg.json")) };
        verzoek.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var antwoord = await _client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var afwegingId = (string)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["id"]!;
        JsonNode[] regels = [];
        for (var poging = 0; poging < 50 && !regels.Any(r => ((string?)r["Message"])?.Contains(afwegingId, StringComparison.Ordinal) == true); poging++)
        {
            await Task.Delay(100); // the worker's console reaches us through the host's pipe
            regels = [.. app.Logregels()];
        }

        var metSpoor = regels.Where(r => r["Scopes"]!.ToJsonString().Contains(traceId, StringComparison.Ordinal)).ToList();
        Assert.Contains(metSpoor, r => ((string?)r["Message"])!.StartsWith("Afweging " + afwegingId, StringComparison.Ordinal));
        Assert.DoesNotContain(regels, r => ((string?)r["Message"])?.Contains("Ommen", StringComparison.Ordinal) == true || ((string?)r["Message"])?.Contains("Hardenberg", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Het_OpenAPI_document_beschrijft_de_velden_in_het_Nederlands_met_toegestane_waarden_en_voorbeelden()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/api/v1/openapi.json"))!;
        var gemeente = document["components"]!["schemas"]!["Gemeente"]!["properties"]!;
        var post = document["paths"]!["/afwegingen"]!["post"]!;

        Assert.StartsWith("Gevoelde urgentie", (string)gemeente["urgentie"]!["description"]!);
        Assert.Equal(5, (int)gemeente["urgentie"]!["maximum"]!);
        Assert.Contains("tussenstap_herindeling", gemeente["eindperspectief"]!["enum"]!.AsArray().Select(w => (string?)w));
        Assert.NotNull(post["requestBody"]!["content"]!["application/json"]!["example"]);
        Assert.NotNull(post["responses"]!["400"]!["content"]!["application/problem+json"]!["example"]);
    }

    [Fact]
    public async Task Het_OpenAPI_document_beschrijft_wat_moet_er_veranderen_en_de_bandbreedte()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/api/v1/openapi.json"))!;
        var schemas = document["components"]!["schemas"]!;
        var afweging = schemas["Afweging"]!["properties"]!;

        Assert.NotNull(afweging["watMoetErVeranderen"]);
        Assert.NotNull(afweging["bandbreedte"]);
        var advies = schemas["WatMoetErVeranderen"]!;
        Assert.StartsWith("Wat moet er veranderen", (string)advies["description"]!);
        Assert.Equal(["doel", "geenRoute", "routes", "toelichting", "waaromNietPositief"], advies["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["huidig", "moeite", "nieuw", "pad", "toelichting", "vraag"], schemas["Wijziging"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["aantalOnbekend", "beslissendeVragen", "besteOordeel", "besteScore", "slechtsteOordeel", "slechtsteScore", "toelichting", "volledig"],
            schemas["Bandbreedte"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["effect", "oordeelBijGunstig", "oordeelBijOngunstig", "pad", "toelichting", "vraag"],
            schemas["BeslissendeVraag"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Het_OpenAPI_document_beschrijft_de_brondocumenten_van_het_afwegingskader()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/api/v1/openapi.json"))!;
        var schemas = document["components"]!["schemas"]!;

        var documenten = schemas["AfwegingskaderBeschrijving"]!["properties"]!["documenten"]!;
        Assert.StartsWith("De brondocumenten die de regels citeren", (string)documenten["description"]!);
        Assert.StartsWith("Een brondocument van het afwegingskader", (string)schemas["Brondocument"]!["description"]!);
        Assert.Contains("jaar", schemas["Brondocument"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.StartsWith("Een hoofdstuk of paragraaf", (string)schemas["Onderdeel"]!["description"]!);
    }

    [Fact]
    public async Task Een_afweging_geeft_wat_moet_er_veranderen_en_de_bandbreedte()
    {
        var antwoord = await _client.PostAsync("/api/v1/afwegingen", Json(Werker.Voorbeeld("ommen-hardenberg.json")));
        var afweging = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;

        Assert.True(antwoord.IsSuccessStatusCode);
        Assert.Equal("positief_onder_voorwaarden", (string)afweging["watMoetErVeranderen"]!["doel"]!);
        Assert.StartsWith("$.", (string)afweging["watMoetErVeranderen"]!["routes"]![0]!["wijzigingen"]![0]!["pad"]!);
        Assert.True((int)afweging["bandbreedte"]!["besteScore"]! >= (int)afweging["bandbreedte"]!["slechtsteScore"]!);
    }
}
