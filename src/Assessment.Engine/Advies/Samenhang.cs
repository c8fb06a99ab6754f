using Assessment.Domain.Voorstellen;

namespace Assessment.Engine.Advies;

/// <summary>
/// The answers that limit each other's values, as the reader checks them (<c>VoorstelLezer</c>): the main motive is one of
/// the motives. A route never proposes a value the reader would refuse; an answer that the other one does not allow is no
/// candidate, and a route that would still end contradictory is not offered.
/// </summary>
internal static class Samenhang
{
    public const string Hoofdmotief = "hoofdmotief";

    public const string Motieven = "motieven";

    /// <summary>The main motive is unknown, or the motives are unknown, or it is one of them.</summary>
    public static bool IsSamenhangend(Voorstel voorstel) =>
        voorstel.Hoofdmotief is null || voorstel.Motieven is null || voorstel.Motieven.Contains(voorstel.Hoofdmotief, StringComparer.Ordinal);

    /// <summary>Whether setting <paramref name="pad"/> to <paramref name="waarde"/> keeps the proposal consistent with its other answers.</summary>
    public static bool Past(Voorstel voorstel, string pad, object waarde) => pad switch
    {
        Hoofdmotief => voorstel.Motieven is null || (waarde is string code && voorstel.Motieven.Contains(code, StringComparer.Ordinal)),
        Motieven => voorstel.Hoofdmotief is null || (waarde is IEnumerable<string> lijst && lijst.Contains(voorstel.Hoofdmotief, StringComparer.Ordinal)),
        _ => true,
    };

    /// <summary>What <see cref="Past"/> depends on beyond the answer itself, for caching the fixes of a rule.</summary>
    public static string Sleutel(Voorstel voorstel) =>
        voorstel.Hoofdmotief + "\u0001" + (voorstel.Motieven is null ? "\u0002" : string.Join(",", voorstel.Motieven));
}
