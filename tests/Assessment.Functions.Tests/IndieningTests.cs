using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Assessment.Functions.Tests;

/// <summary>Azurite with the real worker on it, run by the development host (which delivers the queue messages and blobs).</summary>
public sealed class WerkerMetOpslag : IAsyncLifetime
{
    private AppProces? _app;

    public Azurite Azurite { get; } = new();

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        _app = await AppProces.StartAsync(Lokaal.VrijePoort(), start => start.Environment["AzureWebJobsStorage"] = Azurite.Verbinding);
        Client.BaseAddress = new Uri(_app.Adres);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Azurite.DisposeAsync();
    }
}

/// <summary>
/// Level (b), automated filings: the real worker's queue and blob triggers, delivered by the development host from
/// Azurite as the Functions host delivers them, and the API on the same storage.
/// </summary>
public sealed class IndieningTests(WerkerMetOpslag werker) : IClassFixture<WerkerMetOpslag>
{
    private string Verbinding => werker.Azurite.Verbinding;

    private static string Voorstel(string titel)
    {
        var json = JsonNode.Parse(Werker.Voorbeeld("bar.json"))!;
        json["titel"] = titel;
        json["gemeenten"]![0]!["cbsCode"] = "GM0489";
        return json.ToJsonString();
    }

    private QueueClient Wachtrij() => new(Verbinding, "indieningen", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    private async Task<TableEntity?> WachtOpAfwegingAsync(string titel, TimeSpan hoogstens)
    {
        var tabel = new TableClient(Verbinding, "Afwegingen");
        var tot = DateTime.UtcNow + hoogstens;
        while (DateTime.UtcNow < tot)
        {
            try
            {
                await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Titel eq {titel}")))
                {
                    return e;
                }
            }
            catch (Azure.RequestFailedException fout) when (fout.Status == 404)
            {
            }

            await Task.Delay(250);
        }

        return null;
    }

    [Fact]
    public async Task Een_indiening_op_de_wachtrij_wordt_beoordeeld_bewaard_met_rapport_en_staat_in_de_historie()
    {
        var titel = "Indiening via de wachtrij " + Guid.NewGuid();
        var wachtrij = Wachtrij();
        await wachtrij.CreateIfNotExistsAsync();

        await wachtrij.SendMessageAsync(Voorstel(titel));

        var afweging = await WachtOpAfwegingAsync(titel, TimeSpan.FromSeconds(60));
        Assert.NotNull(afweging);
        var id = afweging.GetString("Id");
        Assert.Equal("indiening", afweging.GetString("Oorsprong"));
        var rapport = new BlobContainerClient(Verbinding, "afwegingen").GetBlobClient($"{id}/rapport.pdf");
        // The report is rendered right after the assessment is stored, in the same invocation.
        for (var poging = 0; poging < 100 && !(await rapport.ExistsAsync()).Value; poging++)
        {
            await Task.Delay(100);
        }

        Assert.True((await rapport.ExistsAsync()).Value, "het rapport van een indiening wordt meteen bewaard");
        Assert.Equal(HttpStatusCode.OK, (await werker.Client.GetAsync($"/api/v1/afwegingen/{id}")).StatusCode);
        var historie = JsonNode.Parse(await werker.Client.GetStringAsync("/api/v1/afwegingen?cbsCode=GM0489&aantal=100"))!;
        Assert.Contains(historie["afwegingen"]!.AsArray(), r => (string)r!["id"]! == id);
    }

    [Fact]
    public async Task Een_indiening_als_blob_in_de_container_wordt_beoordeeld_en_bewaard()
    {
        var titel = "Indiening als blob " + Guid.NewGuid();
        var container = new BlobContainerClient(Verbinding, "indieningen");
        await container.CreateIfNotExistsAsync();

        await container.GetBlobClient($"{Guid.NewGuid()}.json").UploadAsync(BinaryData.FromString(Voorstel(titel)));

        Assert.NotNull(await WachtOpAfwegingAsync(titel, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task Een_ongeldige_indiening_wordt_met_haar_probleem_bewaard_en_niet_opnieuw_geprobeerd()
    {
        var kenmerk = "ongeldig-" + Guid.NewGuid();
        var wachtrij = Wachtrij();
        await wachtrij.CreateIfNotExistsAsync();

        await wachtrij.SendMessageAsync($"{{\"titel\": \"{kenmerk}\", \"gemeenten\": []}}");

        var ongeldig = new TableClient(Verbinding, "OngeldigeIndieningen");
        var gevonden = false;
        for (var poging = 0; poging < 120 && !gevonden; poging++)
        {
            await Task.Delay(250);
            try
            {
                await foreach (var e in ongeldig.QueryAsync<TableEntity>())
                {
                    gevonden |= e.GetString("Probleem").Contains("minstens 2", StringComparison.Ordinal) && e.GetString("Bron").StartsWith("wachtrij:", StringComparison.Ordinal);
                }
            }
            catch (Azure.RequestFailedException fout) when (fout.Status == 404)
            {
            }
        }

        Assert.True(gevonden);
        var gif = new QueueClient(Verbinding, "indieningen-poison");
        Assert.False((await gif.ExistsAsync()).Value && (await gif.PeekMessagesAsync(32)).Value.Length > 0, "een ongeldige indiening is geen storing: niet naar de gifwachtrij");
    }

    [Fact]
    public async Task Een_stoot_indieningen_op_de_wachtrij_wordt_precies_een_keer_verwerkt()
    {
        // Every filing is assessed (with its advice) and its tagged report rendered and kept: 200 in CI; the long run
        // (README, "Load and fault runs") sets AFWEGINGSKADER_STOOT=2000.
        var aantal = int.TryParse(Environment.GetEnvironmentVariable("AFWEGINGSKADER_STOOT"), out var n) && n > 10 ? n : 200;
        var wachtrij = Wachtrij();
        await wachtrij.CreateIfNotExistsAsync();
        var reeks = Guid.NewGuid().ToString("N")[..8];
        var start = DateTime.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, aantal), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, t) =>
            await wachtrij.SendMessageAsync(BinaryData.FromString(Voorstel($"Stoot {reeks} nr {i}")), cancellationToken: t));
        // Ten of them twice: the same filing again must not become a second assessment.
        for (var i = 0; i < 10; i++)
        {
            await wachtrij.SendMessageAsync(BinaryData.FromString(Voorstel($"Stoot {reeks} nr {i}")));
        }

        var verzonden = DateTime.UtcNow;
        var tabel = new TableClient(Verbinding, "Afwegingen");
        var tot = DateTime.UtcNow.AddMinutes(15);
        int opgeslagen;
        do
        {
            await Task.Delay(1000);
            opgeslagen = await Tellen.AfwegingenAsync(tabel, "Stoot " + reeks);
        }
        while ((opgeslagen < aantal || (await wachtrij.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0) && DateTime.UtcNow < tot);

        await Task.Delay(2000);
        var eind = await Tellen.AfwegingenAsync(tabel, "Stoot " + reeks);

        Console.WriteLine($"stoot: {aantal + 10} berichten verzonden in {(verzonden - start).TotalSeconds:0.0} s, {eind} afwegingen opgeslagen in {(DateTime.UtcNow - verzonden).TotalSeconds:0.0} s");
        Assert.Equal(aantal, eind);
        Assert.Equal(0, (await wachtrij.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
