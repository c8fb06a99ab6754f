using System.Linq.Expressions;

namespace Assessment.Engine.Regels;

/// <summary>
/// The three-valued LINQ operators of <see cref="DrieWaardigeVertaling"/>: a null list or a null predicate result
/// is unknown.
/// </summary>
internal static class DrieWaardigeLinq
{
    /// <summary>Every element meets the predicate: false as soon as one does not, unknown if one is unknown and none fails.</summary>
    public static bool? Alle<T>(IEnumerable<T>? bron, Func<T, bool?> predicaat)
    {
        if (bron is null)
        {
            return null;
        }

        var onbekend = false;
        foreach (var element in bron)
        {
            switch (predicaat(element))
            {
                case false:
                    return false;
                case null:
                    onbekend = true;
                    break;
            }
        }

        return onbekend ? null : true;
    }

    /// <summary>Some element meets the predicate: true as soon as one does, unknown if one is unknown and none does.</summary>
    public static bool? Enig<T>(IEnumerable<T>? bron, Func<T, bool?> predicaat)
    {
        if (bron is null)
        {
            return null;
        }

        var onbekend = false;
        foreach (var element in bron)
        {
            switch (predicaat(element))
            {
                case true:
                    return true;
                case null:
                    onbekend = true;
                    break;
            }
        }

        return onbekend ? null : false;
    }

    /// <summary>The elements that meet the predicate; unknown when membership of one is unknown.</summary>
    public static IEnumerable<T>? Waar<T>(IEnumerable<T>? bron, Func<T, bool?> predicaat)
    {
        if (bron is null)
        {
            return null;
        }

        var lijst = new List<T>();
        foreach (var element in bron)
        {
            switch (predicaat(element))
            {
                case true:
                    lijst.Add(element);
                    break;
                case null:
                    return null;
            }
        }

        return lijst;
    }

    public static bool? NietLeeg<T>(IEnumerable<T>? bron) => bron?.Any();

    /// <summary>The distinct elements; unknown when an element is unknown (it could equal another or not).</summary>
    public static IEnumerable<T>? Verschillend<T>(IEnumerable<T>? bron)
    {
        if (bron is null)
        {
            return null;
        }

        var lijst = bron.ToList();
        return lijst.Any(e => e is null) ? null : lijst.Distinct();
    }

    /// <summary>The list contains the value: unknown when the list or the value is unknown.</summary>
    public static bool? Bevat<T>(IEnumerable<T>? bron, object? waarde) =>
        bron is null || waarde is null ? null : bron.Contains((T)waarde);

    public static IEnumerable<TUit>? Selecteer<TIn, TUit>(IEnumerable<TIn>? bron, Func<TIn, TUit> selector) => bron?.Select(selector);

    /// <summary>Two values are the same known value (for a condition whose test is unknown).</summary>
    public static bool ZelfdeWaarde(object? x, object? y) => x is not null && Equals(x, y);
}
