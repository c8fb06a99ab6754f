using Assessment.Domain.Afwegingen;
using Assessment.Domain.Json;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Validatie;
using Assessment.Report.Rapport;
using Assessment.Storage;
using Microsoft.Net.Http.Headers;

namespace Assessment.Functions.Api;

/// <summary>
/// The HTTP API (DESIGN.md §4.3) under <c>/api/v1</c>: make an assessment, fetch it and its report, the
/// history (with storage, issue 5), the framework itself, and health. Every error is a Dutch problem document.
/// </summary>
public static class HttpEndpoints
{
    public const string Pdf = "application/pdf";

    /// <summary>
    /// Reports render one at a time per core: a burst of PDF requests then queues instead of taking every core
    /// from the JSON requests, whose latency is what provincial systems wait on.
    /// </summary>
    private static readonly SemaphoreSlim Rapporteurs = new(Math.Max(1, Environment.ProcessorCount / 2));
    public const string Json = "application/json";
    public const string SchemaType = "application/schema+json";

    public static IEndpointRouteBuilder MapAfwegingskaderApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");

        api.MapPost("/afwegingen", MaakAfwegingAsync)
            .WithName("maakAfweging")
            .WithTags("Afwegingen")
            .WithSummary("Beoordeel een voorgenomen ambtelijke fusie")
            .WithDescription("Beoordeelt een Voorstel met het afwegingskader en bewaart de afweging. Antwoord: de Afweging als JSON, of het rapport als PDF met Accept: application/pdf. Alleen titel, gemeenten (naam, inwoners) en samenwerking.vorm zijn verplicht; een ontbrekend antwoord geldt als onbekend.")
            .NeemtVoorstel()
            .Produces<Afweging>(StatusCodes.Status201Created, Json)
            .Produces(StatusCodes.Status201Created, contentType: Pdf)
            .Produces<Afweging>(StatusCodes.Status200OK, Json);

        api.MapGet("/afwegingen/{id}", HaalAfwegingAsync)
            .WithName("haalAfweging")
            .WithTags("Afwegingen")
            .WithSummary("Een eerder gemaakte afweging")
            .Produces<Afweging>(StatusCodes.Status200OK, Json)
            .Produces<Probleem>(StatusCodes.Status400BadRequest, Problemen.MediaType)
            .Produces<Probleem>(StatusCodes.Status404NotFound, Problemen.MediaType);

        api.MapGet("/afwegingen/{id}/rapport", HaalRapportAsync)
            .WithName("haalRapport")
            .WithTags("Afwegingen")
            .WithSummary("Het rapport (PDF) van een eerder gemaakte afweging")
            .Produces(StatusCodes.Status200OK, contentType: Pdf)
            .Produces<Probleem>(StatusCodes.Status400BadRequest, Problemen.MediaType)
            .Produces<Probleem>(StatusCodes.Status404NotFound, Problemen.MediaType);

        api.MapGet("/afwegingen", HistorieAsync)
            .WithName("zoekAfwegingen")
            .WithTags("Afwegingen")
            .WithSummary("De afwegingen van een gemeente, nieuwste eerst")
            .WithDescription("De historie per gemeente (cbsCode, bijvoorbeeld GM0363), nieuwste eerst, per pagina van 'aantal' (standaard 20); 'vervolg' uit het antwoord geeft de volgende pagina. Vereist duurzame opslag; zonder antwoordt dit pad met 501.")
            .Produces<Historiepagina>(StatusCodes.Status200OK, Json)
            .Produces<Probleem>(StatusCodes.Status400BadRequest, Problemen.MediaType)
            .Produces<Probleem>(StatusCodes.Status501NotImplemented, Problemen.MediaType);

        api.MapPost("/zelftoetsen", ZelftoetsAsync)
            .WithName("maakZelftoets")
            .WithTags("Zelftoets")
            .WithSummary("Toets een voorstel zonder het te bewaren (de zelftoets voor gemeenten)")
            .WithDescription("Beoordeelt een Voorstel precies als POST /afwegingen, maar bewaart niets: een concept van een gemeente is geen indiening en komt niet in de historie. Antwoord: de Afweging als JSON, of het rapport als PDF met Accept: application/pdf. Zonder functiesleutel, voor de openbare vragenlijst.")
            .NeemtVoorstel()
            .Produces<Afweging>(StatusCodes.Status200OK, Json)
            .Produces(StatusCodes.Status200OK, contentType: Pdf);

        api.MapGet("/schemas/voorstel", (Beoordelaar beoordelaar) =>
                new InhoudResultaat(System.Text.Encoding.UTF8.GetBytes(beoordelaar.Regelset.SchemaDocument.GetRawText()), SchemaType))
            .WithName("haalVoorstelSchema")
            .WithTags("Afwegingskader")
            .WithSummary("Het JSON Schema van een Voorstel, waarmee de API en de vragenlijst de invoer controleren")
            .Produces(StatusCodes.Status200OK, contentType: SchemaType);

        api.MapGet("/afwegingskader", (AfwegingskaderBeschrijving kader) => Results.Ok(kader))
            .WithName("haalAfwegingskader")
            .WithTags("Afwegingskader")
            .WithSummary("Het afwegingskader: criteria, parameters met herkomst, bronnen, versie en hash")
            .Produces<AfwegingskaderBeschrijving>(StatusCodes.Status200OK, Json);

        api.MapGet("/gezondheid", (Beoordelaar beoordelaar) =>
                Results.Ok(new Gezondheid("gezond", beoordelaar.Regelset.Versie, beoordelaar.Regelset.Hash)))
            .WithName("haalGezondheid")
            .WithTags("Beheer")
            .WithSummary("Of de dienst werkt, met de geladen regelset")
            .Produces<Gezondheid>(StatusCodes.Status200OK, Json);

        return app;
    }

    /// <summary>An endpoint that takes a Voorstel: its body, and the problems reading one can give.</summary>
    private static RouteHandlerBuilder NeemtVoorstel(this RouteHandlerBuilder endpoint) => endpoint
        .Accepts<Domain.Voorstellen.Voorstel>(Json)
        .Produces<Probleem>(StatusCodes.Status400BadRequest, Problemen.MediaType)
        .Produces<Probleem>(StatusCodes.Status406NotAcceptable, Problemen.MediaType)
        .Produces<Probleem>(StatusCodes.Status413PayloadTooLarge, Problemen.MediaType)
        .Produces<Probleem>(StatusCodes.Status415UnsupportedMediaType, Problemen.MediaType);

    private static async Task<IResult> MaakAfwegingAsync(HttpContext context, Beoordelaar beoordelaar, IAfwegingOpslag opslag, ILogger<Beoordelaar> log)
    {
        var (voorstel, formaat, geweigerd) = await LeesVoorstelAsync(context, beoordelaar, log);
        if (voorstel is null)
        {
            return geweigerd!;
        }

        var bewaard = await opslag.BewaarAsync(new OpgeslagenAfweging(beoordelaar.Beoordeel(voorstel), voorstel), "api", context.RequestAborted);
        var afweging = bewaard.Afweging.Afweging;
        log.LogInformation("Afweging {AfwegingId} {Actie}: {Oordeel}, score {Score}, {AantalGemeenten} gemeenten",
            afweging.Id, bewaard.BestondAl ? "bestond al" : "gemaakt", afweging.Oordeel, afweging.Score, voorstel.Gemeenten.Count);

        // The same proposal under the same rule set is one assessment: a second submission gets the existing one, with 200.
        var status = bewaard.BestondAl ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        var locatie = $"/api/v1/afwegingen/{afweging.Id}";
        return formaat == Pdf
            ? new InhoudResultaat(await RapportAsync(bewaard.Afweging, beoordelaar, context), Pdf, status, locatie)
            : new InhoudResultaat(ContractJson.SchrijfUtf8(afweging, compact: true), Json, status, locatie);
    }

    /// <summary>
    /// The self-check of the web questionnaire: the same reading, validation and assessment as
    /// <see cref="MaakAfwegingAsync"/>, but nothing is kept — a municipality's draft is not a filing and does not
    /// enter the province's history. Open without a function key, because the page is public.
    /// </summary>
    private static async Task<IResult> ZelftoetsAsync(HttpContext context, Beoordelaar beoordelaar, ILogger<Beoordelaar> log)
    {
        var (voorstel, formaat, geweigerd) = await LeesVoorstelAsync(context, beoordelaar, log);
        if (voorstel is null)
        {
            return geweigerd!;
        }

        var afweging = beoordelaar.Beoordeel(voorstel);
        log.LogInformation("Zelftoets {AfwegingId}: {Oordeel}, score {Score}, {AantalGemeenten} gemeenten",
            afweging.Id, afweging.Oordeel, afweging.Score, voorstel.Gemeenten.Count);
        return formaat == Pdf
            ? new InhoudResultaat(await RenderAsync(new OpgeslagenAfweging(afweging, voorstel), beoordelaar, context.RequestAborted), Pdf)
            : new InhoudResultaat(ContractJson.SchrijfUtf8(afweging, compact: true), Json);
    }

    /// <summary>
    /// Reads a submitted proposal: media types, size limit, syntax and the published JSON Schema. Either the
    /// proposal with the format the client asked for, or the problem document that answers the request.
    /// </summary>
    private static async Task<(Domain.Voorstellen.Voorstel? Voorstel, string? Formaat, IResult? Geweigerd)> LeesVoorstelAsync(
        HttpContext context, Beoordelaar beoordelaar, ILogger log)
    {
        var verzoek = context.Request;
        if (!IsJson(verzoek.ContentType))
        {
            return (null, null, Problemen.Resultaat(Problemen.VoorStatus(StatusCodes.Status415UnsupportedMediaType, context)));
        }

        var formaat = GevraagdFormaat(verzoek);
        if (formaat is null)
        {
            return (null, null, Problemen.Resultaat(Problemen.VoorStatus(StatusCodes.Status406NotAcceptable, context)));
        }

        if (verzoek.ContentLength > VoorstelLezer.MaximaleGrootte)
        {
            return (null, null, Problemen.Resultaat(VoorstelLezer.TeGroot(verzoek.ContentLength.Value)));
        }

        var (inhoud, teGroot) = await LeesBegrensdAsync(verzoek.Body, VoorstelLezer.MaximaleGrootte, context.RequestAborted);
        if (teGroot)
        {
            return (null, null, Problemen.Resultaat(VoorstelLezer.TeGroot(VoorstelLezer.MaximaleGrootte + 1L)));
        }

        var gelezen = beoordelaar.Regelset.Lezer.Lees(inhoud);
        if (gelezen.Voorstel is not { } voorstel)
        {
            log.LogInformation("Voorstel geweigerd: {Status} met {AantalFouten} fouten", gelezen.Probleem!.Status, gelezen.Probleem.Errors.Count);
            return (null, null, Problemen.Resultaat(gelezen.Probleem));
        }

        return (voorstel, formaat, null);
    }

    private static async Task<IResult> HaalAfwegingAsync(string id, IAfwegingOpslag opslag, HttpContext context) =>
        await opslag.ZoekAsync(id, context.RequestAborted) is { } gevonden
            ? new InhoudResultaat(ContractJson.SchrijfUtf8(gevonden.Afweging, compact: true), Json)
            : Problemen.Resultaat(Problemen.NietGevonden($"Er is geen afweging met kenmerk '{id}'."));

    private static async Task<IResult> HaalRapportAsync(string id, IAfwegingOpslag opslag, Beoordelaar beoordelaar, HttpContext context) =>
        await opslag.ZoekAsync(id, context.RequestAborted) is { } gevonden
            ? new InhoudResultaat(await RapportAsync(gevonden, beoordelaar, context), Pdf)
            : Problemen.Resultaat(Problemen.NietGevonden($"Er is geen afweging met kenmerk '{id}'."));

    /// <summary>The report: from storage when it was rendered before, else rendered now (and kept, with storage).</summary>
    private static async Task<byte[]> RapportAsync(OpgeslagenAfweging opgeslagen, Beoordelaar beoordelaar, HttpContext context)
    {
        var annulering = context.RequestAborted;
        var rapporten = context.RequestServices.GetService<IRapportOpslag>();
        if (rapporten is not null && await rapporten.ZoekRapportAsync(opgeslagen.Afweging.Id, annulering) is { } bewaard)
        {
            return bewaard;
        }

        var pdf = await RenderAsync(opgeslagen, beoordelaar, annulering);
        if (rapporten is not null)
        {
            await rapporten.BewaarRapportAsync(opgeslagen.Afweging.Id, pdf, annulering);
        }

        return pdf;
    }

    private static async Task<byte[]> RenderAsync(OpgeslagenAfweging opgeslagen, Beoordelaar beoordelaar, CancellationToken annulering)
    {
        await Rapporteurs.WaitAsync(annulering);
        try
        {
            return PdfRapport.Maak(opgeslagen.Afweging, opgeslagen.Voorstel, beoordelaar.Regelset);
        }
        finally
        {
            Rapporteurs.Release();
        }
    }

    private static async Task<IResult> HistorieAsync(string? cbsCode, int? aantal, string? vervolg, IAfwegingOpslag opslag, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(cbsCode) || !System.Text.RegularExpressions.Regex.IsMatch(cbsCode, "^GM[0-9]{4}$"))
        {
            return OngeldigeZoekvraag("cbsCode", "pattern", "Geef de gemeente op met cbsCode, bijvoorbeeld ?cbsCode=GM0363.", "cbsCode moet de vorm GM0000 hebben.");
        }

        if (aantal is < 1 or > 100)
        {
            return OngeldigeZoekvraag("aantal", "maximum", "aantal moet tussen 1 en 100 liggen.", "aantal moet tussen 1 en 100 liggen.");
        }

        if (!opslag.HeeftHistorie)
        {
            return Problemen.Resultaat(Problemen.Maak(
                StatusCodes.Status501NotImplemented,
                "Historie niet beschikbaar",
                "De historie per gemeente vraagt duurzame opslag: stel AzureWebJobsStorage in. Een afweging is wel op te halen via de Location van haar aanmaak."));
        }

        try
        {
            return Results.Ok(await opslag.HistorieAsync(cbsCode, aantal ?? 20, vervolg, context.RequestAborted));
        }
        catch (Azure.RequestFailedException fout) when (fout.Status == 400)
        {
            return OngeldigeZoekvraag("vervolg", "vervolg", "Het vervolgteken is ongeldig; gebruik het 'vervolg' uit het vorige antwoord.", "Onbekend vervolgteken.");
        }
    }

    /// <summary>A 400 problem for one invalid query parameter.</summary>
    private static IResult OngeldigeZoekvraag(string parameter, string code, string detail, string melding) =>
        Problemen.Resultaat(new Probleem
        {
            Status = 400,
            Title = "Ongeldige zoekvraag",
            Detail = detail,
            Errors = [new Fout("query", "#/" + parameter, parameter, code, melding)],
        });

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>JSON unless the client prefers PDF; null when it accepts neither.</summary>
    private static string? GevraagdFormaat(HttpRequest verzoek)
    {
        var accept = verzoek.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return Json;
        }

        double Kwaliteit(string type)
        {
            var kandidaat = new MediaTypeHeaderValue(type);
            return accept.Where(kandidaat.IsSubsetOf).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        }

        var (json, pdf) = (Kwaliteit(Json), Kwaliteit(Pdf));
        return json == 0 && pdf == 0 ? null : pdf > json ? Pdf : Json;
    }

    private static async Task<(byte[] Inhoud, bool TeGroot)> LeesBegrensdAsync(Stream bron, int grens, CancellationToken annulering)
    {
        using var buffer = new MemoryStream();
        var blok = new byte[16 * 1024];
        int gelezen;
        while ((gelezen = await bron.ReadAsync(blok, annulering)) > 0)
        {
            buffer.Write(blok, 0, gelezen);
            if (buffer.Length > grens)
            {
                return ([], true);
            }
        }

        return (buffer.ToArray(), false);
    }
}
