using Assessment.Functions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Assessment.Functions.Functies;

/// <summary>
/// Every method no route allows, on any path: 405 with the allowed methods where the path exists, else 404 — as a
/// problem document, as the API answers every error (the Functions host would answer an empty 404).
/// </summary>
public static class OnbekendeMethode
{
    [Function("OnbekendeMethode")]
    public static IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", "put", "patch", "delete", "options", Route = "{*pad}")] HttpRequest verzoek)
    {
        var methoden = Routes.MethodenVoor(verzoek.Path.Value ?? "");
        if (methoden.Length == 0)
        {
            return Problemen.Resultaat(Problemen.VoorStatus(StatusCodes.Status404NotFound, verzoek));
        }

        verzoek.HttpContext.Response.Headers.Allow = string.Join(", ", methoden);
        return Problemen.Resultaat(Problemen.VoorStatus(StatusCodes.Status405MethodNotAllowed, verzoek));
    }
}
