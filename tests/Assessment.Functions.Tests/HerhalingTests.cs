using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;

namespace Assessment.Functions.Tests;

/// <summary>
/// Level (b), the host's retry semantics on the real worker: a filing the worker cannot store (its storage is
/// unreachable, while the host still reads the queue) fails, comes back after the visibility timeout, and after
/// <c>maxDequeueCount</c> (5, host.json) attempts lands on <c>indieningen-poison</c> unchanged.
/// </summary>
public sealed class HerhalingTests(Azurite azurite) : IClassFixture<Azurite>
{
    private const string Dicht = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    [Fact]
    public async Task Een_indiening_die_steeds_mislukt_gaat_na_vijf_pogingen_naar_de_gifwachtrij()
    {
        await using var app = await AppProces.StartAsync(Lokaal.VrijePoort(), start =>
        {
            start.Environment["AzureWebJobsStorage"] = azurite.Verbinding;
            // A retry a second after a failure instead of host.json's 30 s, as an app setting overrides host.json.
            start.Environment["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:01";
            start.ArgumentList.Add("--instelling");
            start.ArgumentList.Add("AzureWebJobsStorage=" + Dicht);
        });
        var opties = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var wachtrij = new QueueClient(azurite.Verbinding, "indieningen", opties);
        var gif = new QueueClient(azurite.Verbinding, "indieningen-poison", opties);
        await wachtrij.CreateIfNotExistsAsync();
        var json = JsonNode.Parse(Werker.Voorbeeld("bar.json"))!;
        json["titel"] = "Onverwerkbaar " + Guid.NewGuid();

        await wachtrij.SendMessageAsync(json.ToJsonString());

        string? inGif = null;
        for (var poging = 0; poging < 240 && inGif is null; poging++)
        {
            await Task.Delay(500);
            if ((await gif.ExistsAsync()).Value && (await gif.ReceiveMessagesAsync(1)).Value is [var bericht])
            {
                inGif = bericht.Body.ToString();
            }
        }

        Assert.Equal(json.ToJsonString(), inGif);
        Assert.Equal(0, (await wachtrij.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        for (var poging = 1; poging < 5; poging++)
        {
            Assert.Contains($"(poging {poging} van 5)", app.Uitvoer, StringComparison.Ordinal);
        }

        Assert.Contains("na 5 pogingen naar indieningen-poison", app.Uitvoer, StringComparison.Ordinal);

        // The worker says it is not healthy: its storage does not answer.
        using var client = new HttpClient();
        var gezondheid = await client.GetAsync(app.Adres + "/api/v1/gezondheid");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gezondheid.StatusCode);
        Assert.Equal("application/problem+json", gezondheid.Content.Headers.ContentType!.MediaType);
        Assert.Contains("opslag", (string)JsonNode.Parse(await gezondheid.Content.ReadAsStringAsync())!["detail"]!, StringComparison.Ordinal);
    }
}
