using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assessment.Infra.Tests;

/// <summary>
/// Builds and lints infra/ once for all tests, the way CI must: <c>bicep build</c> of every .bicep file,
/// <c>bicep lint</c> of every .bicep and .bicepparam file, <c>bicep build-params</c> of every parameter file,
/// plus two runs that must fail (an unknown province; a linter finding, to prove bicepconfig.json is read
/// and its levels are errors). The runs start together: each costs a few seconds of the CLI starting.
/// </summary>
public sealed class InfraBouw : IAsyncLifetime
{
    /// <summary>The test classes share one build of infra/.</summary>
    public const string Collectie = "infra";

    /// <summary>The province the parameter files are built for (they read it from AFW_PROVINCIE).</summary>
    public const string Provincie = "gelderland";

    private static readonly Dictionary<string, string> ProvincieOmgeving = new() { ["AFW_PROVINCIE"] = Provincie };

    private readonly string _uit = Path.Combine(Path.GetTempPath(), "afw-infra-" + Guid.NewGuid().ToString("N"));

    public Bicep.Uitkomst Bouw { get; private set; } = null!;
    public Bicep.Uitkomst Lint { get; private set; } = null!;
    public Bicep.Uitkomst Parameters { get; private set; } = null!;
    public Bicep.Uitkomst OnbekendeProvincie { get; private set; } = null!;
    public Bicep.Uitkomst LintMetFout { get; private set; } = null!;
    public Bicep.Uitkomst Opmaak { get; private set; } = null!;

    /// <summary>Per Bicep or parameter file (relative to infra/): the text <c>bicep format</c> makes of it.</summary>
    public Dictionary<string, string> Opgemaakt { get; } = new(StringComparer.Ordinal);

    /// <summary>The compiled ARM template of infra/main.bicep (modules nested in it).</summary>
    public JsonObject Main { get; private set; } = null!;

    /// <summary>Per .bicep file (relative to infra/, with '/'): its compiled template, if it compiled.</summary>
    public Dictionary<string, JsonObject> Templates { get; } = new(StringComparer.Ordinal);

    /// <summary>Per parameter file (test, productie): the parameter values it gives.</summary>
    public Dictionary<string, JsonObject> Parameterwaarden { get; } = new(StringComparer.Ordinal);

    public static IEnumerable<string> BicepBestanden => Repo.Bestanden("infra", "*.bicep").Select(f => Path.GetRelativePath(Repo.Infra, f).Replace('\\', '/'));

    public static IEnumerable<string> ParameterBestanden => Repo.Bestanden("infra", "*.bicepparam").Select(f => Path.GetFileNameWithoutExtension(f));

    public async Task InitializeAsync()
    {
        var arm = Path.Combine(_uit, "arm");
        var parameters = Path.Combine(_uit, "parameters");
        var proef = Path.Combine(_uit, "proef");
        Directory.CreateDirectory(proef);
        File.Copy(Path.Combine(Repo.Infra, "bicepconfig.json"), Path.Combine(proef, "bicepconfig.json"));
        await File.WriteAllTextAsync(Path.Combine(proef, "proef.bicep"), "param ongebruikt string\n");
        var opmaak = Path.Combine(_uit, "opmaak");
        var teOpmaken = BicepBestanden.Concat(ParameterBestanden.Select(p => p + ".bicepparam")).ToList();
        foreach (var bestand in teOpmaken.Append("bicepconfig.json"))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(opmaak, bestand))!);
            File.Copy(Path.Combine(Repo.Infra, bestand), Path.Combine(opmaak, bestand));
        }

        var runs = new[]
        {
            Bicep.VoerUitAsync(Repo.Infra, null, "build", "--pattern", "**/*.bicep", "--outdir", arm),
            Bicep.VoerUitAsync(Repo.Infra, ProvincieOmgeving, "lint", "--pattern", "**/*.bicep*"),
            Bicep.VoerUitAsync(Repo.Infra, ProvincieOmgeving, "build-params", "--pattern", "*.bicepparam", "--outdir", parameters),
            Bicep.VoerUitAsync(Repo.Infra, new Dictionary<string, string> { ["AFW_PROVINCIE"] = "friesland" }, "build-params", "productie.bicepparam", "--stdout"),
            Bicep.VoerUitAsync(proef, null, "lint", "proef.bicep"),
            Bicep.VoerUitAsync(opmaak, null, "format", "--pattern", "**/*.bicep*"), // in place, in a copy
        };
        var uitkomsten = await Task.WhenAll(runs);
        (Bouw, Lint, Parameters, OnbekendeProvincie, LintMetFout, Opmaak) = (uitkomsten[0], uitkomsten[1], uitkomsten[2], uitkomsten[3], uitkomsten[4], uitkomsten[5]);
        foreach (var bestand in teOpmaken)
        {
            Opgemaakt[bestand] = await File.ReadAllTextAsync(Path.Combine(opmaak, bestand));
        }

        foreach (var bestand in BicepBestanden)
        {
            var json = Path.Combine(arm, Path.ChangeExtension(bestand, ".json"));
            if (File.Exists(json))
            {
                Templates[bestand] = JsonNode.Parse(await File.ReadAllTextAsync(json))!.AsObject();
            }
        }

        Main = Templates.GetValueOrDefault("main.bicep") ?? [];
        foreach (var omgeving in ParameterBestanden)
        {
            var json = Path.Combine(parameters, omgeving + ".json");
            if (File.Exists(json))
            {
                Parameterwaarden[omgeving] = JsonNode.Parse(await File.ReadAllTextAsync(json))!["parameters"]!.AsObject();
            }
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_uit, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every resource in a compiled template, nested module templates included (both ARM forms: a resource
    /// array, and the symbolic-name object of languageVersion 2.0), with the template it is declared in.
    /// </summary>
    public static IEnumerable<(JsonObject Resource, JsonObject Template)> Resources(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray lijst => lijst.Select(r => r!.AsObject()),
            JsonObject symbolisch => symbolisch.Select(r => r.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return (resource, template);
            if ((string?)resource["type"] == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject genest)
            {
                foreach (var binnen in Resources(genest))
                {
                    yield return binnen;
                }
            }
        }
    }

    /// <summary>The resources of one type in main.bicep's compiled template (existing references left out).</summary>
    public IReadOnlyList<(JsonObject Resource, JsonObject Template)> VanType(string type) =>
        [.. Resources(Main).Where(r => (string?)r.Resource["type"] == type && r.Resource["existing"]?.GetValue<bool>() != true)];

    /// <summary>The one resource of a type (and its template).</summary>
    public (JsonObject Resource, JsonObject Template) Enige(string type) => Assert.Single(VanType(type));

    /// <summary>A node as JSON text with ARM expressions readable (no \u0027 for ').</summary>
    public static string Tekst(JsonNode? knoop) => knoop?.ToJsonString(Leesbaar) ?? "";

    private static readonly JsonSerializerOptions Leesbaar = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

[CollectionDefinition(InfraBouw.Collectie)]
public sealed class InfraCollectie : ICollectionFixture<InfraBouw>;
