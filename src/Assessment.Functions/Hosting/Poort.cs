namespace Assessment.Functions.Hosting;

/// <summary>
/// Where the server listens: on <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> when the Azure Functions host starts
/// it as a custom handler, otherwise on <c>Afwegingskader:Poort</c> (default 7071, the port <c>func start</c>
/// uses), so <c>func start</c> and a plain <c>dotnet run</c> serve the same routes. Loopback only: in Azure the
/// Functions host is the front door.
/// </summary>
public static class Poort
{
    public const string CustomHandlerVariabele = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const int Standaard = 7071;

    public static string? Adres(IConfiguration configuratie)
    {
        if (configuratie[CustomHandlerVariabele] is { Length: > 0 } functiesPoort)
        {
            return $"http://127.0.0.1:{functiesPoort}";
        }

        // An explicit --urls or ASPNETCORE_URLS wins over the default.
        return string.IsNullOrEmpty(configuratie["urls"])
            ? $"http://127.0.0.1:{configuratie.GetValue("Afwegingskader:Poort", Standaard)}"
            : null;
    }
}
