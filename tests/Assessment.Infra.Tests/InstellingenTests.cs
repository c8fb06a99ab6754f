using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Assessment.Storage;

namespace Assessment.Infra.Tests;

/// <summary>
/// The settings the code reads are the settings the template sets: storage through the managed identity as
/// <see cref="Opslagkeuze"/> reads it, and every <c>Afwegingskader:…</c> key in src/. A setting the code reads
/// but Azure deliberately leaves out, or a setting only the Functions host reads, is listed here with its reason.
/// </summary>
[Collection(InfraBouw.Collectie)]
public partial class InstellingenTests(InfraBouw infra)
{
    /// <summary>Read by the code, deliberately not set in Azure.</summary>
    private static readonly Dictionary<string, string> NietInAzure = new(StringComparer.Ordinal)
    {
        [Opslagkeuze.Instelling] = "a connection string carries the account key; Azure uses the identity-based settings (shared-key access is off)",
        [$"{Opslagkeuze.Instelling}__{Opslagkeuze.ClientId}"] = "only for a user-assigned identity; the app uses its system-assigned one",
        ["Afwegingskader__Regels"] = "another rule-set folder is for development; the package brings rules/",
        ["Afwegingskader__EerdereRegelsets__*"] = "set when a new rule-set version is deployed and the earlier one is kept in the package; none yet",
    };

    /// <summary>Set by the template for the Functions host and the platform, not read by the code.</summary>
    private static readonly Dictionary<string, string> VoorDeHost = new(StringComparer.Ordinal)
    {
        ["FUNCTIONS_EXTENSION_VERSION"] = "~4",
        ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
        ["AzureWebJobsDisableHomepage"] = "true",
        [$"{Opslagkeuze.Instelling}__credential"] = "managedidentity",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "",
        ["WEBSITE_RUN_FROM_PACKAGE"] = "",
    };

    /// <summary>
    /// Every setting the code reads, as an app setting name (<c>__</c> for <c>:</c>; <c>__*</c> for an array): the
    /// storage settings of <see cref="Opslagkeuze"/>, every property of an options class bound to section
    /// <c>Afwegingskader</c> (<c>AddOptions&lt;T&gt;().BindConfiguration(Afwegingsopties.Sectie)</c>), and any
    /// <c>"Afwegingskader:..."</c> key read directly.
    /// </summary>
    public static SortedSet<string> GelezenDoorDeCode()
    {
        var gelezen = new SortedSet<string>(StringComparer.Ordinal) { Opslagkeuze.Instelling };
        gelezen.UnionWith(Opslagkeuze.IdentiteitsInstellingen.Select(i => $"{Opslagkeuze.Instelling}__{i}"));
        var bestanden = Repo.Bestanden("src", "*.cs").ToList();
        var gebonden = bestanden.SelectMany(b => GebondenOpties().Matches(File.ReadAllText(b)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var bestand in bestanden)
        {
            var code = File.ReadAllText(bestand);
            if (OptiesKlasse().Match(code) is { Success: true } klasse && gebonden.Contains(klasse.Groups[1].Value))
            {
                foreach (Match eigenschap in OptiesEigenschap().Matches(code))
                {
                    gelezen.Add("Afwegingskader__" + eigenschap.Groups[2].Value + (eigenschap.Groups[1].Value.StartsWith("List<", StringComparison.Ordinal) ? "__*" : ""));
                }
            }

            foreach (Match sleutel in AfwegingskaderSleutel().Matches(code))
            {
                var naam = sleutel.Groups[1].Value.Replace(":", "__", StringComparison.Ordinal);
                // An option read as a list (GetSection(...).Get<T[]>()) is set as Name__0, Name__1, ...
                var lijst = code[(sleutel.Index + sleutel.Length)..].TrimStart().StartsWith(").Get<", StringComparison.Ordinal);
                gelezen.Add(lijst ? naam + "__*" : naam);
            }
        }

        return gelezen;
    }

    [Fact]
    public void De_instellingen_die_de_code_leest_zijn_de_instellingen_die_de_template_zet()
    {
        var code = GelezenDoorDeCode();
        var template = AppInstellingen.Van(infra).Keys.ToHashSet(StringComparer.Ordinal);

        var ontbreektInAzure = code.Except(NietInAzure.Keys).Except(template).ToList();
        var nietGelezen = template.Except(code).Except(VoorDeHost.Keys).ToList();

        Assert.True(ontbreektInAzure.Count == 0, "The code reads settings infra/modules/functieapp.bicep does not set (set them, or list them in InstellingenTests with the reason Azure leaves them out): " + string.Join(", ", ontbreektInAzure));
        Assert.True(nietGelezen.Count == 0, "The template sets settings nothing reads: " + string.Join(", ", nietGelezen));
        Assert.Empty(NietInAzure.Keys.Intersect(template));
        Assert.Empty(NietInAzure.Keys.Except(code)); // no stale exceptions
        Assert.Empty(VoorDeHost.Keys.Except(template));
    }

    [Fact]
    public void De_code_leest_de_opslag_en_de_afwegingskader_opties_die_we_verwachten()
    {
        // Guards the scan itself: if it found nothing, the comparison above would prove nothing.
        Assert.Superset(
            new SortedSet<string>(StringComparer.Ordinal)
            {
                "AzureWebJobsStorage", "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri",
                "AzureWebJobsStorage__tableServiceUri", "AzureWebJobsStorage__clientId", "Afwegingskader__Parameters",
                "Afwegingskader__TimeoutSeconden", "Afwegingskader__CorsOorsprongen__*", "Afwegingskader__EerdereRegelsets__*",
            },
            GelezenDoorDeCode());
    }

    [Fact]
    public void De_host_draait_de_dotnet_isolated_worker_op_functions_4_en_bereikt_de_opslag_met_de_identiteit()
    {
        var instellingen = AppInstellingen.Van(infra);

        Assert.All(VoorDeHost.Where(h => h.Value.Length > 0), h => Assert.Equal(h.Value, AppInstellingen.Letterlijk(instellingen[h.Key])));
        Assert.Equal("reference('opslag').primaryEndpoints.blob", instellingen["AzureWebJobsStorage__blobServiceUri"]);
        Assert.Equal("reference('opslag').primaryEndpoints.queue", instellingen["AzureWebJobsStorage__queueServiceUri"]);
        Assert.Equal("reference('opslag').primaryEndpoints.table", instellingen["AzureWebJobsStorage__tableServiceUri"]);
        Assert.Equal("reference('inzicht').ConnectionString", instellingen["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("string(parameters('timeoutSeconden'))", instellingen["Afwegingskader__TimeoutSeconden"]);
    }

    [Fact]
    public void De_wachtrijen_en_containers_van_de_functies_bestaan_in_de_opslag()
    {
        var nodig = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var functie in JsonNode.Parse(File.ReadAllText(Repo.FunctieMetadata))!.AsArray())
        {
            foreach (var binding in functie!["bindings"]!.AsArray())
            {
                switch ((string)binding!["type"]!)
                {
                    case "queueTrigger":
                        nodig.Add("wachtrij " + (string)binding["queueName"]!);
                        nodig.Add("wachtrij " + (string)binding["queueName"]! + "-poison");
                        Assert.Equal(Opslagkeuze.Instelling, (string)binding["connection"]!);
                        break;
                    case "blobTrigger":
                        nodig.Add("container " + ((string)binding["path"]!).Split('/')[0]);
                        Assert.Equal(Opslagkeuze.Instelling, (string)binding["connection"]!);
                        break;
                }
            }
        }

        nodig.Add("container " + AzureOpslag.Container);
        var opslag = infra.Enige("Microsoft.Storage/storageAccounts").Template;
        var variabelen = opslag["variables"]!.AsObject();
        var aangemaakt = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (soort, variabele) in new[] { ("container", "containers"), ("wachtrij", "wachtrijen") })
        {
            foreach (var naam in variabelen[variabele]!.AsArray().Select(n => (string)n!))
            {
                aangemaakt.Add(soort + " " + Los(naam, variabelen));
            }
        }

        Assert.True(nodig.Count >= 4, string.Join(", ", nodig));
        Assert.Subset(aangemaakt, nodig);
    }

    /// <summary>A name in the opslag module's variables, with variables('x') and format(...) resolved.</summary>
    private static string Los(string naam, JsonObject variabelen)
    {
        if (VariabeleVerwijzing().Match(naam) is { Success: true } verwijzing && "[" + verwijzing.Value + "]" == naam)
        {
            return (string)variabelen[verwijzing.Groups[1].Value]!;
        }

        if (FormatVariabele().Match(naam) is { Success: true } format)
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, format.Groups[1].Value, (string)variabelen[format.Groups[2].Value]!);
        }

        return naam;
    }

    [GeneratedRegex(@"AddOptions<(\w+)>\(\)\.BindConfiguration\(Afwegingsopties\.Sectie\)")]
    private static partial Regex GebondenOpties();

    [GeneratedRegex(@"public sealed class (\w+)\s*\r?\n\{")]
    private static partial Regex OptiesKlasse();

    [GeneratedRegex(@"public (List<string>|[\w?]+) (\w+) \{ get; set; \}")]
    private static partial Regex OptiesEigenschap();

    [GeneratedRegex(@"""(Afwegingskader:[A-Za-z0-9:]+)""")]
    private static partial Regex AfwegingskaderSleutel();

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariabeleVerwijzing();

    [GeneratedRegex(@"^\[format\('([^']*)', variables\('([^']+)'\)\)\]$")]
    private static partial Regex FormatVariabele();
}
