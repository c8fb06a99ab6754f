using System.Diagnostics;
using Assessment.Functions.Api;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assessment.Functions.Hosting;

/// <summary>
/// The HTTP edge of every HTTP function, as worker middleware (inside the ASP.NET Core integration): the
/// <c>API-Version</c> header, a logging scope with the correlation id (the W3C trace id of <c>traceparent</c>), CORS
/// for configured origins, the request timeout (504), and every failure as a Dutch problem document: a body the
/// client stopped sending is a 408 with a warning, a storage outage a 503, anything else a 500 with the error
/// logged — never a stack trace. The function's result is executed here, so a failure while writing it is caught too.
/// Queue and blob invocations pass through: their failures must reach the host, which retries.
/// </summary>
public sealed class HttpRand(IOptions<HttpOpties> opties, ILogger<HttpRand> log) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        await VoerUitAsync(http, context.FunctionDefinition.Name, context.CancellationToken, async () =>
        {
            await next(context);

            // The result is executed here, inside the edge, not after it by the integration.
            if (context.GetInvocationResult() is { Value: IActionResult resultaat } uitkomst)
            {
                uitkomst.Value = null;
                return resultaat;
            }

            return null;
        });
    }

    /// <summary>Runs one HTTP function (<paramref name="functie"/> gives its result) inside the edge.</summary>
    public async Task VoerUitAsync(HttpContext http, string naam, CancellationToken functieAnnulering, Func<Task<IActionResult?>> functie)
    {
        Kopregels(http, opties.Value);
        using var tijdslimiet = new CancellationTokenSource(TimeSpan.FromSeconds(opties.Value.TimeoutSeconden));
        using var samen = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, tijdslimiet.Token, functieAnnulering);
        var afgebroken = http.RequestAborted;
        http.RequestAborted = samen.Token;

        Engine.Validatie.Probleem? probleem = null;
        using (log.BeginScope(new Dictionary<string, object> { ["CorrelatieId"] = Correlatie(http), ["Functie"] = naam }))
        {
            try
            {
                if (await functie() is { } resultaat)
                {
                    await resultaat.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
                }
            }
            catch (Exception fout) when (tijdslimiet.IsCancellationRequested && !afgebroken.IsCancellationRequested && fout is OperationCanceledException)
            {
                log.LogWarning("Verzoek {Pad} afgebroken na {Seconden} s", http.Request.Path, opties.Value.TimeoutSeconden);
                probleem = Problemen.VoorStatus(StatusCodes.Status504GatewayTimeout, http.Request);
            }
            catch (OperationCanceledException) when (!tijdslimiet.IsCancellationRequested && (afgebroken.IsCancellationRequested || functieAnnulering.IsCancellationRequested))
            {
                // The client went away (the host cancelled the invocation): nobody to answer, nothing wrong here.
                log.LogInformation("Verzoek {Pad} afgebroken door de client", http.Request.Path);
                http.Abort();
            }
            catch (Exception fout) when (OnvolledigVerzoek(fout, afgebroken))
            {
                log.LogWarning("Verzoek {Pad} niet volledig ontvangen: {Reden}", http.Request.Path, fout.Message);
                probleem = Problemen.VoorStatus(StatusCodes.Status408RequestTimeout, http.Request);
            }
            catch (Exception fout) when (fout is Azure.RequestFailedException or HttpRequestException or TimeoutException)
            {
                log.LogError(fout, "Opslag niet bereikbaar bij {Pad}", http.Request.Path);
                probleem = Problemen.Maak(503, "Opslag tijdelijk niet beschikbaar", "De opslag antwoordt nu niet. Er is niets verloren gegaan; probeer het over een ogenblik opnieuw.");
            }
            catch (Exception fout)
            {
                log.LogError(fout, "Onverwachte fout bij {Pad}", http.Request.Path);
                probleem = Problemen.Maak(500, "Interne fout", "Er ging iets mis aan onze kant. Probeer het later opnieuw; de fout is vastgelegd.");
            }
            finally
            {
                http.RequestAborted = afgebroken;
            }
        }

        if (probleem is not null)
        {
            await ProbleemAsync(http, probleem);
        }
    }

    /// <summary>The client stopped sending its body, or went away, before the function could answer.</summary>
    private static bool OnvolledigVerzoek(Exception fout, CancellationToken afgebroken) =>
        fout is BadHttpRequestException or ConnectionResetException
        || (fout is IOException or OperationCanceledException && afgebroken.IsCancellationRequested);

    private async Task ProbleemAsync(HttpContext http, Engine.Validatie.Probleem probleem)
    {
        if (http.Response.HasStarted)
        {
            http.Abort();
            return;
        }

        http.Response.Clear();
        Kopregels(http, opties.Value);
        await Problemen.SchrijfAsync(http, probleem);
    }

    /// <summary>What every answer carries: the API version and, for a configured origin, CORS.</summary>
    private static void Kopregels(HttpContext http, HttpOpties opties)
    {
        http.Response.Headers["API-Version"] = ApiVersie.Versie;
        Cors(http, opties);
    }

    private static string Correlatie(HttpContext http)
    {
        var traceparent = http.Request.Headers["traceparent"].ToString();
        return ActivityContext.TryParse(traceparent, null, out var ouder) ? ouder.TraceId.ToString() : Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
    }

    /// <summary>CORS for the configured origins only (for a page of a province hosted elsewhere); in Azure the platform's CORS may do this instead.</summary>
    private static void Cors(HttpContext http, HttpOpties opties)
    {
        var oorsprong = http.Request.Headers.Origin.ToString();
        if (oorsprong.Length == 0 || !opties.CorsOorsprongen.Contains(oorsprong, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = oorsprong;
        headers.AccessControlExposeHeaders = "Location, API-Version";
        headers.Vary = "Origin";
        if (HttpMethods.IsOptions(http.Request.Method))
        {
            headers.AccessControlAllowMethods = "GET, POST";
            headers.AccessControlAllowHeaders = "Content-Type, Accept, traceparent";
        }
    }
}
