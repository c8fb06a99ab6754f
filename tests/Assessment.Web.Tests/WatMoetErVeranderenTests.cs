using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Assessment.Web.Tests;

/// <summary>
/// The first block of the to-do list, "Wat moet er veranderen" (the routes to a better verdict, or why there is
/// none), and the bandbreedte (which open questions decide most), in a real browser against the running app.
/// </summary>
[Collection(BrowserCollectie.Naam)]
public sealed class WatMoetErVeranderenTests(Browser browser)
{
    // Three routes (effort 4 each): urgency 4 → 5 at Maasstede; the scope "volledig" → "bedrijfsvoering"; → "enkele_taken".
    private const string DrieRoutes = "geconstrueerd-vijf-partners-ongelijk.json";

    private static string Voorbeeld(string naam) => Path.Combine(AppContext.BaseDirectory, "examples", naam);

    /// <summary>
    /// Imports an example as a user does (the import button), has it assessed, and waits for the result; with the
    /// Afweging the API gives for the same proposal, to compare the page with.
    /// </summary>
    private async Task<(Sessie Sessie, JsonElement Afweging)> BeoordeelAsync(string naam, int breedte = 1280)
    {
        var sessie = await browser.OpenAsync(breedte);
        var pagina = sessie.Pagina;
        await pagina.SetInputFilesAsync("#concept-laden", Voorbeeld(naam));
        await pagina.Locator("#notitie-tekst").Filter(new() { HasTextString = "is geladen" }).WaitForAsync();
        await Invullen.NaarAsync(pagina, "#/controleer");
        await pagina.ClickAsync("#beoordeel");
        var toch = pagina.Locator("#toch-beoordelen");
        var uitkomst = pagina.Locator("#resultaat-kop");
        await toch.Or(uitkomst).WaitForAsync();
        if (await toch.IsVisibleAsync())
        {
            await toch.ClickAsync();
        }

        await uitkomst.WaitForAsync();

        using var client = new HttpClient();
        using var inhoud = new StringContent(await File.ReadAllTextAsync(Voorbeeld(naam)), Encoding.UTF8, "application/json");
        using var antwoord = await client.PostAsync(browser.Adres + "/api/v1/zelftoetsen", inhoud);
        return (sessie, await antwoord.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task SchermafdrukAsync(IPage pagina, string naam, string selector) =>
        await pagina.Locator(selector).ScreenshotAsync(new() { Path = Path.Combine(Browser.Schermafdrukken, naam + ".png") });

    private static string Tekst(JsonElement e, string eigenschap) => e.GetProperty(eigenschap).GetString()!;

    [Fact]
    public async Task Wat_moet_er_veranderen_is_het_eerste_blok_van_de_takenlijst_en_toont_de_eerste_route()
    {
        var (sessie, afweging) = await BeoordeelAsync(DrieRoutes);
        var pagina = sessie.Pagina;
        var routes = afweging.GetProperty("watMoetErVeranderen").GetProperty("routes");
        Assert.Equal(3, routes.GetArrayLength());

        // The to-do list: its heading, then what must change, what the open questions can change, the conditions.
        Assert.Equal(["takenlijst-kop", "wat-moet-er-veranderen", "bandbreedte", "voorwaarden-blok"],
            await pagina.Locator("#takenlijst > *").EvaluateAllAsync<string[]>("es => es.map(e => e.id)"));
        Assert.Equal(Tekst(afweging, "voorwaardenKop"), await pagina.InnerTextAsync("#takenlijst-kop"));
        Assert.Equal("Wat moet er veranderen", await pagina.InnerTextAsync("#veranderen-kop"));
        var blok = await pagina.InnerTextAsync("#wat-moet-er-veranderen");
        Assert.Contains("Doel: het oordeel 'positief onder voorwaarden'.", blok, StringComparison.Ordinal);

        // One radio button per route, named by its number and effort, in a fieldset with a legend; the first is chosen.
        Assert.Equal("Kies een route", await pagina.InnerTextAsync(".routekeuze > legend"));
        Assert.Equal(routes.EnumerateArray().Select((r, i) => $"Route {i + 1} (moeite {r.GetProperty("moeite").GetInt32()}) — 1 wijziging"),
            await pagina.Locator(".routekeuze label").AllInnerTextsAsync());
        Assert.True(await pagina.IsCheckedAsync("#route-keuze-0"));
        Assert.True(await pagina.IsVisibleAsync("#route-0"));
        Assert.False(await pagina.IsVisibleAsync("#route-1"));
        Assert.False(await pagina.IsVisibleAsync("#route-2"));

        // The chosen route: the question, the answer now and the answer needed in words, what to do, the rules it satisfies.
        var wijziging = routes[0].GetProperty("wijzigingen")[0];
        Assert.Equal(Tekst(wijziging, "vraag"), await pagina.InnerTextAsync("#route-0 .wijziging-vraag"));
        Assert.Equal(["4", "5", "4 van 5"], await pagina.Locator("#route-0 .van-naar dd").AllInnerTextsAsync());
        Assert.Equal(Tekst(wijziging, "toelichting"), await pagina.InnerTextAsync("#route-0 .wijziging-toelichting"));
        // The rule it satisfies by its title, without its code.
        Assert.Equal(["Twee of drie partners voor een volledige ambtelijke fusie"],
            await pagina.Locator("#route-0 .vervult li").AllInnerTextsAsync());

        // Headings in order: the to-do list (h2), its blocks (h3), a route and "why not" (h4); no level skipped.
        var niveaus = await pagina.Locator("#takenlijst :is(h2, h3, h4, h5)").EvaluateAllAsync<int[]>("hs => hs.map(h => Number(h.tagName[1]))");
        Assert.Equal(2, niveaus[0]);
        Assert.All(niveaus.Zip(niveaus.Skip(1)), p => Assert.True(p.Second <= p.First + 1, string.Join(",", niveaus)));
        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task Route_2_kiezen_toont_de_wijzigingen_van_route_2_en_verbergt_die_van_route_1_zonder_dat_de_pagina_verspringt()
    {
        var (sessie, afweging) = await BeoordeelAsync(DrieRoutes);
        var pagina = sessie.Pagina;
        var routes = afweging.GetProperty("watMoetErVeranderen").GetProperty("routes");
        await SchermafdrukAsync(pagina, "7a-veranderen-route-1", "#takenlijst");
        var onderAlVoor = (await pagina.Locator("#bandbreedte").BoundingBoxAsync())!;

        await pagina.ClickAsync("label[for='route-keuze-1']");

        Assert.True(await pagina.IsCheckedAsync("#route-keuze-1"));
        Assert.True(await pagina.IsVisibleAsync("#route-1"));
        Assert.False(await pagina.IsVisibleAsync("#route-0"));
        Assert.False(await pagina.IsVisibleAsync("#route-2"));
        // What a person sees of the block (innerText leaves out what is hidden): route 2's change, in words.
        var zichtbaar = await pagina.InnerTextAsync("#wat-moet-er-veranderen");
        Assert.Contains("Route 2: 1 wijziging, moeite 4", zichtbaar, StringComparison.Ordinal);
        Assert.Contains(Tekst(routes[1].GetProperty("wijzigingen")[0], "vraag"), zichtbaar, StringComparison.Ordinal);
        Assert.Equal(["Volledig takenpakket, met beleid", "Alleen bedrijfsvoering", "4 van 5"], await pagina.Locator("#route-1 .van-naar dd").AllInnerTextsAsync());
        Assert.DoesNotContain(Tekst(routes[0].GetProperty("wijzigingen")[0], "vraag"), zichtbaar, StringComparison.Ordinal);
        Assert.DoesNotContain("Enkele taken", zichtbaar, StringComparison.Ordinal);

        // Nothing below the routes moves, and the choice is announced politely.
        var onderAlNa = (await pagina.Locator("#bandbreedte").BoundingBoxAsync())!;
        Assert.Equal(onderAlVoor.Y, onderAlNa.Y, 0.5);
        await pagina.Locator("#route-melding").Filter(new() { HasTextString = "Route 2 gekozen: 1 wijziging, moeite 4." }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal("status", await pagina.GetAttributeAsync("#route-melding", "role"));
        await SchermafdrukAsync(pagina, "7b-veranderen-route-2", "#wat-moet-er-veranderen");
        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task Met_het_toetsenbord_kiest_u_een_route_met_de_pijltjestoetsen()
    {
        var (sessie, _) = await BeoordeelAsync(DrieRoutes);
        var pagina = sessie.Pagina;

        // The group is one Tab stop, on the chosen route; the focus is visible.
        await TabNaarAsync(pagina, "route-keuze-0");
        var focus = await pagina.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return `${s.outlineStyle} ${s.outlineWidth}`; }");
        Assert.Equal("solid 3px", focus);

        await pagina.Keyboard.PressAsync("ArrowDown");
        Assert.True(await pagina.IsCheckedAsync("#route-keuze-1"));
        Assert.True(await pagina.IsVisibleAsync("#route-1"));
        Assert.False(await pagina.IsVisibleAsync("#route-0"));

        await pagina.Keyboard.PressAsync("ArrowDown");
        Assert.True(await pagina.IsCheckedAsync("#route-keuze-2"));
        Assert.True(await pagina.IsVisibleAsync("#route-2"));
        Assert.False(await pagina.IsVisibleAsync("#route-1"));
        Assert.Equal(["Volledig takenpakket, met beleid", "Enkele taken", "4 van 5"], await pagina.Locator("#route-2 .van-naar dd").AllInnerTextsAsync());

        // The next Tab leaves the group for the first link in the chosen route, not a hidden one.
        await pagina.Keyboard.PressAsync("Tab");
        Assert.Equal("Reikwijdte van de fusie", await pagina.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await pagina.EvaluateAsync<bool>("() => document.getElementById('route-2').contains(document.activeElement)"));
    }

    [Fact]
    public async Task Zonder_route_toont_de_pagina_de_reden_en_de_feiten_waarvan_het_afhangt()
    {
        var (sessie, afweging) = await BeoordeelAsync("bar.json");
        var pagina = sessie.Pagina;
        var advies = afweging.GetProperty("watMoetErVeranderen");
        Assert.Equal(0, advies.GetProperty("routes").GetArrayLength());
        var geenRoute = advies.GetProperty("geenRoute");

        Assert.Equal(0, await pagina.Locator(".routekeuze").CountAsync());
        Assert.Equal(Tekst(geenRoute, "reden"), await pagina.InnerTextAsync("#geen-route"));
        var feiten = await pagina.Locator("#geen-route + .feiten-kop + .feiten li").AllInnerTextsAsync();
        Assert.Equal(geenRoute.GetProperty("feiten").EnumerateArray().Select(f => $"{Tekst(f, "vraag")}: onbekend"), feiten);

        // The advice aims at 'positief onder voorwaarden': why 'positief' is out of reach is told too, once.
        Assert.Equal("positief_onder_voorwaarden", Tekst(advies, "doel"));
        var waarom = Tekst(advies.GetProperty("waaromNietPositief"), "reden");
        Assert.Equal(waarom, await pagina.InnerTextAsync("#waarom-niet-positief"));
        var blok = await pagina.InnerTextAsync("#wat-moet-er-veranderen");
        Assert.Equal(blok.IndexOf(waarom, StringComparison.Ordinal), blok.LastIndexOf(waarom, StringComparison.Ordinal));
        await SchermafdrukAsync(pagina, "7c-veranderen-geen-route", "#takenlijst");
        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task Een_enkele_route_noemt_de_antwoorden_in_woorden_en_een_vraag_leidt_naar_die_vraag_in_de_vragenlijst()
    {
        var (sessie, afweging) = await BeoordeelAsync("ommen-hardenberg.json");
        var pagina = sessie.Pagina;
        Assert.Equal(1, afweging.GetProperty("watMoetErVeranderen").GetProperty("routes").GetArrayLength());

        // One route needs no choice.
        Assert.Equal(0, await pagina.Locator(".routekeuze").CountAsync());
        Assert.Equal("De route: 4 wijzigingen, moeite 12", await pagina.InnerTextAsync("#route-0-kop"));
        var waarden = await pagina.Locator("#route-0 .van-naar").EvaluateAllAsync<string[]>(
            "ds => ds.map(d => [...d.querySelectorAll('dd')].slice(0, 2).map(x => x.textContent).join(' → '))");
        Assert.Equal(["onbekend → 3", "ja → nee", "onbekend → nee", "onbekend → nee"], waarden);
        // A fact per municipality, the number the Dutch way.
        var tekst = await pagina.InnerTextAsync("#wat-moet-er-veranderen");
        Assert.Contains("Aantal inwoners (Ommen): 17.400", tekst, StringComparison.Ordinal);
        Assert.Contains("Aantal inwoners (Hardenberg): 59.300", tekst, StringComparison.Ordinal);

        // The question about Hardenberg leads to Hardenberg's question on its step (not answered yet), with the focus on it.
        await pagina.ClickAsync("#route-0 a:text-is('Twijfelt de gemeente over deelname? (Hardenberg)')");
        await pagina.WaitForFunctionAsync("() => location.hash.startsWith('#/stap/condities/0/1')");
        Assert.Equal("v-gemeenten-1-twijfelt-0", await pagina.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(0, await pagina.Locator("#v-gemeenten-1-twijfelt input:checked").CountAsync());
        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task De_bandbreedte_noemt_de_beslissende_vragen_met_het_oordeel_aan_beide_kanten()
    {
        var (sessie, afweging) = await BeoordeelAsync("geconstrueerd-schijncoalitie.json");
        var pagina = sessie.Pagina;
        var bandbreedte = afweging.GetProperty("bandbreedte");
        var vragen = bandbreedte.GetProperty("beslissendeVragen");

        Assert.Contains(Tekst(bandbreedte, "toelichting"), await pagina.InnerTextAsync("#bandbreedte"), StringComparison.Ordinal);
        var rijen = await pagina.Locator("#bandbreedte tbody tr").EvaluateAllAsync<string[]>(
            "rs => rs.map(r => [...r.children].map(c => c.textContent).join(' | '))");
        Assert.Equal(vragen.GetArrayLength(), rijen.Length);
        Assert.Equal("Is er een plan voor de cultuur van de nieuwe organisatie? | Positief onder voorwaarden | Heroverwegen | tot 41 punten", rijen[0]);

        // The advice aims at 'positief' and there is no route: the reason once, not again as "why not 'positief'".
        Assert.Equal(Tekst(afweging.GetProperty("watMoetErVeranderen").GetProperty("geenRoute"), "reden"), await pagina.InnerTextAsync("#geen-route"));
        Assert.Equal(0, await pagina.Locator("#waarom-niet-positief").CountAsync());
        await SchermafdrukAsync(pagina, "7d-bandbreedte", "#bandbreedte");

        // A deciding question leads to its place in the questionnaire.
        await pagina.ClickAsync("#bandbreedte tbody tr:first-child a");
        await pagina.WaitForFunctionAsync("() => location.hash.startsWith('#/stap/')");
        Assert.StartsWith("v-condities-cultuurplan-", await pagina.EvaluateAsync<string>("() => document.activeElement.id"), StringComparison.Ordinal);
        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task Bij_het_oordeel_positief_hoeft_er_niets_te_veranderen()
    {
        var (sessie, afweging) = await BeoordeelAsync("geconstrueerd-gelijkwaardig-positief.json");
        var pagina = sessie.Pagina;
        Assert.Equal("positief", Tekst(afweging, "oordeel"));
        Assert.Equal(JsonValueKind.Null, afweging.GetProperty("watMoetErVeranderen").ValueKind);

        Assert.Equal("Wat moet er veranderen\nEr hoeft niets te veranderen: het oordeel is al 'positief'.",
            (await pagina.InnerTextAsync("#wat-moet-er-veranderen")).Replace("\n\n", "\n", StringComparison.Ordinal));
        Assert.Equal(afweging.GetProperty("bandbreedte").ValueKind == JsonValueKind.Null ? 0 : 1, await pagina.Locator("#bandbreedte").CountAsync());
    }

    [Fact]
    public async Task Axe_vindt_geen_schendingen_in_de_routes_en_zonder_route_ook_niet_op_een_smal_scherm()
    {
        var (sessie, _) = await BeoordeelAsync(DrieRoutes);
        var pagina = sessie.Pagina;
        Assert.Empty(await browser.AxeAsync(pagina));
        await pagina.ClickAsync("label[for='route-keuze-1']");
        Assert.Empty(await browser.AxeAsync(pagina));

        var (zonder, _) = await BeoordeelAsync("bar.json");
        Assert.Empty(await browser.AxeAsync(zonder.Pagina));

        // WCAG 2.1 reflow at 320 CSS pixels: only the data table may scroll within itself.
        var (smal, _) = await BeoordeelAsync(DrieRoutes, breedte: 320);
        Assert.True(await smal.Pagina.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "het resultaat is breder dan het scherm");
        Assert.Empty(await browser.AxeAsync(smal.Pagina));
        await SchermafdrukAsync(smal.Pagina, "7e-smal-routes", "#wat-moet-er-veranderen");
    }

    private static async Task TabNaarAsync(IPage pagina, string id)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await pagina.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == id)
            {
                return;
            }

            await pagina.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"#{id} is met Tab niet te bereiken.");
    }
}
