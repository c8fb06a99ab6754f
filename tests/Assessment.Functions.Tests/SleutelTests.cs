using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Assessment.Functions.Tests;

/// <summary>
/// Level (b), the function key as the Functions host applies it from each function's authLevel (here with the
/// development host's <c>--functiesleutel</c>): the provincial API needs it (header or <c>?code=</c>), the public
/// parts do not; and the OpenAPI document says so.
/// </summary>
public sealed class SleutelTests : IAsyncLifetime
{
    private const string Sleutel = "proef-sleutel-123";
    private AppProces? _app;
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        _app = await AppProces.StartAsync(Lokaal.VrijePoort(), start =>
        {
            start.Environment.Remove("AzureWebJobsStorage");
            start.ArgumentList.Add("--functiesleutel");
            start.ArgumentList.Add(Sleutel);
        });
        _client.BaseAddress = new Uri(_app.Adres);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static StringContent Voorstel() => new(Werker.Voorbeeld("bar.json"), Encoding.UTF8, "application/json");

    [Fact]
    public async Task De_provinciale_api_vraagt_de_functiesleutel_en_de_zelftoets_niet()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.PostAsync("/api/v1/afwegingen", Voorstel())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync("/api/v1/afwegingen/iets")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/v1/zelftoetsen", Voorstel())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/v1/afwegingskader")).StatusCode);

        using var metKop = new HttpRequestMessage(HttpMethod.Post, "/api/v1/afwegingen") { Content = Voorstel() };
        metKop.Headers.Add("x-functions-key", Sleutel);
        var gemaakt = await _client.SendAsync(metKop);
        Assert.True(gemaakt.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"{gemaakt.Headers.Location}?code={Sleutel}")).StatusCode);
    }

    [Fact]
    public async Task Het_openapi_document_noemt_de_functiesleutel_en_de_401_bij_precies_de_beveiligde_operaties()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/api/v1/openapi.json"))!;
        var schema = document["components"]!["securitySchemes"]!["functiesleutel"]!;

        Assert.Equal("apiKey", (string)schema["type"]!);
        Assert.Equal("x-functions-key", (string)schema["name"]!);
        foreach (var (pad, item) in document["paths"]!.AsObject())
        {
            foreach (var (methode, operatie) in item!.AsObject())
            {
                var beveiligd = pad.StartsWith("/afwegingen", StringComparison.Ordinal);
                Assert.Equal(beveiligd, operatie!["security"] is JsonArray { Count: 1 });
                Assert.Equal(beveiligd, operatie["responses"]!["401"] is not null);
            }
        }
    }
}
