using System.Diagnostics;

namespace Assessment.Functions.Api;

/// <summary>
/// Cross-cutting behaviour of every response: the <c>API-Version</c> header (NLGov API Design Rules), and a
/// logging scope with the correlation id (the W3C trace id, taken from an incoming <c>traceparent</c>).
/// </summary>
public sealed class ApiVersie(RequestDelegate volgende, ILogger<ApiVersie> log)
{
    /// <summary>The full version of the API contract.</summary>
    public const string Versie = "1.2.0";

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["API-Version"] = Versie;
            return Task.CompletedTask;
        });

        var correlatie = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        using (log.BeginScope(new Dictionary<string, object> { ["CorrelatieId"] = correlatie }))
        {
            await volgende(context);
        }
    }
}
