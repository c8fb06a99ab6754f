using Assessment.Domain.Json;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using BenchmarkDotNet.Attributes;

namespace Assessment.Benchmarks;

/// <summary>
/// The cost of one assessment, split as issue 2 asks: reading (JSON parse + schema validation + model),
/// warm rule evaluation + scoring, the whole explained Afweging (texts, the four variants, input hash), and
/// the evaluate path (bytes in, Afweging JSON out). See docs/performance.md for the figures and the command.
/// </summary>
[MemoryDiagnoser]
public class BeoordelingBenchmarks
{
    private Regelset _regelset = null!;
    private Beoordelaar _beoordelaar = null!;
    private byte[] _invoer = [];
    private Voorstel _voorstel = null!;

    /// <summary>A fully answered proposal (rules/tests/basis.json) and a real, partly answered case.</summary>
    [Params("rules/tests/basis.json", "examples/ommen-hardenberg.json")]
    public string Voorstel { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _regelset = RegelsetLader.LaadStandaard();
        _regelset.Gecompileerd.Wait(); // measure the compiled rule functions, not the interpreted ones of the first second
        _beoordelaar = new Beoordelaar(_regelset);
        _invoer = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, Voorstel));
        _voorstel = _regelset.Lezer.Lees(_invoer).Voorstel ?? throw new InvalidOperationException("ongeldig voorbeeld");
    }

    [Benchmark(Baseline = true, Description = "lezen: parse + validatie")]
    public Voorstel? Lezen() => _regelset.Lezer.Lees(_invoer).Voorstel;

    [Benchmark(Description = "regels + scores (warm)")]
    public object RegelsEnScores()
    {
        var uitkomsten = Regelevaluatie.Evalueer(_regelset, _regelset.Regels, _voorstel, new Afgeleid(_voorstel));
        return Weging.Bereken(_regelset, uitkomsten, _voorstel.Fase, veld => veld, volledig: true);
    }

    [Benchmark(Description = "afweging: + teksten, varianten, hash (warm)")]
    public object Afweging() => _beoordelaar.Beoordeel(_voorstel);

    [Benchmark(Description = "evaluate: bytes in, JSON uit")]
    public byte[] Evaluate() => ContractJson.SchrijfUtf8(_beoordelaar.Beoordeel(_regelset.Lezer.Lees(_invoer).Voorstel!), compact: true);
}
