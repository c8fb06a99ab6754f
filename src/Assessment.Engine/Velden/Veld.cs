using System.Collections.Frozen;
using System.Text.Json;

namespace Assessment.Engine.Velden;

/// <summary>An allowed value of a field: the code of the contract and its Dutch word (<c>schema/keuzes.json</c>).</summary>
public sealed record Keuze(string Code, string Woord);

/// <summary>
/// One field of a <c>Voorstel</c> as the published JSON Schema describes it, named by its path in the rules'
/// notation: <c>titel</c>, <c>condities.gideonsbende.aanwezig</c>, <c>gemeenten[].urgentie</c>, <c>motieven</c>
/// (a list of codes). A list's element is a field of its own, named with <c>[]</c> (<c>gemeenten[]</c>).
/// Groups (objects) hold their members in <see cref="Kinderen"/>, in the schema's order.
/// </summary>
/// <remarks>
/// Everything here is read from <c>voorstel.schema.json</c> and <c>keuzes.json</c>. Further per-field metadata
/// from another file is added as <see cref="Kenmerken"/> (see <see cref="Veldcatalogus.MetKenmerken"/>), so a new
/// annotation needs no change to this type; a typed property can be put in front of it later.
/// </remarks>
public sealed record Veld
{
    private static readonly IReadOnlyDictionary<string, JsonElement> GeenKenmerken =
        FrozenDictionary<string, JsonElement>.Empty;

    /// <summary>The path in the rules' notation; empty for the proposal itself.</summary>
    public required string Pad { get; init; }

    /// <summary>The member name in JSON (<c>urgentie</c>); for a list's element the list's name with <c>[]</c>.</summary>
    public required string Naam { get; init; }

    /// <summary>
    /// The Dutch title (the schema's <c>title</c>). A list's element without a title of its own takes the list's;
    /// a field without any title is named by its path.
    /// </summary>
    public required string Titel { get; init; }

    /// <summary>The schema's <c>description</c>: what the question means.</summary>
    public string? Omschrijving { get; init; }

    /// <summary>The group this field belongs to lists it in <c>required</c>: it must be present (it may still be null when <see cref="MagNull"/>).</summary>
    public bool Verplicht { get; init; }

    /// <summary>Never unknown in a valid proposal: required, not nullable, and so is every group above it.</summary>
    public bool AltijdBekend { get; init; }

    /// <summary>The JSON Schema types allowed (<c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>object</c>, <c>array</c>), without <c>null</c>.</summary>
    public IReadOnlyList<string> Typen { get; init; } = [];

    /// <summary>Null is allowed: it means "onbekend".</summary>
    public bool MagNull { get; init; }

    /// <summary>
    /// The allowed codes, in the schema's order, each with its Dutch word; for a list of codes (<c>motieven</c>)
    /// those of its elements. Null when the field takes free text or no text at all.
    /// </summary>
    public IReadOnlyList<Keuze>? Keuzes { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    /// <summary>The shortest text allowed, in characters (Unicode code points, as JSON Schema counts).</summary>
    public int? MinLengte { get; init; }

    /// <summary>The longest text allowed, in characters (Unicode code points).</summary>
    public int? MaxLengte { get; init; }

    /// <summary>The regular expression a text must match (<c>pattern</c>).</summary>
    public string? Patroon { get; init; }

    /// <summary>The schema's <c>format</c>, such as <c>date</c>.</summary>
    public string? Formaat { get; init; }

    /// <summary>The fewest elements of a list (<c>minItems</c>).</summary>
    public int? MinAantal { get; init; }

    /// <summary>The most elements of a list (<c>maxItems</c>).</summary>
    public int? MaxAantal { get; init; }

    /// <summary>No element of the list may occur twice (<c>uniqueItems</c>).</summary>
    public bool UniekeElementen { get; init; }

    /// <summary>The members of a group, in the schema's order.</summary>
    public IReadOnlyList<Veld> Kinderen { get; init; } = [];

    /// <summary>The element of a list (<c>gemeenten[]</c>, <c>motieven[]</c>).</summary>
    public Veld? Element { get; init; }

    /// <summary>Further metadata by name, added from outside the schema (<see cref="Veldcatalogus.MetKenmerken"/>).</summary>
    public IReadOnlyDictionary<string, JsonElement> Kenmerken { get; init; } = GeenKenmerken;

    /// <summary>An object with members of its own (<c>condities</c>, <c>gemeenten[]</c>).</summary>
    public bool IsGroep => Kinderen.Count > 0 || Typen.Contains("object");

    /// <summary>The element of a list.</summary>
    public bool IsElement => Naam.EndsWith("[]", StringComparison.Ordinal);

    /// <summary>A question answered with one value or a list of values (not a group, a list of groups or an element).</summary>
    public bool IsAntwoord => Pad.Length > 0 && !IsGroep && !IsElement && Element is not { IsGroep: true };

    /// <summary>The member called <paramref name="naam"/>, if this group has it.</summary>
    public Veld? Kind(string naam)
    {
        foreach (var kind in Kinderen)
        {
            if (string.Equals(kind.Naam, naam, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The Dutch word for a code of this field; any other text is returned as it is.</summary>
    public string Woord(string code)
    {
        foreach (var keuze in Keuzes ?? [])
        {
            if (string.Equals(keuze.Code, code, StringComparison.Ordinal))
            {
                return string.IsNullOrWhiteSpace(keuze.Woord) ? code : keuze.Woord;
            }
        }

        return code;
    }
}
