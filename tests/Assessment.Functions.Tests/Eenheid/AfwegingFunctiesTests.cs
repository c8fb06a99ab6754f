using System.Text;
using Assessment.Engine.Validatie;
using Assessment.Functions.Api;
using Assessment.Functions.Functies;
using Assessment.Storage;
using Assessment.Toepassing;
using Moq;

namespace Assessment.Functions.Tests.Eenheid;

/// <summary>
/// Level (a): the function classes against a mocked application service (Moq), no processes: the edge checks the
/// request, asks the service, and chooses the status and the problem document.
/// </summary>
public class AfwegingFunctiesTests
{
    private readonly Mock<IAfwegingsdienst> _dienst = new(MockBehavior.Strict);

    private AfwegingFuncties Functies => new(_dienst.Object);

    [Fact]
    public async Task Een_nieuw_bewaarde_afweging_geeft_201_met_Location_en_dezelfde_twee_keer_200()
    {
        foreach (var (bestondAl, status) in new[] { (false, 201), (true, 200) })
        {
            _dienst.Setup(d => d.BeoordeelEnBewaarAsync(It.IsAny<ReadOnlyMemory<byte>>(), "api", It.IsAny<CancellationToken>()))
                .ReturnsAsync(new Beoordeling(new Bewaard(Context.Opgeslagen, bestondAl), null));
            var http = Context.Verzoek("POST", "/api/v1/afwegingen", "{}");

            var resultaat = Assert.IsType<InhoudResultaat>(await Functies.MaakAsync(http.Request));

            Assert.Equal(status, resultaat.Status);
            Assert.Equal($"/api/v1/afwegingen/{Context.Opgeslagen.Afweging.Id}", resultaat.Locatie);
            Assert.Equal("application/json", resultaat.MediaType);
        }
    }

    [Fact]
    public async Task De_dienst_meldt_ongeldige_velden_en_de_rand_kiest_400_of_413()
    {
        var ongeldig = new Probleem { Type = ProbleemTypen.OngeldigVoorstel, Title = "Ongeldig voorstel", Status = 0, Detail = "1 veld", Errors = [new Fout("body", "#/titel", "$.titel", "minLength", "Titel is leeg.")] };
        var teGroot = Invoergrens.TeGroot(2_000_000) with { Status = 0 };
        foreach (var (probleem, status) in new[] { (ongeldig, 400), (teGroot, 413) })
        {
            _dienst.Setup(d => d.BeoordeelEnBewaarAsync(It.IsAny<ReadOnlyMemory<byte>>(), "api", It.IsAny<CancellationToken>())).ReturnsAsync(new Beoordeling(null, probleem));
            var http = Context.Verzoek("POST", "/api/v1/afwegingen", "{}");

            var (gekregen, inhoud) = await Context.AntwoordAsync(await Functies.MaakAsync(http.Request), http);

            Assert.Equal(status, gekregen);
            Assert.Equal("application/problem+json", http.Response.ContentType);
            Assert.Equal(status, (int)Context.Json(inhoud)["status"]!);
        }
    }

    [Fact]
    public async Task Geen_json_of_een_onbekend_formaat_wordt_geweigerd_zonder_de_dienst_te_vragen()
    {
        var tekst = Context.Verzoek("POST", "/api/v1/afwegingen", "titel=x", "text/plain");
        var html = Context.Verzoek("POST", "/api/v1/afwegingen", "{}");
        html.Request.Headers.Accept = "text/html";

        Assert.Equal(415, (await Context.AntwoordAsync(await Functies.MaakAsync(tekst.Request), tekst)).Status);
        Assert.Equal(406, (await Context.AntwoordAsync(await Functies.MaakAsync(html.Request), html)).Status);
        _dienst.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Een_te_groot_verzoek_wordt_aan_zijn_lengte_herkend_voordat_het_gelezen_wordt()
    {
        var http = Context.Verzoek("POST", "/api/v1/afwegingen", "{}");
        http.Request.ContentLength = 5 * 1024 * 1024;

        Assert.Equal(413, (await Context.AntwoordAsync(await Functies.MaakAsync(http.Request), http)).Status);
        _dienst.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Het_rapport_van_een_afweging_met_een_regelset_die_niet_meer_geladen_is_wordt_geweigerd_met_409()
    {
        _dienst.Setup(d => d.ZoekAsync("a1", It.IsAny<CancellationToken>())).ReturnsAsync(Context.Opgeslagen);
        _dienst.Setup(d => d.RapportAsync(Context.Opgeslagen, It.IsAny<CancellationToken>())).ReturnsAsync(new Rapportuitkomst(null, "1.0.0 (sha256:oud)"));
        var http = Context.Verzoek("GET", "/api/v1/afwegingen/a1/rapport");

        var (status, inhoud) = await Context.AntwoordAsync(await Functies.RapportAsync(http.Request, "a1"), http);

        Assert.Equal(409, status);
        Assert.Contains("1.0.0 (sha256:oud)", (string)Context.Json(inhoud)["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_afweging_geeft_404()
    {
        _dienst.Setup(d => d.ZoekAsync("weg", It.IsAny<CancellationToken>())).ReturnsAsync((OpgeslagenAfweging?)null);
        var http = Context.Verzoek("GET", "/api/v1/afwegingen/weg");

        Assert.Equal(404, (await Context.AntwoordAsync(await Functies.HaalAsync(http.Request, "weg"), http)).Status);
    }

    [Fact]
    public async Task De_historie_controleert_de_zoekvraag_voordat_de_dienst_iets_doet_en_zonder_opslag_is_het_501()
    {
        _dienst.SetupGet(d => d.HeeftHistorie).Returns(false);

        foreach (var (pad, status) in new[] { ("/api/v1/afwegingen?cbsCode=0363", 400), ("/api/v1/afwegingen?cbsCode=GM0363&aantal=500", 400), ("/api/v1/afwegingen?cbsCode=GM0363", 501) })
        {
            var http = Context.Verzoek("GET", pad);
            Assert.Equal(status, (await Context.AntwoordAsync(await Functies.HistorieAsync(http.Request), http)).Status);
        }

        _dienst.Verify(d => d.HistorieAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task De_historie_vraagt_de_dienst_om_de_pagina_van_de_gemeente()
    {
        _dienst.SetupGet(d => d.HeeftHistorie).Returns(true);
        _dienst.Setup(d => d.HistorieAsync("GM0363", 5, "volgende", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Historiepagina([new Historieregel("a1", DateTimeOffset.UnixEpoch, "T", "positief", 80, "2.0.0", "api")], null));
        var http = Context.Verzoek("GET", "/api/v1/afwegingen?cbsCode=GM0363&aantal=5&vervolg=volgende");

        var (status, inhoud) = await Context.AntwoordAsync(await Functies.HistorieAsync(http.Request), http);

        Assert.Equal(200, status);
        Assert.Equal("a1", (string)Context.Json(inhoud)["afwegingen"]![0]!["id"]!);
    }

    [Fact]
    public async Task De_wachtrijfunctie_geeft_de_indiening_met_haar_bron_aan_de_dienst_en_laat_een_opslagfout_door_voor_de_herhaling()
    {
        var inhoud = Encoding.UTF8.GetBytes("{}");
        _dienst.Setup(d => d.VerwerkIndieningAsync(It.IsAny<ReadOnlyMemory<byte>>(), "wachtrij:b1", It.IsAny<CancellationToken>())).ReturnsAsync(new Verwerking(true, "a1", false, null));
        _dienst.Setup(d => d.VerwerkIndieningAsync(It.IsAny<ReadOnlyMemory<byte>>(), "wachtrij:b2", It.IsAny<CancellationToken>())).ThrowsAsync(new Azure.RequestFailedException(503, "opslag weg"));
        var functies = new IndieningFuncties(_dienst.Object, Microsoft.Extensions.Logging.Abstractions.NullLogger<IndieningFuncties>.Instance);

        Assert.Equal("a1", await functies.WachtrijAsync(inhoud, "b1", 1, CancellationToken.None));
        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => functies.WachtrijAsync(inhoud, "b2", 1, CancellationToken.None));
    }
}
