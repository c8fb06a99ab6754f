using System.Globalization;
using Assessment.Engine.Validatie;

namespace Assessment.Toepassing;

/// <summary>
/// The largest proposal the service reads, for every entry point (HTTP, filings, CLI): a bound on the work one input
/// can cause, not a rule of the framework, so it lives here and not in the engine. A larger input is refused before
/// it is read, with a problem of type <see cref="ProbleemTypen.TeGroot"/>; the HTTP edge answers it with 413.
/// </summary>
public static class Invoergrens
{
    /// <summary>The largest proposal accepted: 1 MiB.</summary>
    public const int MaximaleGrootte = 1024 * 1024;

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The problem for a proposal of <paramref name="lengte"/> bytes, over <see cref="MaximaleGrootte"/>.</summary>
    public static Probleem TeGroot(long lengte) => new()
    {
        Type = ProbleemTypen.TeGroot,
        Title = "Voorstel te groot",
        Status = 413,
        Detail = $"Het voorstel is {lengte.ToString("N0", Nl)} bytes; de grens is 1 MiB ({MaximaleGrootte.ToString("N0", Nl)} bytes).",
    };
}
