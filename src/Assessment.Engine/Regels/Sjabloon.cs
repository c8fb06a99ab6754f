using System.Globalization;
using System.Text;

namespace Assessment.Engine.Regels;

/// <summary>
/// A Dutch text with <c>{{expression}}</c> or <c>{{expression|format}}</c> placeholders, compiled once.
/// Numbers are written the Dutch way (<c>1.234,5</c>); <c>P0</c> gives a percentage.
/// </summary>
internal sealed class Sjabloon
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private readonly (string Tekst, Func<object[], object>? Waarde, string? Formaat)[] _delen;

    private readonly int _lengte;

    private Sjabloon((string, Func<object[], object>?, string?)[] delen)
    {
        _delen = delen;
        _lengte = delen.Sum(d => d.Item1.Length + (d.Item2 is null ? 0 : 16));
    }

    public static Sjabloon Leeg { get; } = new([]);

    public static IEnumerable<string> Expressies(string tekst)
    {
        foreach (var (expressie, _) in Placeholders(tekst))
        {
            yield return expressie;
        }
    }

    public static Sjabloon Maak(string tekst, Func<string, Func<object[], object>> compileer)
    {
        var delen = new List<(string, Func<object[], object>?, string?)>();
        var positie = 0;
        while (positie < tekst.Length)
        {
            var begin = tekst.IndexOf("{{", positie, StringComparison.Ordinal);
            if (begin < 0)
            {
                delen.Add((tekst[positie..], null, null));
                break;
            }

            var eind = tekst.IndexOf("}}", begin, StringComparison.Ordinal);
            if (eind < 0)
            {
                throw new RegelsetFout($"Een '{{{{' zonder '}}}}' in de tekst \"{tekst}\".");
            }

            delen.Add((tekst[positie..begin], null, null));
            var (expressie, formaat) = Splits(tekst[(begin + 2)..eind]);
            delen.Add(("", compileer(expressie), formaat));
            positie = eind + 2;
        }

        return new Sjabloon([.. delen]);
    }

    public string Vul(object[] invoer)
    {
        if (_delen.Length == 1 && _delen[0].Waarde is null)
        {
            return _delen[0].Tekst;
        }

        var sb = new StringBuilder(_lengte);
        foreach (var (tekst, waarde, formaat) in _delen)
        {
            sb.Append(tekst);
            if (waarde is not null)
            {
                sb.Append(Formatteer(waarde(invoer), formaat));
            }
        }

        return sb.ToString();
    }

    private static string Formatteer(object? waarde, string? formaat) => waarde switch
    {
        null => "onbekend",
        bool b => b ? "ja" : "nee",
        decimal d when formaat is null => d.ToString("#,##0.##", Nl),
        double d when formaat is null => d.ToString("#,##0.##", Nl),
        IFormattable f => f.ToString(formaat, Nl),
        _ => waarde.ToString() ?? "",
    };

    private static IEnumerable<(string Expressie, string? Formaat)> Placeholders(string tekst)
    {
        var positie = 0;
        while (true)
        {
            var begin = tekst.IndexOf("{{", positie, StringComparison.Ordinal);
            if (begin < 0)
            {
                yield break;
            }

            var eind = tekst.IndexOf("}}", begin, StringComparison.Ordinal);
            if (eind < 0)
            {
                yield break;
            }

            yield return Splits(tekst[(begin + 2)..eind]);
            positie = eind + 2;
        }
    }

    private static (string, string?) Splits(string inhoud)
    {
        var streep = inhoud.LastIndexOf('|');
        return streep > 0 && !inhoud.Contains("||", StringComparison.Ordinal)
            ? (inhoud[..streep].Trim(), inhoud[(streep + 1)..].Trim())
            : (inhoud.Trim(), null);
    }
}
