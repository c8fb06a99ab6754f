using System.Text.Json;
using Assessment.Functions.Indieningen;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Assessment.Functions.Hosting;

/// <summary>
/// Locally, where no Functions host runs, drives the same filing handler from the storage (Azurite): the
/// queue <c>indieningen</c> (base64 JSON messages, the Functions default) and the container
/// <c>indieningen</c>. Like the host: a failed message becomes visible again and is retried; after
/// <see cref="MaxPogingen"/> attempts it moves to <c>indieningen-poison</c> with its reason. Only started when
/// storage is configured and the app is not running under the Functions host.
/// </summary>
public sealed class LokalePoller(QueueServiceClient wachtrijen, BlobServiceClient blobs, IServiceProvider diensten, ILogger<LokalePoller> log) : BackgroundService
{
    public const string Wachtrij = "indieningen";
    public const string Gif = "indieningen-poison";
    public const int MaxPogingen = 5;

    private static readonly TimeSpan Zichtbaarheid = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppen)
    {
        var wachtrij = wachtrijen.GetQueueClient(Wachtrij);
        var gif = wachtrijen.GetQueueClient(Gif);
        var container = blobs.GetBlobContainerClient(Wachtrij);
        var verwerker = diensten.GetRequiredService<IndieningVerwerker>();
        var pauze = TimeSpan.FromMilliseconds(200);
        while (!stoppen.IsCancellationRequested)
        {
            try
            {
                await wachtrij.CreateIfNotExistsAsync(cancellationToken: stoppen);
                await gif.CreateIfNotExistsAsync(cancellationToken: stoppen);
                await container.CreateIfNotExistsAsync(cancellationToken: stoppen);
                var berichten = (await wachtrij.ReceiveMessagesAsync(32, Zichtbaarheid, stoppen)).Value;
                await Parallel.ForEachAsync(berichten, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppen }, async (bericht, annulering) =>
                {
                    try
                    {
                        await verwerker.VerwerkAsync(bericht.Body.ToMemory(), $"wachtrij:{bericht.MessageId}", annulering);
                        await wachtrij.DeleteMessageAsync(bericht.MessageId, bericht.PopReceipt, annulering);
                    }
                    catch (Exception fout) when (fout is not OperationCanceledException)
                    {
                        if (bericht.DequeueCount >= MaxPogingen)
                        {
                            var reden = JsonSerializer.Serialize(new { bericht = bericht.Body.ToString(), reden = fout.GetType().Name + ": " + fout.Message, pogingen = bericht.DequeueCount });
                            await gif.SendMessageAsync(BinaryData.FromString(reden), cancellationToken: annulering);
                            await wachtrij.DeleteMessageAsync(bericht.MessageId, bericht.PopReceipt, annulering);
                            log.LogError(fout, "Indiening {Bericht} na {Pogingen} pogingen naar {Gif}", bericht.MessageId, bericht.DequeueCount, Gif);
                        }
                        else
                        {
                            log.LogWarning("Indiening {Bericht} mislukt (poging {Poging}); wordt opnieuw geprobeerd: {Fout}", bericht.MessageId, bericht.DequeueCount, fout.Message);
                        }
                    }
                });

                await foreach (var blob in container.GetBlobsAsync(cancellationToken: stoppen))
                {
                    var client = container.GetBlobClient(blob.Name);
                    var inhoud = await client.DownloadContentAsync(stoppen);
                    await verwerker.VerwerkAsync(inhoud.Value.Content.ToMemory(), $"blob:{Wachtrij}/{blob.Name}", stoppen);
                    await client.DeleteIfExistsAsync(cancellationToken: stoppen);
                }

                pauze = berichten.Length > 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(200);
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                // Storage unreachable: wait and try again; messages stay on the queue, nothing is lost.
                log.LogWarning("Wachtrij {Wachtrij} niet bereikbaar: {Fout}", Wachtrij, fout.Message);
                pauze = TimeSpan.FromSeconds(1);
            }

            if (pauze > TimeSpan.Zero)
            {
                await Task.Delay(pauze, stoppen);
            }
        }
    }
}
