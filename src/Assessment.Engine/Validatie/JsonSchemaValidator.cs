using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Assessment.Engine.Validatie;

/// <summary>
/// Validates a JSON document against the published <c>voorstel.schema.json</c>, collecting every error
/// with its path and a Dutch message. It interprets the subset of JSON Schema 2020-12 the contract uses
/// (type, properties, required, additionalProperties: false, items, minItems, maxItems, uniqueItems, enum,
/// minimum, maximum, minLength, maxLength, pattern, format: date), so the API, the CLI and the
/// questionnaire all judge input by one document. An unsupported keyword in the schema is refused at load.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Ondersteund =
    [
        "$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties",
        "items", "minItems", "maxItems", "uniqueItems", "enum", "minimum", "maximum", "minLength", "maxLength",
        "pattern", "format", "examples",
    ];

    private readonly Knoop _wortel;

    private JsonSchemaValidator(Knoop wortel) => _wortel = wortel;

    public static JsonSchemaValidator Laad(JsonElement schema) => new(Knoop.Van(schema, "#"));

    /// <summary>The Dutch title the schema gives the field at a JSON path such as <c>gemeenten[].urgentie</c>.</summary>
    public string? TitelVan(string veldpad)
    {
        var knoop = _wortel;
        foreach (var deel in veldpad.Split('.'))
        {
            var naam = deel.EndsWith("[]", StringComparison.Ordinal) ? deel[..^2] : deel;
            if (knoop.Eigenschappen is null || !knoop.Eigenschappen.TryGetValue(naam, out var volgende))
            {
                return null;
            }

            knoop = deel.EndsWith("[]", StringComparison.Ordinal) ? volgende.Items ?? volgende : volgende;
        }

        return knoop.Titel;
    }

    /// <summary>Every optional leaf field of the schema as a JSON path (<c>gemeenten[].urgentie</c>).</summary>
    public IReadOnlyList<string> OptioneleVelden()
    {
        var uit = new List<string>();
        Verzamel(_wortel, "", uit);
        return uit;
    }

    /// <summary>Every required leaf field (never unknown).</summary>
    public IReadOnlyList<string> VerplichteVelden()
    {
        var alle = new List<string>();
        VerzamelVerplicht(_wortel, "", alle);
        return alle;
    }

    private static void Verzamel(Knoop knoop, string pad, List<string> uit)
    {
        if (knoop.Eigenschappen is { } eigenschappen)
        {
            foreach (var (naam, kind) in eigenschappen)
            {
                var kindPad = pad.Length == 0 ? naam : pad + "." + naam;
                var kindVerplicht = knoop.Verplicht.Contains(naam) && !kind.MagNull;
                if (kind.Items is { Eigenschappen: not null } items)
                {
                    Verzamel(items, kindPad + "[]", uit);
                }
                else if (kind.Eigenschappen is not null)
                {
                    Verzamel(kind, kindPad, uit);
                }
                else if (!kindVerplicht)
                {
                    uit.Add(kindPad);
                }
            }
        }
    }

    private static void VerzamelVerplicht(Knoop knoop, string pad, List<string> uit)
    {
        if (knoop.Eigenschappen is null)
        {
            return;
        }

        foreach (var (naam, kind) in knoop.Eigenschappen)
        {
            if (!knoop.Verplicht.Contains(naam) || kind.MagNull)
            {
                continue;
            }

            var kindPad = pad.Length == 0 ? naam : pad + "." + naam;
            if (kind.Items is { Eigenschappen: not null } items)
            {
                VerzamelVerplicht(items, kindPad + "[]", uit);
            }
            else if (kind.Eigenschappen is not null)
            {
                VerzamelVerplicht(kind, kindPad, uit);
            }
            else
            {
                uit.Add(kindPad);
            }
        }
    }

    /// <summary>Validates <paramref name="document"/>, adding every error to <paramref name="fouten"/>.</summary>
    public void Valideer(JsonElement document, List<Fout> fouten) => _wortel.Valideer(document, new PadBouwer(), fouten);

    private sealed class Knoop
    {
        public string? Titel { get; private init; }
        public HashSet<string> Typen { get; private init; } = [];
        public bool MagNull => Typen.Contains("null");
        public Dictionary<string, Knoop>? Eigenschappen { get; private init; }
        public HashSet<string> Verplicht { get; private init; } = [];
        public bool GeenExtraVelden { get; private init; }
        public Knoop? Items { get; private init; }
        public int? MinItems { get; private init; }
        public int? MaxItems { get; private init; }
        public bool UniekeItems { get; private init; }
        public List<string?>? Toegestaan { get; private init; }
        public decimal? Minimum { get; private init; }
        public decimal? Maximum { get; private init; }
        public int? MinLengte { get; private init; }
        public int? MaxLengte { get; private init; }
        public Regex? Patroon { get; private init; }
        public string? PatroonTekst { get; private init; }
        public string? Formaat { get; private init; }

        public static Knoop Van(JsonElement schema, string waar)
        {
            foreach (var eigenschap in schema.EnumerateObject())
            {
                if (!Ondersteund.Contains(eigenschap.Name))
                {
                    throw new InvalidOperationException($"Schema-trefwoord '{eigenschap.Name}' bij {waar} wordt niet ondersteund.");
                }
            }

            var typen = new HashSet<string>(StringComparer.Ordinal);
            if (schema.TryGetProperty("type", out var type))
            {
                if (type.ValueKind == JsonValueKind.Array)
                {
                    foreach (var t in type.EnumerateArray())
                    {
                        typen.Add(t.GetString()!);
                    }
                }
                else
                {
                    typen.Add(type.GetString()!);
                }
            }

            Dictionary<string, Knoop>? eigenschappen = null;
            if (schema.TryGetProperty("properties", out var props))
            {
                eigenschappen = new Dictionary<string, Knoop>(StringComparer.Ordinal);
                foreach (var p in props.EnumerateObject())
                {
                    eigenschappen[p.Name] = Van(p.Value, waar + "/properties/" + p.Name);
                }
            }

            var patroon = schema.TryGetProperty("pattern", out var pat) ? pat.GetString() : null;
            return new Knoop
            {
                Titel = schema.TryGetProperty("title", out var titel) ? titel.GetString() : null,
                Typen = typen,
                Eigenschappen = eigenschappen,
                Verplicht = schema.TryGetProperty("required", out var req)
                    ? [.. req.EnumerateArray().Select(r => r.GetString()!)]
                    : [],
                GeenExtraVelden = schema.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.False,
                Items = schema.TryGetProperty("items", out var items) ? Van(items, waar + "/items") : null,
                MinItems = schema.TryGetProperty("minItems", out var minI) ? minI.GetInt32() : null,
                MaxItems = schema.TryGetProperty("maxItems", out var maxI) ? maxI.GetInt32() : null,
                UniekeItems = schema.TryGetProperty("uniqueItems", out var ui) && ui.ValueKind == JsonValueKind.True,
                Toegestaan = schema.TryGetProperty("enum", out var en)
                    ? [.. en.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString())]
                    : null,
                Minimum = schema.TryGetProperty("minimum", out var min) ? min.GetDecimal() : null,
                Maximum = schema.TryGetProperty("maximum", out var max) ? max.GetDecimal() : null,
                MinLengte = schema.TryGetProperty("minLength", out var minL) ? minL.GetInt32() : null,
                MaxLengte = schema.TryGetProperty("maxLength", out var maxL) ? maxL.GetInt32() : null,
                Patroon = patroon is null ? null : new Regex(patroon, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)),
                PatroonTekst = patroon,
                Formaat = schema.TryGetProperty("format", out var f) ? f.GetString() : null,
            };
        }

        private string Naam => Titel ?? "Dit veld";

        public void Valideer(JsonElement e, PadBouwer pad, List<Fout> fouten)
        {
            if (e.ValueKind == JsonValueKind.Null)
            {
                if (!MagNull)
                {
                    fouten.Add(pad.Fout("type", $"{Naam} mag niet leeg (null) zijn; verwacht {Beschrijf(Typen)}."));
                }

                return;
            }

            if (!PastType(e))
            {
                fouten.Add(pad.Fout("type", $"{Naam}: verwacht {Beschrijf(Typen)}, maar kreeg {BeschrijfWaarde(e)}."));
                return;
            }

            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    ValideerObject(e, pad, fouten);
                    break;
                case JsonValueKind.Array:
                    ValideerLijst(e, pad, fouten);
                    break;
                case JsonValueKind.String:
                    ValideerTekst(e.GetString()!, pad, fouten);
                    break;
                case JsonValueKind.Number:
                    ValideerGetal(e, pad, fouten);
                    break;
                default:
                    break;
            }
        }

        private bool PastType(JsonElement e) => Typen.Count == 0 || e.ValueKind switch
        {
            JsonValueKind.Object => Typen.Contains("object"),
            JsonValueKind.Array => Typen.Contains("array"),
            JsonValueKind.String => Typen.Contains("string"),
            JsonValueKind.True or JsonValueKind.False => Typen.Contains("boolean"),
            JsonValueKind.Number => Typen.Contains("number") || (Typen.Contains("integer") && e.TryGetInt64(out _)),
            _ => false,
        };

        private void ValideerObject(JsonElement e, PadBouwer pad, List<Fout> fouten)
        {
            foreach (var verplicht in Verplicht)
            {
                if (!e.TryGetProperty(verplicht, out _))
                {
                    var kind = Eigenschappen?.GetValueOrDefault(verplicht);
                    fouten.Add(pad.Met(verplicht).Fout("required", $"{kind?.Titel ?? verplicht} ontbreekt; dit veld is verplicht."));
                }
            }

            foreach (var eigenschap in e.EnumerateObject())
            {
                if (Eigenschappen is not null && Eigenschappen.TryGetValue(eigenschap.Name, out var kind))
                {
                    kind.Valideer(eigenschap.Value, pad.Met(eigenschap.Name), fouten);
                }
                else if (GeenExtraVelden)
                {
                    fouten.Add(pad.Met(eigenschap.Name).Fout(
                        "additionalProperties", $"Onbekend veld '{eigenschap.Name}'; controleer de spelling (zie het schema)."));
                }
            }
        }

        private void ValideerLijst(JsonElement e, PadBouwer pad, List<Fout> fouten)
        {
            var aantal = e.GetArrayLength();
            if (MinItems is { } min && aantal < min)
            {
                fouten.Add(pad.Fout("minItems", $"{Naam}: er zijn er minstens {min} nodig, maar er zijn er {aantal}."));
            }

            if (MaxItems is { } max && aantal > max)
            {
                fouten.Add(pad.Fout("maxItems", $"{Naam}: er mogen er ten hoogste {max} zijn, maar er zijn er {aantal}."));
            }

            var gezien = UniekeItems ? new HashSet<string>(StringComparer.Ordinal) : null;
            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                var itemPad = pad.Index(i);
                Items?.Valideer(item, itemPad, fouten);
                if (gezien is not null && !gezien.Add(item.GetRawText()))
                {
                    fouten.Add(itemPad.Fout("uniqueItems", $"{Naam}: de waarde {item.GetRawText()} komt meer dan eens voor."));
                }

                i++;
            }
        }

        private void ValideerTekst(string waarde, PadBouwer pad, List<Fout> fouten)
        {
            if (Toegestaan is not null && !Toegestaan.Contains(waarde))
            {
                var keuzes = string.Join(", ", Toegestaan.Where(t => t is not null));
                fouten.Add(pad.Fout("enum", $"{Naam}: '{Kort(waarde)}' is geen toegestane waarde; kies uit: {keuzes}."));
                return;
            }

            var lengte = waarde.Length;
            if (MinLengte is { } min && lengte < min)
            {
                fouten.Add(pad.Fout("minLength", min == 1
                    ? $"{Naam} mag niet leeg zijn."
                    : $"{Naam} moet minstens {min} tekens lang zijn."));
            }

            if (MaxLengte is { } max && lengte > max)
            {
                fouten.Add(pad.Fout("maxLength", $"{Naam} is te lang: ten hoogste {max} tekens, maar het zijn er {lengte}."));
            }

            if (Patroon is not null && !Patroon.IsMatch(waarde))
            {
                fouten.Add(pad.Fout("pattern", $"{Naam}: '{Kort(waarde)}' heeft niet de juiste vorm (patroon {PatroonTekst})."));
            }

            if (Formaat == "date" && !DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                fouten.Add(pad.Fout("format", $"{Naam}: '{Kort(waarde)}' is geen geldige datum; gebruik JJJJ-MM-DD."));
            }
        }

        private void ValideerGetal(JsonElement e, PadBouwer pad, List<Fout> fouten)
        {
            if (!e.TryGetDecimal(out var waarde))
            {
                fouten.Add(pad.Fout("type", $"{Naam}: het getal {Kort(e.GetRawText())} is te groot of te klein."));
                return;
            }

            if (Minimum is { } min && waarde < min)
            {
                fouten.Add(pad.Fout("minimum", $"{Naam} moet minstens {Getal(min)} zijn, maar is {Getal(waarde)}."));
            }

            if (Maximum is { } max && waarde > max)
            {
                fouten.Add(pad.Fout("maximum", $"{Naam} mag ten hoogste {Getal(max)} zijn, maar is {Getal(waarde)}."));
            }
        }

        private static string Getal(decimal d) => d.ToString("G", CultureInfo.GetCultureInfo("nl-NL"));

        private static string Kort(string tekst) => tekst.Length <= 60 ? tekst : tekst[..57] + "...";

        private static string Beschrijf(HashSet<string> typen)
        {
            var namen = typen.Where(t => t != "null").Select(t => t switch
            {
                "integer" => "een geheel getal",
                "number" => "een getal",
                "string" => "tekst",
                "boolean" => "ja of nee (true of false)",
                "object" => "een object",
                "array" => "een lijst",
                _ => t,
            });
            return string.Join(" of ", namen);
        }

        private static string BeschrijfWaarde(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => $"de tekst \"{Kort(e.GetString()!)}\"",
            JsonValueKind.Number => $"het getal {Kort(e.GetRawText())}",
            JsonValueKind.True or JsonValueKind.False => $"de waarde {e.GetRawText()}",
            JsonValueKind.Object => "een object",
            JsonValueKind.Array => "een lijst",
            _ => e.ValueKind.ToString(),
        };
    }
}

/// <summary>Builds the JSON path and JSON Pointer of the field being validated.</summary>
internal readonly record struct PadBouwer(string Pad = "$", string Pointer = "#")
{
    public PadBouwer() : this("$", "#")
    {
    }

    public PadBouwer Met(string naam) => new(Pad + "." + naam, Pointer + "/" + naam.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    public PadBouwer Index(int i) => new(Pad + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", Pointer + "/" + i.ToString(CultureInfo.InvariantCulture));

    public Fout Fout(string code, string melding) => new("body", Pointer, Pad, code, melding);
}
