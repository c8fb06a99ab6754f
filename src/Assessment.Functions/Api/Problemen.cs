using System.Text;
using Assessment.Engine.Validatie;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Functions.Api;

/// <summary>
/// Problem documents (RFC 9457, <c>application/problem+json</c>) in Dutch, for every error the API returns. The
/// status is chosen here, at the edge: the application service reports what is wrong (a problem type with the
/// invalid fields), this class says which HTTP status that is. Written through ASP.NET Core's problem-details
/// service (<c>AddProblemDetails</c>), so every problem has the same shape and a <c>traceId</c>.
/// </summary>
public static class Problemen
{
    public const string MediaType = "application/problem+json";

    public static Probleem Maak(int status, string titel, string detail) => new() { Status = status, Title = titel, Detail = detail };

    public static Probleem NietGevonden(string detail) => Maak(StatusCodes.Status404NotFound, "Niet gevonden", detail);

    /// <summary>A proposal that could not be read: too large is 413, anything else the client sent wrong is 400.</summary>
    public static Probleem VoorInvoer(Probleem probleem) => probleem with
    {
        Status = probleem.Type == ProbleemTypen.TeGroot ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
    };

    /// <summary>A problem for a bare status code (unknown route, wrong method, ...).</summary>
    public static Probleem VoorStatus(int status, HttpRequest verzoek) => status switch
    {
        404 => NietGevonden($"Er is geen resource op '{verzoek.Path}'. Zie /api/v1/openapi.json voor de beschikbare paden."),
        405 => Maak(405, "Methode niet toegestaan", $"De methode {verzoek.Method} is niet toegestaan op '{verzoek.Path}'."),
        406 => Maak(406, "Formaat niet beschikbaar", "Het gevraagde formaat (Accept) wordt niet geleverd; vraag application/json of application/pdf."),
        408 => Maak(408, "Verzoek niet volledig ontvangen", "Het verzoek stopte voordat de hele inhoud was ontvangen. Stuur het opnieuw."),
        504 => Maak(status, "Verzoek duurde te lang", "Het verzoek is afgebroken omdat het te lang duurde. Probeer het opnieuw."),
        413 => Maak(413, "Verzoek te groot", "Het verzoek is groter dan 1 MiB."),
        415 => Maak(415, "Onbekend mediatype", "Stuur het voorstel als JSON, met Content-Type: application/json."),
        _ => Maak(status, "Fout", $"Het verzoek kon niet worden verwerkt (status {status})."),
    };

    public static IActionResult Resultaat(Probleem probleem) => new ProbleemResultaat(probleem);

    public static async Task SchrijfAsync(HttpContext context, Probleem probleem)
    {
        var antwoord = context.Response;
        antwoord.StatusCode = probleem.Status;
        var document = new ProblemDetails
        {
            Type = probleem.Type,
            Title = probleem.Title,
            Status = probleem.Status,
            Detail = probleem.Detail,
            Instance = probleem.Instance ?? context.Request.Path,
        };
        if (probleem.Errors.Count > 0)
        {
            document.Extensions["errors"] = probleem.Errors;
        }

        var dienst = context.RequestServices?.GetService<IProblemDetailsService>();
        if (dienst is not null && await dienst.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = document }))
        {
            return;
        }

        // A client that accepts no JSON at all (Accept: text/html) still gets the problem, in the one format we have.
        antwoord.ContentType = MediaType;
        var inhoud = Encoding.UTF8.GetBytes(ProbleemJson.Schrijf(probleem with { Instance = document.Instance }, compact: true));
        antwoord.ContentLength = inhoud.Length;
        await antwoord.Body.WriteAsync(inhoud, context.RequestAborted);
    }

    private sealed class ProbleemResultaat(Probleem probleem) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => SchrijfAsync(context.HttpContext, probleem);
    }
}
