using Assessment.Domain.Json;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Engine.Tests.Voorbeelden;

namespace Assessment.Engine.Tests.Regels;

/// <summary>
/// A loaded rule set answers with interpreted rule functions until its background compile has finished
/// (<see cref="Tweetrapscompilatie"/>). Both forms evaluate the same expression trees; these tests hold them to the
/// same results on every worked example and calibration case, the advice and the bandwidth included.
/// </summary>
public class TweetrapscompilatieTests
{
    private static readonly Lazy<Regelset> Geinterpreteerd = new(() =>
        RegelsetLader.Laad(Standaard.Map("rules"), null, Tweetrapscompilatie.Moment.Nooit));

    private static readonly Lazy<Regelset> Gecompileerd = new(() =>
        RegelsetLader.Laad(Standaard.Map("rules"), null, Tweetrapscompilatie.Moment.Direct));

    public static TheoryData<string> Voorbeelden() =>
        [.. Directory.GetFiles(Standaard.Map("examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Geinterpreteerde_en_gecompileerde_regelfuncties_geven_dezelfde_afweging_voor_elk_voorbeeld(string bestand)
    {
        var invoer = File.ReadAllBytes(Path.Combine(Standaard.Map("examples"), bestand));

        Assert.Equal(Afweging(Gecompileerd.Value, invoer), Afweging(Geinterpreteerd.Value, invoer));
    }

    [Theory]
    [MemberData(nameof(KalibratieTests.Gevallen), MemberType = typeof(KalibratieTests))]
    public void Geinterpreteerde_en_gecompileerde_regelfuncties_geven_dezelfde_afweging_voor_elk_kalibratiegeval(string naam)
    {
        var voorstel = KalibratieTests.Voorstel(KalibratieTests.Lees(naam));

        Assert.Equal(Afweging(Gecompileerd.Value, voorstel), Afweging(Geinterpreteerd.Value, voorstel));
    }

    [Fact]
    public async Task Direct_gecompileerd_is_klaar_als_de_regelset_terugkomt_en_achteraf_gecompileerd_wordt_klaar()
    {
        Assert.True(Gecompileerd.Value.Gecompileerd.IsCompletedSuccessfully);

        var achteraf = RegelsetLader.Laad(Standaard.Map("rules"));

        await achteraf.Gecompileerd.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(achteraf.Gecompileerd.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Tijdens_de_compilatie_op_de_achtergrond_blijven_de_afwegingen_gelijk()
    {
        var invoer = File.ReadAllBytes(Path.Combine(Standaard.Map("examples"), "ommen-hardenberg.json"));
        var verwacht = Afweging(Gecompileerd.Value, invoer);
        var regelset = RegelsetLader.Laad(Standaard.Map("rules"));

        // Assess while the functions switch from interpreted to compiled, from two threads, until the switch is done.
        var afwegingen = new List<string>();
        do
        {
            var twee = new[] { Task.Run(() => Afweging(regelset, invoer)), Task.Run(() => Afweging(regelset, invoer)) };
            afwegingen.AddRange(await Task.WhenAll(twee));
        }
        while (!regelset.Gecompileerd.IsCompleted);

        Assert.All(afwegingen, a => Assert.Equal(verwacht, a));
    }

    private static string Afweging(Regelset regelset, byte[] invoer) => Afweging(regelset, regelset.Lezer.Lees(invoer).Voorstel!);

    private static string Afweging(Regelset regelset, Voorstel voorstel)
    {
        return ContractJson.Schrijf(new Beoordelaar(regelset, new VasteKlok()).Beoordeel(voorstel) with { Id = "x" });
    }
}
