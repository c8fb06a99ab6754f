using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assessment.Engine.Validatie;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(Probleem))]
internal sealed partial class ProbleemJsonContext : JsonSerializerContext;

public static class ProbleemJson
{
    private static readonly JsonSerializerOptions Opties = new(ProbleemJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ProbleemJsonContext.Default,
    };

    private static readonly JsonSerializerOptions OptiesCompact = new(Opties) { WriteIndented = false };

    /// <summary>The problem document as <c>application/problem+json</c>.</summary>
    public static string Schrijf(Probleem probleem, bool compact = false) =>
        JsonSerializer.Serialize(probleem, (compact ? OptiesCompact : Opties).GetTypeInfo(typeof(Probleem)));
}
