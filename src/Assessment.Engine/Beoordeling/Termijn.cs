namespace Assessment.Engine.Beoordeling;

/// <summary>
/// When conditions must be met, in the words of the proposal's phase: before the council vote while the fusion is
/// being explored or decided on (or the phase is unknown); for a running fusion (implementation, evaluation), to steer it.
/// </summary>
public static class Termijn
{
    public static bool IsLopend(string? fase) => fase is "implementatie" or "evaluatie";

    /// <summary>"vóór het raadsbesluit", or for a running fusion "zo snel mogelijk, om de samenwerking bij te sturen".</summary>
    public static string Voor(string? fase) => IsLopend(fase) ? "zo snel mogelijk, om de samenwerking bij te sturen," : "vóór het raadsbesluit";

    /// <summary>The heading of the list of conditions.</summary>
    public static string Kop(string? fase) => IsLopend(fase)
        ? "Wat moet er gebeuren om de samenwerking bij te sturen"
        : "Wat moet er gebeuren vóór het raadsbesluit";
}
