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

    private VeldPad(string pad, (PropertyInfo, bool)[] stappen, int index, bool overdragend)
    {
        _overdragend = overdragend;
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
    public void VoegOntbrekendeToe(Voorstel voorstel, List<string> ontbrekend) => Loop(voorstel, voorstel, 0, "", ontbrekend);

    private void Loop(Voorstel voorstel, object? waarde, int stap, string prefix, List<string> ontbrekend)
    {
        if (stap == _stappen.Length)
        {
            return;
        }

        var (eigenschap, isLijst) = _stappen[stap];
        var naam = JsonNaam(eigenschap.Name);
        var hier = prefix.Length == 0 ? naam : prefix + "." + naam;
        var kind = waarde is null ? null : eigenschap.GetValue(waarde);
        if (kind is null)
        {
            ontbrekend.Add(Voltooi(hier, stap));
            return;
        }

        if (isLijst)
        {
            var i = 0;
            foreach (var element in (IEnumerable)kind)
            {
                if (!(_overdragend && stap == 0 && element is Gemeente gemeente && Afgeleid.IsGastgemeente(voorstel, gemeente)))
                {
                    Loop(voorstel, element, stap + 1, $"{hier}[{i}]", ontbrekend);
                }

                i++;
            }
        }
        else
        {
            Loop(voorstel, kind, stap + 1, hier, ontbrekend);
        }
    }

    // An unknown parent object makes the leaf unknown: report the leaf the rule needs, not the parent.
    private string Voltooi(string hier, int stap)
    {
        var rest = _stappen.Skip(stap + 1).Select(s => JsonNaam(s.Eigenschap.Name) + (s.IsLijst ? "[]" : ""));
        var restPad = string.Join('.', rest);
        return restPad.Length == 0 ? hier : hier + "." + restPad;
    }

    internal static string JsonNaam(string naam) => char.ToLowerInvariant(naam[0]) + naam[1..];

    internal static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
}
