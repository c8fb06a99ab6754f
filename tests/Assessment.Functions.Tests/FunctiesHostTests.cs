using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Assessment.Functions.Tests;

/// <summary>
/// Plays the Azure Functions host: starts the built handler as a child process with
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set, as the host does for a custom handler, and forwards a real HTTP
/// request to it the way the host does with <c>enableForwardingHttpRequest</c> (same method, path, query,
/// body and headers, plus the host's invocation headers).
/// </summary>
public sealed class FunctiesHostTests : IAsyncLifetime
{
    private AppProces? _handler;
    private int _poort;

    public async Task InitializeAsync()
    {
        _poort = Lokaal.VrijePoort();
        _handler = await AppProces.StartAsync(_poort, start =>
            start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = _poort.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync()
    {
        if (_handler is not null)
        {
            await _handler.DisposeAsync();
        }
    }

    [Fact]
    public async Task De_handler_luistert_op_de_poort_van_de_host_en_beantwoordt_een_doorgestuurd_verzoek()
    {
        using var client = new HttpClient();
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{_poort}/api/v1/afwegingen?code=functiesleutel")
        {
            Content = new StringContent(App.Voorbeeld("tubbergen-dinkelland.json"), Encoding.UTF8, "application/json"),
        };
        verzoek.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        verzoek.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        verzoek.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var antwoord = await client.SendAsync(verzoek);

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        Assert.Equal("1.2.0", antwoord.Headers.GetValues("API-Version").Single());
        var afweging = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal("onvoldoende_informatie", (string)afweging["oordeel"]!); // examples/verwacht/tubbergen-dinkelland.json
        var opgehaald = await client.GetAsync($"http://127.0.0.1:{_poort}{antwoord.Headers.Location}");
        Assert.Equal(HttpStatusCode.OK, opgehaald.StatusCode);
    }

    [Fact]
    public async Task De_handler_dient_de_zelftoets_vanuit_zijn_eigen_map_ook_als_de_host_hem_start()
    {
        using var client = new HttpClient();

        var pagina = await client.GetAsync($"http://127.0.0.1:{_poort}/");
        var script = await client.GetAsync($"http://127.0.0.1:{_poort}/js/app.js");

        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        Assert.Contains("Zelftoets ambtelijke fusie", await pagina.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
