using Assessment.Engine.Beoordeling;
using Assessment.Engine.Validatie;
using Assessment.Storage;

namespace Assessment.Functions.Indieningen;

/// <summary>What became of a filing.</summary>
public sealed record Verwerking(bool Geldig, string? AfwegingId, bool BestondAl, string? Probleem);

/// <summary>
/// Assesses a filing (a Voorstel put on queue <c>indieningen</c> or dropped in container <c>indieningen</c>)
/// without a person: a valid one is assessed and stored (once, however often it arrives); an invalid one is
/// stored with its problem document and not retried. Storage faults propagate, so the caller retries.
/// Independent of how it is triggered (Functions host or the local poller).
/// </summary>
public sealed class IndieningVerwerker(Beoordelaar beoordelaar, IAfwegingOpslag opslag, IIndieningOpslag ongeldig, ILogger<IndieningVerwerker> log, IRapportOpslag? rapporten = null)
{
    public async Task<Verwerking> VerwerkAsync(ReadOnlyMemory<byte> inhoud, string bron, CancellationToken annulering)
    {
        var gelezen = beoordelaar.Regelset.Lezer.Lees(inhoud);
        if (gelezen.Voorstel is not { } voorstel)
        {
            var probleem = ProbleemJson.Schrijf(gelezen.Probleem!, compact: true);
            await ongeldig.BewaarOngeldigAsync(inhoud, probleem, bron, annulering);
            log.LogWarning("Indiening uit {Bron} geweigerd: {Titel}, {AantalFouten} fouten", bron, gelezen.Probleem!.Title, gelezen.Probleem.Errors.Count);
            return new Verwerking(false, null, false, probleem);
        }

        var bewaard = await opslag.BewaarAsync(new OpgeslagenAfweging(beoordelaar.Beoordeel(voorstel), voorstel), "indiening", annulering);

        // Nobody waits for a filing: its report is rendered and kept right away (API reports on first request).
        if (rapporten is not null && !bewaard.BestondAl)
        {
            var pdf = Report.Rapport.PdfRapport.Maak(bewaard.Afweging.Afweging, bewaard.Afweging.Voorstel, beoordelaar.Regelset);
            await rapporten.BewaarRapportAsync(bewaard.Afweging.Afweging.Id, pdf, annulering);
        }

        log.LogInformation("Indiening uit {Bron}: afweging {AfwegingId} {Actie}", bron, bewaard.Afweging.Afweging.Id, bewaard.BestondAl ? "bestond al" : "gemaakt");
        return new Verwerking(true, bewaard.Afweging.Afweging.Id, bewaard.BestondAl, null);
    }
}
