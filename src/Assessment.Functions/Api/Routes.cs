namespace Assessment.Functions.Api;

/// <summary>
/// The routes of the HTTP functions (host.json's route prefix is empty: the zelftoets page lives at the root,
/// every API route carries its own <c>api/v1</c>). One list, for the function attributes, the OpenAPI description
/// and the answer to a method a route does not allow.
/// </summary>
public static class Routes
{
    public const string Afwegingen = "api/v1/afwegingen";
    public const string Afweging = "api/v1/afwegingen/{id}";
    public const string Rapport = "api/v1/afwegingen/{id}/rapport";
    public const string Zelftoetsen = "api/v1/zelftoetsen";
    public const string VoorstelSchema = "api/v1/schemas/voorstel";
    public const string Afwegingskader = "api/v1/afwegingskader";
    public const string Gezondheid = "api/v1/gezondheid";
    public const string OpenApi = "api/v1/openapi.json";
    public const string ApiDocumentatie = "api/v1/docs";
    public const string Bestand = "{*bestand}";

    /// <summary>Every route with the methods it allows (the catch-all of the page excepted).</summary>
    public static IReadOnlyList<(string Route, string[] Methoden)> Alle { get; } =
    [
        (Afwegingen, ["GET", "POST"]),
        (Afweging, ["GET"]),
        (Rapport, ["GET"]),
        (Zelftoetsen, ["POST"]),
        (VoorstelSchema, ["GET"]),
        (Afwegingskader, ["GET"]),
        (Gezondheid, ["GET"]),
        (OpenApi, ["GET"]),
        (ApiDocumentatie, ["GET"]),
    ];

    /// <summary>The methods a path allows, or none when no route has it (a path of the page allows GET and HEAD).</summary>
    public static string[] MethodenVoor(string pad)
    {
        var delen = pad.Trim('/').Split('/');
        foreach (var (route, methoden) in Alle)
        {
            var patroon = route.Split('/');
            if (patroon.Length == delen.Length && patroon.Zip(delen).All(p => p.First.StartsWith('{') || p.First.Equals(p.Second, StringComparison.OrdinalIgnoreCase)))
            {
                return methoden;
            }
        }

        return pad.Trim('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase) ? [] : ["GET", "HEAD"];
    }
}
