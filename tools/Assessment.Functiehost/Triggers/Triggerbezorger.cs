using Assessment.Functiehost.Werker;

namespace Assessment.Functiehost.Triggers;

/// <summary>
/// What the queue and the blob deliverer share: wait until the worker has loaded its functions (or give up when it never
/// does), then deliver to every function with this deliverer's trigger type, each in its own loop.
/// </summary>
public abstract class Triggerbezorger(Werkerverbinding werker, string triggerType) : BackgroundService
{
    protected Werkerverbinding Werker => werker;

    protected override async Task ExecuteAsync(CancellationToken stoppen)
    {
        try
        {
            await werker.Klaar.WaitAsync(stoppen);
        }
        catch (Exception fout) when (fout is not OperationCanceledException)
        {
            return;
        }

        var functies = werker.Functies.Values.Where(f => f.TriggerType.Equals(triggerType, StringComparison.OrdinalIgnoreCase)).ToList();
        await Task.WhenAll(functies.Select(f => BezorgAsync(f, stoppen)));
    }

    /// <summary>Delivers to one function until the host stops.</summary>
    protected abstract Task BezorgAsync(Functie functie, CancellationToken stoppen);
}
