using Assessment.Engine.Validatie;
using Assessment.Toepassing;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Assessment.Functions.Api;

/// <summary>What the HTTP edge checks of a request that brings a proposal: media types and the size of the body.</summary>
public static class Verzoeken
{
    public const string Json = "application/json";
    public const string Pdf = "application/pdf";
    public const string SchemaType = "application/schema+json";

    /// <summary>The body, or the problem that refuses it (415, 406, 413) before anything is read.</summary>
    public static async Task<(byte[]? Inhoud, string? Formaat, Probleem? Geweigerd)> LeesVoorstelAsync(HttpRequest verzoek)
    {
        if (!IsJson(verzoek.ContentType))
        {
            return (null, null, Problemen.VoorStatus(StatusCodes.Status415UnsupportedMediaType, verzoek));
        }

        if (GevraagdFormaat(verzoek) is not { } formaat)
        {
            return (null, null, Problemen.VoorStatus(StatusCodes.Status406NotAcceptable, verzoek));
        }

        if (verzoek.ContentLength > Invoergrens.MaximaleGrootte)
        {
            return (null, null, Problemen.VoorInvoer(Invoergrens.TeGroot(verzoek.ContentLength.Value)));
        }

        var (inhoud, teGroot) = await LeesBegrensdAsync(verzoek.Body, Invoergrens.MaximaleGrootte, verzoek.HttpContext.RequestAborted);
        return teGroot
            ? (null, null, Problemen.VoorInvoer(Invoergrens.TeGroot(Invoergrens.MaximaleGrootte + 1L)))
            : (inhoud, formaat, null);
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>JSON unless the client prefers PDF; null when it accepts neither.</summary>
    public static string? GevraagdFormaat(HttpRequest verzoek)
    {
        var accept = verzoek.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return Json;
        }

        double Kwaliteit(string type)
        {
            var kandidaat = new MediaTypeHeaderValue(type);
            return accept.Where(kandidaat.IsSubsetOf).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        }

        var (json, pdf) = (Kwaliteit(Json), Kwaliteit(Pdf));
        return json == 0 && pdf == 0 ? null : pdf > json ? Pdf : Json;
    }

    private static async Task<(byte[] Inhoud, bool TeGroot)> LeesBegrensdAsync(Stream bron, int grens, CancellationToken annulering)
    {
        using var buffer = new MemoryStream();
        var blok = new byte[16 * 1024];
        int gelezen;
        while ((gelezen = await bron.ReadAsync(blok, annulering)) > 0)
        {
            buffer.Write(blok, 0, gelezen);
            if (buffer.Length > grens)
            {
                return ([], true);
            }
        }

        return (buffer.ToArray(), false);
    }
}
