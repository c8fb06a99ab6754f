using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;
using Assessment.Engine.Validatie;
using Assessment.Storage;

namespace Assessment.Toepassing;

/// <summary>
/// The one application service: reading a proposal, assessing it, storing it and rendering its report, written
/// once for every entry point (HTTP functions, filing functions, CLI). It knows nothing of HTTP: it reports
/// invalid input as a problem with the invalid fields; the edge chooses the status code.
/// </summary>
public interface IAfwegingsdienst
{
    /// <summary>The rule set new proposals are assessed with.</summary>
    Regelset Regelset { get; }

    /// <summary>Whether assessments are kept durably, with history per municipality.</summary>
    bool HeeftHistorie { get; }

    /// <summary>Reads a proposal (syntax and the published JSON Schema): the proposal, or the problem naming every invalid field.</summary>
    Leesresultaat Lees(ReadOnlyMemory<byte> inhoud);

    /// <summary>Assesses a proposal without storing it (the zelftoets, the CLI).</summary>
    Afweging Beoordeel(Voorstel voorstel, bool metAdvies = true);

    /// <summary>Reads, assesses and stores a proposal; the same proposal under the same rule set is stored once.</summary>
    Task<Beoordeling> BeoordeelEnBewaarAsync(ReadOnlyMemory<byte> inhoud, string oorsprong, CancellationToken annulering);

    /// <summary>A stored assessment, or null.</summary>
    Task<OpgeslagenAfweging?> ZoekAsync(string id, CancellationToken annulering);

    /// <summary>A page of a municipality's history, newest first (only with <see cref="HeeftHistorie"/>).</summary>
    Task<Historiepagina> HistorieAsync(string cbsCode, int aantal, string? vervolg, CancellationToken annulering);

    /// <summary>The report of a stored assessment: kept before, or rendered now with the rule set it was assessed with (and kept).</summary>
    Task<Rapportuitkomst> RapportAsync(OpgeslagenAfweging opgeslagen, CancellationToken annulering);

    /// <summary>The report of an assessment that is not stored (the zelftoets, the CLI), with the rule set it was assessed with.</summary>
    Task<Rapportuitkomst> RenderAsync(Afweging afweging, Voorstel voorstel, CancellationToken annulering);

    /// <summary>
    /// A filing from the queue or a blob: a valid one is assessed, stored and its report kept; an invalid one is
    /// kept with its problem and not retried. Storage faults propagate, so the trigger retries.
    /// </summary>
    Task<Verwerking> VerwerkIndieningAsync(ReadOnlyMemory<byte> inhoud, string bron, CancellationToken annulering);
}
