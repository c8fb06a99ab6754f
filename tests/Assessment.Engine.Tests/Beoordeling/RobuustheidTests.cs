using System.Text;
using System.Text.Json.Nodes;
using Assessment.Domain.Json;

namespace Assessment.Engine.Tests.Beoordeling;

/// <summary>
/// No input, however malformed, makes reading or weighing throw: it is either a valid proposal that gets an
/// Afweging, or a problem document. Inputs are generated from a fixed seed, so a failure is reproducible.
/// </summary>
public class RobuustheidTests
{
    private static readonly JsonNode?[] Waarden =
    [
        null, true, false, 0, -1, 1, 3, 5, 6, 2.5, 1e300, -1e300, 12345678901234567890m, "", "x", "kosten", "centrumgemeente",
        "zelfstandig", "tussenstap_herindeling", "Súdwest-Fryslân", "GM0363", "2028-01-01", new JsonArray(), new JsonObject(),
        new JsonArray("kosten", "kwaliteit"), new JsonArray(1, 2),
    ];

    [Fact]
    public void Duizenden_verminkte_voorstellen_geven_een_afweging_of_een_probleem_en_nooit_een_uitzondering()
    {
        var random = new Random(20261122);
        var paden = BladPaden(JsonNode.Parse(VoorstelBouwer.Basis().Json())!, "").ToList();
        int geldig = 0, ongeldig = 0;
        for (var i = 0; i < 3000; i++)
        {
            var json = JsonNode.Parse(VoorstelBouwer.Basis().Json())!.AsObject();
            var aantal = random.Next(1, 4);
            for (var j = 0; j < aantal; j++)
            {
                try
                {
                    JsonPad.Zet(json, paden[random.Next(paden.Count)], random.Next(3) == 0 ? Waarden[random.Next(Waarden.Length)]?.DeepClone() : null);
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    // An earlier mutation replaced a parent of this path: nothing to set.
                }
            }

            var resultaat = Standaard.Lezer.Lees(json.ToJsonString());
            if (resultaat.Voorstel is { } voorstel)
            {
                var afweging = Standaard.Beoordelaar.Beoordeel(voorstel);
                Assert.DoesNotContain(afweging.Bevindingen, b => b.Toelichting.Contains("fout in de regel", StringComparison.Ordinal));
                Assert.NotEmpty(ContractJson.Schrijf(afweging));
                geldig++;
            }
            else
            {
                Assert.NotEmpty(resultaat.Probleem!.Errors);
                ongeldig++;
            }
        }

        Assert.True(geldig > 300 && ongeldig > 300, $"geldig {geldig}, ongeldig {ongeldig}");
    }

    [Fact]
    public void Willekeurige_bytes_en_afgebroken_json_geven_een_probleem()
    {
        var random = new Random(7);
        var basis = Encoding.UTF8.GetBytes(VoorstelBouwer.Basis().Json());
        for (var i = 0; i < 1000; i++)
        {
            byte[] invoer;
            if (i % 2 == 0)
            {
                invoer = basis[..random.Next(basis.Length)];
            }
            else
            {
                invoer = (byte[])basis.Clone();
                invoer[random.Next(invoer.Length)] = (byte)random.Next(256);
            }

            var resultaat = Standaard.Lezer.Lees(invoer);
            if (resultaat.Voorstel is { } voorstel)
            {
                Standaard.Beoordelaar.Beoordeel(voorstel);
            }
            else
            {
                Assert.InRange(resultaat.Probleem!.Status, 400, 413);
            }
        }
    }

    [Fact]
    public void Vijftig_gemeenten_met_alle_antwoorden_worden_beoordeeld()
    {
        var gemeenten = new JsonArray([.. Enumerable.Range(1, 50).Select(i =>
        {
            var gemeente = JsonNode.Parse(VoorstelBouwer.Basis().Json())!["gemeenten"]![0]!.DeepClone().AsObject();
            gemeente["naam"] = $"Gemeente {i}";
            gemeente["cbsCode"] = $"GM{i:0000}";
            gemeente["inwoners"] = 1000 * i;
            return (JsonNode)gemeente;
        })]);

        var afweging = Standaard.Beoordelaar.Beoordeel(VoorstelBouwer.Basis().Zet("gemeenten", gemeenten).Bouw());

        Assert.Contains(afweging.Bevindingen, b => b.Factor == "aantal_partners" && b.Status == "niet_voldaan");
    }

    private static IEnumerable<string> BladPaden(JsonNode knoop, string pad)
    {
        switch (knoop)
        {
            case JsonObject obj:
                foreach (var (naam, kind) in obj)
                {
                    var kindPad = pad.Length == 0 ? naam : pad + "." + naam;
                    yield return kindPad;
                    if (kind is not null)
                    {
                        foreach (var p in BladPaden(kind, kindPad))
                        {
                            yield return p;
                        }
                    }
                }

                break;
            case JsonArray lijst:
                for (var i = 0; i < lijst.Count; i++)
                {
                    if (lijst[i] is JsonObject element)
                    {
                        foreach (var p in BladPaden(element, $"{pad}[{i}]"))
                        {
                            yield return p;
                        }
                    }
                }

                break;
            default:
                break;
        }
    }
}
