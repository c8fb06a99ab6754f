using Assessment.Domain.Json;
using Assessment.Functions.Api;
using Assessment.Functions.Web;
using Assessment.Toepassing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Assessment.Functions.Functies;

/// <summary>
/// What the public zelftoets page needs, without a function key: the self-check itself (nothing kept), the page's
/// files from <c>wwwroot</c>, and the API documentation page.
/// </summary>
public sealed class ZelftoetsFuncties(IAfwegingsdienst dienst, ZelftoetsPagina pagina)
{
    /// <summary>
    /// Assesses exactly as POST /afwegingen, but keeps nothing: a municipality's draft is not a filing and does not
    /// enter the province's history.
    /// </summary>
    [Function("MaakZelftoets")]
    public async Task<IActionResult> ToetsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Zelftoetsen)] HttpRequest verzoek)
    {
        var (inhoud, formaat, geweigerd) = await Verzoeken.LeesVoorstelAsync(verzoek);
        if (geweigerd is not null)
        {
            return Problemen.Resultaat(geweigerd);
        }

        var gelezen = dienst.Lees(inhoud);
        if (gelezen.Voorstel is not { } voorstel)
        {
            return Problemen.Resultaat(Problemen.VoorInvoer(gelezen.Probleem!));
        }

        var afweging = dienst.Beoordeel(voorstel);
        if (formaat != Verzoeken.Pdf)
        {
            return new InhoudResultaat(ContractJson.SchrijfUtf8(afweging, compact: true), Verzoeken.Json);
        }

        var rapport = await dienst.RenderAsync(afweging, voorstel, verzoek.HttpContext.RequestAborted);
        return new InhoudResultaat(rapport.Pdf!, Verzoeken.Pdf);
    }

    /// <summary>Any file of the page (subfolders too), at the root; <c>/</c> is <c>index.html</c>.</summary>
    [Function("Zelftoets")]
    public IActionResult Bestand([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Bestand)] HttpRequest verzoek, string? bestand) =>
        pagina.Bestand(bestand, verzoek.HttpContext);

    /// <summary>The API documentation page (<c>wwwroot/api-docs/index.html</c>), next to the OpenAPI document it shows.</summary>
    [Function("ApiDocumentatie")]
    public IActionResult Documentatie([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ApiDocumentatie)] HttpRequest verzoek) =>
        pagina.Bestand("api-docs/index.html", verzoek.HttpContext, toegestaanOnderApi: true);
}
