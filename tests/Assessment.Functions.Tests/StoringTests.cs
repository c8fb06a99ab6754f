using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Xunit.Abstractions;

namespace Assessment.Functions.Tests;

/// <summary>A storage outage while the real worker processes filings (development host, Azurite): nothing lost, nothing twice.</summary>
public sealed class StoringTests(BlijvendeAzurite azurite, ITestOutputHelper uitvoer) : IClassFixture<BlijvendeAzurite>
{
    [Fact]
    public async Task Als_de_opslag_wegvalt_en_terugkomt_wordt_elke_indiening_precies_een_keer_verwerkt()
    {
        const int Aantal = 300;
        var wachtrij = new QueueClient(azurite.Verbinding, "indieningen", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await wachtrij.CreateIfNotExistsAsync();
        var reeks = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < Aantal; i++)
        {
            var json = JsonNode.Parse(Werker.Voorbeeld("kompanjie.json"))!;
            json["titel"] = $"Storing {reeks} nr {i}";
            await wachtrij.SendMessageAsync(BinaryData.FromString(json.ToJsonString()));
        }

        await using var app = await AppProces.StartAsync(Lokaal.VrijePoort(), start => start.Environment["AzureWebJobsStorage"] = azurite.Verbinding);
        var tabel = new TableClient(azurite.Verbinding, "Afwegingen");
        await WachtTotAsync(async () => await Tellen.AfwegingenAsync(tabel, "Storing " + reeks) >= 30, TimeSpan.FromSeconds(60));
        var voorStoring = await Tellen.AfwegingenAsync(tabel, "Storing " + reeks);
        uitvoer.WriteLine($"vóór de storing: {voorStoring}, wachtrij {(await wachtrij.GetPropertiesAsync()).Value.ApproximateMessagesCount}");

        azurite.Stop();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await azurite.StartAsync();

        await WachtTotAsync(async () => await Tellen.AfwegingenAsync(tabel, "Storing " + reeks) >= Aantal, TimeSpan.FromMinutes(4));
        // A message whose assessment was stored but whose removal failed in the outage comes back after its visibility
        // timeout and is then recognised as done: wait for the queue to drain, then count once more.
        await WachtTotAsync(async () => (await wachtrij.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, TimeSpan.FromMinutes(3));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var eind = await Tellen.AfwegingenAsync(tabel, "Storing " + reeks);
        var gif = new QueueClient(azurite.Verbinding, "indieningen-poison");
        var inGif = (await gif.ExistsAsync()).Value ? (await gif.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;

        uitvoer.WriteLine($"storing: {Aantal} indieningen, {voorStoring} verwerkt vóór de storing, {eind} na herstel, {inGif} in de gifwachtrij");
        Console.WriteLine($"storing: {Aantal} indieningen, {voorStoring} verwerkt vóór de storing, {eind} na herstel, {inGif} in de gifwachtrij");
        Assert.True(voorStoring < Aantal, "de storing kwam te laat om iets te toetsen");
        Assert.Equal(Aantal, eind);
        Assert.Equal(0, inGif);
        Assert.Equal(0, (await wachtrij.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    private static async Task WachtTotAsync(Func<Task<bool>> klaar, TimeSpan hoogstens)
    {
        var tot = DateTime.UtcNow + hoogstens;
        while (DateTime.UtcNow < tot)
        {
            try
            {
                if (await klaar())
                {
                    return;
                }
            }
            catch (Azure.RequestFailedException)
            {
            }

            await Task.Delay(500);
        }
    }

}
