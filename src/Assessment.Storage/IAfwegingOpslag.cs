using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;

namespace Assessment.Storage;

/// <summary>An assessment with the proposal it was made from (the report needs both).</summary>
public sealed record OpgeslagenAfweging(Afweging Afweging, Voorstel Voorstel);

/// <summary>The outcome of storing: the assessment as kept, and whether it was there already (same input, same rule set).</summary>
public sealed record Bewaard(OpgeslagenAfweging Afweging, bool BestondAl);

/// <summary>One line of a municipality's history.</summary>
public sealed record Historieregel(string Id, DateTimeOffset AangemaaktOp, string Titel, string Oordeel, int Score, string RegelsetVersie, string Oorsprong);

/// <summary>A page of history, newest first, with the token for the next page (null on the last).</summary>
public sealed record Historiepagina(IReadOnlyList<Historieregel> Afwegingen, string? Vervolg);

/// <summary>
/// The port to where assessments are kept. The same proposal (input hash) under the same rule set is one
/// assessment: storing it again returns the one already kept.
/// </summary>
public interface IAfwegingOpslag
{
    /// <summary>Whether this store keeps history per municipality (durable storage does; memory does not).</summary>
    bool HeeftHistorie { get; }

    /// <param name="oorsprong">Where the proposal came from: <c>api</c>, <c>indiening</c> or <c>zelftoets</c>.</param>
    Task<Bewaard> BewaarAsync(OpgeslagenAfweging afweging, string oorsprong, CancellationToken annulering);

    Task<OpgeslagenAfweging?> ZoekAsync(string id, CancellationToken annulering);

    /// <summary>
    /// The assessment already kept for this proposal under this rule set (by <c>invoerHash</c> and the rule set's hash),
    /// or null: what <see cref="BewaarAsync"/> would return as <see cref="Bewaard.BestondAl"/>, found before assessing.
    /// </summary>
    Task<OpgeslagenAfweging?> ZoekOpInvoerAsync(string regelsetHash, string invoerHash, CancellationToken annulering);

    Task<Historiepagina> HistorieAsync(string cbsCode, int aantal, string? vervolg, CancellationToken annulering);

    /// <summary>The assessments involving a municipality of a province, made from <paramref name="van"/> up to and including <paramref name="tot"/>, newest first.</summary>
    Task<Historiepagina> ProvincieAsync(string provincie, DateTimeOffset van, DateTimeOffset tot, int aantal, string? vervolg, CancellationToken annulering);
}

/// <summary>Where filings that could not be read are kept, with the reason, so none is lost or retried forever.</summary>
public interface IIndieningOpslag
{
    /// <param name="inhoud">The filing as received.</param>
    /// <param name="probleemJson">The problem document (JSON) that says why it was refused.</param>
    /// <param name="bron">Where it came from (queue or blob name).</param>
    Task BewaarOngeldigAsync(ReadOnlyMemory<byte> inhoud, string probleemJson, string bron, CancellationToken annulering);
}
