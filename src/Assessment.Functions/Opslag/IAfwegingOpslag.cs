using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;

namespace Assessment.Functions.Opslag;

/// <summary>An assessment with the proposal it was made from (the report needs both).</summary>
public sealed record OpgeslagenAfweging(Afweging Afweging, Voorstel Voorstel);

/// <summary>The port to where assessments are kept. Durable storage (Azure Tables and Blobs) is its own issue.</summary>
public interface IAfwegingOpslag
{
    Task BewaarAsync(OpgeslagenAfweging afweging, CancellationToken annulering);

    Task<OpgeslagenAfweging?> ZoekAsync(string id, CancellationToken annulering);
}
