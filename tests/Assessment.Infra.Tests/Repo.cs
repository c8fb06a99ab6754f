namespace Assessment.Infra.Tests;

/// <summary>The repository these tests check: its root (where Assessment.sln is), infra/, src/ and the function app's functions.metadata.</summary>
public static class Repo
{
    public static string Wortel { get; } = Vind();

    public static string Infra => Path.Combine(Wortel, "infra");

    /// <summary>The functions the worker SDK generated for the app's build in this configuration (what Azure indexes).</summary>
    public static string FunctieMetadata => Path.Combine(Wortel, "src", "Assessment.Functions", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "functions.metadata");

    private static string Vind()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "Assessment.sln")) && Directory.Exists(Path.Combine(map.FullName, "infra")))
            {
                return map.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with Assessment.sln and infra/) is not above " + AppContext.BaseDirectory);
    }

    /// <summary>The files under a folder of the repository, without build output.</summary>
    public static IEnumerable<string> Bestanden(string map, string patroon) =>
        Directory.EnumerateFiles(Path.Combine(Wortel, map), patroon, SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
}
