using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace Assessment.Web.Tests;

/// <summary>
/// The real app, started as a child process on a free port of 127.0.0.1 (memory storage), and headless Debian
/// Chromium driven by Playwright, shared by every browser test. axe-core comes from npm (scripts/browser.sh).
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private AppProces? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _axe = "";

    public int Poort { get; } = Lokaal.VrijePoort();

    public string Adres => $"http://127.0.0.1:{Poort}";

    /// <summary>Screenshots of every test run, to look at: artifacts/zelftoets/ in the repository.</summary>
    public static string Schermafdrukken { get; } = Path.Combine(Lokaal.Wortel(), "artifacts", "zelftoets");

    public async Task InitializeAsync()
    {
        _axe = await File.ReadAllTextAsync(Installeer());
        Directory.CreateDirectory(Schermafdrukken);
        // Memory storage, on its own port (--urls), as a developer runs it.
        _app = await AppProces.StartAsync(Poort, start =>
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(Adres);
            start.Environment.Remove("AzureWebJobsStorage");
            start.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        });

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>
    /// A fresh browser context (its own localStorage) with a page at the zelftoets, recording every request
    /// and every console error, so a test can assert that nothing left the app and nothing went wrong.
    /// </summary>
    public async Task<Sessie> OpenAsync(int breedte = 1280, int hoogte = 900, string pad = "/")
    {
        var context = await _browser!.NewContextAsync(new()
        {
            AcceptDownloads = true,
            Locale = "nl-NL",
            ViewportSize = new() { Width = breedte, Height = hoogte },
        });
        var pagina = await context.NewPageAsync();
        var sessie = new Sessie(this, context, pagina);
        pagina.Request += (_, r) =>
        {
            sessie.Verzoeken.Enqueue((r.Method, r.Url));
            if (r.Method == "POST" && r.PostData is { } inhoud)
            {
                sessie.Verzonden.Enqueue(inhoud);
            }
        };
        pagina.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                sessie.Consolefouten.Enqueue(m.Text);
            }
        };
        pagina.PageError += (_, fout) => sessie.Consolefouten.Enqueue(fout);
        await pagina.GotoAsync(Adres + pad);
        if (pad == "/")
        {
            await WachtOpVragenlijstAsync(sessie);
        }

        return sessie;
    }

    /// <summary>Waits until the page has loaded its schema and texts and shows the questionnaire.</summary>
    public static async Task WachtOpVragenlijstAsync(Sessie sessie)
    {
        try
        {
            await sessie.Pagina.Locator("#zelftoets").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException(
                $"De vragenlijst verscheen niet: {await sessie.Pagina.InnerTextAsync("#laden")} | console: {string.Join(" | ", sessie.Consolefouten)}");
        }
    }

    /// <summary>Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now; returns the violations in words.</summary>
    public async Task<IReadOnlyList<string>> AxeAsync(IPage pagina)
    {
        // Evaluated through the DevTools protocol, which the page's content security policy does not govern.
        await pagina.EvaluateAsync(_axe);
        var uitkomst = await pagina.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
              return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", ")}`);
            }
            """);
        return [.. uitkomst.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static string Installeer()
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Lokaal.Wortel(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("scripts/browser.sh");
        start.ArgumentList.Add("installeer");
        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEnd();
        var fout = proces.StandardError.ReadToEnd();
        proces.WaitForExit();
        return proces.ExitCode == 0
            ? uit.Trim().Split('\n')[^1]
            : throw new InvalidOperationException("De browsertests missen iets: " + fout + uit);
    }


}

/// <summary>One browser context and page, with what it asked for and what went wrong in it.</summary>
public sealed record Sessie(Browser Browser, IBrowserContext Context, IPage Pagina)
{
    public ConcurrentQueue<(string Methode, string Adres)> Verzoeken { get; } = new();

    public ConcurrentQueue<string> Consolefouten { get; } = new();

    /// <summary>The bodies of the POST requests the page sent (the proposals it had assessed).</summary>
    public ConcurrentQueue<string> Verzonden { get; } = new();

    /// <summary>The whole page, or — with a selector — the window scrolled to that element.</summary>
    public async Task SchermafdrukAsync(string naam, string? selector = null)
    {
        if (selector is not null)
        {
            await Pagina.Locator(selector).First.ScrollIntoViewIfNeededAsync();
            await Pagina.EvaluateAsync("s => document.querySelector(s).scrollIntoView({ block: 'start' })", selector);
        }

        await Pagina.ScreenshotAsync(new() { Path = Path.Combine(Browser.Schermafdrukken, naam + ".png"), FullPage = selector is null });
    }

    /// <summary>What the window shows now (not the whole page): the screen a person sees.</summary>
    public async Task SchermAsync(string naam)
    {
        await Pagina.ScreenshotAsync(new() { Path = Path.Combine(Browser.Schermafdrukken, naam + ".png") });
    }
}

[CollectionDefinition(Naam)]
public sealed class BrowserCollectie : ICollectionFixture<Browser>
{
    public const string Naam = "browser";
}
