using System.Collections;
using System.Reflection;
using Assessment.Domain.Voorstellen;

namespace Assessment.Engine.Regels;

/// <summary>
/// An input field as a JSON path over the <see cref="Voorstel"/> (<c>condities.gideonsbende.aanwezig</c>,
/// <c>gemeenten[].urgentie</c>), resolved once to the model's properties. It tells which concrete fields
/// are unknown (absent or null) in a given proposal, e.g. <c>gemeenten[1].urgentie</c>.
/// </summary>
public sealed class VeldPad
{
    /// <summary>The collection of <see cref="Afgeleid.OverdragendeGemeenten"/>, addressed in paths as a field of its own.</summary>
    public const string Overdragend = "overdragendeGemeenten";

    private readonly (PropertyInfo Eigenschap, bool IsLijst)[] _stappen;
    private readonly bool _overdragend;
    private readonly string[] _namen;
    private readonly Func<object, object?>[] _lezers;

    private VeldPad(string pad, (PropertyInfo, bool)[] stappen, int index, bool overdragend)
    {
        _overdragend = overdragend;
        _namen = [.. stappen.Select(s => JsonNaam(s.Item1.Name))];
        _lezers = [.. stappen.Select(s => Lezer(s.Item1))];
        Pad = pad;
        _stappen = stappen;
        Index = index;
    }

    public string Pad { get; }

    /// <summary>The field's number within its rule set, so an evaluation can keep its unknowns in an array.</summary>
    internal int Index { get; }

    /// <summary>Resolves <paramref name="pad"/> against the Voorstel model, or explains why it cannot.</summary>
    public static VeldPad Maak(string pad) => Maak(pad, -1);

    internal static VeldPad Maak(string pad, int index)
    {
        // overdragendeGemeenten[].x reads x of every partner but the host: resolve it as gemeenten[].x.
        var overdragend = pad.StartsWith(Overdragend + "[].", StringComparison.Ordinal);
        var model = overdragend ? "gemeenten" + pad[Overdragend.Length..] : pad;
        var type = typeof(Voorstel);
        var stappen = new List<(PropertyInfo, bool)>();
        foreach (var deel in model.Split('.'))
        {
            var isLijst = deel.EndsWith("[]", StringComparison.Ordinal);
            var naam = isLijst ? deel[..^2] : deel;
            var eigenschap = type.GetProperties().FirstOrDefault(p => string.Equals(JsonNaam(p.Name), naam, StringComparison.Ordinal))
                ?? throw new RegelsetFout($"Het veld '{pad}' bestaat niet in het voorstel ('{naam}' is onbekend).");
            stappen.Add((eigenschap, isLijst));
            var eigenType = Nullable.GetUnderlyingType(eigenschap.PropertyType) ?? eigenschap.PropertyType;
            type = isLijst ? ElementType(eigenType) ?? throw new RegelsetFout($"'{naam}' in '{pad}' is geen lijst.") : eigenType;
        }

        return new VeldPad(pad, [.. stappen], index, overdragend);
    }

    /// <summary>Adds the concrete paths of this field that are unknown in <paramref name="voorstel"/>.</summary>
    public void VoegOntbrekendeToe(Voorstel voorstel, List<string> ontbrekend)
    {
        var lijst = ontbrekend;
        VoegOntbrekendeToe(voorstel, ref lijst);
    }

    /// <summary>
    /// Adds the unknown concrete paths; <paramref name="ontbrekend"/> is replaced by a new list on the first
    /// unknown when it is empty, so a shared empty list can stand for "all known" without allocating.
    /// </summary>
    internal void VoegOntbrekendeToe(Voorstel voorstel, ref List<string> ontbrekend)
    {
        Span<int> indexen = stackalloc int[_stappen.Length];
        Loop(voorstel, voorstel, 0, indexen, ref ontbrekend);
    }

    // Walks the model; a path string is only built for a field that turns out unknown.
    private void Loop(Voorstel voorstel, object? waarde, int stap, Span<int> indexen, ref List<string> ontbrekend)
    {
        if (stap == _stappen.Length)
        {
            return;
        }

        var isLijst = _stappen[stap].IsLijst;
        var kind = waarde is null ? null : _lezers[stap](waarde);
        if (kind is null)
        {
            if (ontbrekend.Count == 0)
            {
                ontbrekend = [];
            }

            ontbrekend.Add(Concreet(stap, indexen));
            return;
        }

        if (isLijst)
        {
            var i = 0;
            foreach (var element in (IEnumerable)kind)
            {
                if (!(_overdragend && stap == 0 && element is Gemeente gemeente && Afgeleid.IsGastgemeente(voorstel, gemeente)))
                {
                    indexen[stap] = i;
                    Loop(voorstel, element, stap + 1, indexen, ref ontbrekend);
                }

                i++;
            }
        }
        else
        {
            Loop(voorstel, kind, stap + 1, indexen, ref ontbrekend);
        }
    }

    /// <summary>
    /// The concrete path of an unknown field: the steps walked so far with their list positions
    /// (<c>gemeenten[1].urgentie</c>); when a parent object is unknown, the rest of the path the rule needs.
    /// </summary>
    private string Concreet(int stap, ReadOnlySpan<int> indexen)
    {
        var sb = new System.Text.StringBuilder(Pad.Length + 8);
        for (var s = 0; s < _stappen.Length; s++)
        {
            if (s > 0)
            {
                sb.Append('.');
            }

            sb.Append(_namen[s]);
            if (_stappen[s].IsLijst)
            {
                if (s < stap)
                {
                    sb.Append('[').Append(indexen[s]).Append(']');
                }
                else
                {
                    sb.Append("[]");
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A getter for one property: reading answers is on the hot path of every assessment. A delegate to the
    /// property's get method, typed, behind one cast: as fast as compiled code, without emitting and JIT-compiling
    /// code for every property when a rule set loads.
    /// </summary>
    private static Func<object, object?> Lezer(PropertyInfo eigenschap) =>
        (Func<object, object?>)LezerVan.MakeGenericMethod(eigenschap.DeclaringType!, eigenschap.PropertyType).Invoke(null, [eigenschap.GetMethod!])!;

    private static readonly MethodInfo LezerVan = typeof(VeldPad).GetMethod(nameof(GetypeerdeLezer), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Func<object, object?> GetypeerdeLezer<TObject, TWaarde>(MethodInfo get)
    {
        var lees = get.CreateDelegate<Func<TObject, TWaarde>>();
        return o => lees((TObject)o);
    }

    internal static string JsonNaam(string naam) => char.ToLowerInvariant(naam[0]) + naam[1..];

    internal static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
}
