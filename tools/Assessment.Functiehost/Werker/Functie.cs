using System.Text.Json.Nodes;
using Assessment.Functiehost.Rpc;

namespace Assessment.Functiehost.Werker;

/// <summary>A function the worker indexed, with its trigger binding as the host reads it from the raw bindings.</summary>
public sealed class Functie
{
    public Functie(RpcFunctionMetadata metadata)
    {
        Metadata = metadata;
        Id = metadata.FunctionId is { Length: > 0 } id ? id : Guid.NewGuid().ToString();
        foreach (var ruw in metadata.RawBindings)
        {
            var binding = JsonNode.Parse(ruw)!.AsObject();
            var naam = (string?)binding["name"] ?? "";
            var richting = ((string?)binding["direction"] ?? "in").ToLowerInvariant() switch
            {
                "out" => BindingInfo.Types.Direction.Out,
                "inout" => BindingInfo.Types.Direction.Inout,
                _ => BindingInfo.Types.Direction.In,
            };
            var info = new BindingInfo
            {
                Type = (string?)binding["type"] ?? "",
                Direction = richting,
                DataType = ((string?)binding["dataType"])?.ToLowerInvariant() switch
                {
                    "binary" => BindingInfo.Types.DataType.Binary,
                    "string" => BindingInfo.Types.DataType.String,
                    "stream" => BindingInfo.Types.DataType.Stream,
                    _ => BindingInfo.Types.DataType.Undefined,
                },
            };
            if (binding["properties"] is JsonObject eigenschappen)
            {
                foreach (var (sleutel, waarde) in eigenschappen)
                {
                    info.Properties[sleutel] = waarde?.ToString() ?? "";
                }
            }

            Metadata.Bindings[naam] = info;
            if (richting == BindingInfo.Types.Direction.In && info.Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))
            {
                Trigger = binding;
                TriggerNaam = naam;
            }
        }
    }

    public string Id { get; }

    public string Naam => Metadata.Name;

    public RpcFunctionMetadata Metadata { get; }

    /// <summary>The trigger binding as declared (type, route, methods, authLevel, queueName, path, connection).</summary>
    public JsonObject? Trigger { get; }

    public string TriggerNaam { get; } = "";

    public string TriggerType => (string?)Trigger?["type"] ?? "";

    public string? Eigenschap(string naam) => Trigger?[naam]?.ToString();
}
