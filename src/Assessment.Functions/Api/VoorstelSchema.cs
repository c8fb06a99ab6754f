using System.Text.Json.Nodes;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;

namespace Assessment.Functions.Api;

/// <summary>Finds, for a property of the Voorstel model, its definition in the published JSON Schema.</summary>
internal static class VoorstelSchema
{
    private static readonly Dictionary<Type, string[]> Plaats = new()
    {
        [typeof(Voorstel)] = [],
        [typeof(Indiener)] = ["indiener"],
        [typeof(Gemeente)] = ["gemeenten", "items"],
        [typeof(Samenwerking)] = ["samenwerking"],
        [typeof(BusinessCase)] = ["businessCase"],
        [typeof(Condities)] = ["condities"],
        [typeof(Gideonsbende)] = ["condities", "gideonsbende"],
        [typeof(Verdeelsleutel)] = ["condities", "verdeelsleutel"],
        [typeof(Duurzaamheid)] = ["duurzaamheid"],
    };

    private static JsonNode? _schema;

    public static JsonNode? Eigenschap(IServiceProvider diensten, Type type, string naam)
    {
        if (!Plaats.TryGetValue(type, out var stappen))
        {
            return null;
        }

        _schema ??= JsonNode.Parse(diensten.GetRequiredService<Regelset>().SchemaDocument.GetRawText());
        JsonNode? knoop = _schema;
        foreach (var stap in stappen)
        {
            knoop = stap == "items" ? knoop?["items"] : knoop?["properties"]?[stap];
        }

        return knoop?["properties"]?[naam];
    }
}
