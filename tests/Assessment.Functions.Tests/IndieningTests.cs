using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assessment.Functions.Tests;

/// <summary>
/// Automated filings against real storage (Azurite): the custom-handler invocation protocol the Functions
/// host uses for the queue and blob triggers, and the local poller that drives the same handler from the queue.
/// </summary>
public sealed class IndieningTests(Azurite azurite) : IClassFixture<Azurite>
{
    private WebApplicationFactory<Program> App(string? verbinding = null) => new WebApplicationFactory<Program>()
        .WithWebHostBuilder(b => b.UseSetting("AzureWebJobsStorage", verbinding ?? azurite.Verbinding));

    private static string Voorstel(string titel)
    {
        var json = JsonNode.Parse(Tests.App.Voorbeeld("bar.json"))!;
        json["titel"] = titel;
        json["gemeenten"]![0]!["cbsCode"] = "GM0489";
        return json.ToJsonString();
    }

    private static StringContent Aanroep(string indiening) => new(
        new JsonObject { ["Data"] = new JsonObject { ["indiening"] = indiening }, ["Metadata"] = new JsonObject { ["Id"] = Guid.NewGuid().ToString() } }.ToJsonString(),
        Encoding.UTF8,
        "application/json");

    [Fact]
    public async Task De_host_roept_de_wachtrijfunctie_aan_en_de_afweging_wordt_bewaard()
    {
        using var app = App();
        var client = app.CreateClient();

        var antwoord = await client.PostAsync("/VerwerkIndiening", Aanroep(Voorstel("Indiening via de host " + Guid.NewGuid())));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var id = (string)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["ReturnValue"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/afwegingen/{id}")).StatusCode);
        var rapport = new Azure.Storage.Blobs.BlobContainerClient(azurite.Verbinding, "afwegingen").GetBlobClient($"{id}/rapport.pdf");
        Assert.True((await rapport.ExistsAsync()).Value, "het rapport van een indiening wordt meteen bewaard");
    }

    [Fact]
    public async Task Een_ongeldige_indiening_wordt_met_haar_probleem_bewaard_en_niet_opnieuw_geprobeerd()
    {
        using var app = App();
        var kenmerk = "ongeldig-" + Guid.NewGuid();

        var antwoord = await app.CreateClient().PostAsync("/VerwerkIndieningBlob", Aanroep($"{{\"titel\": \"{kenmerk}\", \"gemeenten\": []}}"));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var ongeldig = new TableClient(azurite.Verbinding, "OngeldigeIndieningen").QueryAsync<TableEntity>();
        var gevonden = false;
        await foreach (var e in ongeldig)
        {
            gevonden |= e.GetString("Probleem").Contains("minstens 2", StringComparison.Ordinal);
        }

        Assert.True(gevonden);
    }

    [Fact]
    public async Task Als_de_opslag_onbereikbaar_is_antwoordt_de_handler_500_zodat_de_host_het_opnieuw_probeert()
    {
        var dicht = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        using var app = App(dicht);

        var antwoord = await app.CreateClient().PostAsync("/VerwerkIndiening", Aanroep(Voorstel("Onbereikbaar " + Guid.NewGuid())));

        Assert.Equal(HttpStatusCode.InternalServerError, antwoord.StatusCode);
        Assert.Contains("opnieuw", await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Een_stoot_van_2000_indieningen_op_de_wachtrij_wordt_precies_een_keer_verwerkt()
    {
        const int Aantal = 2000;
        var wachtrij = new QueueClient(azurite.Verbinding, "indieningen", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await wachtrij.CreateIfNotExistsAsync();
        var reeks = Guid.NewGuid().ToString("N")[..8];
        var start = DateTime.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, Aantal), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, t) =>
            await wachtrij.SendMessageAsync(BinaryData.FromString(Voorstel($"Stoot {reeks} nr {i}")), cancellationToken: t));
        // Ten of them twice: the same filing again must not become a second assessment.
        for (var i = 0; i < 10; i++)
        {
            await wachtrij.SendMessageAsync(BinaryData.FromString(Voorstel($"Stoot {reeks} nr {i}")));
        }

        var verzonden = DateTime.UtcNow;
        using var app = App();
        _ = app.CreateClient(); // starts the host, and with it the poller
        var tabel = new TableClient(azurite.Verbinding, "Afwegingen");
        var tot = DateTime.UtcNow.AddMinutes(10);
        int opgeslagen;
        do
        {
            await Task.Delay(1000);
            opgeslagen = await Tellen.AfwegingenAsync(tabel, "Stoot " + reeks);
        }
        while (opgeslagen < Aantal && DateTime.UtcNow < tot);

        await Task.Delay(2000);
        var eind = await Tellen.AfwegingenAsync(tabel, "Stoot " + reeks);

        Console.WriteLine($"stoot: {Aantal + 10} berichten verzonden in {(verzonden - start).TotalSeconds:0.0} s, {eind} afwegingen opgeslagen in {(DateTime.UtcNow - verzonden).TotalSeconds:0.0} s");
        Assert.Equal(Aantal, eind);
        Assert.Equal(0, (await wachtrij.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
