using System.Text;
using System.Text.Json;
using Assessment.Functions.Indieningen;

namespace Assessment.Functions.Hosting;

/// <summary>
/// The custom-handler invocation protocol for the non-HTTP functions: the Functions host POSTs
/// <c>{ "Data": { "indiening": … }, "Metadata": { … } }</c> to <c>/{FunctionName}</c> and reads
/// <c>{ "Outputs": …, "Logs": […], "ReturnValue": … }</c>. A failure answers 500, so the host retries the
/// message and, after <c>maxDequeueCount</c>, moves it to the poison queue. Not part of the public API.
/// </summary>
public static class Aanroepen
{
    public const string Wachtrij = "VerwerkIndiening";
    public const string Blob = "VerwerkIndieningBlob";

    /// <summary>The host reads <c>Outputs</c>, <c>Logs</c> and <c>ReturnValue</c> as written: no camelCase.</summary>
    private static readonly JsonSerializerOptions Protocol = new() { PropertyNamingPolicy = null };

    public static IEndpointRouteBuilder MapFunctieAanroepen(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + Wachtrij, (HttpContext c, IndieningVerwerker v) => VerwerkAsync(c, v, "wachtrij")).ExcludeFromDescription();
        app.MapPost("/" + Blob, (HttpContext c, IndieningVerwerker v) => VerwerkAsync(c, v, "blob")).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> VerwerkAsync(HttpContext context, IndieningVerwerker verwerker, string soort)
    {
        using var aanroep = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var data = aanroep.RootElement.GetProperty("Data").GetProperty("indiening");
        var inhoud = data.ValueKind == JsonValueKind.String ? Encoding.UTF8.GetBytes(data.GetString()!) : Encoding.UTF8.GetBytes(data.GetRawText());
        var bron = soort;
        if (aanroep.RootElement.TryGetProperty("Metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object)
        {
            bron = metadata.TryGetProperty("Id", out var id) ? $"{soort}:{id}" : metadata.TryGetProperty("BlobTrigger", out var pad) ? $"{soort}:{pad}" : soort;
        }

        try
        {
            var uitkomst = await verwerker.VerwerkAsync(inhoud, bron, context.RequestAborted);
            var regel = uitkomst.Geldig
                ? $"Afweging {uitkomst.AfwegingId} {(uitkomst.BestondAl ? "bestond al" : "gemaakt")}."
                : "Indiening ongeldig; bewaard met het probleem.";
            return Results.Json(new { Outputs = new { }, Logs = new[] { regel }, ReturnValue = uitkomst.AfwegingId }, Protocol);
        }
        catch (Exception fout) when (fout is Azure.RequestFailedException or HttpRequestException or TimeoutException or IOException)
        {
            return Results.Json(new { Outputs = new { }, Logs = new[] { "Opslag niet bereikbaar; de host probeert het opnieuw: " + fout.GetType().Name }, ReturnValue = (string?)null }, Protocol, statusCode: 500);
        }
    }
}
