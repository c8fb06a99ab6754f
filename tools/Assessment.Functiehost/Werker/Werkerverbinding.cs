using System.Collections.Concurrent;
using System.Threading.Channels;
using Assessment.Functiehost.Rpc;
using Grpc.Core;

namespace Assessment.Functiehost.Werker;

/// <summary>
/// The host's side of the worker's event stream (FunctionRpc.EventStream), as the Functions host drives it: init,
/// then the worker's own index of its functions (worker indexing), then one load request per function, then
/// invocations. Every message to the worker goes through one channel with one writer. Ready once every function
/// loaded; <see cref="Functies"/> is then what the worker declared (functions.metadata).
/// </summary>
public sealed class Werkerverbinding(Werkerproces proces, ILogger<Werkerverbinding> log) : FunctionRpc.FunctionRpcBase
{
    private readonly Channel<StreamingMessage> _uit = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _wachtend = new();
    private readonly TaskCompletionSource _klaar = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The functions, by name, once the worker indexed and loaded them.</summary>
    public IReadOnlyDictionary<string, Functie> Functies { get; private set; } = new Dictionary<string, Functie>();

    /// <summary>Where the worker's ASP.NET Core integration takes the forwarded HTTP requests (its HttpUri capability).</summary>
    public Uri? HttpAdres { get; private set; }

    public Task Klaar => _klaar.Task;

    public bool IsKlaar => _klaar.Task.IsCompletedSuccessfully;

    /// <summary>Sends an invocation and waits for the worker's response.</summary>
    public async Task<InvocationResponse> RoepAanAsync(InvocationRequest aanroep, CancellationToken annulering)
    {
        var antwoord = Wacht(aanroep.InvocationId);
        await _uit.Writer.WriteAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), InvocationRequest = aanroep }, annulering);
        using var registratie = annulering.Register(() =>
        {
            _uit.Writer.TryWrite(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), InvocationCancel = new InvocationCancel { InvocationId = aanroep.InvocationId } });
        });
        return (await antwoord).InvocationResponse;
    }

    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        var stoppen = context.CancellationToken;
        var schrijver = Task.Run(async () =>
        {
            await foreach (var bericht in _uit.Reader.ReadAllAsync(stoppen))
            {
                await responseStream.WriteAsync(bericht, stoppen);
            }
        }, stoppen);

        var lezer = LeesAsync(requestStream, stoppen);
        try
        {
            await Task.WhenAny(lezer, schrijver);
            await lezer;
        }
        catch (OperationCanceledException) when (stoppen.IsCancellationRequested)
        {
        }
        finally
        {
            _klaar.TrySetException(new InvalidOperationException("De worker verbrak de verbinding voordat hij klaar was."));
        }
    }

    private async Task LeesAsync(IAsyncStreamReader<StreamingMessage> berichten, CancellationToken stoppen)
    {
        await foreach (var bericht in berichten.ReadAllAsync(stoppen))
        {
            switch (bericht.ContentCase)
            {
                case StreamingMessage.ContentOneofCase.StartStream:
                    _ = Task.Run(() => InitialiseerAsync(stoppen), stoppen);
                    break;
                case StreamingMessage.ContentOneofCase.RpcLog:
                    Schrijf(bericht.RpcLog);
                    break;
                case StreamingMessage.ContentOneofCase.InvocationResponse:
                    Beantwoord(bericht.InvocationResponse.InvocationId, bericht);
                    break;
                case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                    Beantwoord("laad:" + bericht.FunctionLoadResponse.FunctionId, bericht);
                    break;
                case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                case StreamingMessage.ContentOneofCase.WorkerStatusResponse:
                    Beantwoord(bericht.RequestId, bericht);
                    break;
            }
        }
    }

    /// <summary>Init, index, load — as the Functions host does after the worker opened its stream.</summary>
    private async Task InitialiseerAsync(CancellationToken stoppen)
    {
        try
        {
            var init = new WorkerInitRequest { HostVersion = "4.0.0-ontwikkelhost", WorkerDirectory = proces.Map, FunctionAppDirectory = proces.Map };
            foreach (var capaciteit in new[] { "RpcHttpBodyOnly", "RawHttpBodyBytes", "TypedDataCollection", "RpcHttpTriggerMetadataRemoved", "IgnoreEmptyValuedRpcHttpHeaders", "HandlesWorkerTerminateMessage", "HandlesInvocationCancelMessage" })
            {
                init.Capabilities[capaciteit] = "true";
            }

            var initAntwoord = (await VraagAsync(new StreamingMessage { WorkerInitRequest = init }, stoppen)).WorkerInitResponse;
            if (initAntwoord.Result.Status != StatusResult.Types.Status.Success)
            {
                throw new InvalidOperationException("De worker startte niet: " + initAntwoord.Result.Exception?.Message);
            }

            HttpAdres = initAntwoord.Capabilities.TryGetValue("HttpUri", out var uri) ? new Uri(uri) : null;

            var index = (await VraagAsync(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = proces.Map } }, stoppen)).FunctionMetadataResponse;
            if (index.Result.Status != StatusResult.Types.Status.Success)
            {
                throw new InvalidOperationException("De worker kon zijn functies niet indexeren: " + index.Result.Exception?.Message);
            }

            var functies = new Dictionary<string, Functie>(StringComparer.OrdinalIgnoreCase);
            foreach (var metadata in index.FunctionMetadataResults)
            {
                // One load request at a time, each answered before the next.
                var functie = new Functie(metadata);
                metadata.FunctionId = functie.Id;
                var laden = Wacht("laad:" + functie.Id);
                await _uit.Writer.WriteAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), FunctionLoadRequest = new FunctionLoadRequest { FunctionId = functie.Id, Metadata = metadata } }, stoppen);
                var geladen = (await laden.WaitAsync(TimeSpan.FromSeconds(30), stoppen)).FunctionLoadResponse;
                if (geladen.Result.Status != StatusResult.Types.Status.Success)
                {
                    throw new InvalidOperationException($"De worker kon {functie.Naam} niet laden: {geladen.Result.Exception?.Message}");
                }

                functies[functie.Naam] = functie;
            }

            Functies = functies;
            log.LogInformation("Worker klaar na {Milliseconden:0} ms: {Aantal} functies ({Functies}), HTTP via {Adres}", (DateTimeOffset.UtcNow - proces.GestartOp).TotalMilliseconds, functies.Count, string.Join(", ", functies.Keys.Order(StringComparer.Ordinal)), HttpAdres);
            _klaar.TrySetResult();
        }
        catch (Exception fout) when (fout is not OperationCanceledException)
        {
            log.LogError(fout, "De worker werd niet klaar");
            _klaar.TrySetException(fout);
        }
    }

    private async Task<StreamingMessage> VraagAsync(StreamingMessage vraag, CancellationToken stoppen)
    {
        vraag.RequestId = Guid.NewGuid().ToString();
        var antwoord = Wacht(vraag.RequestId);
        await _uit.Writer.WriteAsync(vraag, stoppen);
        return await antwoord.WaitAsync(TimeSpan.FromSeconds(60), stoppen);
    }

    private Task<StreamingMessage> Wacht(string sleutel) =>
        _wachtend.GetOrAdd(sleutel, _ => new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private void Beantwoord(string sleutel, StreamingMessage bericht)
    {
        if (_wachtend.TryRemove(sleutel, out var wachter))
        {
            wachter.TrySetResult(bericht);
        }
    }

    /// <summary>The worker's warnings and errors (its console, passed through by <see cref="Werkerproces"/>, has the rest).</summary>
    private void Schrijf(RpcLog regel)
    {
        if (regel.Level is < RpcLog.Types.Level.Warning or RpcLog.Types.Level.None)
        {
            return;
        }

        var niveau = regel.Level switch
        {
            RpcLog.Types.Level.Trace => LogLevel.Trace,
            RpcLog.Types.Level.Debug => LogLevel.Debug,
            RpcLog.Types.Level.Information => LogLevel.Information,
            RpcLog.Types.Level.Warning => LogLevel.Warning,
            RpcLog.Types.Level.Error => LogLevel.Error,
            RpcLog.Types.Level.Critical => LogLevel.Critical,
            _ => LogLevel.None,
        };
        log.Log(niveau, "[worker] {Categorie}: {Bericht}{Fout}", regel.Category, regel.Message, regel.Exception is { } e ? " " + e.Message : "");
    }
}
