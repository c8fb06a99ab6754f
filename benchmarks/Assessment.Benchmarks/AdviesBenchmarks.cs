using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using BenchmarkDotNet.Attributes;

namespace Assessment.Benchmarks;

/// <summary>
/// The cost of the advice (issue 12): "wat moet er veranderen" and "bandbreedte", against one warm Afweging of the same
/// proposal without them (the baseline). Inputs: a typical real case with half its answers unknown
/// (examples/ommen-hardenberg.json), a constructed proposal with conditions (examples/geconstrueerd-schijncoalitie.json),
/// and a 50-municipality proposal (rules/tests/basis.json with 50 partners, one of them without urgency and with the
/// draagvlak of a few unknown). See docs/performance.md for the figures and the command.
/// </summary>
[MemoryDiagnoser]
public class AdviesBenchmarks
{
    private Beoordelaar _beoordelaar = null!;
    private Voorstel _voorstel = null!;

    [Params("examples/ommen-hardenberg.json", "examples/geconstrueerd-schijncoalitie.json", "50 gemeenten")]
    public string Voorstel { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var regelset = RegelsetLader.LaadStandaard();
        regelset.Gecompileerd.Wait(); // measure the compiled rule functions, not the interpreted ones of the first second
        _beoordelaar = new Beoordelaar(regelset);
        _voorstel = Voorstel == "50 gemeenten" ? VijftigGemeenten(regelset) : Lees(regelset, Voorstel);
    }

    [Benchmark(Baseline = true, Description = "afweging zonder advies (warm)")]
    public object ZonderAdvies() => _beoordelaar.Beoordeel(_voorstel, metAdvies: false);

    [Benchmark(Description = "afweging met wat moet er veranderen en bandbreedte (warm)")]
    public object MetAdvies() => _beoordelaar.Beoordeel(_voorstel, metAdvies: true);

    private static Voorstel Lees(Regelset regelset, string pad) =>
        regelset.Lezer.Lees(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, pad))).Voorstel ?? throw new InvalidOperationException("ongeldig voorbeeld");

    /// <summary>The sound basis proposal with 50 partners: one lacks urgency, three have an unknown council support.</summary>
    internal static Voorstel VijftigGemeenten(Regelset regelset)
    {
        var basis = Lees(regelset, "rules/tests/basis.json");
        var model = basis.Gemeenten[0];
        return basis with
        {
            Gemeenten = [.. Enumerable.Range(1, 50).Select(i => model with
            {
                Naam = $"Gemeente {i}",
                CbsCode = $"GM{i:0000}",
                Inwoners = 8000,
                Urgentie = i == 7 ? 2 : model.Urgentie,
                DraagvlakRaad = i is 11 or 23 or 42 ? null : model.DraagvlakRaad,
            })],
            Samenwerking = basis.Samenwerking with { OorspronkelijkAantalPartners = 50, Reikwijdte = "bedrijfsvoering" },
        };
    }
}
