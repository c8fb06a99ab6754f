using Assessment.Domain.Afwegingen;
using Assessment.Engine.Validatie;
using Assessment.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Assessment.Functions.Api;

/// <summary>
/// The HTTP API (DESIGN.md §4.3) as the OpenAPI document describes it: every function's route, parameters, media
/// types, statuses and whether it needs the function key. ASP.NET Core's OpenAPI generator reads endpoints, so the
/// functions are described here as endpoints of a description-only application (<see cref="OpenApiBeschrijving"/>)
/// that never serves a request: the delegates only carry the parameters the functions read.
/// </summary>
public static class ApiBeschrijving
{
    /// <summary>The operations that need the function key (authLevel function); the rest is open.</summary>
    public static IReadOnlySet<string> MetSleutel { get; } = new HashSet<string>(StringComparer.Ordinal) { "maakAfweging", "haalAfweging", "haalRapport", "zoekAfwegingen" };

    public static IEndpointRouteBuilder Beschrijf(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");

        api.MapPost("/afwegingen", () => Beschreven())
            .WithName("maakAfweging")
            .WithTags("Afwegingen")
            .WithSummary("Beoordeel een voorgenomen ambtelijke fusie")
            .WithDescription("Beoordeelt een Voorstel met het afwegingskader en bewaart de afweging. Antwoord: de Afweging als JSON, of het rapport als PDF met Accept: application/pdf. Alleen titel, gemeenten (naam, inwoners) en samenwerking.vorm zijn verplicht; een ontbrekend antwoord geldt als onbekend.")
            .NeemtVoorstel()
            .Produces<Afweging>(StatusCodes.Status201Created, Verzoeken.Json)
            .Produces(StatusCodes.Status201Created, contentType: Verzoeken.Pdf)
            .Produces<Afweging>(StatusCodes.Status200OK, Verzoeken.Json);

        api.MapGet("/afwegingen/{id}", (string id) => Beschreven())
            .WithName("haalAfweging")
            .WithTags("Afwegingen")
            .WithSummary("Een eerder gemaakte afweging")
            .Produces<Afweging>(StatusCodes.Status200OK, Verzoeken.Json)
            .Produces<Probleem>(StatusCodes.Status400BadRequest, Problemen.MediaType)
            .Produces<Probleem>(StatusCodes.Status404NotFound, Problemen.MediaType);

        api.MapGet("/afwegingen/{id}/rapport", (string id) => Beschreven())
            .WithName("haalRapport")
            .WithTags("Afwegingen")
            .WithSummary("Het rapport (PDF) van een eerder gemaakte afweging")
            .WithDescription("Het rapport, gemaakt met de regelset waarmee de afweging is gemaakt (herkend aan haar hash). Is die regelset niet meer geladen, dan volgt 409 in plaats van een rapport met een andere regelset.")
            .Produces(StatusCodes.Status200OK, contentType: Verzoeken.Pdf)
            .Produces<Probleem>(StatusCodes.Status400BadRequest, Problemen.MediaType)
            .Produces<Probleem>(StatusCodes.Status404NotFound, Problemen.MediaType)
            .Produces<Probleem>(StatusCodes.Status409Conflict, Problemen.MediaType);

        api.MapGet("/afwegingen", (string? cbsCode, int? aantal, string? vervolg) => Beschreven())
            .WithName("zoekAfwegingen")
            .WithTags("Afwegingen")
            .WithSummary("De afwegingen van een gemeente, nieuwste eerst")
            .WithDescription("De historie per gemeente (cbsCode, bijvoorbeeld GM0363), nieuwste eerst, per pagina van 'aantal' (standaard 20); 'vervolg' uit het antwoord geeft de volgende pagina. Vereist duurzame opslag; zonder antwoordt dit pad met 501.")
            .Produces<Historiepagina>(StatusCodes.Status200OK, Verzoeken.Json)
            .Produces<Probleem>(StatusCodes.Status400BadRequest, Problemen.MediaType)
            .Produces<Probleem>(StatusCodes.Status501NotImplemented, Problemen.MediaType);

        api.MapPost("/zelftoetsen", () => Beschreven())
            .WithName("maakZelftoets")
            .WithTags("Zelftoets")
            .WithSummary("Toets een voorstel zonder het te bewaren (de zelftoets voor gemeenten)")
            .WithDescription("Beoordeelt een Voorstel precies als POST /afwegingen, maar bewaart niets: een concept van een gemeente is geen indiening en komt niet in de historie. Antwoord: de Afweging als JSON, of het rapport als PDF met Accept: application/pdf. Zonder functiesleutel, voor de openbare vragenlijst.")
            .NeemtVoorstel()
            .Produces<Afweging>(StatusCodes.Status200OK, Verzoeken.Json)
            .Produces(StatusCodes.Status200OK, contentType: Verzoeken.Pdf);

        api.MapGet("/schemas/voorstel", () => Beschreven())
            .WithName("haalVoorstelSchema")
            .WithTags("Afwegingskader")
            .WithSummary("Het JSON Schema van een Voorstel, waarmee de API en de vragenlijst de invoer controleren")
            .Produces(StatusCodes.Status200OK, contentType: Verzoeken.SchemaType);

        api.MapGet("/afwegingskader", () => Beschreven())
            .WithName("haalAfwegingskader")
            .WithTags("Afwegingskader")
            .WithSummary("Het afwegingskader: criteria, parameters met herkomst, bronnen, versie en hash")
            .Produces<AfwegingskaderBeschrijving>(StatusCodes.Status200OK, Verzoeken.Json);

        api.MapGet("/gezondheid", () => Beschreven())
            .WithName("haalGezondheid")
            .WithTags("Beheer")
            .WithSummary("Of de dienst werkt, met de geladen regelset en de bereikbaarheid van de opslag")
            .Produces<Gezondheid>(StatusCodes.Status200OK, Verzoeken.Json)
            .Produces<Probleem>(StatusCodes.Status503ServiceUnavailable, Problemen.MediaType);

        return app;
    }

    /// <summary>What a description-only endpoint would answer if it were ever called: it is not (the functions serve).</summary>
    private static IResult Beschreven() => Results.StatusCode(StatusCodes.Status404NotFound);

    /// <summary>An endpoint that takes a Voorstel: its body, and the problems reading one can give.</summary>
    private static RouteHandlerBuilder NeemtVoorstel(this RouteHandlerBuilder endpoint) => endpoint
        .Accepts<Domain.Voorstellen.Voorstel>(Verzoeken.Json)
        .Produces<Probleem>(StatusCodes.Status400BadRequest, Problemen.MediaType)
        .Produces<Probleem>(StatusCodes.Status406NotAcceptable, Problemen.MediaType)
        .Produces<Probleem>(StatusCodes.Status408RequestTimeout, Problemen.MediaType)
        .Produces<Probleem>(StatusCodes.Status413PayloadTooLarge, Problemen.MediaType)
        .Produces<Probleem>(StatusCodes.Status415UnsupportedMediaType, Problemen.MediaType);
}
