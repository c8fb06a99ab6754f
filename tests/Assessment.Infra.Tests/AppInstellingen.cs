using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Assessment.Infra.Tests;

/// <summary>
/// The app settings the compiled template gives the function app, read from its <c>siteConfig.appSettings</c>
/// ARM expression: every <c>createObject('name', …, 'value', …)</c> in it and in the variables it joins
/// (a conditional setting, and the loop of CORS origins, which appears as <c>Name__*</c>).
/// </summary>
public static partial class AppInstellingen
{
    /// <summary>Setting name (as an app setting: <c>__</c> for <c>:</c>) to its value as an ARM expression.</summary>
    public static Dictionary<string, string> Van(InfraBouw infra)
    {
        var (app, template) = infra.Enige("Microsoft.Web/sites");
        var expressie = (string)app["properties"]!["siteConfig"]!["appSettings"]!;
        var instellingen = new Dictionary<string, string>(StringComparer.Ordinal);
        Lees(expressie, instellingen);

        var variabelen = template["variables"]?.AsObject() ?? [];
        foreach (var naam in VariabeleVerwijzing().Matches(expressie).Select(m => m.Groups[1].Value))
        {
            if (variabelen[naam] is JsonValue waarde && waarde.TryGetValue<string>(out var tekst))
            {
                Lees(tekst, instellingen);
            }

            foreach (var lus in (variabelen["copy"]?.AsArray() ?? []).Where(l => (string?)l!["name"] == naam))
            {
                var lusNaam = LusNaam().Match((string)lus!["input"]!["name"]!);
                Assert.True(lusNaam.Success, $"loop variable {naam}: name {lus["input"]!["name"]}");
                instellingen[lusNaam.Groups[1].Value + "*"] = (string)lus["input"]!["value"]!;
            }
        }

        return instellingen;
    }

    /// <summary>A literal value ('dotnet-isolated' gives dotnet-isolated), or null for an expression.</summary>
    public static string? Letterlijk(string waarde) => waarde is ['\'', .. var binnen, '\''] && !binnen.Contains('\'', StringComparison.Ordinal) ? binnen : null;

    private static void Lees(string expressie, Dictionary<string, string> instellingen)
    {
        const string Begin = "createObject(";
        for (var i = expressie.IndexOf(Begin, StringComparison.Ordinal); i >= 0; i = expressie.IndexOf(Begin, i + 1, StringComparison.Ordinal))
        {
            var argumenten = Argumenten(expressie, i + Begin.Length);
            if (argumenten is ["'name'", var naam, "'value'", var waarde] && Letterlijk(naam) is { } n)
            {
                instellingen[n] = waarde;
            }
        }
    }

    /// <summary>The top-level arguments of a call whose '(' ends just before <paramref name="start"/>.</summary>
    private static List<string> Argumenten(string expressie, int start)
    {
        var argumenten = new List<string>();
        var diepte = 0;
        var inTekst = false;
        var begin = start;
        for (var i = start; i < expressie.Length; i++)
        {
            var c = expressie[i];
            if (c == '\'')
            {
                inTekst = !inTekst; // '' inside a string toggles twice
            }
            else if (!inTekst && c == '(')
            {
                diepte++;
            }
            else if (!inTekst && c == ')' && diepte-- == 0)
            {
                argumenten.Add(expressie[begin..i].Trim());
                return argumenten;
            }
            else if (!inTekst && c == ',' && diepte == 0)
            {
                argumenten.Add(expressie[begin..i].Trim());
                begin = i + 1;
            }
        }

        throw new FormatException("Unbalanced ARM expression: " + expressie);
    }

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariabeleVerwijzing();

    [GeneratedRegex(@"^\[format\('([A-Za-z0-9_]+__)\{0\}'")]
    private static partial Regex LusNaam();
}
