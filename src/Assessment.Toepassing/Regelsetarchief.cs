using System.Collections.Frozen;
using Assessment.Engine.Regels;

namespace Assessment.Toepassing;

/// <summary>
/// The rule sets this process knows, by hash: the current one (what new proposals are assessed with) and the
/// earlier published versions it was given (<see cref="Afwegingsopties.EerdereRegelsets"/>). A stored assessment
/// is reported with the rule set it was made with, found by the hash it carries — never with whatever is current.
/// </summary>
public sealed class Regelsetarchief
{
    private readonly FrozenDictionary<string, Regelset> _perHash;

    public Regelsetarchief(Regelset huidig, IEnumerable<Regelset>? eerdere = null)
    {
        Huidig = huidig;
        var alle = new Dictionary<string, Regelset>(StringComparer.Ordinal);
        foreach (var regelset in eerdere ?? [])
        {
            alle[regelset.Hash] = regelset;
        }

        alle[huidig.Hash] = huidig;
        _perHash = alle.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The rule set new proposals are assessed with.</summary>
    public Regelset Huidig { get; }

    /// <summary>Every known rule set, current first.</summary>
    public IEnumerable<Regelset> Alle => _perHash.Values.OrderBy(r => ReferenceEquals(r, Huidig) ? 0 : 1);

    /// <summary>The rule set with this hash, or null when this process does not have it.</summary>
    public Regelset? Vind(string hash) => _perHash.GetValueOrDefault(hash);

    /// <summary>Loads the current rule set (with a province's parameters) and every earlier version named in the options.</summary>
    /// <remarks>Relative paths are taken from the app's own folder (the package root in Azure).</remarks>
    public static Regelsetarchief Laad(Afwegingsopties opties)
    {
        var parameters = Pad(opties.Parameters);
        var huidig = Pad(opties.Regels) is { } map
            ? RegelsetLader.Laad(map, parameters)
            : RegelsetLader.LaadStandaard(parameters);
        return new Regelsetarchief(huidig, opties.EerdereRegelsets.Select(m => RegelsetLader.Laad(Pad(m)!, parameters)));
    }

    private static string? Pad(string? pad) =>
        string.IsNullOrWhiteSpace(pad) ? null : Path.IsPathRooted(pad) ? pad : Path.Combine(AppContext.BaseDirectory, pad);
}
