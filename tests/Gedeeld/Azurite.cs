using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Assessment.Tests.Gedeeld;

/// <summary>
/// A real Azurite (npm package, installed by scripts/azurite.sh into .tools/) in memory on free loopback ports,
/// started for the tests and stopped afterwards. No test needs a storage account in Azure.
/// </summary>
public class Azurite : IAsyncLifetime
{
    private Process? _proces;
    private readonly (int Blob, int Queue, int Table) _poorten = (Lokaal.VrijePoort(), Lokaal.VrijePoort(), Lokaal.VrijePoort());

    /// <summary>A folder to keep the data in across a restart; null = in memory.</summary>
    protected virtual string? Map => null;

    public string Verbinding => "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + $"BlobEndpoint=http://127.0.0.1:{_poorten.Blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_poorten.Queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{_poorten.Table}/devstoreaccount1;";

    public Task InitializeAsync() => StartAsync();

    /// <summary>
    /// Stops the emulator (a storage outage), keeping its ports for <see cref="StartAsync"/>. It is asked to
    /// stop (SIGINT), as a real outage loses no acknowledged write; Azurite writes its data to disk then.
    /// </summary>
    public void Stop()
    {
        if (_proces is { HasExited: false })
        {
            using (var signaal = Process.Start("kill", ["-INT", _proces.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                signaal.WaitForExit(5_000);
            }

            if (!_proces.WaitForExit(20_000))
            {
                _proces.Kill(entireProcessTree: true);
                _proces.WaitForExit(10_000);
            }
        }

        _proces?.Dispose();
        _proces = null;
    }

    public async Task StartAsync()
    {
        var (blob, queue, table) = _poorten;
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Lokaal.Wortel(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "scripts/azurite.sh", "start", $"{blob}", $"{queue}", $"{table}", Map ?? "" })
        {
            start.ArgumentList.Add(arg);
        }

        _proces = Process.Start(start)!;
        _proces.BeginOutputReadLine();
        _proces.BeginErrorReadLine();

        // The first start may install Azurite from npm; then wait until the table endpoint answers.
        var tot = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < tot)
        {
            if (_proces.HasExited)
            {
                throw new InvalidOperationException($"Azurite stopte met code {_proces.ExitCode}.");
            }

            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, table);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(250);
            }
        }

        throw new InvalidOperationException("Azurite startte niet binnen drie minuten.");
    }

    public virtual Task DisposeAsync()
    {
        Stop();
        return Task.CompletedTask;
    }


}

/// <summary>Azurite that keeps its data in a temporary folder, so it can be stopped and started again.</summary>
public sealed class BlijvendeAzurite : Azurite
{
    private readonly string _map = Directory.CreateTempSubdirectory("azurite-").FullName;

    protected override string? Map => _map;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_map, recursive: true);
    }
}
