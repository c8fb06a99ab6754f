using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Assessment.Infra.Tests;

/// <summary>
/// The Bicep CLI from the NuGet package <c>Azure.Bicep.CommandLine.linux-x64</c> (restored with the solution;
/// its folder is compiled into this assembly). NuGet does not always keep the executable bit, so it is set
/// here; where the package folder is not writable, a copy in the temp folder is made executable instead.
/// </summary>
public static class Bicep
{
    private static readonly Lazy<string> Gevonden = new(Vind);

    public static string Pad => Gevonden.Value;

    /// <summary>The outcome of one run: exit code and everything it printed (stdout and stderr).</summary>
    public sealed record Uitkomst(string Opdracht, int Code, string Uitvoer)
    {
        /// <summary>Any warning or error the compiler or the linter printed (the build fails on either).</summary>
        public IReadOnlyList<string> Meldingen { get; } =
            [.. Uitvoer.Split('\n').Where(r => r.Contains("Warning", StringComparison.OrdinalIgnoreCase) || r.Contains("Error", StringComparison.OrdinalIgnoreCase))];

        public override string ToString() => $"bicep {Opdracht} (exit {Code}):\n{Uitvoer}";
    }

    public static async Task<Uitkomst> VoerUitAsync(string map, IReadOnlyDictionary<string, string>? omgeving, params string[] argumenten)
    {
        var start = new ProcessStartInfo(Pad)
        {
            WorkingDirectory = map,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in argumenten)
        {
            start.ArgumentList.Add(argument);
        }

        // The parameter files read these; only what a test sets counts, not the caller's environment.
        foreach (var naam in start.Environment.Keys.Where(n => n.StartsWith("AFW_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(naam);
        }

        foreach (var (naam, waarde) in omgeving ?? new Dictionary<string, string>())
        {
            start.Environment[naam] = waarde;
        }

        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync();
        var fout = proces.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await proces.WaitForExitAsync(tijd.Token);
        var tekst = new StringBuilder().Append(await uit).Append(await fout).ToString().Trim();
        return new Uitkomst(string.Join(' ', argumenten), proces.ExitCode, tekst);
    }

    private static string Vind()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException("The Bicep CLI comes from Azure.Bicep.CommandLine.linux-x64: these tests run on linux-x64 (as CI does).");
        }

        var pakket = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPakket").Value;
        var pad = Path.Combine(pakket ?? "", "tools", "bicep");
        if (string.IsNullOrEmpty(pakket) || !File.Exists(pad))
        {
            throw new FileNotFoundException($"The Bicep CLI is not at '{pad}': restore the solution (dotnet restore Assessment.sln).");
        }

        const UnixFileMode Uitvoerbaar = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((File.GetUnixFileMode(pad) & UnixFileMode.UserExecute) != 0)
        {
            return pad;
        }

        try
        {
            File.SetUnixFileMode(pad, File.GetUnixFileMode(pad) | Uitvoerbaar);
            return pad;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            var kopie = Path.Combine(Path.GetTempPath(), $"afw-bicep-{Path.GetFileName(pakket.TrimEnd('/'))}-{Environment.ProcessId}", "bicep");
            Directory.CreateDirectory(Path.GetDirectoryName(kopie)!);
            File.Copy(pad, kopie, overwrite: true);
            File.SetUnixFileMode(kopie, File.GetUnixFileMode(kopie) | Uitvoerbaar);
            return kopie;
        }
    }
}
