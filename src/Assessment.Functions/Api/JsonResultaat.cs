using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Assessment.Functions.Api;

/// <summary>A response body that is already bytes (JSON, a schema or a PDF), with its status and optional Location.</summary>
public sealed class InhoudResultaat(byte[] inhoud, string mediaType, int status = StatusCodes.Status200OK, string? locatie = null) : IActionResult
{
    public int Status => status;

    public string MediaType => mediaType;

    public string? Locatie => locatie;

    public byte[] Inhoud => inhoud;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var antwoord = context.HttpContext.Response;
        antwoord.StatusCode = status;
        antwoord.ContentType = mediaType;
        antwoord.ContentLength = inhoud.Length;
        if (locatie is not null)
        {
            antwoord.Headers.Location = locatie;
        }

        await antwoord.Body.WriteAsync(inhoud, context.HttpContext.RequestAborted);
    }
}
