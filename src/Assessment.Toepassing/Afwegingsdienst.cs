using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Engine.Validatie;
using Assessment.Report.Rapport;
using Assessment.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assessment.Toepassing;

/// <summary>
/// <see cref="IAfwegingsdienst"/> over the engine, the report and a store. Reports render a few at a time (half the
/// cores): a burst of PDF requests then queues instead of taking every core from the assessments.
/// </summary>
public sealed class Afwegingsdienst : IAfwegingsdienst
{
    private readonly Regelsetarchief _archief;
    private readonly Beoordelaar _beoordelaar;
    private readonly IAfwegingOpslag _opslag;
    private readonly IRapportOpslag? _rapporten;
    private readonly IIndieningOpslag _ongeldig;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _rapporteurs = new(Math.Max(1, Environment.ProcessorCount / 2));

    public Afwegingsdienst(Regelsetarchief archief, IAfwegingOpslag opslag, IIndieningOpslag ongeldig, IRapportOpslag? rapporten = null, ILogger<Afwegingsdienst>? log = null, TimeProvider? klok = null)
    {
        _archief = archief;
        _beoordelaar = new Beoordelaar(archief.Huidig, klok);
        _opslag = opslag;
        _ongeldig = ongeldig;
        _rapporten = rapporten;
        _log = log ?? NullLogger<Afwegingsdienst>.Instance;
    }

    /// <summary>Without storage: for the command line, which keeps nothing.</summary>
    public static Afwegingsdienst ZonderOpslag(Regelset regelset)
    {
        var geheugen = new GeheugenOpslag();
        return new Afwegingsdienst(new Regelsetarchief(regelset), geheugen, geheugen);
    }

    public Regelset Regelset => _archief.Huidig;

    public bool HeeftHistorie => _opslag.HeeftHistorie;

    public Leesresultaat Lees(ReadOnlyMemory<byte> inhoud) =>
        inhoud.Length > Invoergrens.MaximaleGrootte
            ? new Leesresultaat(null, Invoergrens.TeGroot(inhoud.Length))
            : Regelset.Lezer.Lees(inhoud);

    public Afweging Beoordeel(Voorstel voorstel, bool metAdvies = true) => _beoordelaar.Beoordeel(voorstel, metAdvies);

    public async Task<Beoordeling> BeoordeelEnBewaarAsync(ReadOnlyMemory<byte> inhoud, string oorsprong, CancellationToken annulering)
    {
        var gelezen = Lees(inhoud);
        if (gelezen.Voorstel is not { } voorstel)
        {
            _log.LogInformation("Voorstel geweigerd: {Type} met {AantalFouten} fouten", gelezen.Probleem!.Type, gelezen.Probleem.Errors.Count);
            return new Beoordeling(null, gelezen.Probleem);
        }

        var bewaard = await BewaarAsync(voorstel, oorsprong, annulering);
        var afweging = bewaard.Afweging.Afweging;
        _log.LogInformation("Afweging {AfwegingId} {Actie}: {Oordeel}, score {Score}, {AantalGemeenten} gemeenten",
            afweging.Id, bewaard.BestondAl ? "bestond al" : "gemaakt", afweging.Oordeel, afweging.Score, voorstel.Gemeenten.Count);
        return new Beoordeling(bewaard, null);
    }

    public Task<OpgeslagenAfweging?> ZoekAsync(string id, CancellationToken annulering) => _opslag.ZoekAsync(id, annulering);

    public Task<Historiepagina> HistorieAsync(string cbsCode, int aantal, string? vervolg, CancellationToken annulering) =>
        _opslag.HistorieAsync(cbsCode, aantal, vervolg, annulering);

    public async Task<Rapportuitkomst> RapportAsync(OpgeslagenAfweging opgeslagen, CancellationToken annulering)
    {
        var id = opgeslagen.Afweging.Id;
        if (_rapporten is not null && await _rapporten.ZoekRapportAsync(id, annulering) is { } bewaard)
        {
            return Rapportuitkomst.Van(bewaard);
        }

        var uitkomst = await RenderAsync(opgeslagen.Afweging, opgeslagen.Voorstel, annulering);
        if (_rapporten is not null && uitkomst.Pdf is { } pdf)
        {
            await _rapporten.BewaarRapportAsync(id, pdf, annulering);
        }

        return uitkomst;
    }

    public async Task<Rapportuitkomst> RenderAsync(Afweging afweging, Voorstel voorstel, CancellationToken annulering)
    {
        if (_archief.Vind(afweging.Regelset.Hash) is not { } regelset)
        {
            _log.LogWarning("Rapport van afweging {AfwegingId} niet te maken: regelset {Versie} ({Hash}) is niet geladen", afweging.Id, afweging.Regelset.Versie, afweging.Regelset.Hash);
            return new Rapportuitkomst(null, $"{afweging.Regelset.Versie} ({afweging.Regelset.Hash})");
        }

        await _rapporteurs.WaitAsync(annulering);
        try
        {
            return Rapportuitkomst.Van(PdfRapport.Maak(afweging, voorstel, regelset));
        }
        finally
        {
            _rapporteurs.Release();
        }
    }

    /// <summary>
    /// The same proposal under the same rule set is one assessment: when it is kept already, that one is the answer and
    /// nothing is assessed again (its advice search is the costly part); otherwise it is assessed and stored.
    /// </summary>
    private async Task<Bewaard> BewaarAsync(Voorstel voorstel, string oorsprong, CancellationToken annulering)
    {
        if (await _opslag.ZoekOpInvoerAsync(Regelset.Hash, Beoordelaar.InvoerHash(voorstel), annulering) is { } eerder)
        {
            return new Bewaard(eerder, BestondAl: true);
        }

        return await _opslag.BewaarAsync(new OpgeslagenAfweging(Beoordeel(voorstel), voorstel), oorsprong, annulering);
    }

    public async Task<Verwerking> VerwerkIndieningAsync(ReadOnlyMemory<byte> inhoud, string bron, CancellationToken annulering)
    {
        var gelezen = Lees(inhoud);
        if (gelezen.Voorstel is not { } voorstel)
        {
            await _ongeldig.BewaarOngeldigAsync(inhoud, ProbleemJson.Schrijf(gelezen.Probleem!, compact: true), bron, annulering);
            _log.LogWarning("Indiening uit {Bron} geweigerd: {Titel}, {AantalFouten} fouten", bron, gelezen.Probleem!.Title, gelezen.Probleem.Errors.Count);
            return new Verwerking(false, null, false, gelezen.Probleem);
        }

        var bewaard = await BewaarAsync(voorstel, "indiening", annulering);

        // Nobody waits for a filing: its report is rendered and kept right away (the API's on first request).
        if (!bewaard.BestondAl && _rapporten is not null)
        {
            await RapportAsync(bewaard.Afweging, annulering);
        }

        _log.LogInformation("Indiening uit {Bron}: afweging {AfwegingId} {Actie}", bron, bewaard.Afweging.Afweging.Id, bewaard.BestondAl ? "bestond al" : "gemaakt");
        return new Verwerking(true, bewaard.Afweging.Afweging.Id, bewaard.BestondAl, null);
    }
}
