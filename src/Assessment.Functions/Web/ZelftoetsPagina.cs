using Assessment.Functions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Assessment.Functions.Web;

/// <summary>
/// The self-check questionnaire for municipalities (the zelftoets): static files from <c>wwwroot</c> next to the
/// binaries, any subfolder included. Everything the page needs comes from here — no CDN, no external request — and
/// the content security policy says so to the browser too.
/// </summary>
public sealed class ZelftoetsPagina(string map)
{
    /// <summary>Only this app's own scripts, styles, fonts and API; nothing inline, nothing from elsewhere.</summary>
    public const string Beveiligingsbeleid =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly FileExtensionContentTypeProvider Typen = new();

    private readonly PhysicalFileProvider _bestanden = new(map);

    public ZelftoetsPagina()
        : this(Path.Combine(AppContext.BaseDirectory, "wwwroot"))
    {
    }

    public IActionResult Bestand(string? pad, HttpContext context, bool toegestaanOnderApi = false)
    {
        pad = string.IsNullOrEmpty(pad) ? "index.html" : pad;

        // The human-readable API documentation, rendered in the browser from /api/v1/openapi.json.
        if (pad.TrimEnd('/').Equals("api/v1/docs", StringComparison.OrdinalIgnoreCase))
        {
            pad = "api-docs/index.html";
        }

        // API paths that do not exist answer as the API does, with a problem document.
        if ((!toegestaanOnderApi && pad.StartsWith("api/", StringComparison.OrdinalIgnoreCase)) || pad.Contains("..", StringComparison.Ordinal))
        {
            return Problemen.Resultaat(Problemen.NietGevonden($"Er is niets op '/{pad}'."));
        }

        var bestand = _bestanden.GetFileInfo(pad);
        if (!bestand.Exists || bestand.IsDirectory || bestand.PhysicalPath is null || !Typen.TryGetContentType(pad, out var type))
        {
            return Problemen.Resultaat(Problemen.NietGevonden($"Er is geen bestand '/{pad}'."));
        }

        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "image/svg+xml")
        {
            type += "; charset=utf-8";
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Beveiligingsbeleid;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Always revalidate: a new release of the rules and the page must reach every browser at once.
        headers.CacheControl = "no-cache";

        var gewijzigd = bestand.LastModified;
        return new PhysicalFileResult(bestand.PhysicalPath, type)
        {
            LastModified = gewijzigd,
            EntityTag = new EntityTagHeaderValue($"\"{gewijzigd.UtcTicks:x}-{bestand.Length:x}\""),
        };
    }
}
