using System.Text.Json.Nodes;
using Assessment.Functions.Api;
using Assessment.Toepassing;

namespace Assessment.Functions.Tests;

/// <summary>
/// Level (c): the <c>functions.metadata</c> the worker SDK generates — what the Functions host in Azure indexes and
/// routes by — against what is documented: every operation of the OpenAPI document is a function with that route and
/// method, the operations that declare the function key are exactly the functions with authLevel function, and the
/// filings are a queue trigger and a blob trigger on <c>indieningen</c> over AzureWebJobsStorage.
/// </summary>
public class FunctieMetadataTests
{
    private static readonly JsonArray Metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(AppProces.AppMap, "functions.metadata")))!.AsArray();

    private static readonly string RoutePrefix = (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(AppProces.AppMap, "host.json")))!["extensions"]!["http"]!["routePrefix"] ?? "api";

    private static IEnumerable<(string Functie, JsonObject Trigger)> Triggers() =>
        Metadata.Select(f => ((string)f!["name"]!, f["bindings"]!.AsArray().Select(b => b!.AsObject()).Single(b => ((string)b["type"]!).EndsWith("Trigger", StringComparison.Ordinal) && (string)b["direction"]! == "In")));

    private static IEnumerable<(string Methode, string Route, string Autorisatie)> HttpFuncties() =>
        Triggers().Where(t => (string)t.Trigger["type"]! == "httpTrigger")
            .SelectMany(t => t.Trigger["methods"]!.AsArray().Select(m => (((string)m!).ToUpperInvariant(), "/" + (RoutePrefix.Length > 0 ? RoutePrefix + "/" : "") + (string)t.Trigger["route"]!, ((string)t.Trigger["authLevel"]!).ToLowerInvariant())));

    private static async Task<JsonNode> OpenApiAsync()
    {
        var dienst = Afwegingsdienst.ZonderOpslag(Engine.Regels.RegelsetLader.LaadStandaard());
        return JsonNode.Parse(await new OpenApiBeschrijving(dienst).DocumentAsync(CancellationToken.None))!;
    }

    [Fact]
    public async Task Elke_gedocumenteerde_operatie_is_een_functie_met_die_route_methode_en_sleutel()
    {
        var document = await OpenApiAsync();
        var functies = HttpFuncties().ToDictionary(f => (f.Methode, f.Route), f => f.Autorisatie);
        var server = (string)document["servers"]![0]!["url"]!;

        var operaties = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Methode: o.Key.ToUpperInvariant(), Route: server + p.Key, Beveiligd: o.Value!["security"] is JsonArray { Count: > 0 }))).ToList();

        Assert.Equal(8, operaties.Count);
        Assert.All(operaties, o =>
        {
            Assert.True(functies.TryGetValue((o.Methode, o.Route), out var autorisatie), $"{o.Methode} {o.Route} heeft geen functie");
            Assert.Equal(o.Beveiligd ? "function" : "anonymous", autorisatie);
        });
    }

    [Fact]
    public void Alleen_de_provinciale_api_vraagt_een_functiesleutel()
    {
        var functies = HttpFuncties().ToList();

        Assert.All(functies.Where(f => f.Route.StartsWith("/api/v1/afwegingen", StringComparison.Ordinal)), f => Assert.Equal("function", f.Autorisatie));
        Assert.All(functies.Where(f => !f.Route.StartsWith("/api/v1/afwegingen", StringComparison.Ordinal)), f => Assert.Equal("anonymous", f.Autorisatie));
        Assert.Contains(("GET", "/{*bestand}", "anonymous"), functies);
        Assert.Contains(("GET", "/api/v1/docs", "anonymous"), functies);
    }

    [Fact]
    public void Elke_route_van_de_lijst_heeft_precies_de_gedeclareerde_methoden()
    {
        var functies = HttpFuncties().ToList();

        foreach (var (route, methoden) in Routes.Alle)
        {
            Assert.Equal(methoden.Order(StringComparer.Ordinal), functies.Where(f => f.Route == "/" + route).Select(f => f.Methode).Order(StringComparer.Ordinal));
        }

        // Every other method on any path gets a problem document (405 or 404), not the host's empty 404.
        Assert.Equal(["DELETE", "OPTIONS", "PATCH", "POST", "PUT"], functies.Where(f => f.Route == "/{*pad}").Select(f => f.Methode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Indieningen_komen_binnen_via_een_wachtrij_en_een_container_in_AzureWebJobsStorage()
    {
        var triggers = Triggers().ToDictionary(t => t.Functie, t => t.Trigger);

        Assert.Equal("queueTrigger", (string)triggers["VerwerkIndiening"]["type"]!);
        Assert.Equal("indieningen", (string)triggers["VerwerkIndiening"]["queueName"]!);
        Assert.Equal("AzureWebJobsStorage", (string)triggers["VerwerkIndiening"]["connection"]!);
        Assert.Equal("blobTrigger", (string)triggers["VerwerkIndieningBlob"]["type"]!);
        Assert.Equal("indieningen/{naam}", (string)triggers["VerwerkIndieningBlob"]["path"]!);
        Assert.Equal("AzureWebJobsStorage", (string)triggers["VerwerkIndieningBlob"]["connection"]!);
        Assert.All(Metadata, f => Assert.Equal("dotnet-isolated", (string)f!["language"]!));
    }

    [Fact]
    public void Host_json_is_van_een_isolated_worker_met_herhaling_en_gifwachtrij()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(AppProces.AppMap, "host.json")))!;
        var werker = JsonNode.Parse(File.ReadAllText(Path.Combine(AppProces.AppMap, "worker.config.json")))!["description"]!;

        Assert.Equal("2.0", (string)host["version"]!);
        Assert.Null(host["customHandler"]);
        Assert.Null(host["extensionBundle"]); // the worker brings its own extensions (extensions.json)
        Assert.Equal("", RoutePrefix); // the questionnaire lives at the root; every API route declares its own api/v1
        Assert.Equal(5, (int)host["extensions"]!["queues"]!["maxDequeueCount"]!);
        Assert.Equal("dotnet-isolated", (string)werker["language"]!);
        Assert.Equal("Assessment.Functions.dll", (string)werker["defaultWorkerPath"]!);
        Assert.True(File.Exists(Path.Combine(AppProces.AppMap, "extensions.json")) || Directory.Exists(Path.Combine(AppProces.AppMap, ".azurefunctions")));
    }
}
