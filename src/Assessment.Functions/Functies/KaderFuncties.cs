using System.Text.Json;
using Assessment.Functions.Api;
using Assessment.Toepassing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.Functions.Functies;

/// <summary>The framework as everyone reads it, open to all: the criteria, the proposal's schema, the OpenAPI document and health.</summary>
public sealed class KaderFuncties(IAfwegingsdienst dienst, AfwegingskaderBeschrijving kader, OpenApiBeschrijving openApi, HealthCheckService gezondheid)
{
    private readonly Lazy<byte[]> _kader = new(() => JsonSerializer.SerializeToUtf8Bytes(kader, JsonOpties.Web));
    private readonly Lazy<byte[]> _schema = new(() => System.Text.Encoding.UTF8.GetBytes(dienst.Regelset.SchemaDocument.GetRawText()));

    [Function("HaalAfwegingskader")]
    public IActionResult Afwegingskader([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Afwegingskader)] HttpRequest verzoek) =>
        new InhoudResultaat(_kader.Value, Verzoeken.Json);

    [Function("HaalVoorstelSchema")]
    public IActionResult Schema([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.VoorstelSchema)] HttpRequest verzoek) =>
        new InhoudResultaat(_schema.Value, Verzoeken.SchemaType);

    [Function("OpenApi")]
    public async Task<IActionResult> OpenApiAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OpenApi)] HttpRequest verzoek) =>
        new InhoudResultaat(await openApi.DocumentAsync(verzoek.HttpContext.RequestAborted), Verzoeken.Json);

    /// <summary>
    /// Healthy when the rule set is loaded and every probe answers (the storage: <see cref="Hosting.Opslagprobe"/>):
    /// the rule set and each part's status. Otherwise 503, as a problem document naming what does not answer.
    /// </summary>
    [Function("Gezondheid")]
    public async Task<IActionResult> GezondheidAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Gezondheid)] HttpRequest verzoek)
    {
        var rapport = await gezondheid.CheckHealthAsync(verzoek.HttpContext.RequestAborted);
        if (rapport.Status == HealthStatus.Unhealthy)
        {
            var ziek = string.Join(", ", rapport.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key));
            return Problemen.Resultaat(Problemen.Maak(
                StatusCodes.Status503ServiceUnavailable,
                "Dienst niet gezond",
                $"Niet bereikbaar: {ziek}. Afwegingen maken of ophalen lukt nu niet; probeer het over een ogenblik opnieuw."));
        }

        var antwoord = new Gezondheid("gezond", dienst.Regelset.Versie, dienst.Regelset.Hash)
        {
            Onderdelen = rapport.Entries.ToDictionary(e => e.Key, e => e.Value.Status == HealthStatus.Healthy ? "gezond" : "verminderd"),
        };
        return new InhoudResultaat(JsonSerializer.SerializeToUtf8Bytes(antwoord, JsonOpties.Web), Verzoeken.Json);
    }
}
