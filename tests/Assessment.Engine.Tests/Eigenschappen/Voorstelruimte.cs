using System.Globalization;
using System.Text.Json.Nodes;
using Assessment.Domain.Voorstellen;

namespace Assessment.Engine.Tests.Eigenschappen;

/// <summary>
/// The space of possible proposals for property tests, read from the published JSON Schema (so a new question is
/// covered without changing this class): per optional field a finite set of values that covers every class the
/// rules can tell apart — every allowed value of a choice, both yes and no, every Likert score, and for other numbers
/// the rule set's thresholds with the values just around them.
/// </summary>
public sealed class Voorstelruimte
{
    private static readonly string[] Namen = ["Aadorp", "Beekveld", "Cranendijk", "Dalwijk", "Eemsterhoorn"];
    private static readonly string[] Regios = ["Achterhoek", "Liemers", "Veluwe"];
    private static readonly int[] Inwonertallen = [3_000, 8_000, 10_000, 12_000, 24_000, 40_000, 90_000];
    private readonly JsonObject _schema;
    private readonly decimal[] _getallen;

    public Voorstelruimte()
    {
        _schema = JsonNode.Parse(File.ReadAllText(Tests.Standaard.Map(Path.Combine("rules", "schema", "voorstel.schema.json"))))!.AsObject();
        var drempels = Tests.Standaard.Regelset.Parameters.Values.Select(p => p.Waarde)
            .SelectMany(w => new[] { w - 1, w, w + 1, Math.Floor(w), Math.Ceiling(w) });
        // The thresholds, the values around them and a spread of amounts; each field adds its own minimum and maximum.
        _getallen = [.. drempels.Concat([0m, 1m, 2m, 3m, 5m, 20m, 36m, 250_000m, 1_000_000m, 2_500_000m]).Where(g => g >= 0).Distinct().Order()];
    }

    public static Voorstelruimte Gedeeld { get; } = new();

    /// <summary>A random proposal in which every optional answer is given (a completion of anything masked from it).</summary>
    public JsonObject Volledig(Random random, int minGemeenten = 2, int maxGemeenten = 3)
    {
        var aantal = random.Next(minGemeenten, maxGemeenten + 1);
        var gemeenten = new JsonArray();
        for (var i = 0; i < aantal; i++)
        {
            gemeenten.Add(new JsonObject { ["naam"] = Namen[i], ["inwoners"] = Inwonertallen[random.Next(Inwonertallen.Length)] });
        }

        var voorstel = new JsonObject
        {
            ["titel"] = "Willekeurig voorstel",
            ["gemeenten"] = gemeenten,
            ["samenwerking"] = new JsonObject { ["vorm"] = Kies(random, Waarden.Vorm.Alle) },
        };
        foreach (var pad in OptioneleVelden(voorstel))
        {
            JsonPad.Zet(voorstel, pad, Kies(random, Domein(voorstel, pad)));
        }

        return voorstel;
    }

    /// <summary>The proposal with each optional answer made unknown with probability <paramref name="kans"/>.</summary>
    public JsonObject Maskeer(JsonObject volledig, Random random, double kans)
    {
        var voorstel = volledig.DeepClone().AsObject();
        foreach (var pad in OptioneleVelden(voorstel))
        {
            if (random.NextDouble() < kans)
            {
                JsonPad.Zet(voorstel, pad, null);
            }
        }

        return voorstel;
    }

    /// <summary>The concrete paths of the optional answers of a proposal (<c>gemeenten[1].urgentie</c>, <c>motieven</c>).</summary>
    public IEnumerable<string> OptioneleVelden(JsonObject voorstel)
    {
        foreach (var pad in Velden(_schema, "", voorstel))
        {
            yield return pad;
        }
    }

    /// <summary>
    /// Every value an optional answer can take, up to the classes the rules can tell apart. A concrete path may go
    /// through municipalities (<c>gemeenten[1].urgentie</c>).
    /// </summary>
    public IReadOnlyList<JsonNode?> Domein(JsonObject voorstel, string pad)
    {
        var knoop = SchemaVan(pad);
        var naam = pad[(pad.LastIndexOf('.') + 1)..];
        if (knoop["enum"] is JsonArray keuzes)
        {
            return [.. keuzes.Where(k => k is not null).Select(k => k!.DeepClone())];
        }

        if (knoop["items"]?["enum"] is JsonArray codes)
        {
            // Every subset of the codes (a list of codes, such as the motives).
            var lijst = codes.Select(c => (string)c!).ToList();
            return [.. Enumerable.Range(0, 1 << lijst.Count).Select(m => (JsonNode?)new JsonArray([.. lijst.Where((_, i) => (m & (1 << i)) != 0).Select(c => (JsonNode)c)]))];
        }

        var typen = knoop["type"] is JsonArray t ? t.Select(x => (string)x!).ToList() : [(string)knoop["type"]!];
        if (typen.Contains("boolean"))
        {
            return [true, false];
        }

        if (typen.Contains("integer") || typen.Contains("number"))
        {
            var min = (decimal?)knoop["minimum"] ?? 0;
            var max = (decimal?)knoop["maximum"] ?? decimal.MaxValue;
            var geheel = typen.Contains("integer");
            return [.. _getallen.Append(min).Append(max == decimal.MaxValue ? min : max)
                .Where(g => g >= min && g <= max && (!geheel || g == Math.Floor(g))).Distinct().Order().Select(g => (JsonNode?)JsonValue.Create(g))];
        }

        return naam switch
        {
            "regio" => [.. Regios.Select(r => (JsonNode?)r)],
            "gastgemeente" => [.. voorstel["gemeenten"]!.AsArray().Select(g => (JsonNode?)(string)g!["naam"]!)],
            _ => [],
        };
    }

    private static JsonNode? Kies(Random random, IReadOnlyList<JsonNode?> waarden) =>
        waarden.Count == 0 ? null : waarden[random.Next(waarden.Count)]?.DeepClone();

    private static string Kies(Random random, IReadOnlyList<string> waarden) => waarden[random.Next(waarden.Count)];

    private IEnumerable<string> Velden(JsonNode schema, string prefix, JsonObject voorstel)
    {
        var verplicht = schema["required"] is JsonArray r ? r.Select(x => (string)x!).ToHashSet() : [];
        foreach (var (naam, knoop) in schema["properties"]!.AsObject())
        {
            var pad = prefix + naam;
            if (naam == "gemeenten")
            {
                var aantal = voorstel["gemeenten"]!.AsArray().Count;
                for (var i = 0; i < aantal; i++)
                {
                    foreach (var veld in Velden(knoop!["items"]!, $"gemeenten[{i}].", voorstel))
                    {
                        yield return veld;
                    }
                }

                continue;
            }

            if (knoop!["properties"] is not null)
            {
                foreach (var veld in Velden(knoop, pad + ".", voorstel))
                {
                    yield return veld;
                }

                continue;
            }

            if (!verplicht.Contains(naam) && Domein(voorstel, pad).Count > 0)
            {
                yield return pad;
            }
        }
    }

    private JsonNode SchemaVan(string pad)
    {
        JsonNode knoop = _schema;
        foreach (var deel in pad.Split('.'))
        {
            var haak = deel.IndexOf('[', StringComparison.Ordinal);
            knoop = knoop["properties"]![haak < 0 ? deel : deel[..haak]]!;
            if (haak >= 0)
            {
                knoop = knoop["items"]!;
            }
        }

        return knoop;
    }

    public static string Tekst(JsonNode? waarde) => waarde switch
    {
        null => "onbekend",
        JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        _ => waarde.ToJsonString(),
    };
}
