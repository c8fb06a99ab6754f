using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Assessment.Web.Tests;

/// <summary>
/// Walks the zelftoets the way a person does: from the task list into each task, step by step, answering every
/// question the step shows with the answer of a Voorstel JSON document (clicking options, choosing from lists,
/// typing), then "Opslaan en verder". Every question carries the id the page derives from the field's path
/// (<c>data-vraag="v-gemeenten-0-urgentie"</c>); a question the proposal does not answer is left open, or answered
/// "Weet ik niet" when asked. Optionally a callback sees every step (for screenshots and axe).
/// </summary>
public static class Invullen
{
    public static async Task VulInAsync(IPage pagina, JsonObject voorstel, bool openIsWeetIkNiet = false, Func<string, Task>? bijElkeStap = null)
    {
        await NaarAsync(pagina, "#/stap/gemeenten/lijst");
        var aantal = voorstel["gemeenten"]!.AsArray().Count;
        while (await pagina.Locator(".gemeentelijst-item").CountAsync() < aantal)
        {
            await pagina.ClickAsync("#gemeente-toevoegen");
            await NaarAsync(pagina, "#/stap/gemeenten/lijst");
        }

        await NaarAsync(pagina, "#/");
        var taken = await pagina.Locator("ol.takenlijst a[id^='taak-']:not(#taak-controleer)").EvaluateAllAsync<string[]>("as => as.map(a => a.id)");
        foreach (var taak in taken)
        {
            await NaarAsync(pagina, "#/");
            await pagina.ClickAsync("#" + taak);
            for (var stap = 0; stap < 40; stap++)
            {
                await pagina.Locator("#stap-kop").WaitForAsync();
                await BeantwoordStapAsync(pagina, voorstel, openIsWeetIkNiet);
                if (bijElkeStap is not null)
                {
                    await bijElkeStap(await pagina.EvaluateAsync<string>("() => location.hash"));
                }

                var voor = await pagina.EvaluateAsync<string>("() => location.hash");
                await pagina.ClickAsync("#verder");
                await pagina.WaitForFunctionAsync("h => location.hash !== h", voor);
                if (await pagina.EvaluateAsync<string>("() => location.hash") is "#/" or "#" or "")
                {
                    break;
                }
            }
        }
    }

    /// <summary>Sets the address (as a link would) and waits until the view is drawn.</summary>
    public static async Task NaarAsync(IPage pagina, string hash)
    {
        await pagina.EvaluateAsync("h => { if (location.hash !== h) location.hash = h; }", hash);
        await pagina.Locator("#weergave h1").WaitForAsync();
        await pagina.WaitForFunctionAsync("h => location.hash === h || (h === '#/' && location.hash === '')", hash);
    }

    /// <summary>Answers every question on the step; a question that appears after an answer (it now applies) too.</summary>
    public static async Task BeantwoordStapAsync(IPage pagina, JsonObject voorstel, bool openIsWeetIkNiet)
    {
        var gedaan = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var ids = await pagina.Locator("[data-vraag]").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.vraag)");
            var volgende = ids.FirstOrDefault(i => !gedaan.Contains(i));
            if (volgende is null)
            {
                return;
            }

            gedaan.Add(volgende);
            var (bekend, waarde) = Waarde(voorstel, volgende);
            if (bekend && waarde is not null)
            {
                await BeantwoordAsync(pagina, volgende, waarde);
            }
            else if ((bekend || openIsWeetIkNiet) && await pagina.Locator($"#{volgende}-weet-niet").CountAsync() > 0)
            {
                await pagina.CheckAsync($"#{volgende}-weet-niet");
            }
        }
    }

    /// <summary>The answer at the path of an id ("v-gemeenten-1-urgentie"): (present, value); a JSON null is present.</summary>
    public static (bool Bekend, JsonNode? Waarde) Waarde(JsonObject voorstel, string id)
    {
        JsonNode? knoop = voorstel;
        foreach (var deel in id["v-".Length..].Split('-'))
        {
            switch (knoop)
            {
                case JsonArray lijst when int.TryParse(deel, NumberStyles.None, CultureInfo.InvariantCulture, out var i):
                    if (i >= lijst.Count)
                    {
                        return (false, null);
                    }

                    knoop = lijst[i];
                    break;
                case JsonObject o:
                    if (!o.TryGetPropertyValue(deel, out knoop))
                    {
                        return (false, null);
                    }

                    break;
                default:
                    return (false, null);
            }
        }

        return (true, knoop);
    }

    public static async Task BeantwoordAsync(IPage pagina, string id, JsonNode waarde)
    {
        var veld = pagina.Locator("#" + id);
        var soort = await veld.EvaluateAsync<string>("e => e.tagName === 'FIELDSET' ? (e.querySelector('input[type=checkbox]') ? 'vakjes' : 'keuzerondjes') : e.tagName.toLowerCase()");
        switch (soort)
        {
            case "keuzerondjes":
                await veld.Locator($"input[value='{Tekst(waarde)}']").CheckAsync();
                break;
            case "vakjes":
                var codes = waarde.AsArray();
                if (codes.Count == 0)
                {
                    await pagina.CheckAsync($"#{id}-geen");
                }

                foreach (var code in codes)
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
        JsonValueKind.String => (string)waarde!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => waarde.ToJsonString(),
    };
}
