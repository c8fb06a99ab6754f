using System.Collections.Concurrent;
using System.Text.Json;
using Assessment.Functiehost.Rpc;
using Assessment.Functiehost.Werker;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Assessment.Functiehost.Triggers;

/// <summary>
/// Delivers new and changed blobs to the worker's blob triggers, as the Functions host's polling blob trigger does:
/// each version (ETag) once — a receipt is written to container <c>azure-webjobs-hosts</c> after success, so a
/// restart does not deliver it again — retried up to <c>poisonBlobThreshold</c> times, then reported on queue
/// <c>webjobs-blobtrigger-poison</c>. The blob goes to the worker as model binding data (container and name); the
/// worker reads it itself with its own storage client.
/// </summary>
public sealed class Blobbezorger(Werkerverbinding werker, Hostopties opties, IConfiguration configuratie, ILogger<Blobbezorger> log)
    : Triggerbezorger(werker, "blobTrigger")
{
    public const string Ontvangsten = "azure-webjobs-hosts";
    public const string Gif = "webjobs-blobtrigger-poison";

    private readonly ConcurrentDictionary<string, int> _pogingen = new(StringComparer.Ordinal);

    protected override async Task BezorgAsync(Functie functie, CancellationToken stoppen)
    {
        var verbindingNaam = functie.Eigenschap("connection") ?? "AzureWebJobsStorage";
        var verbinding = configuratie[verbindingNaam];
        if (string.IsNullOrEmpty(verbinding))
        {
            log.LogInformation("Blobs voor {Functie}: geen opslag ingesteld, geen bezorging", functie.Naam);
            return;
        }

        var pad = functie.Eigenschap("path")!;
        var containerNaam = pad.Split('/')[0];
        var parameter = pad[(containerNaam.Length + 1)..].Trim('{', '}');
        var blobs = new BlobServiceClient(verbinding);
        var container = blobs.GetBlobContainerClient(containerNaam);
        var ontvangsten = blobs.GetBlobContainerClient(Ontvangsten);
        var gif = new QueueClient(verbinding, Gif, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        while (!stoppen.IsCancellationRequested)
        {
            try
            {
                await container.CreateIfNotExistsAsync(cancellationToken: stoppen);
                await ontvangsten.CreateIfNotExistsAsync(cancellationToken: stoppen);
                var nieuw = new List<(string Naam, string ETag)>();
                await foreach (var blob in container.GetBlobsAsync(cancellationToken: stoppen))
                {
                    var ontvangst = ontvangsten.GetBlobClient(Ontvangst(functie, containerNaam, blob.Name, blob.Properties.ETag.ToString()!));
                    if (!(await ontvangst.ExistsAsync(stoppen)).Value)
                    {
                        nieuw.Add((blob.Name, blob.Properties.ETag.ToString()!));
                    }
                }

                await Parallel.ForEachAsync(nieuw, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppen }, async (blob, t) =>
                    await VerwerkAsync(functie, verbindingNaam, containerNaam, parameter, blob.Naam, blob.ETag, ontvangsten, gif, t));
            }
            catch (Exception fout) when (fout is not OperationCanceledException || !stoppen.IsCancellationRequested)
            {
                log.LogWarning("Container {Container} niet bereikbaar: {Fout}", containerNaam, fout.Message);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), stoppen).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task VerwerkAsync(Functie functie, string verbindingNaam, string container, string parameter, string naam, string etag, BlobContainerClient ontvangsten, QueueClient gif, CancellationToken stoppen)
    {
        var aanroep = new InvocationRequest
        {
            InvocationId = Guid.NewGuid().ToString(),
            FunctionId = functie.Id,
            TraceContext = new RpcTraceContext { TraceParent = $"00-{System.Diagnostics.ActivityTraceId.CreateRandom()}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01" },
        };
        var verwijzing = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["Connection"] = verbindingNaam, ["ContainerName"] = container, ["BlobName"] = naam });
        aanroep.InputData.Add(new ParameterBinding
        {
            Name = functie.TriggerNaam,
            Data = new TypedData { ModelBindingData = new ModelBindingData { Version = "1.0", Source = "AzureStorageBlobs", ContentType = "application/json", Content = Google.Protobuf.ByteString.CopyFrom(verwijzing) } },
        });
        aanroep.TriggerMetadata[parameter] = new TypedData { String = naam };
        aanroep.TriggerMetadata["BlobTrigger"] = new TypedData { String = $"{container}/{naam}" };

        var antwoord = await Werker.RoepAanAsync(aanroep, stoppen);
        var sleutel = Ontvangst(functie, container, naam, etag);
        if (antwoord.Result?.Status == StatusResult.Types.Status.Success)
        {
            await ontvangsten.GetBlobClient(sleutel).UploadAsync(BinaryData.FromString(DateTimeOffset.UtcNow.ToString("O")), overwrite: true, stoppen);
            _pogingen.TryRemove(sleutel, out _);
            return;
        }

        var poging = _pogingen.AddOrUpdate(sleutel, 1, (_, n) => n + 1);
        var reden = antwoord.Result?.Exception?.Message ?? "onbekend";
        if (poging >= opties.PoisonBlobThreshold)
        {
            await gif.CreateIfNotExistsAsync(cancellationToken: stoppen);
            await gif.SendMessageAsync(JsonSerializer.Serialize(new { FunctionId = functie.Naam, BlobType = "BlockBlob", ContainerName = container, BlobName = naam, ETag = etag }), stoppen);
            await ontvangsten.GetBlobClient(sleutel).UploadAsync(BinaryData.FromString("gif"), overwrite: true, stoppen);
            _pogingen.TryRemove(sleutel, out _);
            log.LogError("Blob {Container}/{Naam} na {Pogingen} pogingen naar {Gif}: {Reden}", container, naam, poging, Gif, reden);
        }
        else
        {
            log.LogWarning("Blob {Container}/{Naam} mislukt (poging {Poging} van {Max}): {Reden}", container, naam, poging, opties.PoisonBlobThreshold, reden);
        }
    }

    private static string Ontvangst(Functie functie, string container, string naam, string etag) =>
        $"blobreceipts/ontwikkelhost/{functie.Naam}/{etag.Trim('"')}/{container}/{naam}";
}
