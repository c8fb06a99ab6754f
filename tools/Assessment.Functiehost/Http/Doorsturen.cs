using System.Diagnostics;
using Assessment.Functiehost.Rpc;
using Assessment.Functiehost.Werker;

namespace Assessment.Functiehost.Http;

/// <summary>
/// Serves the HTTP functions as the Functions host does with a worker on the ASP.NET Core integration: the route
/// picks the function; the host sends an invocation (an empty RpcHttp, the route values as trigger metadata, the
/// trace context) and forwards the request itself to the worker's HttpUri with header <c>x-ms-invocation-id</c>; the
/// worker answers that request directly. A failed invocation that did not answer becomes a 500.
/// </summary>
public sealed class Doorsturen(Werkerverbinding werker, Werkerproces proces, Hostopties opties, ILogger<Doorsturen> log)
{
    private static readonly HashSet<string> NietDoorsturen = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host",
    };

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        MaxConnectionsPerServer = 256,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    private Routetabel? _routes;
    private int _beantwoord;

    public async Task VerwerkAsync(HttpContext context)
    {
        if (!werker.IsKlaar)
        {
            await Task.WhenAny(werker.Klaar, Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted));
        }

        if (!werker.IsKlaar)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        _routes ??= new Routetabel(werker.Functies.Values, opties.RoutePrefix);
        var verzoek = context.Request;
        if (_routes.Zoek(verzoek.Method, verzoek.Path) is not { } gevonden)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (functie, waarden) = gevonden;
        if (!Toegestaan(functie, verzoek))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var aanroepId = Guid.NewGuid().ToString();
        var aanroep = new InvocationRequest
        {
            InvocationId = aanroepId,
            FunctionId = functie.Id,
            TraceContext = Spoor(verzoek),
        };
        aanroep.InputData.Add(new ParameterBinding { Name = functie.TriggerNaam, Data = new TypedData { Http = new RpcHttp() } });
        foreach (var (naam, waarde) in waarden)
        {
            if (waarde?.ToString() is { } tekst)
            {
                aanroep.TriggerMetadata[naam] = new TypedData { String = tekst };
            }
        }

        using var afbreken = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var uitvoering = werker.RoepAanAsync(aanroep, context.RequestAborted);
        var doorgestuurd = StuurDoorAsync(context, aanroepId, afbreken.Token);

        if (await Task.WhenAny(uitvoering, doorgestuurd) == uitvoering && !Gelukt(await uitvoering))
        {
            // The function failed without answering its request: the host's answer is a 500.
            await afbreken.CancelAsync();
            log.LogError("Functie {Functie} mislukt: {Fout}", functie.Naam, (await uitvoering).Result.Exception?.Message);
            await Stil(doorgestuurd);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            return;
        }

        HttpResponseMessage? antwoord;
        try
        {
            antwoord = await doorgestuurd;
        }
        catch (Exception fout) when (fout is HttpRequestException or IOException or OperationCanceledException && !context.Response.HasStarted)
        {
            // The client stopped sending its body (or went away) while it was being forwarded: as the platform's
            // front end, answer 408 if anyone is still listening; the worker saw the body break off.
            log.LogWarning("Verzoek {Pad} niet volledig ontvangen: {Reden}", verzoek.Path, fout.Message);
            await afbreken.CancelAsync();
            if (!context.RequestAborted.IsCancellationRequested)
            {
                context.Response.StatusCode = StatusCodes.Status408RequestTimeout;
            }

            return;
        }

        using var _ = antwoord;
        if (antwoord is null)
        {
            return;
        }

        context.Response.StatusCode = (int)antwoord.StatusCode;
        foreach (var (naam, waarden2) in antwoord.Headers.Concat(antwoord.Content.Headers))
        {
            if (!NietDoorsturen.Contains(naam))
            {
                context.Response.Headers[naam] = waarden2.ToArray();
            }
        }

        await using (var inhoud = await antwoord.Content.ReadAsStreamAsync(context.RequestAborted))
        {
            await inhoud.CopyToAsync(context.Response.Body, context.RequestAborted);
        }

        if (Interlocked.Exchange(ref _beantwoord, 1) == 0)
        {
            // The cold start as a user sees it: from starting the worker process to the first answer.
            log.LogInformation("Eerste verzoek ({Functie}) beantwoord {Milliseconden:0} ms na de start van de worker", functie.Naam, (DateTimeOffset.UtcNow - proces.GestartOp).TotalMilliseconds);
        }

        var resultaat = await uitvoering;
        if (!Gelukt(resultaat))
        {
            log.LogError("Functie {Functie} mislukt na haar antwoord: {Fout}", functie.Naam, resultaat.Result.Exception?.Message);
        }
    }

    private static bool Gelukt(InvocationResponse antwoord) => antwoord.Result?.Status == StatusResult.Types.Status.Success;

    private static async Task Stil(Task taak)
    {
        try
        {
            await taak;
        }
        catch (Exception fout) when (fout is OperationCanceledException or HttpRequestException)
        {
        }
    }

    private async Task<HttpResponseMessage?> StuurDoorAsync(HttpContext context, string aanroepId, CancellationToken annulering)
    {
        var verzoek = context.Request;
        var doel = new Uri(werker.HttpAdres!, verzoek.Path.ToUriComponent() + verzoek.QueryString.ToUriComponent());
        using var bericht = new HttpRequestMessage(new HttpMethod(verzoek.Method), doel);
        if (verzoek.ContentLength is not null || verzoek.ContentType is not null || verzoek.Headers.TransferEncoding.Count > 0)
        {
            bericht.Content = new StreamContent(verzoek.Body);
        }

        foreach (var (naam, waarden) in verzoek.Headers)
        {
            if (NietDoorsturen.Contains(naam))
            {
                continue;
            }

            if (!bericht.Headers.TryAddWithoutValidation(naam, (IEnumerable<string?>)waarden))
            {
                bericht.Content?.Headers.TryAddWithoutValidation(naam, (IEnumerable<string?>)waarden);
            }
        }

        bericht.Headers.TryAddWithoutValidation("x-ms-invocation-id", aanroepId);
        bericht.Headers.TryAddWithoutValidation("X-Forwarded-Host", verzoek.Host.Value);
        bericht.Headers.TryAddWithoutValidation("X-Forwarded-Proto", verzoek.Scheme);
        if (context.Connection.RemoteIpAddress is { } ip && !verzoek.Headers.ContainsKey("X-Forwarded-For"))
        {
            bericht.Headers.TryAddWithoutValidation("X-Forwarded-For", ip.ToString());
        }

        return await _client.SendAsync(bericht, HttpCompletionOption.ResponseHeadersRead, annulering);
    }

    /// <summary>The caller's trace (traceparent), or a new one: the worker always gets a trace context.</summary>
    private static RpcTraceContext Spoor(HttpRequest verzoek)
    {
        var ouder = verzoek.Headers["traceparent"].ToString();
        if (!ActivityContext.TryParse(ouder, verzoek.Headers["tracestate"].ToString(), out var context))
        {
            context = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        }

        var spoor = new RpcTraceContext
        {
            TraceParent = $"00-{context.TraceId}-{ActivitySpanId.CreateRandom()}-{(context.TraceFlags.HasFlag(ActivityTraceFlags.Recorded) ? "01" : "00")}",
            TraceState = context.TraceState ?? "",
        };
        return spoor;
    }

    /// <summary>Anonymous functions always; function-level ones with the configured key, when one is set.</summary>
    private bool Toegestaan(Functie functie, HttpRequest verzoek)
    {
        if (opties.Functiesleutel is not { Length: > 0 } sleutel || string.Equals(functie.Eigenschap("authLevel"), "anonymous", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var gegeven = verzoek.Headers["x-functions-key"].ToString() is { Length: > 0 } kop ? kop : verzoek.Query["code"].ToString();
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(gegeven), System.Text.Encoding.UTF8.GetBytes(sleutel));
    }
}
