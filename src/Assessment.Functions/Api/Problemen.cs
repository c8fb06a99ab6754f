using System.Text;
using Assessment.Engine.Validatie;

namespace Assessment.Functions.Api;

/// <summary>Problem documents (RFC 9457, <c>application/problem+json</c>) in Dutch, for every error the API returns.</summary>
public static class Problemen
{
    public const string MediaType = "application/problem+json";

    public static IResult Resultaat(Probleem probleem) => new ProbleemResultaat(probleem);

    public static Probleem Maak(int status, string titel, string detail) => new() { Status = status, Title = titel, Detail = detail };

    public static Probleem NietGevonden(string detail) => Maak(StatusCodes.Status404NotFound, "Niet gevonden", detail);

    /// <summary>A problem for a bare status code the framework produced (unknown route, wrong method, ...).</summary>
    public static Probleem VoorStatus(int status, HttpContext context) => status switch
    {
        404 => NietGevonden($"Er is geen resource op '{context.Request.Path}'. Zie /api/v1/openapi.json voor de beschikbare paden."),
        405 => Maak(405, "Methode niet toegestaan", $"De methode {context.Request.Method} is niet toegestaan op '{context.Request.Path}'."),
        406 => Maak(406, "Formaat niet beschikbaar", "Het gevraagde formaat (Accept) wordt niet geleverd; vraag application/json of application/pdf."),
        408 or 504 => Maak(status, "Verzoek duurde te lang", "Het verzoek is afgebroken omdat het te lang duurde. Probeer het opnieuw."),
        413 => Maak(413, "Verzoek te groot", "Het verzoek is groter dan 1 MiB."),
        415 => Maak(415, "Onbekend mediatype", "Stuur het voorstel als JSON, met Content-Type: application/json."),
        _ => Maak(status, "Fout", $"Het verzoek kon niet worden verwerkt (status {status})."),
    };

    public static async Task SchrijfAsync(HttpContext context, Probleem probleem)
    {
        context.Response.StatusCode = probleem.Status;
        context.Response.ContentType = MediaType;
        var inhoud = Encoding.UTF8.GetBytes(ProbleemJson.Schrijf(probleem with { Instance = probleem.Instance ?? context.Request.Path }, compact: true));
        context.Response.ContentLength = inhoud.Length;
        await context.Response.Body.WriteAsync(inhoud, context.RequestAborted);
    }

    private sealed class ProbleemResultaat(Probleem probleem) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
    {
        public int? StatusCode => probleem.Status;

        public string ContentType => MediaType;

        public Task ExecuteAsync(HttpContext httpContext) => SchrijfAsync(httpContext, probleem);
    }
}
