using System.Text.Json.Nodes;
using Assessment.Domain.Voorstellen;

namespace Assessment.Engine.Tests;

/// <summary>
/// Builds proposals for tests from <c>rules/tests/basis.json</c> (a complete, sound proposal) by setting
/// answers by JSON path, so each test shows only the answers that matter to it.
/// </summary>
public sealed class VoorstelBouwer
{
    private readonly JsonObject _json;

    private VoorstelBouwer(JsonObject json) => _json = json;

    public static VoorstelBouwer Basis() =>
        new(JsonNode.Parse(File.ReadAllText(Standaard.Map(Path.Combine("rules", "tests", "basis.json"))))!.AsObject());

    /// <summary>Only the required fields: two municipalities and a form.</summary>
    public static VoorstelBouwer Minimaal() => new(new JsonObject
    {
        ["titel"] = "Minimaal voorstel",
        ["gemeenten"] = new JsonArray(
            new JsonObject { ["naam"] = "Oostwold", ["inwoners"] = 24000 },
            new JsonObject { ["naam"] = "Westerdam", ["inwoners"] = 21000 }),
        ["samenwerking"] = new JsonObject { ["vorm"] = "openbaar_lichaam" },
    });

    /// <summary>Sets the value at a path such as <c>gemeenten[1].urgentie</c>; null makes the answer unknown.</summary>
    public VoorstelBouwer Zet(string pad, JsonNode? waarde)
    {
        JsonPad.Zet(_json, pad, waarde);
        return this;
    }

    public string Json() => _json.ToJsonString();

    public Voorstel Bouw()
    {
        var resultaat = Standaard.Lezer.Lees(Json());
        return resultaat.Voorstel ?? throw new InvalidOperationException(
            "Het testvoorstel is ongeldig: " + string.Join("; ", resultaat.Probleem!.Errors.Select(f => f.Pad + ": " + f.Detail)));
    }
}

/// <summary>Sets values in a JSON tree by a simple path (<c>a.b[2].c</c>), creating objects on the way.</summary>
public static class JsonPad
{
    public static void Zet(JsonObject wortel, string pad, JsonNode? waarde)
    {
        var delen = pad.Split('.');
        JsonNode huidig = wortel;
        for (var i = 0; i < delen.Length; i++)
        {
            var (naam, index) = Splits(delen[i]);
            var laatste = i == delen.Length - 1;
            var obj = huidig.AsObject();
            if (index is null)
            {
                if (laatste)
                {
                    obj[naam] = waarde?.DeepClone();
                    return;
                }

                if (obj[naam] is not JsonObject)
                {
                    obj[naam] = new JsonObject();
                }

                huidig = obj[naam]!;
            }
            else
            {
                var lijst = obj[naam]?.AsArray() ?? throw new ArgumentException($"'{naam}' is geen lijst in '{pad}'.");
                if (laatste)
                {
                    lijst[index.Value] = waarde?.DeepClone();
                    return;
                }

                huidig = lijst[index.Value]!;
            }
        }
    }

    private static (string Naam, int? Index) Splits(string deel)
    {
        var open = deel.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? (deel, null) : (deel[..open], int.Parse(deel[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
