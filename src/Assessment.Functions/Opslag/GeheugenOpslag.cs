using System.Collections.Concurrent;

namespace Assessment.Functions.Opslag;

/// <summary>
/// Keeps the most recent assessments in the process's memory, so that the <c>Location</c> of a new
/// assessment and its report can be fetched right after it was made. Bounded (oldest dropped first) and
/// lost on restart: durable, shared storage replaces it with Azure Table and Blob storage (issue 5).
/// </summary>
public sealed class GeheugenOpslag(int capaciteit = 1000) : IAfwegingOpslag
{
    private readonly ConcurrentDictionary<string, OpgeslagenAfweging> _afwegingen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _volgorde = new();

    public Task BewaarAsync(OpgeslagenAfweging afweging, CancellationToken annulering)
    {
        if (_afwegingen.TryAdd(afweging.Afweging.Id, afweging))
        {
            _volgorde.Enqueue(afweging.Afweging.Id);
            while (_volgorde.Count > capaciteit && _volgorde.TryDequeue(out var oudste))
            {
                _afwegingen.TryRemove(oudste, out _);
            }
        }

        return Task.CompletedTask;
    }

    public Task<OpgeslagenAfweging?> ZoekAsync(string id, CancellationToken annulering) =>
        Task.FromResult(_afwegingen.GetValueOrDefault(id));
}
