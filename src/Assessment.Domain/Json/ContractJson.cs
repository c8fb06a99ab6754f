using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;

namespace Assessment.Domain.Json;

/// <summary>
/// The JSON form of the public contract: lowerCamelCase members, ISO dates, UTF-8 text unescaped so
/// Dutch diacritics stay readable. Source-generated, so parsing and writing cost no reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(Voorstel))]
[JsonSerializable(typeof(Afweging))]
public sealed partial class ContractJsonContext : JsonSerializerContext;

public static class ContractJson
{
    /// <summary>Options for writing contract documents: indented, with readable UTF-8 text.</summary>
    public static JsonSerializerOptions Opties { get; } = new(ContractJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ContractJsonContext.Default,
    };

    /// <summary>The same as <see cref="Opties"/> on one line, for JSON Lines output.</summary>
    public static JsonSerializerOptions OptiesCompact { get; } = new(Opties) { WriteIndented = false };

    /// <summary>
    /// The Afweging as UTF-8 JSON. Prefer this to <see cref="Schrijf(Afweging, bool)"/> for output: an Afweging
    /// is some 80 KB of text, and a UTF-16 string of it costs several times the serialisation itself.
    /// </summary>
    public static byte[] SchrijfUtf8(Afweging afweging, bool compact = false) =>
        JsonSerializer.SerializeToUtf8Bytes(afweging, (compact ? OptiesCompact : Opties).GetTypeInfo(typeof(Afweging)));

    public static string Schrijf(Afweging afweging, bool compact = false) =>
        JsonSerializer.Serialize(afweging, (compact ? OptiesCompact : Opties).GetTypeInfo(typeof(Afweging)));

    /// <summary>The proposal as compact UTF-8 JSON (its canonical form: fixed member order, no nulls).</summary>
    public static byte[] SchrijfUtf8(Voorstel voorstel) =>
        JsonSerializer.SerializeToUtf8Bytes(voorstel, OptiesCompact.GetTypeInfo(typeof(Voorstel)));

    public static string Schrijf(Voorstel voorstel, bool compact = false) =>
        JsonSerializer.Serialize(voorstel, (compact ? OptiesCompact : Opties).GetTypeInfo(typeof(Voorstel)));
}
