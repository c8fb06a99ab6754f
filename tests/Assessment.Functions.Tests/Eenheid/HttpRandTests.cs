using Assessment.Functions.Api;
using Assessment.Functions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;

namespace Assessment.Functions.Tests.Eenheid;

/// <summary>Level (a): the HTTP edge of every function — headers, CORS, and every failure as a Dutch problem document with the right log level.</summary>
public class HttpRandTests
{
    private readonly Mock<ILogger<HttpRand>> _log = new();

    private HttpRand Rand(int timeoutSeconden = 30) =>
        new(Options.Create(new HttpOpties { TimeoutSeconden = timeoutSeconden, CorsOorsprongen = ["https://zelftoets.example.nl"] }), _log.Object);

    private void Gelogd(LogLevel niveau, Times keer) =>
        _log.Verify(l => l.Log(niveau, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), keer);

    private static async Task<(int Status, string Inhoud, HttpContext Http)> VoerUitAsync(HttpRand rand, Func<HttpContext, Task<IActionResult?>> functie)
    {
        var http = Context.Verzoek("POST", "/api/v1/afwegingen", "{}");
        await rand.VoerUitAsync(http, "MaakAfweging", CancellationToken.None, () => functie(http));
        await http.Response.StartAsync();
        var (status, inhoud) = Context.Gelezen(http);
        return (status, inhoud, http);
    }

    [Fact]
    public async Task Een_onverwachte_fout_geeft_een_500_probleem_zonder_details_en_een_foutmelding_in_de_log()
    {
        var (status, inhoud, http) = await VoerUitAsync(Rand(), _ => throw new IOException("schijf vol"));

        Assert.Equal(500, status);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.DoesNotContain("schijf", inhoud, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", inhoud, StringComparison.Ordinal);
        Gelogd(LogLevel.Error, Times.Once());
    }

    [Fact]
    public async Task Een_opslag_die_niet_antwoordt_geeft_503()
    {
        var (status, inhoud, _) = await VoerUitAsync(Rand(), _ => throw new Azure.RequestFailedException(500, "weg"));

        Assert.Equal(503, status);
        Assert.Equal("Opslag tijdelijk niet beschikbaar", (string)Context.Json(inhoud)["title"]!);
    }

    [Fact]
    public async Task Een_verzoek_dat_te_lang_duurt_wordt_afgebroken_met_een_504_probleem()
    {
        var (status, inhoud, _) = await VoerUitAsync(Rand(timeoutSeconden: 1), async http =>
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
            return null;
        });

        Assert.Equal(504, status);
        Assert.Equal("Verzoek duurde te lang", (string)Context.Json(inhoud)["title"]!);
    }

    [Fact]
    public async Task Een_client_die_stopt_met_zijn_inhoud_te_sturen_krijgt_408_en_de_log_een_waarschuwing_geen_fout()
    {
        var (status, inhoud, _) = await VoerUitAsync(Rand(), _ => throw new BadHttpRequestException("Unexpected end of request content.", 400));

        Assert.Equal(408, status);
        Assert.Equal(408, (int)Context.Json(inhoud)["status"]!);
        Gelogd(LogLevel.Warning, Times.Once());
        Gelogd(LogLevel.Error, Times.Never());
    }

    [Fact]
    public async Task Elk_antwoord_heeft_API_Version_en_alleen_een_ingestelde_oorsprong_krijgt_CORS()
    {
        foreach (var (oorsprong, toegestaan) in new[] { ("https://zelftoets.example.nl", true), ("https://elders.example.com", false) })
        {
            var http = Context.Verzoek("GET", "/api/v1/gezondheid");
            http.Request.Headers.Origin = oorsprong;

            await Rand().VoerUitAsync(http, "Gezondheid", CancellationToken.None, () => Task.FromResult<IActionResult?>(new InhoudResultaat("{}"u8.ToArray(), "application/json")));
            await http.Response.StartAsync();

            Assert.Equal(ApiVersie.Versie, http.Response.Headers["API-Version"].ToString());
            Assert.Equal(toegestaan ? oorsprong : "", http.Response.Headers.AccessControlAllowOrigin.ToString());
        }
    }
}
