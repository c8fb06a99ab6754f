using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Assessment.Functiehost;

/// <summary>
/// How this development host runs: the app folder, where it serves HTTP, an optional function key, and the host.json
/// settings of the triggers (overridable as the Functions host allows, with <c>AzureFunctionsJobHost__...</c>).
/// </summary>
public sealed class Hostopties
{
    /// <summary>The function app's output folder (default: the build of src/Assessment.Functions in this configuration).</summary>
    public string App { get; init; } = typeof(Hostopties).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "FunctieApp").Value!;

    public string Adres { get; init; } = "http://127.0.0.1:7071";

    /// <summary>When set, functions with authLevel function need it (header x-functions-key or ?code=), as in Azure; func start does not check keys.</summary>
    public string? Functiesleutel { get; init; }

    /// <summary>
    /// App settings for the worker only (<c>--instelling NAAM=waarde</c>), over what it inherits from this host's
    /// environment: as in Azure, the app's settings and the host's triggers can differ.
    /// </summary>
    public Dictionary<string, string> Instellingen { get; } = new(StringComparer.Ordinal);

    public string RoutePrefix { get; private set; } = "api";

    public int MaxDequeueCount { get; private set; } = 5;

    public TimeSpan VisibilityTimeout { get; private set; } = TimeSpan.Zero;

    public int BatchSize { get; private set; } = 16;

    public TimeSpan MaxPollingInterval { get; private set; } = TimeSpan.FromSeconds(1);

    public int PoisonBlobThreshold { get; private set; } = 5;

    public static Hostopties Lees(string[] args, IConfiguration configuratie)
    {
        string? app = null, adres = null, sleutel = configuratie["AFW_FUNCTIESLEUTEL"];
        var instellingen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--app" when i + 1 < args.Length:
                    app = args[++i];
                    break;
                case "--urls" when i + 1 < args.Length:
                    adres = args[++i];
                    break;
                case "--port" when i + 1 < args.Length:
                    adres = $"http://127.0.0.1:{int.Parse(args[++i], CultureInfo.InvariantCulture)}";
                    break;
                case "--functiesleutel" when i + 1 < args.Length:
                    sleutel = args[++i];
                    break;
                case "--instelling" when i + 1 < args.Length && args[i + 1].Contains('=', StringComparison.Ordinal):
                    var (naam, waarde) = (args[++i].Split('=', 2)[0], args[i].Split('=', 2)[1]);
                    instellingen[naam] = waarde;
                    break;
            }
        }

        var opties = new Hostopties { App = app ?? new Hostopties().App, Adres = adres ?? "http://127.0.0.1:7071", Functiesleutel = sleutel };
        foreach (var (naam, waarde) in instellingen)
        {
            opties.Instellingen[naam] = waarde;
        }

        opties.LeesHostJson(configuratie);
        return opties;
    }

    private void LeesHostJson(IConfiguration configuratie)
    {
        var pad = Path.Combine(App, "host.json");
        var host = File.Exists(pad) ? JsonNode.Parse(File.ReadAllText(pad)) : null;
        string? Waarde(string extensie, string naam) =>
            configuratie[$"AzureFunctionsJobHost:extensions:{extensie}:{naam}"] ?? host?["extensions"]?[extensie]?[naam]?.ToString();

        RoutePrefix = Waarde("http", "routePrefix") ?? "api";
        if (Waarde("queues", "maxDequeueCount") is { } max)
        {
            MaxDequeueCount = int.Parse(max, CultureInfo.InvariantCulture);
        }

        if (Waarde("queues", "visibilityTimeout") is { } zicht)
        {
            VisibilityTimeout = TimeSpan.Parse(zicht, CultureInfo.InvariantCulture);
        }

        if (Waarde("queues", "batchSize") is { } batch)
        {
            BatchSize = int.Parse(batch, CultureInfo.InvariantCulture);
        }

        if (Waarde("queues", "maxPollingInterval") is { } polling)
        {
            MaxPollingInterval = TimeSpan.Parse(polling, CultureInfo.InvariantCulture);
        }

        if (Waarde("blobs", "poisonBlobThreshold") is { } drempel)
        {
            PoisonBlobThreshold = int.Parse(drempel, CultureInfo.InvariantCulture);
        }
    }
}
