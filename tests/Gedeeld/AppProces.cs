using System.Diagnostics;
using System.Text;

namespace Assessment.Tests.Gedeeld;

/// <summary>
/// The built app (<c>Assessment.Functions.dll</c> next to the test binaries) as a child process on a free port
/// of 127.0.0.1, ready once its health endpoint answers; stopped with its whole process tree when disposed.
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
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Assessment.Functions.dll"));
        start.Environment.Remove("ASPNETCORE_URLS");
        instellen(start);

        _proces = Process.Start(start)!;
        _proces.OutputDataReceived += (_, e) => _uitvoer.AppendLine(e.Data);
        _proces.ErrorDataReceived += (_, e) => _uitvoer.AppendLine(e.Data);
        _proces.BeginOutputReadLine();
        _proces.BeginErrorReadLine();
    }

    public int Poort { get; }

    public string Adres => $"http://127.0.0.1:{Poort}";

    /// <summary>Starts the app on <paramref name="poort"/>; <paramref name="instellen"/> sets how (arguments, environment).</summary>
    public static async Task<AppProces> StartAsync(int poort, Action<ProcessStartInfo> instellen)
    {
        var app = new AppProces(poort, instellen);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var tot = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < tot)
        {
            try
            {
                if ((await client.GetAsync(app.Adres + "/api/v1/gezondheid")).IsSuccessStatusCode)
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
        throw new InvalidOperationException("De app startte niet: " + app._uitvoer);
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
}
