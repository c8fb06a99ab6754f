using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Assessment.Web.Tests;

/// <summary>The zelftoets in a real browser (headless Chromium) against the running app.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed partial class ZelftoetsTests(Browser browser)
{
    private static JsonObject Voorbeeld(string naam) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", naam)))!.AsObject();

    private static async Task<JsonElement> ApiAsync(string pad, string voorstel)
    {
        using var client = new HttpClient();
        using var antwoord = await client.PostAsync(pad, new StringContent(voorstel, Encoding.UTF8, "application/json"));
        return await antwoord.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> HaalAsync(string adres)
    {
        using var client = new HttpClient();
        return await client.GetFromJsonAsync<JsonElement>(adres);
    }

    /// <summary>From the check page: assess, confirm the key-question warning when it comes, and wait for the result.</summary>
    private static async Task BeoordeelAsync(IPage pagina)
    {
        await Invullen.NaarAsync(pagina, "#/controleer");
        await pagina.ClickAsync("#beoordeel");
        var waarschuwing = pagina.Locator("#toch-beoordelen");
        var uitkomst = pagina.Locator("#resultaat-kop");
        await waarschuwing.Or(uitkomst).WaitForAsync();
        if (await waarschuwing.IsVisibleAsync())
        {
            await waarschuwing.ClickAsync();
        }

        await uitkomst.WaitForAsync();
    }

    private async Task GeenSchendingenAsync(IPage pagina, string waar)
    {
        var schendingen = await browser.AxeAsync(pagina);
        Assert.True(schendingen.Count == 0, $"{waar}: {string.Join(" | ", schendingen)}");
    }

    private static async Task PastInDeBreedteAsync(IPage pagina, string waar) =>
        Assert.True(await pagina.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{waar} is breder dan het scherm");

    [Theory]
    [InlineData(1366, 768, "geconstrueerd-vijf-partners-ongelijk.json", "bureaublad", false)]
    [InlineData(390, 844, "ommen-hardenberg.json", "telefoon", true)]
    public async Task Het_hele_verloop_met_de_muis_elke_stap_zonder_schendingen_en_niets_verlaat_de_app(int breedte, int hoogte, string voorbeeld, string naam, bool openIsWeetIkNiet)
    {
        var voorstel = Voorbeeld(voorbeeld);
        var sessie = await browser.OpenAsync(breedte, hoogte);
        var pagina = sessie.Pagina;
        await sessie.SchermAsync($"{naam}-1-takenlijst");
        await GeenSchendingenAsync(pagina, "de takenlijst");

        var stappen = new List<string>();
        await Invullen.VulInAsync(pagina, voorstel, openIsWeetIkNiet, async stap =>
        {
            stappen.Add(stap);
            await pagina.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            await GeenSchendingenAsync(pagina, stap);
            await PastInDeBreedteAsync(pagina, stap);
            await sessie.SchermafdrukAsync($"{naam}-2-stap-{stappen.Count:00}-{stap.Replace("#/stap/", "", StringComparison.Ordinal).Replace('/', '-')}");
        });
        Assert.Contains("#/stap/gemeenten/lijst", stappen);
        Assert.Contains("#/stap/condities/0/1", stappen); // per municipality: one step each

        // With every open question answered "Weet ik niet", every task is done; else the tasks the proposal answers are begun.
        await Invullen.NaarAsync(pagina, "#/");
        var statussen = await pagina.Locator(".takenlijst .taakstatus").AllInnerTextsAsync();
        if (openIsWeetIkNiet)
        {
            Assert.All(statussen, s => Assert.Equal("Klaar", s));
        }
        else
        {
            Assert.All(statussen.Take(5), s => Assert.NotEqual("Niet begonnen", s));
        }

        await sessie.SchermAsync($"{naam}-3-takenlijst-ingevuld");
        await Invullen.NaarAsync(pagina, "#/controleer");
        await GeenSchendingenAsync(pagina, "de controlepagina");
        await PastInDeBreedteAsync(pagina, "de controlepagina");
        Assert.Equal((string)voorstel["titel"]!, await pagina.InnerTextAsync("#antwoord-v-titel .antwoord"));
        await sessie.SchermAsync($"{naam}-4-controle");

        await BeoordeelAsync(pagina);
        var verzonden = Assert.Single(sessie.Verzonden);
        var verwacht = await ApiAsync(browser.Adres + "/api/v1/zelftoetsen", verzonden);
        var oordeel = verwacht.GetProperty("oordeel").GetString()!;
        Assert.StartsWith("Oordeel: ", await pagina.InnerTextAsync("#oordeel .oordeel-woord"), StringComparison.Ordinal);
        Assert.Equal(verwacht.GetProperty("voorwaarden").GetArrayLength(), await pagina.Locator("#voorwaarden input[type=checkbox]").CountAsync());
        Assert.Equal(verwacht.GetProperty("bevindingen").GetArrayLength(), await pagina.Locator("li.bevinding").CountAsync());
        Assert.Equal(oordeel, await pagina.EvaluateAsync<string>("() => [...document.getElementById('oordeel').classList].find(c => c.startsWith('oordeel-')).slice(8)"));
        await sessie.SchermAsync($"{naam}-5-uitkomst");
        await sessie.SchermafdrukAsync($"{naam}-5-uitkomst-geheel");
        await pagina.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await GeenSchendingenAsync(pagina, "de uitkomst");
        await PastInDeBreedteAsync(pagina, "de uitkomst");

        // The proposal sent is the one filled in, less nothing the user answered that applies.
        var gestuurd = JsonNode.Parse(verzonden)!.AsObject();
        Assert.Equal((string)voorstel["titel"]!, (string)gestuurd["titel"]!);
        Assert.Equal(voorstel["gemeenten"]!.AsArray().Count, gestuurd["gemeenten"]!.AsArray().Count);
        Assert.All(sessie.Verzoeken, v => Assert.StartsWith(browser.Adres + "/", v.Adres, StringComparison.Ordinal));
        Assert.Empty(sessie.Consolefouten); // a CSP violation would be reported here
    }

    [Fact]
    public async Task Het_hele_verloop_met_alleen_het_toetsenbord()
    {
        var sessie = await browser.OpenAsync(1366, 768);
        var pagina = sessie.Pagina;
        var toetsenbord = pagina.Keyboard;

        // The first Tab reaches the skip link, which leads past the header.
        await toetsenbord.PressAsync("Tab");
        Assert.Equal("Ga direct naar de inhoud", await pagina.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await ZichtbareFocusAsync(pagina);

        await toetsenbord.PressAsync("Enter");
        Assert.Equal("inhoud", await pagina.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("", await pagina.EvaluateAsync<string>("() => location.hash"));

        // Into the first task; the step's heading takes the focus.
        await TabNaarAsync(pagina, "taak-voorstel");
        await ZichtbareFocusAsync(pagina);
        await toetsenbord.PressAsync("Enter");
        await pagina.WaitForFunctionAsync("() => document.activeElement?.id === 'stap-kop'");
        await TabNaarAsync(pagina, "v-titel");
        await toetsenbord.TypeAsync("Ambtelijke fusie Hof van Twente en Haaksbergen");

        // A radio group is one Tab stop with nothing chosen; the arrow keys choose within it.
        await TabNaarAsync(pagina, "v-fase-0");
        Assert.False(await pagina.IsCheckedAsync("#v-fase-0"));
        await toetsenbord.PressAsync("ArrowDown");
        Assert.True(await pagina.IsCheckedAsync("#v-fase-1"));
        await TabNaarAsync(pagina, "verder");
        await toetsenbord.PressAsync("Enter");
        await pagina.WaitForFunctionAsync("() => location.hash === '#/'");

        // The municipalities: a step per municipality.
        await TabNaarAsync(pagina, "taak-gemeenten");
        await toetsenbord.PressAsync("Enter");
        await pagina.WaitForFunctionAsync("() => location.hash === '#/stap/gemeenten/lijst'");
        await TabNaarAsync(pagina, "verder");
        await toetsenbord.PressAsync("Enter");
        foreach (var (naam, inwoners) in new[] { ("Hof van Twente", "35.000"), ("Haaksbergen", "24.500") })
        {
            await pagina.WaitForFunctionAsync("() => document.activeElement?.id === 'stap-kop'");
            var id = await pagina.EvaluateAsync<string>("() => document.querySelector('[data-veld=\"gemeenten[].naam\"] input').id");
            await TabNaarAsync(pagina, id);
            await toetsenbord.TypeAsync(naam);
            await TabNaarAsync(pagina, id.Replace("naam", "inwoners", StringComparison.Ordinal));
            await toetsenbord.TypeAsync(inwoners);
            await TabNaarAsync(pagina, "verder");
            await toetsenbord.PressAsync("Enter");
        }

        await pagina.WaitForFunctionAsync("() => location.hash === '#/'");
        Assert.Equal("Bezig", await pagina.InnerTextAsync("#taak-status-gemeenten")); // name and inhabitants of the six questions each

        // The form: a choice by arrow keys in the first step of its task.
        await TabNaarAsync(pagina, "taak-samenwerking");
        await toetsenbord.PressAsync("Enter");
        await pagina.WaitForFunctionAsync("() => document.activeElement?.id === 'stap-kop'");
        await TabNaarAsync(pagina, "v-samenwerking-vorm-0");
        await toetsenbord.PressAsync("Space");
        Assert.True(await pagina.IsCheckedAsync("#v-samenwerking-vorm-0"));

        // To the check page and the assessment; the key questions are unanswered, so a warning comes first.
        await TabNaarAsync(pagina, "naar-overzicht", achteruit: true);
        await toetsenbord.PressAsync("Enter");
        await pagina.WaitForFunctionAsync("() => location.hash === '#/'");
        await TabNaarAsync(pagina, "taak-controleer");
        await toetsenbord.PressAsync("Enter");
        await TabNaarAsync(pagina, "beoordeel");
        await toetsenbord.PressAsync("Enter");
        await pagina.WaitForFunctionAsync("() => document.activeElement?.id === 'sleutel-waarschuwing'");
        Assert.Empty(sessie.Verzonden);
        await TabNaarAsync(pagina, "toch-beoordelen");
        await ZichtbareFocusAsync(pagina);
        await toetsenbord.PressAsync("Enter");
        await pagina.WaitForFunctionAsync("() => document.activeElement?.id === 'resultaat-kop'");
        Assert.StartsWith("Oordeel: ", await pagina.InnerTextAsync("#oordeel .oordeel-woord"), StringComparison.Ordinal);

        // The to-do list and the PDF button are reachable too.
        await TabNaarAsync(pagina, "pdf-downloaden");
        await ZichtbareFocusAsync(pagina);
        await TabNaarAsync(pagina, "taak-0");
        await toetsenbord.PressAsync("Space");
        Assert.True(await pagina.IsCheckedAsync("#taak-0"));
        await sessie.SchermAsync("toetsenbord-uitkomst");
        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task De_takenlijst_toont_per_onderdeel_niet_begonnen_bezig_of_klaar()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        var groepen = (await HaalAsync(browser.Adres + "/vragenlijst.json")).GetProperty("groepen").EnumerateArray().Select(g => g.GetProperty("titel").GetString()!).ToList();

        Assert.Equal([.. groepen, "Controleren en beoordelen"], await pagina.Locator("ol.takenlijst .taak-naam a").AllInnerTextsAsync());
        Assert.All(await pagina.Locator(".takenlijst .taakstatus").AllInnerTextsAsync(), s => Assert.Equal("Niet begonnen", s));

        await pagina.ClickAsync("#taak-voorstel");
        await pagina.FillAsync("#v-titel", "Ambtelijke fusie Dalfsen en Staphorst");
        await pagina.ClickAsync("#naar-overzicht");
        Assert.Equal("Bezig", await pagina.InnerTextAsync("#taak-status-voorstel"));
        Assert.Contains("1 van 5 vragen beantwoord", await pagina.InnerTextAsync("#taak-voorstel + .taak-telling"), StringComparison.Ordinal);

        await pagina.ClickAsync("#taak-voorstel");
        foreach (var id in new[] { "v-fase-weet-niet", "v-ingangsdatum-weet-niet", "v-indiener-rol-weet-niet", "v-indiener-organisatie-weet-niet" })
        {
            await pagina.CheckAsync("#" + id);
        }

        await pagina.ClickAsync("#verder");
        await pagina.WaitForFunctionAsync("() => location.hash === '#/'");
        Assert.Equal("Klaar", await pagina.InnerTextAsync("#taak-status-voorstel"));
        await sessie.SchermAsync("takenlijst-bezig-en-klaar");
    }

    [Fact]
    public async Task Geen_antwoord_is_vooraf_gekozen_en_weet_ik_niet_is_een_eigen_keuze()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        foreach (var stap in new[] { "#/stap/voorstel/0", "#/stap/samenwerking/0", "#/stap/motieven/0", "#/stap/condities/0/0", "#/stap/condities/1" })
        {
            await Invullen.NaarAsync(pagina, stap);
            Assert.Equal(0, await pagina.Locator("input:checked").CountAsync());
            Assert.Equal(0, await pagina.Locator("select option:checked:not([value=''])").CountAsync());
        }

        // "Weet ik niet" is answered; a question left open is not, and the check page says which is which.
        await Invullen.NaarAsync(pagina, "#/stap/condities/1");
        await pagina.CheckAsync("#v-condities-vertrouwenBestuurlijk-weet-niet");
        await Invullen.NaarAsync(pagina, "#/controleer");
        Assert.Equal("Weet ik niet", await pagina.InnerTextAsync("#antwoord-v-condities-vertrouwenBestuurlijk .antwoord"));
        Assert.Equal("Niet beantwoord", await pagina.InnerTextAsync("#antwoord-v-condities-vertrouwenAmbtelijk .antwoord"));
        Assert.Contains("Sleutelvraag", await pagina.InnerTextAsync("#antwoord-v-condities-vertrouwenBestuurlijk dt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_zes_sleutelvragen_komen_uit_de_regelset_en_zonder_antwoord_waarschuwt_de_pagina_eerst()
    {
        var kader = await HaalAsync(browser.Adres + "/api/v1/afwegingskader");
        var sleutelvelden = kader.GetProperty("regels").EnumerateArray().Where(r => r.GetProperty("sleutel").GetBoolean())
            .SelectMany(r => r.GetProperty("vereist").EnumerateArray().Select(v => v.GetString()!.Replace("overdragendeGemeenten[]", "gemeenten[]", StringComparison.Ordinal)))
            .ToHashSet();
        Assert.Equal(6, sleutelvelden.Count);

        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        var minimaal = Voorbeeld("geconstrueerd-minimaal.json");
        minimaal["samenwerking"]!["vorm"] = "centrumgemeente";
        await Invullen.VulInAsync(pagina, minimaal);

        // Marked on their steps …
        var gemarkeerd = new HashSet<string>();
        foreach (var stap in new[] { "#/stap/samenwerking/0", "#/stap/motieven/1", "#/stap/condities/0/0", "#/stap/condities/1", "#/stap/condities/3/gemeenten" })
        {
            await Invullen.NaarAsync(pagina, stap);
            gemarkeerd.UnionWith(await pagina.Locator(".vraag-sleutel").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.veld)"));
        }

        Assert.Equal(sleutelvelden.Order(), gemarkeerd.Order());

        // … and before the assessment: a warning that names them, nothing sent until "Toch beoordelen".
        await Invullen.NaarAsync(pagina, "#/controleer");
        await pagina.ClickAsync("#beoordeel");
        var waarschuwing = pagina.Locator("#sleutel-waarschuwing");
        await waarschuwing.WaitForAsync();
        Assert.True(await waarschuwing.EvaluateAsync<bool>("e => document.activeElement === e"), "de waarschuwing krijgt de focus");
        Assert.Contains("sleutelvragen zijn nog niet beantwoord", await pagina.InnerTextAsync("#sleutel-waarschuwing h2"), StringComparison.Ordinal);
        Assert.Empty(sessie.Verzonden);
        await GeenSchendingenAsync(pagina, "de waarschuwing");
        await sessie.SchermafdrukAsync("sleutelvragen-waarschuwing", "#sleutel-waarschuwing");

        // A link leads to the question on its step.
        await waarschuwing.Locator("a").First.ClickAsync();
        Assert.StartsWith("#/stap/", await pagina.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        Assert.StartsWith("v-", await pagina.EvaluateAsync<string>("() => document.activeElement.id"), StringComparison.Ordinal);

        await BeoordeelAsync(pagina);
        Assert.Equal("Oordeel: Onvoldoende informatie", await pagina.InnerTextAsync("#oordeel .oordeel-woord"));
    }

    [Fact]
    public async Task Alleen_de_vragen_die_gelden_volgens_het_schema_worden_gesteld_en_verstuurd()
    {
        // The rule is in the schema the page loads, not in the page.
        var schema = await HaalAsync(browser.Adres + "/api/v1/schemas/voorstel");
        Assert.Equal("centrumgemeente", schema.GetProperty("properties").GetProperty("samenwerking").GetProperty("properties").GetProperty("gastgemeente")
            .GetProperty("vraagGeldtAls")[0].GetProperty("is")[0].GetString());
        Assert.Equal("motieven", schema.GetProperty("properties").GetProperty("hoofdmotief").GetProperty("keuzesUit").GetString());

        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await Invullen.NaarAsync(pagina, "#/stap/gemeenten/0");
        await pagina.FillAsync("#v-gemeenten-0-naam", "Tubbergen");
        await Invullen.NaarAsync(pagina, "#/stap/gemeenten/1");
        await pagina.FillAsync("#v-gemeenten-1-naam", "Dinkelland");

        // The host only for a centrumgemeente; whether a municipality accepts the host model only for the others.
        await Invullen.NaarAsync(pagina, "#/stap/samenwerking/0");
        await pagina.CheckAsync("#v-samenwerking-vorm input[value='openbaar_lichaam']");
        Assert.Equal(0, await pagina.Locator("#v-samenwerking-gastgemeente").CountAsync());
        Assert.DoesNotContain("#/stap/samenwerking/0/gemeenten", await StappenAsync(pagina));
        await pagina.CheckAsync("#v-samenwerking-vorm input[value='centrumgemeente']");
        Assert.Equal(1, await pagina.Locator("#v-samenwerking-gastgemeente").CountAsync());
        Assert.Equal("v-samenwerking-vorm-2", await pagina.EvaluateAsync<string>("() => document.activeElement.id")); // the focus stays
        await pagina.FillAsync("#v-samenwerking-gastgemeente", "Tubbergen");
        await Invullen.NaarAsync(pagina, "#/stap/samenwerking/0/gemeenten");
        Assert.Equal(["v-gemeenten-1-aanvaardtGastheermodel"], await pagina.Locator("[data-vraag]").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.vraag)"));
        await pagina.CheckAsync("#v-gemeenten-1-aanvaardtGastheermodel input[value='true']");

        // The Gideonsbende's details only when there is one.
        await Invullen.NaarAsync(pagina, "#/stap/condities/2");
        Assert.Equal(1, await pagina.Locator("[data-vraag]").CountAsync());
        await pagina.CheckAsync("#v-condities-gideonsbende-aanwezig input[value='true']");
        Assert.Equal(5, await pagina.Locator("[data-vraag]").CountAsync());
        await pagina.CheckAsync("#v-condities-gideonsbende-bestuurders input[value='true']");
        await sessie.SchermafdrukAsync("alleen-wat-geldt-gideonsbende", "#stapformulier");
        await pagina.CheckAsync("#v-condities-gideonsbende-aanwezig input[value='false']");
        Assert.Equal(1, await pagina.Locator("[data-vraag]").CountAsync());

        // The main motive is chosen from the ticked motives.
        await Invullen.NaarAsync(pagina, "#/stap/motieven/0");
        Assert.Equal(0, await pagina.Locator("#v-hoofdmotief").CountAsync());
        await pagina.CheckAsync("#v-motieven input[value='kwaliteit']");
        await pagina.CheckAsync("#v-motieven input[value='kosten']");
        Assert.Equal(["kosten", "kwaliteit"], (await pagina.Locator("#v-hoofdmotief input:not([value=''])").EvaluateAllAsync<string[]>("es => es.map(e => e.value)")).Order());
        await pagina.CheckAsync("#v-hoofdmotief input[value='kosten']");
        await sessie.SchermafdrukAsync("alleen-wat-geldt-hoofdmotief", "#stapformulier");
        await pagina.UncheckAsync("#v-motieven input[value='kosten']");
        Assert.Equal(["kwaliteit"], await pagina.Locator("#v-hoofdmotief input:not([value=''])").EvaluateAllAsync<string[]>("es => es.map(e => e.value)"));

        // What no longer applies is kept in the draft but not sent: the Gideonsbende's members, the old main motive.
        await Invullen.NaarAsync(pagina, "#/stap/voorstel/0");
        await pagina.FillAsync("#v-titel", "Tubbergen en Dinkelland");
        await Invullen.NaarAsync(pagina, "#/stap/gemeenten/0");
        await pagina.FillAsync("#v-gemeenten-0-inwoners", "21.000");
        await Invullen.NaarAsync(pagina, "#/stap/gemeenten/1");
        await pagina.FillAsync("#v-gemeenten-1-inwoners", "26.000");
        await BeoordeelAsync(pagina);
        var gestuurd = JsonNode.Parse(Assert.Single(sessie.Verzonden))!.AsObject();
        Assert.False(gestuurd["condities"]!["gideonsbende"]!.AsObject().ContainsKey("bestuurders"));
        Assert.False(gestuurd.ContainsKey("hoofdmotief"));
        Assert.Equal("Tubbergen", (string)gestuurd["samenwerking"]!["gastgemeente"]!);
        Assert.True((bool)gestuurd["gemeenten"]![1]!["aanvaardtGastheermodel"]!);
        Assert.Empty(sessie.Consolefouten);
    }

    private static async Task<string[]> StappenAsync(IPage pagina) =>
        await pagina.EvaluateAsync<string[]>("""
            async () => {
              const { maakStappen } = await import("/js/model.js");
              const [schema, teksten] = await Promise.all([fetch("/api/v1/schemas/voorstel").then(r => r.json()), fetch("/vragenlijst.json").then(r => r.json())]);
              const bewaard = JSON.parse(localStorage.getItem("afwegingskader.zelftoets.v2"));
              return maakStappen(teksten, schema, bewaard.voorstel).map(s => `#/stap/${s.id}`);
            }
            """);

    [Fact]
    public async Task De_api_weigert_een_hoofdmotief_buiten_de_motieven_met_een_probleem_dat_het_veld_noemt()
    {
        var voorstel = Voorbeeld("geconstrueerd-minimaal.json");
        voorstel["motieven"] = new JsonArray("kwaliteit");
        voorstel["hoofdmotief"] = "kosten";

        var probleem = await ApiAsync(browser.Adres + "/api/v1/zelftoetsen", voorstel.ToJsonString());

        Assert.Equal(400, probleem.GetProperty("status").GetInt32());
        var fout = Assert.Single(probleem.GetProperty("errors").EnumerateArray());
        Assert.Equal("#/hoofdmotief", fout.GetProperty("location").GetString());
        Assert.Contains("staat niet bij de gekozen motieven (Betere kwaliteit)", fout.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ongeldige_invoer_in_een_stap_toont_de_fouten_bij_de_velden_en_verstuurt_niets()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await Invullen.NaarAsync(pagina, "#/stap/gemeenten/0");
        await pagina.FillAsync("#v-gemeenten-0-naam", "Ommen");
        await pagina.FillAsync("#v-gemeenten-0-inwoners", "veel");
        await pagina.FillAsync("#v-gemeenten-0-cbsCode", "0175");

        await pagina.ClickAsync("#verder");

        var overzicht = pagina.Locator("#foutoverzicht-inhoud");
        await overzicht.WaitForAsync();
        Assert.True(await overzicht.EvaluateAsync<bool>("e => document.activeElement === e"), "het foutoverzicht krijgt de focus");
        Assert.Equal("#/stap/gemeenten/0", await pagina.EvaluateAsync<string>("() => location.hash"));
        await VerwachtFoutAsync(pagina, "v-gemeenten-0-inwoners", "verwacht een geheel getal, maar kreeg de tekst \"veel\"");
        await VerwachtFoutAsync(pagina, "v-gemeenten-0-cbsCode", "heeft niet de juiste vorm");
        Assert.DoesNotContain(sessie.Verzoeken, v => v.Methode == "POST");
        await GeenSchendingenAsync(pagina, "het foutoverzicht");
        await sessie.SchermafdrukAsync("fout-in-stap", "#foutoverzicht");

        // A link in the summary takes the user to the field; correcting it clears the error.
        await overzicht.GetByRole(AriaRole.Link, new() { NameRegex = new("kreeg de tekst") }).ClickAsync();
        Assert.Equal("v-gemeenten-0-inwoners", await pagina.EvaluateAsync<string>("() => document.activeElement.id"));
        await pagina.FillAsync("#v-gemeenten-0-inwoners", "17.500");
        Assert.Null(await pagina.GetAttributeAsync("#v-gemeenten-0-inwoners", "aria-invalid"));
    }

    [Fact]
    public async Task Een_fout_die_alleen_de_api_vindt_leidt_vanaf_de_controlepagina_naar_het_veld()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        var voorstel = Voorbeeld("tubbergen-dinkelland.json");
        voorstel["gemeenten"]![1]!["naam"] = (string)voorstel["gemeenten"]![0]!["naam"]!;
        await pagina.SetInputFilesAsync("#concept-laden", new FilePayload { Name = "dubbel.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(voorstel.ToJsonString()) });
        await pagina.Locator("#notitie-tekst").WaitForAsync();

        await Invullen.NaarAsync(pagina, "#/controleer");
        await pagina.ClickAsync("#beoordeel");
        var toch = pagina.Locator("#toch-beoordelen");
        var fouten = pagina.Locator("#foutoverzicht-inhoud");
        await toch.Or(fouten).WaitForAsync();
        if (await toch.IsVisibleAsync())
        {
            await toch.ClickAsync();
        }

        await fouten.WaitForAsync();

        // Two municipalities with one name is not something a JSON Schema can say; the API's problem document does.
        var probleem = await ApiAsync(browser.Adres + "/api/v1/zelftoetsen", Assert.Single(sessie.Verzonden));
        var fout = probleem.GetProperty("errors").EnumerateArray().Single();
        Assert.Contains(fout.GetProperty("detail").GetString()!, await fouten.InnerTextAsync(), StringComparison.Ordinal);
        await fouten.Locator("a").First.ClickAsync();
        await pagina.WaitForFunctionAsync("() => location.hash.startsWith('#/stap/gemeenten/1')");
        Assert.Equal("v-gemeenten-1-naam", await pagina.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    private static async Task VerwachtFoutAsync(IPage pagina, string id, string melding)
    {
        var veld = pagina.Locator("#" + id);
        var bediening = await veld.EvaluateAsync<string>("e => e.tagName === 'FIELDSET' ? e.querySelector('input').id : e.id");
        Assert.Equal("true", await pagina.GetAttributeAsync("#" + bediening, "aria-invalid"));

        // The message is tied to the field: it is part of the field's accessible description.
        var beschrijving = await veld.GetAttributeAsync("aria-describedby") ?? "";
        var teksten = new List<string>();
        foreach (var deel in beschrijving.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            teksten.Add(await pagina.InnerTextAsync("#" + deel));
        }

        Assert.Contains(teksten, t => t.Contains(melding, StringComparison.Ordinal));
        Assert.Contains(melding, await pagina.InnerTextAsync("#foutoverzicht"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terug_vooruit_en_herladen_houden_de_plaats_en_de_antwoorden()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await pagina.ClickAsync("#taak-voorstel");
        await pagina.FillAsync("#v-titel", "Ambtelijke fusie Dalfsen en Staphorst");
        await pagina.ClickAsync("#verder");
        await pagina.ClickAsync("#taak-condities");
        await pagina.CheckAsync("#v-gemeenten-0-urgentie input[value='4']");
        await pagina.ClickAsync("#verder");
        Assert.Equal("#/stap/condities/0/1", await pagina.EvaluateAsync<string>("() => location.hash"));

        await pagina.GoBackAsync();
        await pagina.WaitForFunctionAsync("() => location.hash === '#/stap/condities/0/0'");
        Assert.True(await pagina.IsCheckedAsync("#v-gemeenten-0-urgentie input[value='4']"));
        await pagina.GoForwardAsync();
        await pagina.WaitForFunctionAsync("() => location.hash === '#/stap/condities/0/1'");

        await pagina.ReloadAsync();
        await Browser.WachtOpVragenlijstAsync(sessie);
        Assert.Equal("#/stap/condities/0/1", await pagina.EvaluateAsync<string>("() => location.hash"));
        Assert.Equal("Urgentie en draagvlak: Gemeente 2", await pagina.InnerTextAsync("#stap-kop"));
        await Invullen.NaarAsync(pagina, "#/stap/voorstel/0");
        Assert.Equal("Ambtelijke fusie Dalfsen en Staphorst", await pagina.InputValueAsync("#v-titel"));
        Assert.DoesNotContain(sessie.Verzoeken, v => v.Methode != "GET");
    }

    [Fact]
    public async Task Een_gemeente_verwijderen_en_een_concept_laden_zijn_ongedaan_te_maken_en_opnieuw_beginnen_vraagt_eerst()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await pagina.SetInputFilesAsync("#concept-laden", Path.Combine(AppContext.BaseDirectory, "examples", "dalfsen-staphorst-zwartewaterland.json"));
        await pagina.Locator("#notitie-tekst").Filter(new() { HasTextString = "is geladen" }).WaitForAsync();
        var titel = (string)Voorbeeld("dalfsen-staphorst-zwartewaterland.json")["titel"]!;

        // Remove a municipality: gone at once, with an undo that brings it back with its answers.
        await Invullen.NaarAsync(pagina, "#/stap/gemeenten/lijst");
        Assert.Equal(3, await pagina.Locator(".gemeentelijst-item").CountAsync());
        var naam = await pagina.InnerTextAsync("#gemeente-1 .gemeente-naam strong");
        await pagina.ClickAsync("#verwijder-gemeente-1");
        Assert.Equal(2, await pagina.Locator(".gemeentelijst-item").CountAsync());
        Assert.Contains($"{naam} is verwijderd", await pagina.InnerTextAsync("#notitie"), StringComparison.Ordinal);
        Assert.True(await pagina.EvaluateAsync<bool>("() => document.activeElement.id === 'notitie-tekst'"));
        await GeenSchendingenAsync(pagina, "de melding met ongedaan maken");
        await sessie.SchermAsync("ongedaan-maken");
        await pagina.ClickAsync("#ongedaan-maken");
        Assert.Equal(3, await pagina.Locator(".gemeentelijst-item").CountAsync());
        Assert.Equal(naam, await pagina.InnerTextAsync("#gemeente-1 .gemeente-naam strong"));

        // Loading a draft replaces the answers, with an undo.
        await Invullen.NaarAsync(pagina, "#/");
        await pagina.SetInputFilesAsync("#concept-laden", Path.Combine(AppContext.BaseDirectory, "examples", "bar.json"));
        await pagina.Locator("#notitie-tekst").Filter(new() { HasTextString = "bar.json is geladen" }).WaitForAsync();
        await pagina.ClickAsync("#ongedaan-maken");
        await Invullen.NaarAsync(pagina, "#/stap/voorstel/0");
        Assert.Equal(titel, await pagina.InputValueAsync("#v-titel"));

        // "Begin opnieuw" asks first; "Nee" keeps everything.
        await Invullen.NaarAsync(pagina, "#/");
        await pagina.ClickAsync("#opnieuw");
        Assert.True(await pagina.IsVisibleAsync("#opnieuw-bevestiging"));
        await GeenSchendingenAsync(pagina, "de bevestiging");
        await pagina.ClickAsync("#opnieuw-nee");
        Assert.False(await pagina.IsVisibleAsync("#opnieuw-bevestiging"));
        Assert.NotEqual("Niet begonnen", await pagina.InnerTextAsync("#taak-status-voorstel"));
        await pagina.ClickAsync("#opnieuw");
        await pagina.ClickAsync("#opnieuw-ja");
        Assert.Equal("Niet begonnen", await pagina.InnerTextAsync("#taak-status-voorstel"));
        Assert.True(await pagina.IsVisibleAsync("#ongedaan-maken"));
    }

    [Fact]
    public async Task Een_concept_downloaden_en_weer_laden_geeft_hetzelfde_voorstel_met_weet_ik_niet_en_open_vragen_apart()
    {
        var voorstel = Voorbeeld("geconstrueerd-gelijkwaardig-positief.json");
        var sessie = await browser.OpenAsync();
        await sessie.Pagina.SetInputFilesAsync("#concept-laden", Path.Combine(AppContext.BaseDirectory, "examples", "geconstrueerd-gelijkwaardig-positief.json"));
        await sessie.Pagina.Locator("#notitie-tekst").WaitForAsync();
        await Invullen.NaarAsync(sessie.Pagina, "#/stap/condities/1");
        await sessie.Pagina.CheckAsync("#v-condities-vertrouwenRaden-weet-niet");
        await Invullen.NaarAsync(sessie.Pagina, "#/");

        var download = await sessie.Pagina.RunAndWaitForDownloadAsync(() => sessie.Pagina.ClickAsync("#concept-downloaden"));
        var pad = Path.Combine(Browser.Schermafdrukken, download.SuggestedFilename);
        await download.SaveAsAsync(pad);
        var concept = JsonNode.Parse(await File.ReadAllTextAsync(pad))!.AsObject();
        Assert.Equal(JsonValueKind.Null, concept["condities"]!.AsObject()["vertrouwenRaden"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True(concept["condities"]!.AsObject().ContainsKey("vertrouwenRaden"), "'Weet ik niet' blijft als null in het concept");
        concept["condities"]!.AsObject().Remove("vertrouwenRaden");
        voorstel["condities"]!.AsObject().Remove("vertrouwenRaden");
        Assert.True(JsonNode.DeepEquals(voorstel, concept), concept.ToJsonString());

        // In a fresh browser, loading the file restores every answer.
        var tweede = await browser.OpenAsync();
        await tweede.Pagina.SetInputFilesAsync("#concept-laden", pad);
        await tweede.Pagina.Locator("#notitie-tekst").WaitForAsync();
        await Invullen.NaarAsync(tweede.Pagina, "#/stap/condities/1");
        Assert.True(await tweede.Pagina.IsCheckedAsync("#v-condities-vertrouwenRaden-weet-niet"));
        await Invullen.NaarAsync(tweede.Pagina, "#/stap/condities/0/1");
        Assert.True(await tweede.Pagina.IsCheckedAsync("#v-gemeenten-1-urgentie input[value='5']"));
    }

    [Fact]
    public async Task De_uitkomst_begint_met_het_oordeel_en_wat_te_doen_zonder_regelcodes_met_het_zwaarste_eerst()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await pagina.SetInputFilesAsync("#concept-laden", Path.Combine(AppContext.BaseDirectory, "examples", "ommen-hardenberg.json"));
        await pagina.Locator("#notitie-tekst").WaitForAsync();
        await BeoordeelAsync(pagina);
        var afweging = await ApiAsync(browser.Adres + "/api/v1/zelftoetsen", Assert.Single(sessie.Verzonden));

        // Order: verdict, what to do, findings.
        var volgorde = await pagina.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#oordeel, #takenlijst, #bevindingen, #ontbrekend-kop, #scores-kop, #varianten-kop')].map(e => e.id)");
        Assert.Equal(["oordeel", "takenlijst", "bevindingen", "ontbrekend-kop", "scores-kop", "varianten-kop"], volgorde);

        // No rule codes and no line numbers anywhere a person reads.
        var tekst = await pagina.InnerTextAsync("#weergave");
        foreach (var regel in afweging.GetProperty("bevindingen").EnumerateArray().Select(b => b.GetProperty("regel").GetString()!))
        {
            Assert.DoesNotContain(regel, tekst, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(RegelnummerPatroon(), tekst);

        // Conditions: most severe first.
        var ernst = await pagina.Locator("#voorwaarden .ernst").EvaluateAllAsync<string[]>("es => es.map(e => e.textContent)");
        string[] rang = ["Blokkerend: ", "Kritiek: ", "Belangrijk: ", "Advies: ", "Ter informatie: "];
        var rangen = ernst.Select(e => Array.IndexOf(rang, e)).ToList();
        Assert.Equal(rangen.Order(), rangen);

        // Findings: failures, then unknowns, both open; met and not applicable folded away.
        var koppen = await pagina.Locator("#bevindingen h3, #bevindingen summary").AllInnerTextsAsync();
        Assert.StartsWith("Niet voldaan (", koppen[0], StringComparison.Ordinal);
        Assert.StartsWith("Onbekend (", koppen[1], StringComparison.Ordinal);
        Assert.StartsWith("Voldaan (", koppen[2], StringComparison.Ordinal);
        Assert.False(await pagina.Locator("#bevindingen-voldaan").EvaluateAsync<bool>("d => d.open"));
        Assert.False(await pagina.IsVisibleAsync("#bevindingen-voldaan li.bevinding >> nth=0"));

        // A reload keeps the result (kept for this tab while the answers stay the same), without asking again.
        await pagina.ReloadAsync();
        await pagina.Locator("#resultaat-kop").WaitForAsync();
        Assert.Single(sessie.Verzonden);

        // Sources by title, to the page that lists the documents.
        var kader = await HaalAsync(browser.Adres + "/api/v1/afwegingskader");
        var titels = kader.GetProperty("documenten").EnumerateArray().Select(d => d.GetProperty("titel").GetString()!).ToList();
        var bron = pagina.Locator("li.bevinding .bron a").First;
        var bronnaam = await bron.InnerTextAsync();
        Assert.Contains(titels, t => bronnaam.Contains(t, StringComparison.Ordinal));
        await bron.ClickAsync();
        await pagina.WaitForFunctionAsync("() => location.hash.startsWith('#/bronnen')");
        Assert.Equal(titels, await pagina.Locator(".bronnenlijst-item h2").AllInnerTextsAsync());
        await GeenSchendingenAsync(pagina, "de bronnenpagina");
        await sessie.SchermafdrukAsync("bronnen");
        Assert.Empty(sessie.Consolefouten);
    }

    [GeneratedRegex(@"\bL\d{2,}|\br\. \d")]
    private static partial Regex RegelnummerPatroon();

    [Fact]
    public async Task Op_een_scherm_van_320_pixels_breed_hoeft_niemand_opzij_te_scrollen()
    {
        // WCAG 2.1 reflow (1.4.10): content fits 320 CSS pixels, tables included.
        var sessie = await browser.OpenAsync(breedte: 320);
        var pagina = sessie.Pagina;
        await PastInDeBreedteAsync(pagina, "de takenlijst");
        await pagina.SetInputFilesAsync("#concept-laden", Path.Combine(AppContext.BaseDirectory, "examples", "geconstrueerd-schijncoalitie.json"));
        await pagina.Locator("#notitie-tekst").WaitForAsync();
        foreach (var stap in new[] { "#/stap/gemeenten/lijst", "#/stap/condities/0/0", "#/controleer" })
        {
            await Invullen.NaarAsync(pagina, stap);
            await PastInDeBreedteAsync(pagina, stap);
        }

        await BeoordeelAsync(pagina);
        await pagina.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await PastInDeBreedteAsync(pagina, "de uitkomst");
        Assert.True(await pagina.Locator("#bandbreedte tbody tr").CountAsync() > 0);
        await GeenSchendingenAsync(pagina, "de uitkomst op 320 pixels");
        await sessie.SchermafdrukAsync("smal-uitkomst", "#takenlijst");
    }

    [Fact]
    public async Task Het_rapport_als_pdf_draagt_de_titel_van_het_voorstel()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await pagina.SetInputFilesAsync("#concept-laden", Path.Combine(AppContext.BaseDirectory, "examples", "geconstrueerd-vijf-partners-ongelijk.json"));
        await pagina.Locator("#notitie-tekst").WaitForAsync();
        await BeoordeelAsync(pagina);

        var download = await pagina.RunAndWaitForDownloadAsync(() => pagina.ClickAsync("#pdf-downloaden"));
        var pad = Path.Combine(Browser.Schermafdrukken, download.SuggestedFilename);
        await download.SaveAsAsync(pad);
        var bytes = await File.ReadAllBytesAsync(pad);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("Afwegingskader ambtelijke fusie: " + (string)Voorbeeld("geconstrueerd-vijf-partners-ongelijk.json")["titel"]!, pdf.Information.Title);
        Assert.Equal("Het rapport is gedownload.", await pagina.InnerTextAsync("#pdf-status"));
    }

    [Fact]
    public async Task De_pagina_voldoet_aan_haar_eigen_beveiligingsbeleid_en_levert_het_nl_design_system_zelf()
    {
        using var client = new HttpClient();
        using var antwoord = await client.GetAsync(browser.Adres + "/");
        Assert.Contains("default-src 'self'", antwoord.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());

        // The design tokens and components are served by the app: a province swaps nlds/thema.css for its own.
        var thema = await client.GetStringAsync(browser.Adres + "/nlds/thema.css");
        Assert.Contains(".utrecht-theme", thema, StringComparison.Ordinal);
        Assert.Contains(".utrecht-button", await client.GetStringAsync(browser.Adres + "/nlds/componenten.css"), StringComparison.Ordinal);

        var sessie = await browser.OpenAsync();
        Assert.Equal("rgb(21, 66, 115)", await sessie.Pagina.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.kop')).backgroundColor"));
        Assert.True(await sessie.Pagina.EvaluateAsync<bool>("() => getComputedStyle(document.body).getPropertyValue('--utrecht-button-primary-action-background-color').trim() !== ''"));
        Assert.All(sessie.Verzoeken, v => Assert.StartsWith(browser.Adres + "/", v.Adres, StringComparison.Ordinal));
        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task De_api_documentatie_toont_elke_operatie_uit_het_openapi_document_zonder_schendingen()
    {
        var document = await HaalAsync(browser.Adres + "/api/v1/openapi.json");
        var operaties = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete").Select(m => $"{m.Name.ToUpperInvariant()} /api/v1{p.Name}"))
            .Order().ToList();

        var sessie = await browser.OpenAsync(1366, 768, "/api/v1/docs");
        var pagina = sessie.Pagina;
        await pagina.Locator(".api-operatie").First.WaitForAsync();

        var getoond = await pagina.Locator(".api-operatie h3").EvaluateAllAsync<string[]>("hs => hs.map(h => h.textContent.replace(/\\s+/g, ' ').trim())");
        Assert.Equal(operaties, getoond.Order());
        Assert.Equal(document.GetProperty("components").GetProperty("schemas").EnumerateObject().Count(), await pagina.Locator("details.api-schema").CountAsync());
        await pagina.ClickAsync("a[href='#schema-Voorstel']");
        Assert.True(await pagina.Locator("#schema-Voorstel").EvaluateAsync<bool>("d => d.open"));
        await sessie.SchermAsync("api-documentatie");
        await pagina.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        await GeenSchendingenAsync(pagina, "de API-documentatie");
        await PastInDeBreedteAsync(pagina, "de API-documentatie");
        await pagina.SetViewportSizeAsync(320, 700);
        await PastInDeBreedteAsync(pagina, "de API-documentatie op 320 pixels");
        Assert.All(sessie.Verzoeken, v => Assert.StartsWith(browser.Adres + "/", v.Adres, StringComparison.Ordinal));
        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task De_api_documentatie_noemt_de_functiesleutel_en_de_401_van_een_beveiligde_operatie()
    {
        // The document as the isolated-worker host serves it: a function-key scheme, required by POST /afwegingen.
        var document = JsonNode.Parse(JsonSerializer.Serialize(await HaalAsync(browser.Adres + "/api/v1/openapi.json")))!.AsObject();
        document["components"]!["securitySchemes"] = new JsonObject
        {
            ["functiesleutel"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key", ["description"] = "De functiesleutel van de provincie." },
        };
        var operatie = document["paths"]!["/afwegingen"]!["post"]!.AsObject();
        operatie["security"] = new JsonArray(new JsonObject { ["functiesleutel"] = new JsonArray() });
        operatie["responses"]!["401"] = new JsonObject { ["description"] = "Geen of een ongeldige functiesleutel." };

        var sessie = await browser.OpenAsync(1366, 768, "/favicon.svg");
        var pagina = sessie.Pagina;
        await pagina.RouteAsync("**/api/v1/openapi.json", r => r.FulfillAsync(new() { ContentType = "application/json", Body = document.ToJsonString() }));
        await pagina.GotoAsync(browser.Adres + "/api/v1/docs");
        await pagina.Locator(".api-operatie").First.WaitForAsync();

        Assert.Contains("een sleutel in de header 'x-functions-key'. De functiesleutel van de provincie.", await pagina.InnerTextAsync("#beveiliging-kop + dl"), StringComparison.Ordinal);
        var beveiligd = pagina.Locator("section.api-operatie", new() { Has = pagina.Locator("#operatie-maakAfweging") });
        Assert.Equal("Vraagt een sleutel: functiesleutel.", await beveiligd.Locator(".api-sleutel").InnerTextAsync());
        Assert.Contains("401", await beveiligd.Locator(".api-antwoorden").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Zonder sleutel te gebruiken.", await pagina.Locator("section.api-operatie", new() { Has = pagina.Locator("#operatie-maakZelftoets") }).Locator(".api-sleutel").InnerTextAsync());
        await GeenSchendingenAsync(pagina, "de API-documentatie met beveiliging");
    }

    [Fact]
    public async Task De_controle_in_de_pagina_en_die_van_de_api_vinden_dezelfde_fouten()
    {
        var sessie = await browser.OpenAsync();
        var ongeldig = new[]
        {
            """{ "gemeenten": [] }""",
            """{ "titel": "", "gemeenten": [{ "naam": "A" }, { "naam": "B", "inwoners": -3 }], "samenwerking": { "vorm": "fusie" } }""",
            """{ "titel": "x", "gemeenten": [{ "naam": "A", "inwoners": 1.5, "cbsCode": "GM12" }, { "naam": "B", "inwoners": 10, "urgentie": 9 }], "samenwerking": { "vorm": "centrumgemeente" }, "motieven": ["kosten", "kosten"], "onbekend": 1 }""",
            """{ "titel": "x", "ingangsdatum": "2027-02-30", "gemeenten": [{ "naam": "A", "inwoners": 1, "twijfelt": "ja" }, { "naam": "B", "inwoners": 2 }], "samenwerking": { "vorm": "openbaar_lichaam" }, "condities": { "gideonsbende": { "aanwezig": 1 } } }""",
            """{ "titel": "x", "gemeenten": [{ "naam": "A", "inwoners": 1 }, { "naam": "B", "inwoners": 2 }], "samenwerking": null, "businessCase": { "frictiekosten": "veel" } }""",
            // A title of 301 characters, each two UTF-16 units (JSON Schema counts characters); a whole number written
            // 48344.0 (an integer); an unknown code in a list of codes (named by the list).
            $$"""{ "titel": "{{string.Concat(Enumerable.Repeat("😀", 301))}}", "gemeenten": [{ "naam": "A", "inwoners": 48344.0 }, { "naam": "B", "inwoners": 2, "urgentie": 7.0 }], "samenwerking": { "vorm": "openbaar_lichaam" }, "motieven": ["zzz", "kosten"] }""",
        };
        foreach (var document in ongeldig)
        {
            var api = await ApiAsync(browser.Adres + "/api/v1/zelftoetsen", document);
            var pagina = await sessie.Pagina.EvaluateAsync<JsonElement>("""
                async (document) => {
                  const { valideer } = await import("/js/schema.js");
                  const schema = await (await fetch("/api/v1/schemas/voorstel")).json();
                  return valideer(schema, JSON.parse(document));
                }
                """, document);
            static IEnumerable<string> Fouten(JsonElement fouten) => fouten.EnumerateArray()
                .Select(f => $"{f.GetProperty("location").GetString()} {f.GetProperty("code").GetString()} {f.GetProperty("detail").GetString()}")
                .Order(StringComparer.Ordinal);
            Assert.Equal(Fouten(api.GetProperty("errors")), Fouten(pagina));
        }
    }

    private static async Task TabNaarAsync(IPage pagina, string id, bool achteruit = false)
    {
        for (var i = 0; i < 400; i++)
        {
            if (await pagina.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == id)
            {
                return;
            }

            await pagina.Keyboard.PressAsync(achteruit ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"#{id} is met Tab niet te bereiken.");
    }

    /// <summary>The focused element shows it: an outline.</summary>
    private static async Task ZichtbareFocusAsync(IPage pagina)
    {
        var stijl = await pagina.EvaluateAsync<string>("""
            () => {
              const e = document.activeElement;
              const s = getComputedStyle(e);
              return `${s.outlineStyle} ${s.outlineWidth}`;
            }
            """);
        Assert.DoesNotContain("none", stijl, StringComparison.Ordinal);
        Assert.DoesNotMatch("^\\S+ 0px$", stijl);
    }
}
