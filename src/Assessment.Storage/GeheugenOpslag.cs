using System.Collections.Concurrent;

namespace Assessment.Storage;

/// <summary>
/// Keeps the most recent assessments in the process's memory, when no storage is configured: the
/// <c>Location</c> of a new assessment and its report can be fetched right after it was made. Bounded
/// (oldest dropped first), lost on restart, no history.
/// </summary>
public sealed class GeheugenOpslag(int capaciteit = 1000) : IAfwegingOpslag, IIndieningOpslag
{
    private readonly ConcurrentDictionary<string, OpgeslagenAfweging> _afwegingen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string), string> _invoer = new();
    private readonly ConcurrentQueue<string> _volgorde = new();
    private readonly Lock _slot = new();

    public bool HeeftHistorie => false;

    public Task<Bewaard> BewaarAsync(OpgeslagenAfweging afweging, string oorsprong, CancellationToken annulering)
    {
        lock (_slot)
        {
            var sleutel = (afweging.Afweging.Regelset.Hash, afweging.Afweging.InvoerHash);
            if (_invoer.TryGetValue(sleutel, out var bestaand) && _afwegingen.TryGetValue(bestaand, out var eerder))
            {
                return Task.FromResult(new Bewaard(eerder, true));
            }

            _afwegingen[afweging.Afweging.Id] = afweging;
            _invoer[sleutel] = afweging.Afweging.Id;
            _volgorde.Enqueue(afweging.Afweging.Id);
            while (_volgorde.Count > capaciteit && _volgorde.TryDequeue(out var oudste))
            {
                if (_afwegingen.TryRemove(oudste, out var weg))
                {
                    _invoer.TryRemove((weg.Afweging.Regelset.Hash, weg.Afweging.InvoerHash), out _);
                }
            }

            return Task.FromResult(new Bewaard(afweging, false));
        }
    }

    public Task<OpgeslagenAfweging?> ZoekOpInvoerAsync(string regelsetHash, string invoerHash, CancellationToken annulering) =>
        Task.FromResult(_invoer.TryGetValue((regelsetHash, invoerHash), out var id) && _afwegingen.TryGetValue(id, out var eerder) ? eerder : null);

    /// <summary>Refused filings kept in memory (the last <c>capaciteit</c>).</summary>
    public ConcurrentQueue<(string Bron, string Probleem)> Ongeldig { get; } = new();

    public Task BewaarOngeldigAsync(ReadOnlyMemory<byte> inhoud, string probleemJson, string bron, CancellationToken annulering)
    {
        Ongeldig.Enqueue((bron, probleemJson));
        while (Ongeldig.Count > capaciteit && Ongeldig.TryDequeue(out _))
        {
        }

        return Task.CompletedTask;
    }

    public Task<OpgeslagenAfweging?> ZoekAsync(string id, CancellationToken annulering) =>
        Task.FromResult(_afwegingen.GetValueOrDefault(id));

    public Task<Historiepagina> HistorieAsync(string cbsCode, int aantal, string? vervolg, CancellationToken annulering) =>
        throw new NotSupportedException("Geheugenopslag houdt geen historie bij; configureer AzureWebJobsStorage.");

    public Task<Historiepagina> ProvincieAsync(string provincie, DateTimeOffset van, DateTimeOffset tot, int aantal, string? vervolg, CancellationToken annulering) =>
        throw new NotSupportedException("Geheugenopslag houdt geen historie bij; configureer AzureWebJobsStorage.");
}
