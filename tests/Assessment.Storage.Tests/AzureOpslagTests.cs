using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Assessment.Storage.Tests;

public class AzureOpslagTests(Azurite azurite) : IClassFixture<Azurite>
{
    private static readonly Lazy<Regelset> LazyRegelset = new(() => RegelsetLader.LaadStandaard());

    private AzureOpslag Opslag() => Opslagkeuze.Maak(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.Verbinding }).Build())!;

    private static OpgeslagenAfweging Maak(string voorbeeld, string? titel = null, DateTimeOffset? moment = null)
    {
        var voorstel = LazyRegelset.Value.Lezer.Lees(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", voorbeeld))).Voorstel!;
        voorstel = voorstel with { Titel = titel ?? voorstel.Titel + " " + Guid.NewGuid() };
        var afweging = new Beoordelaar(LazyRegelset.Value, new Klok(moment ?? DateTimeOffset.UtcNow)).Beoordeel(voorstel);
        return new OpgeslagenAfweging(afweging, voorstel);
    }

    [Fact]
    public async Task Een_bewaarde_afweging_is_terug_te_vinden_met_voorstel_en_al()
    {
        var opslag = Opslag();
        var afweging = Maak("tubbergen-dinkelland.json");

        var bewaard = await opslag.BewaarAsync(afweging, "api", default);
        var gevonden = await opslag.ZoekAsync(afweging.Afweging.Id, default);

        Assert.False(bewaard.BestondAl);
        Assert.NotNull(gevonden);
        Assert.Equal(afweging.Afweging.Oordeel, gevonden.Afweging.Oordeel);
        Assert.Equal(afweging.Voorstel.Titel, gevonden.Voorstel.Titel);
        Assert.Equal(afweging.Afweging.Bevindingen.Count, gevonden.Afweging.Bevindingen.Count);
    }

    [Fact]
    public async Task Hetzelfde_voorstel_onder_dezelfde_regelset_is_een_afweging_ook_tegelijk_ingediend()
    {
        var opslag = Opslag();
        var titel = "Tegelijk " + Guid.NewGuid();
        var pogingen = Enumerable.Range(0, 8).Select(_ => Maak("bar.json", titel)).ToList();

        var resultaten = await Task.WhenAll(pogingen.Select(p => opslag.BewaarAsync(p, "indiening", default)));

        Assert.Single(resultaten.Select(r => r.Afweging.Afweging.Id).Distinct());
        Assert.Equal(7, resultaten.Count(r => r.BestondAl));
    }

    [Fact]
    public async Task Een_bewaard_voorstel_is_voor_het_beoordelen_terug_te_vinden_op_zijn_invoer_en_regelset()
    {
        var azure = Opslag();
        var geheugen = new GeheugenOpslag();
        var afweging = Maak("ommen-hardenberg.json");
        var a = afweging.Afweging;

        foreach (IAfwegingOpslag opslag in new IAfwegingOpslag[] { azure, geheugen })
        {
            Assert.Null(await opslag.ZoekOpInvoerAsync(a.Regelset.Hash, a.InvoerHash, default));
            await opslag.BewaarAsync(afweging, "api", default);

            Assert.Equal(a.Id, (await opslag.ZoekOpInvoerAsync(a.Regelset.Hash, a.InvoerHash, default))?.Afweging.Id);
            Assert.Null(await opslag.ZoekOpInvoerAsync("sha256:een-andere-regelset", a.InvoerHash, default));
        }
    }

    [Fact]
    public async Task Een_claim_zonder_geschreven_afweging_is_bij_het_zoeken_op_invoer_geen_antwoord()
    {
        // Claimed by an attempt that never wrote its assessment (hashes hold no characters a table key refuses).
        var opslag = Opslag();
        var afweging = Maak("kompanjie.json");
        var claim = new TableClient(azurite.Verbinding, "Invoer");
        await opslag.InrichtenAsync(default);
        await claim.AddEntityAsync(new TableEntity(afweging.Afweging.Regelset.Hash, afweging.Afweging.InvoerHash) { ["Id"] = "nooit-geschreven-" + Guid.NewGuid() });

        Assert.Null(await opslag.ZoekOpInvoerAsync(afweging.Afweging.Regelset.Hash, afweging.Afweging.InvoerHash, default));
        Assert.False((await opslag.BewaarAsync(afweging, "api", default)).BestondAl);
        Assert.NotNull(await opslag.ZoekOpInvoerAsync(afweging.Afweging.Regelset.Hash, afweging.Afweging.InvoerHash, default));
    }

    [Fact]
    public async Task Een_half_afgebroken_eerdere_poging_wordt_afgemaakt_onder_het_geclaimde_kenmerk()
    {
        var opslag = Opslag();
        var afweging = Maak("kompanjie.json");
        var claim = new TableClient(azurite.Verbinding, "Invoer");
        await opslag.InrichtenAsync(default);
        await claim.AddEntityAsync(new TableEntity(afweging.Afweging.Regelset.Hash, afweging.Afweging.InvoerHash) { ["Id"] = "eerder-geclaimd-" + Guid.NewGuid() });

        var bewaard = await opslag.BewaarAsync(afweging, "indiening", default);

        Assert.StartsWith("eerder-geclaimd-", bewaard.Afweging.Afweging.Id);
        Assert.NotNull(await opslag.ZoekAsync(bewaard.Afweging.Afweging.Id, default));
    }

    [Fact]
    public async Task De_historie_van_een_gemeente_is_nieuwste_eerst_en_bladert_met_een_vervolg()
    {
        var opslag = Opslag();
        var code = $"GM{Random.Shared.Next(1000, 9999)}";
        var basis = DateTimeOffset.UtcNow.AddDays(-10);
        for (var i = 0; i < 5; i++)
        {
            var a = Maak("bar.json", moment: basis.AddDays(i));
            var voorstel = a.Voorstel with { Gemeenten = [a.Voorstel.Gemeenten[0] with { CbsCode = code }, .. a.Voorstel.Gemeenten.Skip(1)] };
            await opslag.BewaarAsync(a with { Voorstel = voorstel }, "api", default);
        }

        var eerste = await opslag.HistorieAsync(code, 3, null, default);
        var tweede = await opslag.HistorieAsync(code, 3, eerste.Vervolg, default);

        Assert.Equal(3, eerste.Afwegingen.Count);
        Assert.NotNull(eerste.Vervolg);
        Assert.Equal(2, tweede.Afwegingen.Count);
        var alle = eerste.Afwegingen.Concat(tweede.Afwegingen).Select(r => r.AangemaaktOp).ToList();
        Assert.Equal(alle.OrderByDescending(t => t), alle);
    }

    [Fact]
    public async Task De_afwegingen_van_een_provincie_in_een_periode_nieuwste_eerst()
    {
        var opslag = Opslag();
        var provincie = "Provincie " + Guid.NewGuid().ToString("N")[..6];
        var basis = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var dag = 0; dag < 6; dag++)
        {
            var a = Maak("bar.json", moment: basis.AddDays(dag * 10));
            var voorstel = a.Voorstel with { Gemeenten = [.. a.Voorstel.Gemeenten.Select(g => g with { Provincie = provincie })] };
            await opslag.BewaarAsync(a with { Voorstel = voorstel }, "api", default);
        }

        var periode = await opslag.ProvincieAsync(provincie, basis.AddDays(10), basis.AddDays(30), 100, null, default);

        Assert.Equal([basis.AddDays(30), basis.AddDays(20), basis.AddDays(10)], periode.Afwegingen.Select(a => a.AangemaaktOp));
    }

    [Fact]
    public async Task Het_rapport_wordt_naast_de_afweging_bewaard()
    {
        var opslag = Opslag();
        var id = "rapport-" + Guid.NewGuid();

        Assert.Null(await opslag.ZoekRapportAsync(id, default));
        await opslag.BewaarRapportAsync(id, [0x25, 0x50, 0x44, 0x46], default);

        Assert.Equal([0x25, 0x50, 0x44, 0x46], await opslag.ZoekRapportAsync(id, default));
        Assert.True(await new BlobContainerClient(azurite.Verbinding, AzureOpslag.Container).GetBlobClient($"{id}/rapport.pdf").ExistsAsync());
    }

    [Fact]
    public async Task Een_onbekend_of_onmogelijk_kenmerk_geeft_niets()
    {
        var opslag = Opslag();

        Assert.Null(await opslag.ZoekAsync("bestaat-niet", default));
        Assert.Null(await opslag.ZoekAsync("../../etc", default));
    }

    [Fact]
    public void De_opslag_volgt_de_instellingen_van_Azure_Functions()
    {
        IConfiguration Met(Dictionary<string, string?> waarden) => new ConfigurationBuilder().AddInMemoryCollection(waarden).Build();

        Assert.NotNull(Opslagkeuze.Maak(Met(new() { ["AzureWebJobsStorage"] = azurite.Verbinding })));
        Assert.NotNull(Opslagkeuze.Maak(Met(new()
        {
            ["AzureWebJobsStorage:tableServiceUri"] = "https://voorbeeld.table.core.windows.net",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://voorbeeld.blob.core.windows.net",
        })));
        Assert.Null(Opslagkeuze.Maak(Met([])));
    }

    private sealed class Klok(DateTimeOffset moment) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => moment;
    }
}
