using System.Globalization;
using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Assessment.Functions.Api;

/// <summary>
/// Shapes the OpenAPI document generated from the endpoints to the NLGov API Design Rules: Dutch info with
/// contact, the server with the major version, paths relative to it, an <c>API-Version</c> header on every
/// successful response, and problem documents for every error.
/// </summary>
public static class OpenApiDocument
{
    public const string Pad = "/api/v1/openapi.json";

    private static readonly JsonNode VoorbeeldVoorstel = JsonNode.Parse("""
        {
          "titel": "Ambtelijke fusie Oostwold en Westerdam (fictief)",
          "fase": "besluitvorming",
          "gemeenten": [
            { "naam": "Oostwold", "cbsCode": "GM9901", "inwoners": 24000, "urgentie": 4, "eindperspectief": "zelfstandig" },
            { "naam": "Westerdam", "cbsCode": "GM9902", "inwoners": 21000, "urgentie": 4, "eindperspectief": "zelfstandig" }
          ],
          "samenwerking": { "vorm": "openbaar_lichaam", "reikwijdte": "volledig" },
          "condities": { "vertrouwenBestuurlijk": 4, "gideonsbende": { "aanwezig": true } }
        }
        """)!;

    private static readonly JsonNode VoorbeeldProbleem = JsonNode.Parse("""
        {
          "type": "https://afwegingskader.nl/problemen/ongeldig-voorstel",
          "title": "Ongeldig voorstel",
          "status": 400,
          "detail": "Het voorstel bevat 1 ongeldig veld; zie 'errors'.",
          "instance": "/api/v1/afwegingen",
          "errors": [
            {
              "in": "body",
              "location": "#/gemeenten/1/urgentie",
              "pad": "$.gemeenten[1].urgentie",
              "code": "maximum",
              "detail": "Gevoelde urgentie mag ten hoogste 5 zijn, maar is 7."
            }
          ]
        }
        """)!;

    private static readonly Dictionary<Type, string> Omschrijvingen = new()
    {
        [typeof(WatMoetErVeranderen)] = "Wat moet er veranderen om het oordeel 'positief' te krijgen (doel 'positief'), of, waar de antwoorden die "
            + "gemeenten kunnen veranderen dat niet toelaten, 'positief onder voorwaarden': ten hoogste vijf routes, elk zo klein mogelijk, "
            + "de goedkoopste (laagste moeite) eerst; of waarom er geen route is. Null bij het oordeel 'positief', en wanneer om een oordeel "
            + "zonder advies is gevraagd. Exact voor de regelset: zie docs/scoremethode.md.",
        [typeof(Domain.Afwegingen.Route)] = "Een route: wijzigingen die samen het doel geven en waarvan er geen kan vervallen, met de totale moeite "
            + "(de som van de moeite per gewijzigd antwoord, 1 tot 5, een beleidskeuze) en de regels waaraan de route voldoet.",
        [typeof(Wijziging)] = "Eén antwoord om te veranderen: het JSON-pad in het voorstel ($.gemeenten[1].urgentie), de huidige waarde (null: "
            + "onbekend), de nieuwe waarde en wat er moet gebeuren.",
        [typeof(GeenRoute)] = "Waarom geen route het doel bereikt, met de feiten die in de weg staan.",
        [typeof(Feit)] = "Een antwoord dat een feit is, geen keuze (inwoners, een genomen raadsbesluit); null: nog onbekend.",
        [typeof(Bandbreedte)] = "Wat de onbekende antwoorden beslissen: het beste en slechtste oordeel en de hoogste en laagste score over elke "
            + "mogelijke beantwoording ervan, en de vragen die het meest beslissen (eerst stellen). Null wanneer geen open regel een "
            + "onbekend antwoord nodig heeft, en wanneer om een oordeel zonder advies is gevraagd.",
        [typeof(BeslissendeVraag)] = "Een onbekend antwoord en wat het beslist: hoeveel punten van de score het kan verschuiven en het beste en "
            + "slechtste oordeel dat het kan geven, de andere onbekende antwoorden open gelaten.",
        [typeof(Brondocument)] = "Een brondocument van het afwegingskader zoals een lezer het kan vinden: de bestandsnaam waarmee de regels het "
            + "citeren ('document' in een bron, bijv. 002_7287778b7ae905cd.txt), de titel, auteurs, uitgever, opdrachtgever en het jaar zoals "
            + "het document ze zelf noemt (afwezig als het dat niet doet), de soort (rapport, scriptie, ...) en de eigen indeling in "
            + "hoofdstukken en paragrafen.",
        [typeof(Onderdeel)] = "Een hoofdstuk of paragraaf van een brondocument: het nummer en de titel zoals het document ze noemt, de pagina "
            + "waar het document pagina's heeft, en de eerste regel in de tekst van het document waarmee een citaat (L9502-9580) aan dit "
            + "onderdeel wordt toegewezen.",
    };

    /// <summary>Fields whose meaning their name and type do not say, by their type and JSON name.</summary>
    private static readonly Dictionary<(Type, string), string> VeldOmschrijvingen = new()
    {
        [(typeof(AfwegingskaderBeschrijving), "documenten")] = "De brondocumenten die de regels citeren, met titel, auteurs, uitgever en jaar, "
            + "en hun indeling in hoofdstukken en paragrafen: daarmee wordt een bron als 'L9502-9580' van document 002_… leesbaar als "
            + "'paragraaf 11.3 Het afwegingskader' van het genoemde rapport.",
    };

    /// <summary>A Dutch example request and an example problem document for making an assessment.</summary>
    private static void VoegVoorbeeldenToe(OpenApiOperation operatie)
    {
        if (operatie.RequestBody?.Content is { } inhoud && inhoud.TryGetValue("application/json", out var verzoek) && verzoek is OpenApiMediaType v)
        {
            v.Example = VoorbeeldVoorstel.DeepClone();
        }

        if (operatie.Responses?.TryGetValue("400", out var fout) == true && fout.Content is { } c
            && c.TryGetValue("application/problem+json", out var probleem) && probleem is OpenApiMediaType p)
        {
            p.Example = VoorbeeldProbleem.DeepClone();
        }
    }

    /// <summary>The name of the function-key scheme in the document.</summary>
    public const string Functiesleutel = "functiesleutel";

    /// <summary>
    /// The provincial routes need the Functions host's function key (authLevel function; the header
    /// <c>x-functions-key</c>, or <c>?code=</c>): the scheme, the requirement on those operations, and their 401.
    /// </summary>
    private static void BeveiligMetFunctiesleutel(Microsoft.OpenApi.OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Functiesleutel] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "x-functions-key",
            Description = "De functiesleutel van de provincie (Azure Functions). Ook als queryparameter 'code' te geven. Niet nodig voor de zelftoets, het afwegingskader, het schema, de gezondheid en dit document.",
        };

        foreach (var operatie in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operatie.OperationId is not { } id || !ApiBeschrijving.MetSleutel.Contains(id))
            {
                continue;
            }

            operatie.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Functiesleutel, document)] = [] }];
            operatie.Responses ??= [];
            operatie.Responses["401"] = new OpenApiResponse
            {
                Description = "Geen of een onjuiste functiesleutel. De Functions-host weigert het verzoek voordat de dienst het ziet.",
            };
        }
    }

    public static void Configureer(OpenApiOptions opties)
    {
        opties.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Afwegingskader ambtelijke fusie",
                Version = ApiVersie.Versie,
                Description = "Beoordeelt een voorgenomen ambtelijke fusie met één vast afwegingskader voor provincies en gemeenten: "
                    + "meerwaarde, condities en weging van varianten, met een oordeel, scores per hoofdvlak en Public Value-domein, "
                    + "bevindingen met bronnen, voorwaarden en een PDF-rapport.",
                Contact = new OpenApiContact
                {
                    Name = "Beheer afwegingskader",
                    Email = "afwegingskader@example.nl",
                    Url = new Uri("https://afwegingskader.example.nl"),
                },
            };
            document.Servers = [new OpenApiServer { Url = "/api/v1", Description = "Deze dienst, major versie 1" }];

            var paden = new OpenApiPaths();
            foreach (var (pad, item) in document.Paths)
            {
                paden.Add(pad.StartsWith("/api/v1", StringComparison.Ordinal) ? pad["/api/v1".Length..] : pad, item);
            }

            document.Paths = paden;
            BeveiligMetFunctiesleutel(document);
            return Task.CompletedTask;
        });

        // The fields of a Voorstel carry the Dutch question, the allowed values and the ranges of the rule set's
        // catalogue of fields, read from the published JSON Schema (rules/schema/voorstel.schema.json).
        opties.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo is { } eigenschap
                && VoorstelSchema.Veld(context.ApplicationServices, eigenschap.DeclaringType, eigenschap.Name) is { } veld)
            {
                schema.Description = veld.Omschrijving is { } uitleg ? $"{veld.Titel}. {uitleg}" : veld.Titel;

                // A list of codes keeps its allowed values on its elements, as in the schema.
                if (veld.Keuzes is { } keuzes && veld.Element is null)
                {
                    schema.Enum = [.. keuzes.Select(k => (JsonNode)JsonValue.Create(k.Code)), .. veld.MagNull ? [null!] : Array.Empty<JsonNode>()];
                }

                if (veld.Minimum is { } minimum)
                {
                    schema.Minimum = minimum.ToString(CultureInfo.InvariantCulture);
                }

                if (veld.Maximum is { } maximum)
                {
                    schema.Maximum = maximum.ToString(CultureInfo.InvariantCulture);
                }
            }

            return Task.CompletedTask;
        });

        // The advice in an Afweging ("wat moet er veranderen", "bandbreedte") and the source catalogue of the framework:
        // what each part means, in Dutch.
        opties.AddSchemaTransformer((schema, context, _) =>
        {
            if (Omschrijvingen.TryGetValue(context.JsonTypeInfo.Type, out var omschrijving))
            {
                schema.Description = omschrijving;
            }

            if (context.JsonPropertyInfo is { } eigenschap && VeldOmschrijvingen.TryGetValue((eigenschap.DeclaringType, eigenschap.Name), out var veldOmschrijving))
            {
                schema.Description = veldOmschrijving;
            }

            return Task.CompletedTask;
        });

        opties.AddOperationTransformer((operatie, _, _) =>
        {
            if (operatie.OperationId == "maakAfweging")
            {
                VoegVoorbeeldenToe(operatie);
            }

            foreach (var (code, antwoord) in operatie.Responses ?? [])
            {
                if (code.StartsWith('2') || code.StartsWith('3'))
                {
                    if (antwoord is OpenApiResponse response)
                    {
                        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                        response.Headers["API-Version"] = new OpenApiHeader
                        {
                            Description = "De volledige versie van de API.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create(ApiVersie.Versie)!] },
                        };
                    }
                }
            }

            return Task.CompletedTask;
        });
    }
}
