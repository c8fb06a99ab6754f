using Assessment.Toepassing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Assessment.Functions.Functies;

/// <summary>
/// Filings without a person: a proposal put on queue <c>indieningen</c> or dropped in container <c>indieningen</c>.
/// A storage fault throws, so the host retries the message (after <c>maxDequeueCount</c> in host.json it moves to
/// <c>indieningen-poison</c>) or the blob; an invalid filing is kept with its problem and not retried.
/// </summary>
public sealed class IndieningFuncties(IAfwegingsdienst dienst, ILogger<IndieningFuncties> log)
{
    public const string Wachtrij = "indieningen";
    public const string Verbinding = "AzureWebJobsStorage";

    [Function("VerwerkIndiening")]
    public async Task<string?> WachtrijAsync([QueueTrigger(Wachtrij, Connection = Verbinding)] byte[] indiening, string id, long dequeueCount, CancellationToken annulering)
    {
        var uitkomst = await dienst.VerwerkIndieningAsync(indiening, $"wachtrij:{id}", annulering);
        log.LogInformation("Bericht {Bericht} (poging {Poging}): {Uitkomst}", id, dequeueCount, uitkomst.Geldig ? "verwerkt" : "ongeldig, bewaard met het probleem");
        return uitkomst.AfwegingId;
    }

    [Function("VerwerkIndieningBlob")]
    public async Task<string?> BlobAsync([BlobTrigger(Wachtrij + "/{naam}", Connection = Verbinding)] byte[] indiening, string naam, CancellationToken annulering)
    {
        var uitkomst = await dienst.VerwerkIndieningAsync(indiening, $"blob:{Wachtrij}/{naam}", annulering);
        return uitkomst.AfwegingId;
    }
}
