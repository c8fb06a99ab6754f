using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Advies;

/// <summary>
/// Reads and sets one answer of a <see cref="Voorstel"/> by its concrete path (<c>gemeenten[1].urgentie</c>,
/// <c>condities.gideonsbende.aanwezig</c>, <c>motieven</c>). The model is immutable: setting returns a new proposal that
/// shares everything else; a missing group on the way is created. Used to try changes and completions of unknown answers.
/// </summary>
internal static class VoorstelWijziger
{
    private static readonly ConcurrentDictionary<string, Stap[]> Paden = new(StringComparer.Ordinal);

    /// <summary>Per property its compiled reader and setter: shared by every path through it (each partner's, say).</summary>
    private static readonly ConcurrentDictionary<PropertyInfo, (Func<object, object?>, Func<object?, object?, object>)> Toegang = new();

    /// <summary>
    /// One step of a path: the property (compiled: read it, and copy the record with it set), and the list index when
    /// the property is a list (<c>gemeenten[1]</c>).
    /// </summary>
    private sealed record Stap(PropertyInfo Eigenschap, int? Index, Func<object, object?> Lees, Func<object?, object?, object> Met, Type? Element)
    {
        /// <summary>The type of the property's value (<c>int</c> for <c>int?</c>).</summary>
        public Type Waardetype { get; } = Nullable.GetUnderlyingType(Eigenschap.PropertyType) ?? Eigenschap.PropertyType;
    }

    /// <summary>The answer at <paramref name="pad"/>, or null when it (or a group above it) is unknown.</summary>
    public static object? Lees(Voorstel voorstel, string pad)
    {
        object? huidig = voorstel;
        foreach (var stap in Stappen(pad))
        {
            huidig = huidig is null ? null : stap.Lees(huidig);
            if (stap.Index is { } i)
            {
                huidig = huidig is IList lijst && i < lijst.Count ? lijst[i] : null;
            }
        }

        return huidig;
    }

    /// <summary>The proposal with the answer at <paramref name="pad"/> set to <paramref name="waarde"/> (null: unknown).</summary>
    public static Voorstel Zet(Voorstel voorstel, string pad, object? waarde) => (Voorstel)Zet(voorstel, Stappen(pad), 0, waarde);

    private static object Zet(object? ouder, Stap[] stappen, int i, object? waarde)
    {
        var stap = stappen[i];
        var laatste = i == stappen.Length - 1;
        object? nieuw;
        if (stap.Index is { } index)
        {
            var lijst = (IList)(ouder is null ? null : stap.Lees(ouder))!;
            var elementen = Array.CreateInstance(stap.Element!, lijst.Count);
            lijst.CopyTo(elementen, 0);
            elementen.SetValue(laatste ? waarde : Zet(elementen.GetValue(index), stappen, i + 1, waarde), index);
            nieuw = elementen;
        }
        else
        {
            nieuw = laatste ? (waarde is null || waarde.GetType() == stap.Waardetype ? waarde : Omzetten(waarde, stap.Eigenschap.PropertyType)) : Zet(ouder is null ? null : stap.Lees(ouder), stappen, i + 1, waarde);
        }

        return stap.Met(ouder, nieuw);
    }

    /// <summary>A value of the domain (bool, decimal, string, list of codes) in the type of the property.</summary>
    private static object? Omzetten(object? waarde, Type type)
    {
        if (waarde is null)
        {
            return null;
        }

        var doel = Nullable.GetUnderlyingType(type) ?? type;
        return doel switch
        {
            _ when doel.IsInstanceOfType(waarde) => waarde,
            _ when doel == typeof(int) => Convert.ToInt32(waarde, CultureInfo.InvariantCulture),
            _ when doel == typeof(decimal) => Convert.ToDecimal(waarde, CultureInfo.InvariantCulture),
            _ when waarde is IEnumerable<string> codes && doel.IsAssignableFrom(typeof(string[])) => codes.ToArray(),
            _ => throw new InvalidOperationException($"Een waarde van type {waarde.GetType().Name} past niet in {type.Name}."),
        };
    }

    private static Stap[] Stappen(string pad) => Paden.GetOrAdd(pad, p =>
    {
        var type = typeof(Voorstel);
        var stappen = new List<Stap>();
        foreach (var deel in p.Split('.'))
        {
            var haak = deel.IndexOf('[', StringComparison.Ordinal);
            var naam = haak < 0 ? deel : deel[..haak];
            var eigenschap = type.GetProperties().FirstOrDefault(e => string.Equals(VeldPad.JsonNaam(e.Name), naam, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"Het veld '{p}' bestaat niet ('{naam}').");
            int? index = haak < 0 ? null : int.Parse(deel[(haak + 1)..^1], CultureInfo.InvariantCulture);
            var eigenType = Nullable.GetUnderlyingType(eigenschap.PropertyType) ?? eigenschap.PropertyType;
            var element = index is null ? null : VeldPad.ElementType(eigenType)!;
            var (lezer, zetter) = Toegang.GetOrAdd(eigenschap, e => (Lezer(e), Zetter(e)));
            stappen.Add(new Stap(eigenschap, index, lezer, zetter, element));
            type = element ?? eigenType;
        }

        return [.. stappen];
    });

    /// <summary><c>o =&gt; (object)((T)o).Eigenschap</c>, compiled.</summary>
    private static Func<object, object?> Lezer(PropertyInfo eigenschap)
    {
        var o = Expression.Parameter(typeof(object), "o");
        var lees = Expression.Property(Expression.Convert(o, eigenschap.DeclaringType!), eigenschap);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(lees, typeof(object)), o).Compile();
    }

    /// <summary>
    /// <c>(o, w) =&gt; o is null ? new T { Eigenschap = w } : ((T)o) with { Eigenschap = w }</c>, compiled: the record's copy
    /// (its compiler-made <c>&lt;Clone&gt;$</c>) with one property set; a missing group is created.
    /// </summary>
    private static Func<object?, object?, object> Zetter(PropertyInfo eigenschap)
    {
        var type = eigenschap.DeclaringType!;
        var kloon = type.GetMethod("<Clone>$") ?? throw new InvalidOperationException($"{type.Name} is geen record.");
        var o = Expression.Parameter(typeof(object), "o");
        var w = Expression.Parameter(typeof(object), "w");
        var kopie = Expression.Variable(type, "kopie");
        var lichaam = Expression.Block(
            [kopie],
            Expression.Assign(kopie, Expression.Condition(
                Expression.Equal(o, Expression.Constant(null)),
                type.GetConstructor(Type.EmptyTypes) is null
                    ? Expression.Throw(Expression.Constant(new InvalidOperationException($"{type.Name} kan niet leeg worden aangemaakt.")), type)
                    : Expression.New(type),
                Expression.Convert(Expression.Call(Expression.Convert(o, type), kloon), type))),
            Expression.Assign(Expression.Property(kopie, eigenschap), Expression.Convert(w, eigenschap.PropertyType)),
            Expression.Convert(kopie, typeof(object)));
        return Expression.Lambda<Func<object?, object?, object>>(lichaam, o, w).Compile();
    }
}
