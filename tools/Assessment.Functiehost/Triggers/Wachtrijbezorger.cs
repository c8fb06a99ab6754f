using System.Globalization;
using Assessment.Functiehost.Rpc;
using Assessment.Functiehost.Werker;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Assessment.Functiehost.Triggers;

/// <summary>
/// Delivers queue messages to the worker's queue triggers with the Functions host's semantics: messages are
/// base64 (the default), up to <c>batchSize</c> at a time; a success deletes the message; a failure makes it
/// visible again after <c>visibilityTimeout</c>; a message that failed <c>maxDequeueCount</c> times moves to
/// <c>{queue}-poison</c>. Needs the connection the binding names (AzureWebJobsStorage, Azurite locally).
/// </summary>
public sealed class Wachtrijbezorger(Werkerverbinding werker, Hostopties opties, IConfiguration configuratie, ILogger<Wachtrijbezorger> log)
    : Triggerbezorger(werker, "queueTrigger")
{
    // Invisible while processing; after a crash or an outage it comes back within this time.
    private static readonly TimeSpan Verwerkingstijd = TimeSpan.FromSeconds(30);

    protected override async Task BezorgAsync(Functie functie, CancellationToken stoppen)
    {
        var naam = functie.Eigenschap("queueName")!;
        var verbinding = configuratie[functie.Eigenschap("connection") ?? "AzureWebJobsStorage"];
        if (string.IsNullOrEmpty(verbinding))
        {
            log.LogInformation("Wachtrij {Wachtrij} voor {Functie}: geen opslag ingesteld, geen bezorging", naam, functie.Naam);
            return;
        }

        var opties2 = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var wachtrij = new QueueClient(verbinding, naam, opties2);
        var gif = new QueueClient(verbinding, naam + "-poison", opties2);
        var pauze = TimeSpan.FromMilliseconds(100);
        while (!stoppen.IsCancellationRequested)
        {
            try
            {
                await wachtrij.CreateIfNotExistsAsync(cancellationToken: stoppen);
                QueueMessage[] berichten = (await wachtrij.ReceiveMessagesAsync(opties.BatchSize, Verwerkingstijd, stoppen)).Value;
                await Task.WhenAll(berichten.Select(b => VerwerkAsync(functie, wachtrij, gif, b, stoppen)));
                pauze = berichten.Length > 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Min(opties.MaxPollingInterval.TotalMilliseconds, Math.Max(100, pauze.TotalMilliseconds * 2)));
            }
            catch (Exception fout) when (fout is not OperationCanceledException || !stoppen.IsCancellationRequested)
            {
                // Storage unreachable: try again; the messages stay on the queue.
                log.LogWarning("Wachtrij {Wachtrij} niet bereikbaar: {Fout}", naam, fout.Message);
                pauze = TimeSpan.FromSeconds(1);
            }

            if (pauze > TimeSpan.Zero)
            {
                await Task.Delay(pauze, stoppen).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task VerwerkAsync(Functie functie, QueueClient wachtrij, QueueClient gif, QueueMessage bericht, CancellationToken stoppen)
    {
        var aanroep = new InvocationRequest
        {
            InvocationId = Guid.NewGuid().ToString(),
            FunctionId = functie.Id,
            TraceContext = new RpcTraceContext { TraceParent = $"00-{System.Diagnostics.ActivityTraceId.CreateRandom()}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01" },
        };
        aanroep.InputData.Add(new ParameterBinding { Name = functie.TriggerNaam, Data = new TypedData { Bytes = Google.Protobuf.ByteString.CopyFrom(bericht.Body.ToMemory().Span) } });
        aanroep.TriggerMetadata["Id"] = new TypedData { String = bericht.MessageId };
        aanroep.TriggerMetadata["PopReceipt"] = new TypedData { String = bericht.PopReceipt };
        aanroep.TriggerMetadata["DequeueCount"] = new TypedData { Json = bericht.DequeueCount.ToString(CultureInfo.InvariantCulture) };
        aanroep.TriggerMetadata["InsertionTime"] = new TypedData { Json = $"\"{bericht.InsertedOn:O}\"" };
        aanroep.TriggerMetadata["ExpirationTime"] = new TypedData { Json = $"\"{bericht.ExpiresOn:O}\"" };

        var antwoord = await Werker.RoepAanAsync(aanroep, stoppen);
        if (antwoord.Result?.Status == StatusResult.Types.Status.Success)
        {
            await wachtrij.DeleteMessageAsync(bericht.MessageId, bericht.PopReceipt, stoppen);
            return;
        }

        var reden = antwoord.Result?.Exception?.Message ?? "onbekend";
        if (bericht.DequeueCount >= opties.MaxDequeueCount)
        {
            await gif.CreateIfNotExistsAsync(cancellationToken: stoppen);
            await gif.SendMessageAsync(bericht.Body, cancellationToken: stoppen);
            await wachtrij.DeleteMessageAsync(bericht.MessageId, bericht.PopReceipt, stoppen);
            log.LogError("Bericht {Bericht} na {Pogingen} pogingen naar {Gif}: {Reden}", bericht.MessageId, bericht.DequeueCount, gif.Name, reden);
        }
        else
        {
            await wachtrij.UpdateMessageAsync(bericht.MessageId, bericht.PopReceipt, visibilityTimeout: opties.VisibilityTimeout, cancellationToken: stoppen);
            log.LogWarning("Bericht {Bericht} mislukt (poging {Poging} van {Max}); opnieuw na {Wachttijd}: {Reden}", bericht.MessageId, bericht.DequeueCount, opties.MaxDequeueCount, opties.VisibilityTimeout, reden);
        }
    }
}
