using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Assessment.Functiehost.Werker;

/// <summary>
/// The worker process, started as the Functions host starts a dotnet-isolated worker: the executable and
/// entry assembly from <c>worker.config.json</c>, the gRPC address in both the old (<c>--host/--port/...</c>) and
/// the new (<c>--functions-uri/...</c>) arguments, and <c>FUNCTIONS_WORKER_DIRECTORY</c> /
/// <c>FUNCTIONS_APPLICATION_DIRECTORY</c> set to the app folder. Its output is passed through; it is stopped with
/// this host.
/// </summary>
public sealed class Werkerproces(Hostopties opties, ILogger<Werkerproces> log) : IHostedService, IDisposable
{
    private Process? _proces;

    /// <summary>The app folder (functions.metadata, worker.config.json, host.json, the worker's binaries).</summary>
    public string Map { get; } = Path.GetFullPath(opties.App);

    /// <summary>When the worker process was started (for the cold-start figure).</summary>
    public DateTimeOffset GestartOp { get; private set; }

    /// <summary>The gRPC port this host listens on for the worker; set before the host starts.</summary>
    public int GrpcPoort { get; set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var configuratie = JsonNode.Parse(File.ReadAllText(Path.Combine(Map, "worker.config.json")))!["description"]!;
        var uitvoerbaar = (string?)configuratie["defaultExecutablePath"] ?? "dotnet";
        var werker = Path.Combine(Map, (string)configuratie["defaultWorkerPath"]!);
        var werkerId = Guid.NewGuid().ToString();
        var verzoekId = Guid.NewGuid().ToString();
        var poort = GrpcPoort.ToString(CultureInfo.InvariantCulture);
        const string Maximum = "2147483647";

        var start = new ProcessStartInfo(uitvoerbaar) { WorkingDirectory = Map, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     werker,
                     "--host", "127.0.0.1", "--port", poort, "--workerId", werkerId, "--requestId", verzoekId, "--grpcMaxMessageLength", Maximum,
                     "--functions-uri", $"http://127.0.0.1:{poort}/", "--functions-worker-id", werkerId, "--functions-request-id", verzoekId,
                     "--functions-grpc-max-message-length", Maximum,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = Map;
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = Map;
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["AzureWebJobsScriptRoot"] = Map;
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (naam, waarde) in opties.Instellingen)
        {
            start.Environment[naam] = waarde;
        }

        GestartOp = DateTimeOffset.UtcNow;
        _proces = Process.Start(start) ?? throw new InvalidOperationException("De worker startte niet: " + werker);
        _proces.OutputDataReceived += (_, e) => Doorgeven(e.Data, Console.Out);
        _proces.ErrorDataReceived += (_, e) => Doorgeven(e.Data, Console.Error);
        _proces.BeginOutputReadLine();
        _proces.BeginErrorReadLine();
        _proces.EnableRaisingEvents = true;
        _proces.Exited += (_, _) => log.LogWarning("De worker stopte (code {Code})", _proces.ExitCode);
        log.LogInformation("Worker gestart: {Werker} (proces {Proces}), gRPC op 127.0.0.1:{Poort}", werker, _proces.Id, poort);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_proces is { HasExited: false })
        {
            _proces.Kill(entireProcessTree: true);
            await _proces.WaitForExitAsync(cancellationToken);
        }
    }

    public void Dispose() => _proces?.Dispose();

    private static void Doorgeven(string? regel, TextWriter naar)
    {
        if (regel is not null)
        {
            lock (naar)
            {
                naar.WriteLine(regel);
            }
        }
    }
}
