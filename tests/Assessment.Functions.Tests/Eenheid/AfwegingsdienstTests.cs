using System.Text;
using Assessment.Engine.Regels;
using Assessment.Storage;
using Assessment.Toepassing;
using Moq;

namespace Assessment.Functions.Tests.Eenheid;

/// <summary>
/// Level (a): the one application service against mocked stores (Moq): what is stored once, which rule set a
/// report is rendered with, and what becomes of a filing.
/// </summary>
public sealed class AfwegingsdienstTests : IDisposable
{
    private static readonly Lazy<Regelset> Standaard = new(() => RegelsetLader.LaadStandaard());

    private readonly Mock<IAfwegingOpslag> _opslag = new(MockBehavior.Strict);
    private readonly Mock<IIndieningOpslag> _ongeldig = new(MockBehavior.Strict);
    private readonly Mock<IRapportOpslag> _rapporten = new(MockBehavior.Strict);
    private readonly string _parameters = Path.Combine(Path.GetTempPath(), $"parameters-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_parameters);

    private Afwegingsdienst Dienst(Regelsetarchief archief) => new(archief, _opslag.Object, _ongeldig.Object, _rapporten.Object);

    /// <summary>The same rules with one policy choice changed by a province: another rule set, with another hash.</summary>
    private Regelset Provinciaal()
    {
        File.WriteAllText(_parameters, """
            { "parameters": { "minScoreMeerwaarde": { "waarde": 61, "eenheid": "score 0-100", "omschrijving": "Test.",
                "herkomst": "beleidskeuze", "toelichting": "Test van de regelset per hash.", "geldigVanaf": "2027-01-01" } } }
            """);
        return RegelsetLader.LaadStandaard(_parameters);
    }

    private static ReadOnlyMemory<byte> Bar => Encoding.UTF8.GetBytes(Werker.Voorbeeld("bar.json"));

    [Fact]
    public void Een_voorstel_groter_dan_1_MiB_weigert_de_dienst_zonder_het_te_lezen_met_het_type_te_groot()
    {
        var groot = new byte[Invoergrens.MaximaleGrootte + 1];
        Array.Fill(groot, (byte)'{');

        var probleem = Dienst(new Regelsetarchief(Standaard.Value)).Lees(groot).Probleem!;

        // Not a JSON error: the input is refused before anything of it is read.
        Assert.Equal(Engine.Validatie.ProbleemTypen.TeGroot, probleem.Type);
        Assert.Contains("1 MiB", probleem.Detail, StringComparison.Ordinal);
        Assert.Empty(probleem.Errors);
    }

    [Fact]
    public async Task Een_bewaarde_afweging_wordt_gerapporteerd_met_de_regelset_waarmee_ze_gemaakt_is_niet_met_de_huidige()
    {
        var oud = Provinciaal();
        var eerder = Afwegingsdienst.ZonderOpslag(oud);
        var voorstel = eerder.Lees(Bar).Voorstel!;
        var opgeslagen = new OpgeslagenAfweging(eerder.Beoordeel(voorstel, metAdvies: false), voorstel);
        _rapporten.Setup(r => r.ZoekRapportAsync(opgeslagen.Afweging.Id, It.IsAny<CancellationToken>())).ReturnsAsync((byte[]?)null);
        byte[]? bewaard = null;
        _rapporten.Setup(r => r.BewaarRapportAsync(opgeslagen.Afweging.Id, It.IsAny<byte[]>(), It.IsAny<CancellationToken>()))
            .Callback<string, byte[], CancellationToken>((_, pdf, _) => bewaard = pdf).Returns(Task.CompletedTask);

        var zonderOud = await Dienst(new Regelsetarchief(Standaard.Value)).RapportAsync(opgeslagen, CancellationToken.None);
        var metOud = await Dienst(new Regelsetarchief(Standaard.Value, [oud])).RapportAsync(opgeslagen, CancellationToken.None);

        Assert.NotEqual(Standaard.Value.Hash, oud.Hash);
        Assert.Null(zonderOud.Pdf);
        Assert.Contains(oud.Hash, zonderOud.RegelsetOnbekend, StringComparison.Ordinal);
        Assert.NotNull(metOud.Pdf);
        Assert.Same(metOud.Pdf, bewaard);
        _rapporten.Verify(r => r.BewaarRapportAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Een_eerder_bewaard_rapport_wordt_teruggegeven_zonder_opnieuw_te_tekenen()
    {
        var voorstel = Afwegingsdienst.ZonderOpslag(Standaard.Value).Lees(Bar).Voorstel!;
        var opgeslagen = new OpgeslagenAfweging(Afwegingsdienst.ZonderOpslag(Standaard.Value).Beoordeel(voorstel, metAdvies: false), voorstel);
        _rapporten.Setup(r => r.ZoekRapportAsync(opgeslagen.Afweging.Id, It.IsAny<CancellationToken>())).ReturnsAsync("%PDF-bewaard"u8.ToArray());

        var rapport = await Dienst(new Regelsetarchief(Standaard.Value)).RapportAsync(opgeslagen, CancellationToken.None);

        Assert.Equal("%PDF-bewaard"u8.ToArray(), rapport.Pdf);
        _rapporten.Verify(r => r.BewaarRapportAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Een_ongeldige_indiening_wordt_met_haar_probleem_bewaard_en_er_wordt_niets_beoordeeld()
    {
        string? probleem = null;
        _ongeldig.Setup(o => o.BewaarOngeldigAsync(It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<string>(), "wachtrij:x", It.IsAny<CancellationToken>()))
            .Callback<ReadOnlyMemory<byte>, string, string, CancellationToken>((_, p, _, _) => probleem = p).Returns(Task.CompletedTask);

        var verwerking = await Dienst(new Regelsetarchief(Standaard.Value)).VerwerkIndieningAsync("""{"titel": "x", "gemeenten": []}"""u8.ToArray(), "wachtrij:x", CancellationToken.None);

        Assert.False(verwerking.Geldig);
        Assert.Contains("minstens 2", probleem, StringComparison.Ordinal);
        _opslag.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Een_geldige_indiening_wordt_een_keer_bewaard_met_haar_rapport_en_een_tweede_keer_niet_opnieuw_getekend()
    {
        OpgeslagenAfweging? eerste = null;
        _opslag.Setup(o => o.ZoekOpInvoerAsync(Standaard.Value.Hash, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => eerste);
        _opslag.Setup(o => o.BewaarAsync(It.IsAny<OpgeslagenAfweging>(), "indiening", It.IsAny<CancellationToken>()))
            .Returns((OpgeslagenAfweging a, string _, CancellationToken _) => Task.FromResult(eerste is null ? new Bewaard(eerste = a, false) : new Bewaard(eerste, true)));
        _rapporten.Setup(r => r.ZoekRapportAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((byte[]?)null);
        _rapporten.Setup(r => r.BewaarRapportAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var dienst = Dienst(new Regelsetarchief(Standaard.Value));

        var een = await dienst.VerwerkIndieningAsync(Bar, "blob:indieningen/a.json", CancellationToken.None);
        var twee = await dienst.VerwerkIndieningAsync(Bar, "blob:indieningen/a.json", CancellationToken.None);

        Assert.Equal(een.AfwegingId, twee.AfwegingId);
        Assert.True(twee.BestondAl);
        _rapporten.Verify(r => r.BewaarRapportAsync(een.AfwegingId!, It.IsAny<byte[]>(), It.IsAny<CancellationToken>()), Times.Once);
        // The second time the kept assessment is found before assessing: nothing is assessed or stored again.
        _opslag.Verify(o => o.BewaarAsync(It.IsAny<OpgeslagenAfweging>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Een_voorstel_dat_onder_deze_regelset_al_bewaard_is_wordt_niet_opnieuw_beoordeeld()
    {
        var voorstel = Afwegingsdienst.ZonderOpslag(Standaard.Value).Lees(Bar).Voorstel!;
        var eerder = new OpgeslagenAfweging(Afwegingsdienst.ZonderOpslag(Standaard.Value).Beoordeel(voorstel, metAdvies: false) with { Id = "eerder-bewaard" }, voorstel);
        _opslag.Setup(o => o.ZoekOpInvoerAsync(Standaard.Value.Hash, eerder.Afweging.InvoerHash, It.IsAny<CancellationToken>())).ReturnsAsync(eerder);

        var beoordeling = await Dienst(new Regelsetarchief(Standaard.Value)).BeoordeelEnBewaarAsync(Bar, "api", CancellationToken.None);

        Assert.Equal("eerder-bewaard", beoordeling.Bewaard!.Afweging.Afweging.Id);
        Assert.True(beoordeling.Bewaard.BestondAl);
        _opslag.Verify(o => o.BewaarAsync(It.IsAny<OpgeslagenAfweging>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
