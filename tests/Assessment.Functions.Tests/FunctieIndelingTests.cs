using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Functions.Tests;

/// <summary>
/// The Functions host only forwards the routes declared in <c>functions/*/function.json</c>: every declared
/// route must exist in the app with that method, and every route of the app must be declared.
/// </summary>
public class FunctieIndelingTests(App app) : IClassFixture<App>
{
    /// <summary>The host's route prefix (empty: the zelftoets page is served at the root, the API under api/v1).</summary>
    private static readonly string RoutePrefix = (string)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")))!["extensions"]!["http"]!["routePrefix"]! is { Length: > 0 } p ? p + "/" : "";

    private static IEnumerable<(string Functie, string Methode, string Route, string Autorisatie)> Gedeclareerd()
    {
        foreach (var map in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "functions")))
        {
            var trigger = JsonNode.Parse(File.ReadAllText(Path.Combine(map, "function.json")))!["bindings"]!.AsArray()
                .SingleOrDefault(b => (string)b!["type"]! == "httpTrigger");
            if (trigger is null)
            {
                // A queue or blob trigger: the host invokes POST /{FunctionName} (custom-handler protocol).
                yield return (Path.GetFileName(map), "POST", "/" + Path.GetFileName(map), "host");
                continue;
            }

            foreach (var methode in trigger["methods"]!.AsArray())
            {
                yield return (Path.GetFileName(map), ((string)methode!).ToUpperInvariant(), "/" + RoutePrefix + (string)trigger["route"]!, (string)trigger["authLevel"]!);
            }
        }
    }

    private IEnumerable<(string Methode, string Route)> VanDeApp() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/').Replace("{**", "{*", StringComparison.Ordinal))));

    [Fact]
    public void Elke_gedeclareerde_functie_bestaat_in_de_app()
    {
        var routes = VanDeApp().ToHashSet();

        Assert.All(Gedeclareerd(), f => Assert.Contains((f.Methode, f.Route), routes));
    }

    [Fact]
    public void Elke_route_van_de_app_heeft_een_function_json()
    {
        var gedeclareerd = Gedeclareerd().Select(f => (f.Methode, f.Route)).ToHashSet();

        Assert.All(VanDeApp(), r => Assert.Contains(r, gedeclareerd));
    }

    [Fact]
    public void De_provinciale_api_vraagt_een_functiesleutel_en_de_openbare_delen_niet()
    {
        var functies = Gedeclareerd().ToList();

        Assert.All(functies.Where(f => f.Route.StartsWith("/api/v1/afwegingen", StringComparison.Ordinal)), f => Assert.Equal("function", f.Autorisatie));
        Assert.Equal("anonymous", functies.Single(f => f.Route == "/api/v1/openapi.json").Autorisatie);
        Assert.Equal("anonymous", functies.Single(f => f.Route == "/api/v1/zelftoetsen").Autorisatie);
        Assert.Equal("anonymous", functies.Single(f => f.Route == "/{*bestand}").Autorisatie);
    }

    [Fact]
    public void Host_json_is_een_custom_handler_die_http_doorstuurt()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")))!;

        Assert.Equal("2.0", (string)host["version"]!);
        Assert.True((bool)host["customHandler"]!["enableForwardingHttpRequest"]!);
        // No prefix: the questionnaire lives at the root; every API route declares its own api/v1.
        Assert.Equal("", (string)host["extensions"]!["http"]!["routePrefix"]!);
        Assert.EndsWith("Assessment.Functions", (string)host["customHandler"]!["description"]!["defaultExecutablePath"]!);
    }
}
