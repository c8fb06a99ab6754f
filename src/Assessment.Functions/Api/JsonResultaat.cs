namespace Assessment.Functions.Api;

/// <summary>A response body that is already UTF-8 (JSON or PDF), with its status and optional Location.</summary>
public sealed class InhoudResultaat(byte[] inhoud, string mediaType, int status = StatusCodes.Status200OK, string? locatie = null)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => status;

    public string ContentType => mediaType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = mediaType;
        httpContext.Response.ContentLength = inhoud.Length;
        if (locatie is not null)
        {
            httpContext.Response.Headers.Location = locatie;
        }

        await httpContext.Response.Body.WriteAsync(inhoud, httpContext.RequestAborted);
    }
}
