using System.Text.Encodings.Web;
using System.Text.Json;

namespace Assessment.Functions.Api;

/// <summary>The JSON of the API's own answers (history, framework, health): lowerCamelCase, strict numbers, readable Dutch.</summary>
public static class JsonOpties
{
    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };
}
