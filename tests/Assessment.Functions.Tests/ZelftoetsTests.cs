using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Assessment.Functions.Tests;

/// <summary>
/// What the zelftoets page stands on: the static files at <c>/</c>, the published schema, the assessment that
/// is not kept, and the questionnaire texts (every schema field once, words for every code, real sources).
/// The page itself is tested in a browser in Assessment.Web.Tests.
/// </summary>
public class ZelftoetsTests(Werker app) : IClassFixture<Werker>
{
    private readonly HttpClient _client = app.Client;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static JsonNode Vragenlijst() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppProces.AppMap, "wwwroot", "vragenlijst.json")))!;

    [Fact]
    public async Task De_pagina_staat_op_de_wortel_met_een_streng_beveiligingsbeleid()
    {
        var antwoord = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/html; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
        var beleid = antwoord.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", beleid, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", beleid, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", beleid, StringComparison.Ordinal);
        Assert.Equal("nosniff", antwoord.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/zelftoets.css", "text/css")]
    [InlineData("/vragenlijst.json", "application/json")]
    public async Task Scripts_stijl_en_teksten_komen_van_de_app_zelf(string pad, string type)
    {
        var antwoord = await _client.GetAsync(pad);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(type, antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", antwoord.Headers.CacheControl!.ToString());

        // A second request with the ETag is answered with 304: nothing is sent twice.
        using var opnieuw = new HttpRequestMessage(HttpMethod.Get, pad);
        opnieuw.Headers.IfNoneMatch.Add(antwoord.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(opnieuw)).StatusCode);
    }

    [Fact]
    public async Task Geen_script_of_stijl_laadt_iets_van_buiten_de_app()
    {
        foreach (var bestand in Directory.EnumerateFiles(Path.Combine(AppProces.AppMap, "wwwroot"), "*", SearchOption.AllDirectories)
                     .Where(b => b.EndsWith(".js", StringComparison.Ordinal) || b.EndsWith(".css", StringComparison.Ordinal) || b.EndsWith(".html", StringComparison.Ordinal)))
        {
            var inhoud = await File.ReadAllTextAsync(bestand);
            Assert.DoesNotMatch("(src|href|url|import|fetch)\\s*[=(]\\s*[\"']?(https?:)?//", inhoud);
        }
    }

    [Theory]
    [InlineData("/bestaat-niet.html")]
    [InlineData("/api/v1/bestaat-niet")]
    [InlineData("/js/../../appsettings.json")]
    [InlineData("/%2e%2e/rules/kader.json")]
    public async Task Wat_er_niet_is_geeft_een_probleemdocument_en_nooit_een_bestand_van_buiten_wwwroot(string pad)
    {
        var antwoord = await _client.GetAsync(pad);

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("thema/lettertypen/noto.woff2", "font/woff2")]
    [InlineData("thema/tokens.json", "application/json")]
    [InlineData("thema/pictogram.svg", "image/svg+xml")]
    public async Task Elk_bestand_onder_wwwroot_ook_in_een_submap_komt_met_het_juiste_type_en_dezelfde_kopregels(string pad, string type)
    {
        var map = $"test-{Guid.NewGuid():N}";
        var bestand = Path.Combine(AppProces.AppMap, "wwwroot", map, pad);
        Directory.CreateDirectory(Path.GetDirectoryName(bestand)!);
        await File.WriteAllTextAsync(bestand, "{}");
        try
        {
            var antwoord = await _client.GetAsync($"/{map}/{pad}");

            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal(type, antwoord.Content.Headers.ContentType!.MediaType);
            Assert.Equal(ZelftoetsPaginaBeleid, antwoord.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", antwoord.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", antwoord.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("no-cache", antwoord.Headers.CacheControl!.ToString());
            Assert.NotNull(antwoord.Headers.ETag);
        }
        finally
        {
            Directory.Delete(Path.Combine(AppProces.AppMap, "wwwroot", map), recursive: true);
        }
    }

    [Fact]
    public async Task De_api_documentatie_staat_op_api_v1_docs_als_de_pagina_er_is_en_anders_een_probleem()
    {
        var index = Path.Combine(AppProces.AppMap, "wwwroot", "api-docs", "index.html");
        var bestond = File.Exists(index);
        if (!bestond)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(index)!);
            await File.WriteAllTextAsync(index, "<!doctype html><html lang=\"nl\"><title>API</title></html>");
        }

        try
        {
            var pagina = await _client.GetAsync("/api/v1/docs");

            Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
            Assert.Equal("text/html", pagina.Content.Headers.ContentType!.MediaType);
            Assert.Equal(ZelftoetsPaginaBeleid, pagina.Headers.GetValues("Content-Security-Policy").Single());
        }
        finally
        {
            if (!bestond)
            {
                File.Delete(index);
            }
        }

        if (!bestond)
        {
            var weg = await _client.GetAsync("/api/v1/docs");
            Assert.Equal(HttpStatusCode.NotFound, weg.StatusCode);
            Assert.Equal("application/problem+json", weg.Content.Headers.ContentType!.MediaType);
        }
    }

    private const string ZelftoetsPaginaBeleid = Web.ZelftoetsPagina.Beveiligingsbeleid;

    [Fact]
    public async Task Het_gepubliceerde_schema_is_het_schema_waarmee_de_api_controleert()
    {
        var antwoord = await _client.GetAsync("/api/v1/schemas/voorstel");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/schema+json", antwoord.Content.Headers.ContentType!.MediaType);
        var gepubliceerd = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync());
        var regelset = app.Regelset;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(regelset.SchemaDocument.GetRawText()), gepubliceerd));
        Assert.Equal("1.2.0", antwoord.Headers.GetValues("API-Version").Single());
    }

    [Fact]
    public async Task Een_zelftoets_geeft_de_afweging_zonder_haar_te_bewaren()
    {
        var antwoord = await _client.PostAsync("/api/v1/zelftoetsen", Json(Werker.Voorbeeld("ommen-hardenberg.json")));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Null(antwoord.Headers.Location);
        var afweging = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal("heroverwegen", (string)afweging["oordeel"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/afwegingen/{afweging["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Een_zelftoets_met_accept_pdf_geeft_het_rapport()
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/zelftoetsen") { Content = Json(Werker.Voorbeeld("tubbergen-dinkelland.json")) };
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));

        var antwoord = await _client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/pdf", antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString((await antwoord.Content.ReadAsByteArrayAsync())[..5]));
    }

    [Fact]
    public async Task Een_ongeldige_zelftoets_geeft_hetzelfde_probleemdocument_als_de_api()
    {
        const string ongeldig = """{ "titel": "", "gemeenten": [{ "naam": "A", "inwoners": "veel" }], "samenwerking": { "vorm": "fusie" } }""";

        var zelftoets = await _client.PostAsync("/api/v1/zelftoetsen", Json(ongeldig));
        var api = await _client.PostAsync("/api/v1/afwegingen", Json(ongeldig));

        Assert.Equal(HttpStatusCode.BadRequest, zelftoets.StatusCode);
        Assert.Equal("application/problem+json", zelftoets.Content.Headers.ContentType!.MediaType);
        var verwacht = JsonNode.Parse(await api.Content.ReadAsStringAsync())!["errors"];
        Assert.True(JsonNode.DeepEquals(verwacht, JsonNode.Parse(await zelftoets.Content.ReadAsStringAsync())!["errors"]));
        Assert.Equal(4, verwacht!.AsArray().Count);
    }

    [Fact]
    public void De_vragenlijst_stelt_elke_vraag_uit_het_schema_precies_een_keer()
    {
        var regelset = app.Regelset;
        var schema = JsonNode.Parse(regelset.SchemaDocument.GetRawText())!;
        var gesteld = Vragenlijst()["groepen"]!.AsArray()
            .SelectMany(g => g!["onderdelen"]!.AsArray()).SelectMany(o => o!["vragen"]!.AsArray())
            .Select(v => (string)v!["veld"]!).ToList();

        Assert.Equal(gesteld.Count, gesteld.Distinct().Count());
        Assert.Equal(Bladvelden(schema, "").Order(StringComparer.Ordinal), gesteld.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["voorstel", "gemeenten", "samenwerking", "motieven", "condities", "alternatieven", "duurzaamheid"],
            Vragenlijst()["groepen"]!.AsArray().Select(g => (string)g!["id"]!));
    }

    [Fact]
    public async Task Het_afwegingskader_geeft_de_pagina_de_woorden_bij_de_codes_die_ook_het_rapport_gebruikt()
    {
        var regelset = app.Regelset;

        var kader = JsonNode.Parse(await _client.GetStringAsync("/api/v1/afwegingskader"))!;

        var keuzes = kader["keuzes"]!.AsObject();
        Assert.Equal(regelset.Keuzes.Keys.Order(StringComparer.Ordinal), keuzes.Select(k => k.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Tussenstap naar herindeling", (string)keuzes["gemeenten[].eindperspectief"]!["tussenstap_herindeling"]!);
        Assert.Null(Vragenlijst()["keuzes"]); // one list of words, in the rule set
    }

    [Fact]
    public void Elke_bron_bij_een_vraag_is_een_bron_die_de_regelset_zelf_noemt()
    {
        var regelset = app.Regelset;
        var bronnen = regelset.Regels.Concat(regelset.Aanbevelingsregels).SelectMany(r => r.Bronnen).Concat(regelset.Kader.Bronnen)
            .Select(b => (b.Document, b.Plaats)).ToHashSet();
        var documenten = Vragenlijst()["documenten"]!.AsObject();
        var vragen = Vragenlijst()["groepen"]!.AsArray()
            .SelectMany(g => g!["onderdelen"]!.AsArray()).SelectMany(o => o!["vragen"]!.AsArray()).ToList();

        foreach (var vraag in vragen)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)vraag!["waarom"]), $"{vraag["veld"]}: geen uitleg waarom de vraag ertoe doet");
            foreach (var bron in vraag["bronnen"]!.AsArray())
            {
                var document = (string)bron!["document"]!;
                Assert.Contains((document, (string)bron["plaats"]!), bronnen);
                Assert.True(documenten.ContainsKey(document[..3]), $"Document {document} staat niet in de bronnenlijst van de pagina");
            }
        }

        // Every question that a rule reads explains itself with a source.
        var gelezen = regelset.Regels.SelectMany(r => r.Vereist.Select(v => v.Pad)).ToHashSet();
        Assert.All(vragen.Where(v => gelezen.Contains((string)v!["veld"]!)), v => Assert.NotEmpty(v!["bronnen"]!.AsArray()));
    }

    private static IEnumerable<string> Bladvelden(JsonNode schema, string prefix)
    {
        foreach (var (naam, kind) in schema["properties"]!.AsObject())
        {
            var typen = Typen(kind!);
            if (typen.Contains("object"))
            {
                foreach (var veld in Bladvelden(kind!, $"{prefix}{naam}."))
                {
                    yield return veld;
                }
            }
            else if (typen.Contains("array") && kind!["items"] is { } items && Typen(items).Contains("object"))
            {
                foreach (var veld in Bladvelden(items, $"{prefix}{naam}[]."))
                {
                    yield return veld;
                }
            }
            else
            {
                yield return prefix + naam;
            }
        }
    }

    private static List<string> Typen(JsonNode knoop) =>
        knoop["type"] is JsonArray lijst ? [.. lijst.Select(t => (string)t!)] : [(string)knoop["type"]!];
}
