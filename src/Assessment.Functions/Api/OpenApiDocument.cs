using System.Text.Json.Nodes;
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
            return Task.CompletedTask;
        });

        opties.AddOperationTransformer((operatie, _, _) =>
        {
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
