using System.Text.Json.Nodes;
using Assessment.Engine.Regels;

namespace Assessment.Functions.Tests;

/// <summary>
/// The real worker, started by the development host as the Functions host starts it (FunctionRpc), with memory
/// storage and one CORS origin; shared by the tests of a class. Its log lines (the worker's JSON console) are in
/// <see cref="Uitvoer"/>.
/// </summary>
public sealed class Werker : IAsyncLifetime
{
    private AppProces? _app;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The rule set the worker loads (the same files, loaded here to compare with).</summary>
    public Regelset Regelset { get; } = RegelsetLader.LaadStandaard();

    public string Uitvoer => _app?.Uitvoer ?? "";

    public async Task InitializeAsync()
    {
        var poort = Lokaal.VrijePoort();
        _app = await AppProces.StartAsync(poort, start =>
        {
            start.Environment.Remove("AzureWebJobsStorage");
            start.Environment["Afwegingskader__CorsOorsprongen__0"] = "https://zelftoets.example.nl";
        });
        Client.BaseAddress = new Uri(_app.Adres);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public static string Voorbeeld(string naam) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", naam));

    /// <summary>The worker's JSON log lines (one object a line), as written to its console.</summary>
    public IEnumerable<JsonNode> Logregels()
    {
        foreach (var regel in Uitvoer.Split('\n'))
        {
            if (regel.StartsWith("{\"EventId\"", StringComparison.Ordinal) && JsonNode.Parse(regel) is { } knoop)
            {
                yield return knoop;
            }
        }
    }
}
