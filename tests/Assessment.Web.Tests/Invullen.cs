using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Assessment.Web.Tests;

/// <summary>
/// Fills in the questionnaire the way a person does — clicking options, choosing from lists, typing — with the
/// answers of a Voorstel JSON document. Every control is found by the id the page derives from the field's
/// path (<c>v-gemeenten-0-urgentie</c>).
/// </summary>
public static class Invullen
{
    public static async Task VulInAsync(IPage pagina, JsonObject voorstel)
    {
        var gemeenten = voorstel["gemeenten"]!.AsArray();
        while (await pagina.Locator("fieldset.gemeente").CountAsync() < gemeenten.Count)
        {
            await pagina.ClickAsync("#gemeente-toevoegen");
        }

        foreach (var (pad, waarde) in Bladeren(voorstel, []))
        {
            await BeantwoordAsync(pagina, "v-" + string.Join("-", pad), waarde);
        }
    }

    /// <summary>The answered leaves of a proposal: (path, value); lists of codes are one answer.</summary>
    public static IEnumerable<(IReadOnlyList<string> Pad, JsonNode Waarde)> Bladeren(JsonNode? knoop, IReadOnlyList<string> pad)
    {
        switch (knoop)
        {
            case null:
                yield break;
            case JsonObject o:
                foreach (var (naam, kind) in o)
                {
                    foreach (var blad in Bladeren(kind, [.. pad, naam]))
                    {
                        yield return blad;
                    }
                }

                break;
            case JsonArray a when a.Count > 0 && a[0] is JsonObject:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var blad in Bladeren(a[i], [.. pad, i.ToString(CultureInfo.InvariantCulture)]))
                    {
                        yield return blad;
                    }
                }

                break;
            default:
                yield return (pad, knoop);
                break;
        }
    }

    private static async Task BeantwoordAsync(IPage pagina, string id, JsonNode waarde)
    {
        var veld = pagina.Locator("#" + id);
        var soort = await veld.EvaluateAsync<string>("e => e.tagName === 'FIELDSET' ? (e.querySelector('input[type=checkbox]') ? 'vakjes' : 'keuzerondjes') : e.tagName.toLowerCase()");
        switch (soort)
        {
            case "keuzerondjes":
                await veld.Locator($"input[value='{Tekst(waarde)}']").CheckAsync();
                break;
            case "vakjes":
                await veld.Locator($"#{id}-onbekend").UncheckAsync();
                foreach (var code in waarde.AsArray())
                {
                    await veld.Locator($"input[value='{(string)code!}']").CheckAsync();
                }

                break;
            case "select":
                await veld.SelectOptionAsync(Tekst(waarde));
                break;
            default:
                await veld.FillAsync(Tekst(waarde));
                break;
        }
    }

    private static string Tekst(JsonNode waarde) => waarde.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => (string)waarde!,
        System.Text.Json.JsonValueKind.True => "true",
        System.Text.Json.JsonValueKind.False => "false",
        _ => waarde.ToJsonString(),
    };
}
