using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Report.Rapport;
using BenchmarkDotNet.Attributes;
using Microsoft.Playwright;

namespace Assessment.Benchmarks;

/// <summary>
/// Rendering the PDF report (issues 3 and 13): a typical proposal (a real case, ~34 pages) and a maximal one (50
/// municipalities, every question answered), against headless Chromium (Debian's /usr/bin/chromium, driven by
/// Playwright, warm: one browser and page for the run) printing the same content from HTML to PDF. The size of each
/// report is printed once in the setup and recorded in docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class RapportBenchmarks
{
    private Regelset _regelset = null!;
    private Afweging _afweging = null!;
    private Voorstel _voorstel = null!;
    private string _html = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _pagina;

    [Params("typisch", "maximaal")]
    public string Rapport { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _regelset = RegelsetLader.LaadStandaard();
        var bron = Rapport == "typisch" ? "examples/ommen-hardenberg.json" : "rules/tests/basis.json";
        _voorstel = _regelset.Lezer.Lees(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, bron))).Voorstel!;
        if (Rapport == "maximaal")
        {
            var model = _voorstel.Gemeenten[0];
            _voorstel = _voorstel with
            {
                Gemeenten = [.. Enumerable.Range(1, 50).Select(i => model with { Naam = $"Súdwest-Fryslân {i}", CbsCode = $"GM{i:0000}", Inwoners = 1000 * i })],
            };
        }

        _afweging = new Beoordelaar(_regelset).Beoordeel(_voorstel);
        var pdf = PdfRapport.Maak(_afweging, _voorstel, _regelset);
        Console.WriteLine($"// rapport {Rapport}: {pdf.Length:N0} bytes");
        var (blokken, gegevens, _) = PdfRapport.Opmaken(_afweging, _voorstel, _regelset);
        _html = HtmlRapport.Maak(blokken, gegevens);
        _playwright = Playwright.CreateAsync().GetAwaiter().GetResult();
        _browser = _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] }).GetAwaiter().GetResult();
        _pagina = _browser.NewPageAsync().GetAwaiter().GetResult();
        var html = Chromium().GetAwaiter().GetResult();
        Console.WriteLine($"// chromium {Rapport}: {html.Length:N0} bytes");
    }

    [GlobalCleanup]
    public void Opruimen()
    {
        _browser?.CloseAsync().GetAwaiter().GetResult();
        _playwright?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "rapport renderen (warm)")]
    public byte[] Renderen() => PdfRapport.Maak(_afweging, _voorstel, _regelset);

    [Benchmark(Description = "dezelfde inhoud: HTML printen met headless Chromium (warm)")]
    public async Task<byte[]> Chromium()
    {
        await _pagina!.SetContentAsync(_html);
        return await _pagina.PdfAsync(new() { Format = "A4", PrintBackground = true, DisplayHeaderFooter = true, FooterTemplate = "<span style=\"font-size:8pt\">pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span></span>", HeaderTemplate = "<span></span>" });
    }
}
