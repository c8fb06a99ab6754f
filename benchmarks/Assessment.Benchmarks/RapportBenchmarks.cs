using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Report.Rapport;
using BenchmarkDotNet.Attributes;

namespace Assessment.Benchmarks;

/// <summary>
/// Rendering the PDF report (issue 3): a typical proposal (a real case, ~34 pages) and a maximal one (50
/// municipalities, every question answered). The size of each report is printed once in the setup and
/// recorded in docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class RapportBenchmarks
{
    private Regelset _regelset = null!;
    private Afweging _afweging = null!;
    private Voorstel _voorstel = null!;

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
    }

    [Benchmark(Description = "rapport renderen (warm)")]
    public byte[] Renderen() => PdfRapport.Maak(_afweging, _voorstel, _regelset);
}
