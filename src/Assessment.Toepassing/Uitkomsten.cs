using Assessment.Engine.Validatie;
using Assessment.Storage;

namespace Assessment.Toepassing;

/// <summary>What became of a filing: assessed and stored (once, however often it arrived), or refused with its problem.</summary>
public sealed record Verwerking(bool Geldig, string? AfwegingId, bool BestondAl, Probleem? Probleem);

/// <summary>A report: the PDF, or why it cannot be made (the assessment's rule set is not known to this process).</summary>
public sealed record Rapportuitkomst(byte[]? Pdf, string? RegelsetOnbekend)
{
    public static Rapportuitkomst Van(byte[] pdf) => new(pdf, null);
}

/// <summary>The outcome of assessing a submitted proposal: the assessment (stored or not), or the problem that refused it.</summary>
public sealed record Beoordeling(Bewaard? Bewaard, Probleem? Probleem)
{
    public bool IsGeldig => Bewaard is not null;
}
