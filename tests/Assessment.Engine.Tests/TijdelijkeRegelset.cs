using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assessment.Engine.Tests;

/// <summary>
/// A small rule set written to a temporary folder (the shipped kader and schema, one workflow of test rules
/// and one of recommendations), for tests of the loader and the scoring that must not depend on the
/// shipped rules' exact content.
/// </summary>
public sealed class TijdelijkeRegelset : IDisposable
{
    public TijdelijkeRegelset(IEnumerable<JsonObject> regels, IEnumerable<JsonObject>? aanbevelingen = null, JsonObject? parameters = null)
    {
        Map = Directory.CreateTempSubdirectory("afwegingskader-regels-").FullName;
        var bron = Standaard.Map("rules");
        Directory.CreateDirectory(Path.Combine(Map, "schema"));
        Directory.CreateDirectory(Path.Combine(Map, "parameters"));
        File.Copy(Path.Combine(bron, "schema", "voorstel.schema.json"), Path.Combine(Map, "schema", "voorstel.schema.json"));
        File.Copy(Path.Combine(bron, "schema", "keuzes.json"), Path.Combine(Map, "schema", "keuzes.json"));
        File.Copy(Path.Combine(bron, "schema", "velden.json"), Path.Combine(Map, "schema", "velden.json"));
        File.Copy(Path.Combine(bron, "parameters", "oordeel.json"), Path.Combine(Map, "parameters", "oordeel.json"));

        var kader = JsonNode.Parse(File.ReadAllText(Path.Combine(bron, "kader.json")))!.AsObject();
        kader["workflows"] = new JsonArray("test");
        kader["faalfactoren"] = new JsonArray();
        foreach (var dimensie in kader["dimensies"]!.AsArray())
        {
            dimensie!.AsObject().Remove("indicatoren");
        }

        kader["aanbevelingen"] = "test_provincie";
        Schrijf("kader.json", kader);
        foreach (var regel in regels)
        {
            var sub = (string?)regel["Properties"]?["subafweging"] ?? "B1";
            Schrijf(Path.Combine("regels", "test", sub, (string)regel["RuleName"]! + ".json"), regel);
        }

        foreach (var regel in aanbevelingen ?? [])
        {
            Schrijf(Path.Combine("regels", "test_provincie", (string)regel["RuleName"]! + ".json"), regel);
        }

        Directory.CreateDirectory(Path.Combine(Map, "regels", "test"));
        Directory.CreateDirectory(Path.Combine(Map, "regels", "test_provincie"));
        Schrijf(Path.Combine("parameters", "test.json"), new JsonObject { ["parameters"] = parameters ?? [] });
    }

    public string Map { get; }

    public void Schrijf(string naam, JsonNode inhoud)
    {
        var pad = Path.Combine(Map, naam);
        Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
        File.WriteAllText(pad, inhoud.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public void Dispose() => Directory.Delete(Map, recursive: true);

    /// <summary>A complete, valid finding rule; tests change the one property that matters to them.</summary>
    public static JsonObject Regel(
        string id = "B1-TEST-VERTROUWEN",
        string expressie = "v.Condities.VertrouwenBestuurlijk >= 3",
        string[]? vereist = null,
        string ernst = "kritiek",
        decimal gewicht = 3,
        string hoofdvlak = "condities",
        string subafweging = "B1",
        string dimensie = "legitimiteit",
        string factor = "vertrouwen",
        bool sleutel = false,
        string? vanToepassing = null,
        string[]? parameters = null,
        string voldaan = "Het vertrouwen is voldoende.") => new()
        {
            ["RuleName"] = id,
            ["Expression"] = expressie,
            ["SuccessEvent"] = "voldaan",
            ["Properties"] = new JsonObject
            {
                ["factor"] = factor,
                ["hoofdvlak"] = hoofdvlak,
                ["subafweging"] = subafweging,
                ["dimensie"] = dimensie,
                ["ernst"] = ernst,
                ["gewicht"] = gewicht,
                ["sleutel"] = sleutel,
                ["titel"] = "Testregel " + id,
                ["vereist"] = new JsonArray([.. (vereist ?? ["condities.vertrouwenBestuurlijk"]).Select(v => (JsonNode)v)]),
                ["vanToepassing"] = vanToepassing,
                ["parameters"] = new JsonArray([.. (parameters ?? []).Select(v => (JsonNode)v)]),
                ["toelichting"] = new JsonObject
                {
                    ["voldaan"] = voldaan,
                    ["nietVoldaan"] = "Het vertrouwen is onvoldoende.",
                    ["onbekend"] = "Het vertrouwen is niet bekend.",
                    ["nietVanToepassing"] = "Niet van toepassing.",
                },
                ["ernstOnderbouwing"] = new JsonObject
                {
                    ["herkomst"] = "bron",
                    ["citaat"] = "Noodzaak van vertrouwen: Tussen de bestuurders en ambtenaren van de partnergemeenten moet veel vertrouwen bestaan.",
                    ["bron"] = new JsonObject { ["document"] = "001_8cc305bc8c951e2c.txt", ["plaats"] = "L754-755" },
                    ["toelichting"] = "Voor de test.",
                },
                ["voorwaarde"] = "Werk aan vertrouwen.",
                ["advies"] = "Werk aan vertrouwen.",
                ["bronnen"] = new JsonArray(new JsonObject { ["document"] = "004_951ee060f1465fca.txt", ["plaats"] = "L168-257" }),
            },
        };

    /// <summary>A parameter with provenance.</summary>
    public static JsonObject Parameter(decimal waarde, string herkomst = "beleidskeuze") => new()
    {
        ["waarde"] = waarde,
        ["eenheid"] = "score 1-5",
        ["omschrijving"] = "Testparameter.",
        ["herkomst"] = herkomst,
        ["toelichting"] = "Voor de test.",
        ["bron"] = herkomst == "bron" ? new JsonObject { ["document"] = "001_8cc305bc8c951e2c.txt", ["plaats"] = "L727-742" } : null,
        ["geldigVanaf"] = "2026-11-22",
    };
}
