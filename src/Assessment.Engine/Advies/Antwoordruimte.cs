using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;
using Assessment.Engine.Velden;

namespace Assessment.Engine.Advies;

/// <summary>
/// The answers the advice can change or complete, from the field catalogue: per field its finite set of values (every
/// code, yes and no, every Likert score, and for other numbers the rule set's thresholds with the values around them and
/// the schema's limits: the rules cannot tell other values apart), which way is better (<c>beter</c>), whether a
/// municipality can change it (<c>veranderbaar</c>), at what effort (<c>moeite</c>) and what to do (<c>actie</c>).
/// </summary>
internal sealed partial class Antwoordruimte
{
    /// <summary>A stand-in for a region that differs from every region named.</summary>
    public const string AndereRegio = "(een andere regio)";

    private readonly Veldcatalogus _velden;
    private readonly decimal[] _drempels;
    private readonly Dictionary<string, Antwoord> _antwoorden = new(StringComparer.Ordinal);
    private readonly Dictionary<Antwoord, IReadOnlyList<object>> _vasteWaarden = new(ReferenceEqualityComparer.Instance);

    public Antwoordruimte(Regelset regelset)
    {
        _velden = regelset.Velden;
        _drempels = [.. regelset.Parameters.Values.Select(p => p.Waarde).SelectMany(w => new[] { w - 1, w, w + 1 }).Distinct().Order()];
    }

    /// <summary>What the advice knows of a field, by its general path (<c>gemeenten[].urgentie</c>).</summary>
    public sealed record Antwoord(
        string Pad,
        Veld Veld,
        string? Richting,
        IReadOnlyList<IReadOnlyList<string>>? Volgorde,
        bool Veranderbaar,
        int Moeite,
        string? Actie)
    {
        public bool IsGeordend => Richting is not null || Volgorde is not null;

        public bool IsLijst => Veld.Typen.Contains("array");

        public bool IsGetal => Veld.Typen.Contains("integer") || Veld.Typen.Contains("number");
    }

    /// <summary>The general path of a concrete one: <c>gemeenten[1].urgentie</c> → <c>gemeenten[].urgentie</c>.</summary>
    public static string Algemeen(string pad) => AlgemenePaden.GetOrAdd(pad, p => Index().Replace(p, "[]"));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> AlgemenePaden = new(StringComparer.Ordinal);

    /// <summary>The municipality a concrete path is about (its index in <c>gemeenten</c>), if any.</summary>
    public static int? Gemeente(string pad) =>
        pad.StartsWith("gemeenten[", StringComparison.Ordinal) ? int.Parse(pad[10..pad.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture) : null;

    public Antwoord? Van(string pad)
    {
        var algemeen = Algemeen(pad);
        if (_antwoorden.TryGetValue(algemeen, out var antwoord))
        {
            return antwoord;
        }

        if (_velden.Zoek(algemeen) is not { } veld)
        {
            return null;
        }

        var k = veld.Kenmerken;
        string? richting = k.TryGetValue("beter", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        IReadOnlyList<IReadOnlyList<string>>? volgorde = k.TryGetValue("beter", out var o) && o.ValueKind == JsonValueKind.Object && o.TryGetProperty("volgorde", out var v)
            ? [.. v.EnumerateArray().Select(g => (IReadOnlyList<string>)[.. g.EnumerateArray().Select(c => c.GetString()!)])]
            : null;
        var veranderbaar = k.TryGetValue("veranderbaar", out var ve) && ve.ValueKind == JsonValueKind.True;
        var moeite = k.TryGetValue("moeite", out var m) && m.TryGetInt32(out var mm) ? mm : 0;
        var actie = k.TryGetValue("actie", out var a) ? a.GetString() : null;
        antwoord = new Antwoord(algemeen, veld, richting, volgorde, veranderbaar, moeite, actie);
        _antwoorden[algemeen] = antwoord;
        return antwoord;
    }

    /// <summary>
    /// Every value an answer can take, as far as the rules can tell them apart, from worst to best for an ordered
    /// answer. A list of codes (the motives) gets every subset.
    /// </summary>
    public IReadOnlyList<object> Waarden(Antwoord antwoord, Voorstel voorstel)
    {
        // Only numbers without an order, the region and the host take their values from the proposal.
        if (_vasteWaarden.TryGetValue(antwoord, out var vast))
        {
            return vast;
        }

        var waarden = BepaalWaarden(antwoord, voorstel);
        if (antwoord.IsLijst || antwoord.Veld.Keuzes is not null || antwoord.Veld.Typen.Contains("boolean") || (antwoord.IsGetal && antwoord.IsGeordend))
        {
            _vasteWaarden[antwoord] = waarden;
        }

        return waarden;
    }

    private IReadOnlyList<object> BepaalWaarden(Antwoord antwoord, Voorstel voorstel)
    {
        var veld = antwoord.Veld;
        if (antwoord.IsLijst)
        {
            var codes = veld.Keuzes?.Select(k => k.Code).ToList() ?? [];
            return [.. Enumerable.Range(0, 1 << codes.Count).Select(m => (object)codes.Where((_, i) => (m & (1 << i)) != 0).ToArray())];
        }

        if (veld.Typen.Contains("boolean"))
        {
            return antwoord.Richting == "onwaar" ? [true, false] : [false, true];
        }

        if (veld.Keuzes is { } keuzes)
        {
            var lijst = keuzes.Select(k => k.Code).ToList();
            return antwoord.Volgorde is { } volgorde
                ? [.. lijst.OrderBy(c => Rang(volgorde, c))]
                : lijst;
        }

        if (antwoord.IsGetal && !antwoord.IsGeordend)
        {
            // A number without a better side is compared with the other partners' (a size ratio): the values the partners
            // give and a spread from 1 to 1,000 realise every relation the rules can tell apart.
            var (laag, hoog) = (veld.Minimum ?? decimal.MinValue, veld.Maximum ?? decimal.MaxValue);
            var bekend = Concreet(antwoord.Pad, voorstel).Select(p => VoorstelWijziger.Lees(voorstel, p)).OfType<decimal>();
            return [.. bekend.Concat([1m, 3m, 10m, 100m, 1000m]).Where(g => g >= laag && g <= hoog).Distinct().Order().Cast<object>()];
        }

        if (antwoord.IsGetal)
        {
            var (min, max) = (veld.Minimum ?? 0, veld.Maximum ?? decimal.MaxValue);
            var geheel = veld.Typen.Contains("integer");
            var getallen = _drempels.Concat([0m, 1m, 2m, 3m, 4m, 5m]).Append(min).Append(max == decimal.MaxValue ? min : max)
                .Where(g => g >= min && g <= max && (!geheel || g == Math.Floor(g))).Distinct().Order().Cast<object>();
            return antwoord.Richting == "lager" ? [.. getallen.Reverse()] : [.. getallen];
        }

        return veld.Naam switch
        {
            "regio" => [.. voorstel.Gemeenten.Select(g => g.Regio).OfType<string>().Distinct(StringComparer.Ordinal).Append(AndereRegio)],
            "gastgemeente" => [.. voorstel.Gemeenten.Select(g => g.Naam)],
            _ => [],
        };
    }

    /// <summary>
    /// The values an answer can be changed to by one step of advice: for an ordered answer only its best value (a
    /// better answer never hurts, so the best is as good as any), for a list of codes one code added or taken away,
    /// for any other answer every other value.
    /// </summary>
    public IEnumerable<object> Kandidaten(Antwoord antwoord, Voorstel voorstel, object? huidig)
    {
        if (antwoord.IsLijst)
        {
            var nu = (huidig as IEnumerable<string>)?.ToHashSet(StringComparer.Ordinal) ?? [];
            var codes = antwoord.Veld.Keuzes?.Select(k => k.Code) ?? [];
            if (antwoord.Richting == "meer")
            {
                var alle = codes.ToArray();
                return nu.SetEquals(alle) ? [] : [alle];
            }

            return codes.Select(c => (object)(nu.Contains(c) ? [.. nu.Where(x => x != c).Order(StringComparer.Ordinal)] : nu.Append(c).Order(StringComparer.Ordinal).ToArray()));
        }

        var waarden = Waarden(antwoord, voorstel);
        if (antwoord.IsGeordend)
        {
            var beste = waarden[^1];
            return huidig is not null && Vergelijk(antwoord, huidig, beste) >= 0 ? [] : [beste];
        }

        return waarden.Where(w => !Gelijk(w, huidig));
    }

    /// <summary>The better values of an ordered answer than <paramref name="huidig"/>, from just better to best.</summary>
    public IEnumerable<object> BetereWaarden(Antwoord antwoord, Voorstel voorstel, object? huidig) =>
        Waarden(antwoord, voorstel).Where(w => huidig is null || Vergelijk(antwoord, w, huidig) > 0);

    /// <summary>+1 when <paramref name="a"/> is the better answer, −1 when worse, 0 when as good (or not ordered).</summary>
    public static int Vergelijk(Antwoord antwoord, object a, object b)
    {
        if (antwoord.Volgorde is { } volgorde)
        {
            return Math.Sign(Rang(volgorde, (string)a) - Rang(volgorde, (string)b));
        }

        return antwoord.Richting switch
        {
            "hoger" => Convert.ToDecimal(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(b, CultureInfo.InvariantCulture)),
            "lager" => Convert.ToDecimal(b, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(a, CultureInfo.InvariantCulture)),
            "waar" => ((bool)a).CompareTo((bool)b),
            "onwaar" => ((bool)b).CompareTo((bool)a),
            "meer" => Math.Sign(((IEnumerable<string>)a).Count() - ((IEnumerable<string>)b).Count()),
            _ => 0,
        };
    }

    public static bool Gelijk(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (IEnumerable<string> x, IEnumerable<string> y) when a is not string && b is not string => x.Order(StringComparer.Ordinal).SequenceEqual(y.Order(StringComparer.Ordinal)),
        (decimal or int, decimal or int) => Convert.ToDecimal(a, CultureInfo.InvariantCulture) == Convert.ToDecimal(b, CultureInfo.InvariantCulture),
        _ => Equals(a, b),
    };

    /// <summary>The concrete paths of a field a rule reads: one per municipality for a per-municipality answer.</summary>
    public static IEnumerable<string> Concreet(string algemeen, Voorstel voorstel)
    {
        var pad = algemeen.StartsWith(VeldPad.Overdragend + "[]", StringComparison.Ordinal) ? "gemeenten" + algemeen[VeldPad.Overdragend.Length..] : algemeen;
        if (!pad.StartsWith("gemeenten[].", StringComparison.Ordinal))
        {
            yield return pad;
            yield break;
        }

        for (var i = 0; i < voorstel.Gemeenten.Count; i++)
        {
            yield return $"gemeenten[{i}]{pad[11..]}";
        }
    }

    private static int Rang(IReadOnlyList<IReadOnlyList<string>> volgorde, string code)
    {
        for (var i = 0; i < volgorde.Count; i++)
        {
            if (volgorde[i].Contains(code))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
