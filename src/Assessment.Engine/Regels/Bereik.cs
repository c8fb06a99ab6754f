using System.Linq.Expressions;

namespace Assessment.Engine.Regels;

/// <summary>
/// The values a number in a rule can take while some answers are unknown: a known answer is a single point, an
/// unknown one the range the schema allows (an unknown Likert score is 1..5), and sums, products, counts, minima and
/// maxima combine ranges. A comparison of ranges is decided when every pair of values in them gives the same outcome.
/// This makes three-valued evaluation exact for numbers too: <c>0 × unknown ≥ 1</c> is false, a count of failing
/// partners that is already 2 is above 1 whatever the unknown partners answer.
/// <para><see cref="decimal.MinValue"/> and <see cref="decimal.MaxValue"/> stand for minus and plus infinity; arithmetic
/// saturates at them.</para>
/// </summary>
public readonly record struct Bereik(decimal Min, decimal Max)
{
    public static readonly Bereik Alles = new(decimal.MinValue, decimal.MaxValue);

    public bool IsPunt => Min == Max && Min != decimal.MinValue && Min != decimal.MaxValue;

    public static Bereik Punt(decimal waarde) => new(waarde, waarde);

    /// <summary>A known value as a point, an unknown one (null) as the range <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static Bereik Van(decimal? waarde, decimal min, decimal max) => waarde is { } w ? new(w, w) : new(min, max);

    /// <summary>The value when the range is a single point, otherwise unknown.</summary>
    public static decimal? AlsWaarde(Bereik b) => b.IsPunt ? b.Min : null;

    public static Bereik Negatief(Bereik b) => new(Tegengesteld(b.Max), Tegengesteld(b.Min));

    /// <summary>Interval arithmetic: the range of <c>a op b</c> over every value in the two ranges.</summary>
    public static Bereik Reken(Bereik a, Bereik b, ExpressionType soort)
    {
        switch (soort)
        {
            case ExpressionType.Add or ExpressionType.AddChecked:
                return new(Som(a.Min, b.Min), Som(a.Max, b.Max));
            case ExpressionType.Subtract or ExpressionType.SubtractChecked:
                return new(Som(a.Min, Tegengesteld(b.Max)), Som(a.Max, Tegengesteld(b.Min)));
            case ExpressionType.Multiply or ExpressionType.MultiplyChecked:
                {
                    Span<decimal> hoeken = [Product(a.Min, b.Min), Product(a.Min, b.Max), Product(a.Max, b.Min), Product(a.Max, b.Max)];
                    return new(Minimum(hoeken), Maximum(hoeken));
                }

            default: // Divide
                if (b.Min <= 0 && b.Max >= 0)
                {
                    return b.IsPunt ? throw new DivideByZeroException() : Alles;
                }

                {
                    Span<decimal> hoeken = [Quotient(a.Min, b.Min), Quotient(a.Min, b.Max), Quotient(a.Max, b.Min), Quotient(a.Max, b.Max)];
                    return new(Minimum(hoeken), Maximum(hoeken));
                }
        }
    }

    /// <summary><c>test ? dan : anders</c>: one branch when the test is known, otherwise both.</summary>
    public static Bereik Kies(bool? test, Bereik dan, Bereik anders) => test switch
    {
        true => dan,
        false => anders,
        null => new(Math.Min(dan.Min, anders.Min), Math.Max(dan.Max, anders.Max)),
    };

    /// <summary>Compares two ranges: true or false when every pair of values agrees, otherwise unknown (null).</summary>
    public static bool? Vergelijk(Bereik l, Bereik r, ExpressionType soort)
    {
        static bool? Beslist(bool altijd, bool nooit) => altijd ? true : nooit ? false : null;
        var gelijkPunt = l.IsPunt && r.IsPunt && l.Min == r.Min;
        var gescheiden = l.Max < r.Min || r.Max < l.Min;
        return soort switch
        {
            ExpressionType.LessThan => Beslist(l.Max < r.Min, l.Min >= r.Max),
            ExpressionType.LessThanOrEqual => Beslist(l.Max <= r.Min, l.Min > r.Max),
            ExpressionType.GreaterThan => Beslist(l.Min > r.Max, l.Max <= r.Min),
            ExpressionType.GreaterThanOrEqual => Beslist(l.Min >= r.Max, l.Max < r.Min),
            ExpressionType.Equal => Beslist(gelijkPunt, gescheiden),
            ExpressionType.NotEqual => Beslist(gescheiden, gelijkPunt),
            _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "geen vergelijking"),
        };
    }

    /// <summary>The number of elements; any number when the list itself is unknown.</summary>
    public static Bereik Aantal<T>(IEnumerable<T>? bron) => bron is null ? new(0, decimal.MaxValue) : Punt(bron.Count());

    /// <summary>How many elements meet the predicate: from those that certainly do to those that may.</summary>
    public static Bereik AantalWaar<T>(IEnumerable<T>? bron, Func<T, bool?> predicaat)
    {
        if (bron is null)
        {
            return new(0, decimal.MaxValue);
        }

        var (zeker, misschien) = (0, 0);
        foreach (var element in bron)
        {
            switch (predicaat(element))
            {
                case true:
                    zeker++;
                    break;
                case null:
                    misschien++;
                    break;
            }
        }

        return new(zeker, zeker + misschien);
    }

    /// <summary>
    /// The number of different values (<c>Distinct().Count()</c>): each unknown value may equal a known one or be new.
    /// </summary>
    public static Bereik AantalVerschillend<T>(IEnumerable<T>? bron)
    {
        if (bron is null)
        {
            return new(0, decimal.MaxValue);
        }

        var bekend = new HashSet<T>();
        var onbekend = 0;
        foreach (var element in bron)
        {
            if (element is null)
            {
                onbekend++;
            }
            else
            {
                bekend.Add(element);
            }
        }

        return new(bekend.Count == 0 && onbekend > 0 ? 1 : bekend.Count, bekend.Count + onbekend);
    }

    /// <summary>Sum, Min or Max of the elements' numbers as a range (Min and Max of an empty list are unknown).</summary>
    public static Bereik Aggregaat<T>(IEnumerable<T>? bron, Func<T, Bereik> selector, string soort)
    {
        if (bron is null)
        {
            return Alles;
        }

        Bereik? resultaat = soort == "Sum" ? Punt(0) : null;
        foreach (var element in bron)
        {
            var b = selector(element);
            resultaat = (soort, resultaat) switch
            {
                (_, null) => b,
                ("Sum", { } r) => Reken(r, b, ExpressionType.Add),
                ("Min", { } r) => new(Math.Min(r.Min, b.Min), Math.Min(r.Max, b.Max)),
                (_, { } r) => new(Math.Max(r.Min, b.Min), Math.Max(r.Max, b.Max)),
            };
        }

        return resultaat ?? Alles;
    }

    private static bool IsOneindig(decimal x) => x == decimal.MinValue || x == decimal.MaxValue;

    private static decimal Tegengesteld(decimal x) => x == decimal.MinValue ? decimal.MaxValue : x == decimal.MaxValue ? decimal.MinValue : -x;

    private static decimal Som(decimal a, decimal b)
    {
        if (IsOneindig(a) || IsOneindig(b))
        {
            return IsOneindig(a) ? a : b;
        }

        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return a > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    private static decimal Product(decimal a, decimal b)
    {
        if (a == 0 || b == 0)
        {
            return 0;
        }

        var positief = (a > 0) == (b > 0);
        if (IsOneindig(a) || IsOneindig(b))
        {
            return positief ? decimal.MaxValue : decimal.MinValue;
        }

        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return positief ? decimal.MaxValue : decimal.MinValue;
        }
    }

    private static decimal Quotient(decimal a, decimal b)
    {
        if (IsOneindig(b))
        {
            return 0;
        }

        if (IsOneindig(a))
        {
            return (a > 0) == (b > 0) ? decimal.MaxValue : decimal.MinValue;
        }

        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return (a > 0) == (b > 0) ? decimal.MaxValue : decimal.MinValue;
        }
    }

    private static decimal Minimum(ReadOnlySpan<decimal> waarden)
    {
        var m = waarden[0];
        foreach (var w in waarden)
        {
            m = Math.Min(m, w);
        }

        return m;
    }

    private static decimal Maximum(ReadOnlySpan<decimal> waarden)
    {
        var m = waarden[0];
        foreach (var w in waarden)
        {
            m = Math.Max(m, w);
        }

        return m;
    }
}
