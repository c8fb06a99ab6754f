using System.Diagnostics;
using System.Text;

namespace Assessment.Tests.Gedeeld;

/// <summary>
/// The function app as it runs locally: the development host (tools/Assessment.Functiehost) as a child process on
/// a free port of 127.0.0.1, which starts the real isolated worker and speaks FunctionRpc to it; ready once the
/// health function answers; stopped with its whole process tree when disposed. Both are the builds of this
/// configuration (built first if missing).
/// </summary>
public sealed class AppProces : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly StringBuilder _uitvoer = new();

    private AppProces(int poort, Action<ProcessStartInfo> instellen)
    {
        Poort = poort;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Lokaal.Wortel(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Ontwikkelhost());
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(poort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.Environment.Remove("ASPNETCORE_URLS");
        instellen(start);

        _proces = Process.Start(start)!;
        _proces.OutputDataReceived += (_, e) => Vang(e.Data);
        _proces.ErrorDataReceived += (_, e) => Vang(e.Data);
        _proces.BeginOutputReadLine();
        _proces.BeginErrorReadLine();
    }

    public int Poort { get; }

    public string Adres => $"http://127.0.0.1:{Poort}";

    /// <summary>Everything the host and the worker wrote so far (the worker's JSON log lines among it).</summary>
    public string Uitvoer
    {
        get
        {
            lock (_uitvoer)
            {
                return _uitvoer.ToString();
            }
        }
    }

    /// <summary>The configuration these tests were built in (Debug or Release), from their own output folder.</summary>
    public static string Configuratie => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The output folder of the function app (the worker) in this configuration.</summary>
    public static string AppMap => Path.Combine(Lokaal.Wortel(), "src", "Assessment.Functions", "bin", Configuratie, "net10.0");

    /// <summary>Starts the app on <paramref name="poort"/>; <paramref name="instellen"/> sets how (arguments, environment: the app settings).</summary>
    public static async Task<AppProces> StartAsync(int poort, Action<ProcessStartInfo> instellen)
    {
        var app = new AppProces(poort, instellen);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var tot = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < tot && !app._proces.HasExited)
        {
            try
            {
                // Ready when the worker's health function answers: healthy, or unhealthy with its reason (the host's
                // own 503 before the worker is up has no API-Version).
                var antwoord = await client.GetAsync(app.Adres + "/api/v1/gezondheid");
                if (antwoord.IsSuccessStatusCode || antwoord.Headers.Contains("API-Version"))
                {
                    return app;
                }
            }
            catch (Exception fout) when (fout is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await app.DisposeAsync();
        var uitvoer = app.Uitvoer;
        throw new InvalidOperationException("De app startte niet: " + uitvoer[Math.Max(0, uitvoer.Length - 4000)..]);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_proces.HasExited)
        {
            _proces.Kill(entireProcessTree: true);
            await _proces.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _proces.Dispose();
    }

    private void Vang(string? regel)
    {
        lock (_uitvoer)
        {
            _uitvoer.AppendLine(regel);
        }
    }

    /// <summary>The development host's assembly, built (with the app) when it is not there yet.</summary>
    private static string Ontwikkelhost()
    {
        var wortel = Lokaal.Wortel();
        var dll = Path.Combine(wortel, "tools", "Assessment.Functiehost", "bin", Configuratie, "net10.0", "Assessment.Functiehost.dll");
        if (!File.Exists(dll) || !File.Exists(Path.Combine(AppMap, "functions.metadata")))
        {
            using var bouw = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(wortel, "tools", "Assessment.Functiehost"), "-c", Configuratie, "-v", "quiet", "-nologo"]) { WorkingDirectory = wortel })!;
            bouw.WaitForExit();
        }

        return dll;
    }
}
