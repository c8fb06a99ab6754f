using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Assessment.Web.Tests;

/// <summary>The zelftoets in a real browser (headless Chromium) against the running app.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class ZelftoetsTests(Browser browser)
{
    private static JsonObject Voorbeeld(string naam) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", naam)))!.AsObject();

    private static async Task<JsonElement> ApiAsync(string pad, JsonNode voorstel)
    {
        using var client = new HttpClient();
        using var antwoord = await client.PostAsync(pad, new StringContent(voorstel.ToJsonString(), Encoding.UTF8, "application/json"));
        return await antwoord.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Een_volledig_ingevuld_voorstel_geeft_het_oordeel_de_voorwaarden_en_een_pdf_met_de_titel()
    {
        var voorstel = Voorbeeld("geconstrueerd-vijf-partners-ongelijk.json");
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;

        await Invullen.VulInAsync(pagina, voorstel);
        await sessie.SchermafdrukAsync("1a-vragenlijst-begin", "#inhoud");
        await sessie.SchermafdrukAsync("1b-vragenlijst-gemeenten", "#stap-gemeenten");
        await sessie.SchermafdrukAsync("1c-vragenlijst-condities", "#stap-condities");
        await sessie.SchermafdrukAsync("1d-vragenlijst-motieven", "#stap-motieven");
        await pagina.ClickAsync("#beoordeel");
        await pagina.Locator("#resultaat").WaitForAsync(new() { State = WaitForSelectorState.Visible });

        // The page shows what the API concludes for the same proposal.
        var verwacht = await ApiAsync(browser.Adres + "/api/v1/zelftoetsen", voorstel);
        Assert.Equal("heroverwegen", verwacht.GetProperty("oordeel").GetString()); // five partners, not all small: see examples/verwacht
        Assert.Equal("Oordeel: Heroverwegen", await pagina.InnerTextAsync("#oordeel .oordeel-woord"));
        var voorwaarden = verwacht.GetProperty("voorwaarden").EnumerateArray().Select(v => v.GetProperty("tekst").GetString()!).ToList();
        Assert.NotEmpty(voorwaarden);
        var takenlijst = await pagina.InnerTextAsync("#voorwaarden");
        Assert.All(voorwaarden, v => Assert.Contains(v, takenlijst));
        Assert.Equal(voorwaarden.Count, await pagina.Locator("#voorwaarden input[type=checkbox]").CountAsync());
        Assert.Equal(verwacht.GetProperty("bevindingen").GetArrayLength(), await pagina.Locator("li.bevinding").CountAsync());
        Assert.Equal(verwacht.GetProperty("ontbrekendeGegevens").GetArrayLength(), await pagina.Locator("ul.ontbrekend li").CountAsync());
        Assert.Contains("Varianten naast elkaar", await pagina.InnerTextAsync("#resultaat"));
        Assert.Equal(4, await pagina.Locator("table.varianten tbody tr").CountAsync());
        await sessie.SchermafdrukAsync("2-resultaat");

        var download = await pagina.RunAndWaitForDownloadAsync(() => pagina.ClickAsync("#pdf-downloaden"));
        var pad = Path.Combine(Browser.Schermafdrukken, download.SuggestedFilename);
        await download.SaveAsAsync(pad);
        var bytes = await File.ReadAllBytesAsync(pad);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("Afwegingskader ambtelijke fusie: " + (string)voorstel["titel"]!, pdf.Information.Title);
        Assert.Contains("Heroverwegen", string.Join(" ", pdf.GetPages().Take(3).Select(p => p.Text)), StringComparison.Ordinal);
        Assert.Equal("Het rapport is gedownload.", await pagina.InnerTextAsync("#pdf-status"));

        Assert.Empty(sessie.Consolefouten);
    }

    [Fact]
    public async Task Ongeldige_invoer_toont_de_fouten_bij_de_velden_en_verstuurt_niets()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await pagina.FillAsync("#v-gemeenten-0-naam", "Ommen");
        await pagina.FillAsync("#v-gemeenten-0-inwoners", "veel");
        await pagina.FillAsync("#v-gemeenten-0-cbsCode", "0175");
        await pagina.FillAsync("#v-gemeenten-1-naam", "Hardenberg");
        await pagina.FillAsync("#v-gemeenten-1-inwoners", "60.000");

        await pagina.ClickAsync("#beoordeel");

        var overzicht = pagina.Locator("#foutoverzicht");
        await overzicht.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.True(await overzicht.EvaluateAsync<bool>("e => document.activeElement === e"), "het foutoverzicht krijgt de focus");
        foreach (var (id, melding) in new[]
        {
            ("v-titel", "Titel van het voorstel ontbreekt"),
            ("v-gemeenten-0-inwoners", "verwacht een geheel getal, maar kreeg de tekst \"veel\""),
            ("v-gemeenten-0-cbsCode", "heeft niet de juiste vorm"),
            ("v-samenwerking-vorm", "Vorm van de samenwerking ontbreekt"),
        })
        {
            await VerwachtFoutAsync(pagina, id, melding);
        }

        // "60.000" is read as sixty thousand, the way it is written in the Netherlands: no error there.
        Assert.Null(await pagina.GetAttributeAsync("#v-gemeenten-1-inwoners", "aria-invalid"));
        Assert.DoesNotContain(sessie.Verzoeken, v => v.Methode == "POST");
        await sessie.SchermafdrukAsync("3a-foutoverzicht", "#foutoverzicht");
        await sessie.SchermafdrukAsync("3b-fout-bij-veld", ".vraag:has(#v-gemeenten-0-inwoners)");

        // A link in the summary takes the user to the field.
        await overzicht.GetByRole(AriaRole.Link, new() { NameRegex = new("kreeg de tekst") }).ClickAsync();
        Assert.Equal("v-gemeenten-0-inwoners", await pagina.EvaluateAsync<string>("() => document.activeElement.id"));

        // Correcting a field clears its error.
        await pagina.FillAsync("#v-gemeenten-0-inwoners", "17.500");
        Assert.Null(await pagina.GetAttributeAsync("#v-gemeenten-0-inwoners", "aria-invalid"));
    }

    [Fact]
    public async Task Een_fout_die_alleen_de_api_vindt_staat_bij_het_veld_dat_het_probleemdocument_noemt()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        var voorstel = Voorbeeld("tubbergen-dinkelland.json");
        voorstel["gemeenten"]![1]!["naam"] = (string)voorstel["gemeenten"]![0]!["naam"]!;
        await Invullen.VulInAsync(pagina, voorstel);

        await pagina.ClickAsync("#beoordeel");
        await pagina.Locator("#foutoverzicht").WaitForAsync(new() { State = WaitForSelectorState.Visible });

        // Two municipalities with one name is not something a JSON Schema can say; the API's problem document does.
        var probleem = await ApiAsync(browser.Adres + "/api/v1/zelftoetsen", voorstel);
        var fout = probleem.GetProperty("errors").EnumerateArray().Single();
        var id = "v-" + string.Join("-", fout.GetProperty("location").GetString()!.TrimStart('#', '/').Split('/'));
        await VerwachtFoutAsync(pagina, id, fout.GetProperty("detail").GetString()!);
        Assert.Contains(sessie.Verzoeken, v => v.Methode == "POST" && v.Adres.EndsWith("/api/v1/zelftoetsen", StringComparison.Ordinal));
        Assert.DoesNotContain(sessie.Consolefouten, c => !c.Contains("400", StringComparison.Ordinal));
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
    public async Task Na_herladen_staan_de_antwoorden_er_nog_en_er_is_niets_verstuurd()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await pagina.FillAsync("#v-titel", "Ambtelijke fusie Dalfsen en Staphorst");
        await pagina.FillAsync("#v-gemeenten-0-naam", "Dalfsen");
        await pagina.ClickAsync("#gemeente-toevoegen");
        await pagina.FillAsync("#v-gemeenten-2-naam", "Zwartewaterland");
        await pagina.CheckAsync("#v-condities-gideonsbende-aanwezig input[value='true']");
        await pagina.CheckAsync("#v-gemeenten-2-urgentie input[value='4']");
        await pagina.CheckAsync("#v-samenwerking-vorm input[value='openbaar_lichaam']");

        await pagina.ReloadAsync();
        await Browser.WachtOpVragenlijstAsync(sessie);

        Assert.Equal("Ambtelijke fusie Dalfsen en Staphorst", await pagina.InputValueAsync("#v-titel"));
        Assert.Equal(3, await pagina.Locator("fieldset.gemeente").CountAsync());
        Assert.Equal("Zwartewaterland", await pagina.InputValueAsync("#v-gemeenten-2-naam"));
        Assert.True(await pagina.IsCheckedAsync("#v-condities-gideonsbende-aanwezig input[value='true']"));
        Assert.True(await pagina.IsCheckedAsync("#v-gemeenten-2-urgentie input[value='4']"));
        Assert.True(await pagina.IsCheckedAsync("#v-samenwerking-vorm input[value='openbaar_lichaam']"));
        Assert.Contains("Zwartewaterland", await pagina.InnerTextAsync("#stap-condities"));
        Assert.DoesNotContain(sessie.Verzoeken, v => v.Methode != "GET");
    }

    [Fact]
    public async Task De_vragenlijst_is_met_alleen_het_toetsenbord_in_te_vullen_en_te_versturen()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        var toetsenbord = pagina.Keyboard;

        // The first Tab reaches the skip link, which leads past the header.
        await toetsenbord.PressAsync("Tab");
        Assert.Equal("Ga direct naar de inhoud", await pagina.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await ZichtbareFocusAsync(pagina);

        await TabNaarAsync(pagina, "v-titel");
        await toetsenbord.TypeAsync("Ambtelijke fusie Hof van Twente en Haaksbergen");
        await TabNaarAsync(pagina, "v-gemeenten-0-naam");
        await toetsenbord.TypeAsync("Hof van Twente");
        await TabNaarAsync(pagina, "v-gemeenten-0-inwoners");
        await toetsenbord.TypeAsync("35.000");
        await ZichtbareFocusAsync(pagina);
        await TabNaarAsync(pagina, "v-gemeenten-1-naam");
        await toetsenbord.TypeAsync("Haaksbergen");
        await TabNaarAsync(pagina, "v-gemeenten-1-inwoners");
        await toetsenbord.TypeAsync("24.500");

        // A radio group is one Tab stop; the arrow keys choose within it.
        await TabNaarAsync(pagina, "v-samenwerking-vorm-0");
        await ZichtbareFocusAsync(pagina);
        await toetsenbord.PressAsync("ArrowDown");
        Assert.True(await pagina.IsCheckedAsync("#v-samenwerking-vorm-1"));

        // A checkbox is ticked with the space bar.
        await TabNaarAsync(pagina, "v-motieven-0");
        await toetsenbord.PressAsync("Space");
        Assert.True(await pagina.IsCheckedAsync("#v-motieven-0"));
        Assert.False(await pagina.IsCheckedAsync("#v-motieven-onbekend"));

        // In a group answered "Weet ik niet", Tab lands on that answer; the arrow keys move to "Ja".
        await TabNaarAsync(pagina, "v-condities-gideonsbende-aanwezig-2");
        await toetsenbord.PressAsync("ArrowUp");
        await toetsenbord.PressAsync("ArrowUp");
        Assert.True(await pagina.IsCheckedAsync("#v-condities-gideonsbende-aanwezig-0"));

        await TabNaarAsync(pagina, "beoordeel");
        await toetsenbord.PressAsync("Enter");
        await pagina.Locator("#resultaat").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("resultaat-kop", await pagina.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.StartsWith("Oordeel: ", await pagina.InnerTextAsync("#oordeel .oordeel-woord"), StringComparison.Ordinal);

        // The to-do list and the PDF button are reachable too.
        await TabNaarAsync(pagina, "pdf-downloaden");
        await ZichtbareFocusAsync(pagina);
        await sessie.SchermafdrukAsync("4-toetsenbord-resultaat");
        await TabNaarAsync(pagina, "taak-0");
        await toetsenbord.PressAsync("Space");
        Assert.True(await pagina.IsCheckedAsync("#taak-0"));
        Assert.Empty(sessie.Consolefouten);
    }

    private static async Task TabNaarAsync(IPage pagina, string id)
    {
        for (var i = 0; i < 400; i++)
        {
            if (await pagina.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == id)
            {
                return;
            }

            await pagina.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"#{id} is met Tab niet te bereiken.");
    }

    /// <summary>The focused element shows it: an outline (or its label's outline, for a styled radio or checkbox).</summary>
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

    [Fact]
    public async Task Axe_vindt_geen_schendingen_van_wcag_2_1_aa_in_de_vragenlijst_de_fouten_en_het_resultaat()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        Assert.Empty(await browser.AxeAsync(pagina));

        await pagina.ClickAsync("#beoordeel");
        await pagina.Locator("#foutoverzicht").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await pagina.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        Assert.Empty(await browser.AxeAsync(pagina));

        await Invullen.VulInAsync(pagina, Voorbeeld("ommen-hardenberg.json"));
        await pagina.ClickAsync("#beoordeel");
        await pagina.Locator("#resultaat").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await pagina.EvaluateAsync("() => document.querySelectorAll('#resultaat details').forEach(d => d.open = true)");
        await sessie.SchermafdrukAsync("5a-resultaat-heroverwegen", "#resultaat");
        await sessie.SchermafdrukAsync("5b-bevindingen", ".hoofdvlak");
        await sessie.SchermafdrukAsync("5c-ontbrekend-en-varianten", "table.varianten");
        Assert.Empty(await browser.AxeAsync(pagina));
    }

    [Fact]
    public async Task Op_een_scherm_van_320_pixels_breed_hoeft_niemand_opzij_te_scrollen()
    {
        // WCAG 2.1 reflow (1.4.10): content fits 320 CSS pixels; only data tables may scroll within themselves.
        var sessie = await browser.OpenAsync(breedte: 320);
        var pagina = sessie.Pagina;
        const string past = "() => document.documentElement.scrollWidth <= window.innerWidth";
        Assert.True(await pagina.EvaluateAsync<bool>(past), "de vragenlijst is breder dan het scherm");

        await Invullen.VulInAsync(pagina, Voorbeeld("kompanjie.json"));
        await pagina.ClickAsync("#beoordeel");
        await pagina.Locator("#resultaat").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await pagina.EvaluateAsync("() => document.querySelectorAll('#resultaat details').forEach(d => d.open = true)");
        Assert.True(await pagina.EvaluateAsync<bool>(past), "het resultaat is breder dan het scherm");
        await sessie.SchermafdrukAsync("6a-smal-resultaat", "#resultaat");
        await sessie.SchermafdrukAsync("6b-smal-bevindingen", ".hoofdvlak");
    }

    [Fact]
    public async Task De_gastgemeente_en_de_regio_stellen_voor_wat_al_is_ingevuld()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await pagina.FillAsync("#v-gemeenten-0-naam", "Tubbergen");
        await pagina.FillAsync("#v-gemeenten-1-naam", "Dinkelland");
        await pagina.FillAsync("#v-gemeenten-0-regio", "Noordoost-Twente");

        await pagina.FocusAsync("#v-samenwerking-gastgemeente");
        await pagina.FocusAsync("#v-gemeenten-1-regio");

        Assert.Equal(["Tubbergen", "Dinkelland"], await pagina.Locator("#v-samenwerking-gastgemeente-suggesties option").EvaluateAllAsync<string[]>("o => o.map(e => e.value)"));
        Assert.Equal(["Noordoost-Twente"], await pagina.Locator("#v-gemeenten-1-regio-suggesties option").EvaluateAllAsync<string[]>("o => o.map(e => e.value)"));
    }

    [Fact]
    public async Task De_pagina_vraagt_niets_buiten_de_app_en_voldoet_aan_haar_eigen_beveiligingsbeleid()
    {
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await Invullen.VulInAsync(pagina, Voorbeeld("geconstrueerd-centrumgemeente.json"));
        await pagina.ClickAsync("#beoordeel");
        await pagina.Locator("#resultaat").WaitForAsync(new() { State = WaitForSelectorState.Visible });

        Assert.NotEmpty(sessie.Verzoeken);
        Assert.All(sessie.Verzoeken, v => Assert.StartsWith(browser.Adres + "/", v.Adres, StringComparison.Ordinal));
        Assert.Empty(sessie.Consolefouten); // a CSP violation would be reported here

        using var client = new HttpClient();
        using var antwoord = await client.GetAsync(browser.Adres + "/");
        Assert.Contains("default-src 'self'", antwoord.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", antwoord.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Exporteren_en_weer_importeren_geeft_hetzelfde_voorstel()
    {
        var voorstel = Voorbeeld("geconstrueerd-gelijkwaardig-positief.json");
        var sessie = await browser.OpenAsync();
        var pagina = sessie.Pagina;
        await Invullen.VulInAsync(pagina, voorstel);

        var download = await pagina.RunAndWaitForDownloadAsync(() => pagina.ClickAsync("#exporteer"));
        var pad = Path.Combine(Browser.Schermafdrukken, download.SuggestedFilename);
        await download.SaveAsAsync(pad);
        var geexporteerd = JsonNode.Parse(await File.ReadAllTextAsync(pad))!;
        Assert.True(JsonNode.DeepEquals(Genormaliseerd(voorstel), Genormaliseerd(geexporteerd)), geexporteerd.ToJsonString());

        // In a fresh browser, importing the file restores every answer.
        var tweede = await browser.OpenAsync();
        await tweede.Pagina.SetInputFilesAsync("#importeer", pad);
        await tweede.Pagina.Locator("#melding").Filter(new() { HasTextString = "geïmporteerd" }).WaitForAsync();
        Assert.Equal((string)voorstel["titel"]!, await tweede.Pagina.InputValueAsync("#v-titel"));
        Assert.True(await tweede.Pagina.IsCheckedAsync("#v-gemeenten-1-urgentie input[value='5']"));
        var opnieuw = await tweede.Pagina.RunAndWaitForDownloadAsync(() => tweede.Pagina.ClickAsync("#exporteer"));
        var pad2 = Path.Combine(Browser.Schermafdrukken, "opnieuw-" + opnieuw.SuggestedFilename);
        await opnieuw.SaveAsAsync(pad2);
        Assert.True(JsonNode.DeepEquals(geexporteerd, JsonNode.Parse(await File.ReadAllTextAsync(pad2))));
    }

    /// <summary>Without nulls (unknown either way) and with lists of codes in one order (they are sets).</summary>
    private static JsonNode? Genormaliseerd(JsonNode? knoop) => knoop switch
    {
        JsonObject o => new JsonObject(o.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Genormaliseerd(p.Value)))),
        JsonArray a when a.All(w => w?.GetValueKind() == JsonValueKind.String) =>
            new JsonArray([.. a.Select(w => (string)w!).Order(StringComparer.Ordinal).Select(w => (JsonNode?)JsonValue.Create(w))]),
        JsonArray a => new JsonArray([.. a.Select(Genormaliseerd)]),
        _ => knoop?.DeepClone(),
    };

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
            var api = await ApiAsync(browser.Adres + "/api/v1/zelftoetsen", JsonNode.Parse(document)!);
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
}
