using System.Collections.Frozen;
using System.Text.Json;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Velden;

/// <summary>
/// The one catalogue of the input fields, read entirely from <c>schema/voorstel.schema.json</c> (paths, titles,
/// descriptions, required, types, allowed values, ranges) and <c>schema/keuzes.json</c> (the Dutch word for
/// every code). The validator's messages, the rule loader, the report and the OpenAPI document all read it, so
/// a field added to the schema reaches each of them without a change in code.
/// </summary>
public sealed class Veldcatalogus
{
    /// <summary>Where the schema and the words are within a rule-set folder.</summary>
    public const string SchemaBestand = "schema/voorstel.schema.json";

    public const string KeuzesBestand = "schema/keuzes.json";

    /// <summary>Per ordered answer which direction is better (<c>beter</c>), and later what a municipality can change.</summary>
    public const string KenmerkenBestand = "schema/velden.json";

    /// <summary>The directions an answer can be better in; a <c>volgorde</c> object lists the codes from bad to good.</summary>
    public static readonly IReadOnlyList<string> Richtingen = ["hoger", "lager", "waar", "onwaar", "meer"];

    /// <summary>Schema keywords that would hide a field from this catalogue (it reads fields where they are written).</summary>
    private static readonly string[] Onleesbaar =
    [
        "$ref", "$dynamicRef", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "patternProperties",
        "prefixItems", "dependentSchemas", "unevaluatedProperties", "unevaluatedItems",
    ];

    private static readonly JsonDocumentOptions Strikt = new() { AllowDuplicateProperties = false };

    private readonly FrozenDictionary<string, Veld> _opPad;

    private Veldcatalogus(Veld wortel, JsonElement schema)
    {
        Wortel = wortel;
        Schema = schema;
        var alle = new List<Veld>();
        Verzamel(wortel, alle);
        Alle = alle;
        Antwoorden = [.. alle.Where(v => v.IsAntwoord)];
        _opPad = alle.Append(wortel).ToFrozenDictionary(v => v.Pad, StringComparer.Ordinal);

        static void Verzamel(Veld veld, List<Veld> uit)
        {
            foreach (var kind in veld.Kinderen)
            {
                uit.Add(kind);
                Verzamel(kind, uit);
            }

            if (veld.Element is { } element)
            {
                uit.Add(element);
                Verzamel(element, uit);
            }
        }
    }

    /// <summary>The proposal itself (path <c>""</c>): its members are the top-level fields.</summary>
    public Veld Wortel { get; }

    /// <summary>Every field below the root, groups and list elements included, depth first in the schema's order.</summary>
    public IReadOnlyList<Veld> Alle { get; }

    /// <summary>The questions: every field answered with a value or a list of values, in the schema's order.</summary>
    public IReadOnlyList<Veld> Antwoorden { get; }

    /// <summary>The published JSON Schema this catalogue was read from.</summary>
    public JsonElement Schema { get; }

    /// <summary>The field at a path in the rules' notation (<c>gemeenten[].urgentie</c>), or null.</summary>
    public Veld? Zoek(string pad) => _opPad.GetValueOrDefault(pad);

    /// <summary>The Dutch word for a code of a field; any other text is returned as it is.</summary>
    public string Woord(string pad, string code) => Zoek(pad) is { } veld ? veld.Woord(code) : code;

    /// <summary>Reads the catalogue of a rule-set folder; a fault in the schema or the words is a <see cref="RegelsetFout"/>.</summary>
    public static Veldcatalogus Laad(string map)
    {
        var fouten = new List<string>();
        var catalogus = Laad(map, fouten);
        return fouten.Count == 0
            ? catalogus
            : throw new RegelsetFout($"De velden in '{map}' zijn niet bruikbaar:\n- " + string.Join("\n- ", fouten));
    }

    /// <summary>Reads the catalogue of a rule-set folder, adding every fault to <paramref name="fouten"/>.</summary>
    internal static Veldcatalogus Laad(string map, List<string> fouten)
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(map, SchemaBestand)), Strikt);
        var keuzesPad = Path.Combine(map, KeuzesBestand);
        if (!File.Exists(keuzesPad))
        {
            fouten.Add($"{KeuzesBestand} ontbreekt: de woorden bij de codes van het schema.");
            return Lees(schema.RootElement, null, fouten);
        }

        using var keuzes = JsonDocument.Parse(File.ReadAllBytes(keuzesPad), Strikt);
        var catalogus = Lees(schema.RootElement, keuzes.RootElement, fouten);
        var kenmerkenPad = Path.Combine(map, KenmerkenBestand);
        if (!File.Exists(kenmerkenPad))
        {
            return catalogus;
        }

        using var kenmerken = JsonDocument.Parse(File.ReadAllBytes(kenmerkenPad), Strikt);
        catalogus = catalogus.MetKenmerken(KenmerkenBestand, kenmerken.RootElement.GetProperty("velden"), fouten);
        catalogus.ControleerRichtingen(fouten);
        catalogus.ControleerVeranderbaarheid(fouten);
        return catalogus;
    }

    /// <summary>
    /// What a municipality can change: <c>veranderbaar</c> is true or false; a changeable answer has a <c>moeite</c>
    /// (effort, 1 to 5, a policy choice) and an <c>actie</c> (what to do, in Dutch).
    /// </summary>
    private void ControleerVeranderbaarheid(List<string> fouten)
    {
        foreach (var veld in Alle.Where(v => v.Kenmerken.ContainsKey("veranderbaar") || v.Kenmerken.ContainsKey("moeite") || v.Kenmerken.ContainsKey("actie")))
        {
            var waar = $"{KenmerkenBestand}: '{veld.Pad}'";
            if (!veld.Kenmerken.TryGetValue("veranderbaar", out var veranderbaar) || veranderbaar.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                fouten.Add($"{waar}: 'veranderbaar' is true of false.");
                continue;
            }

            if (veranderbaar.ValueKind == JsonValueKind.False)
            {
                continue;
            }

            if (!veld.Kenmerken.TryGetValue("moeite", out var moeite) || !moeite.TryGetInt32(out var m) || m is < 1 or > 5)
            {
                fouten.Add($"{waar}: een veranderbaar antwoord heeft een 'moeite' van 1 tot en met 5.");
            }

            if (!veld.Kenmerken.TryGetValue("actie", out var actie) || actie.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(actie.GetString()))
            {
                fouten.Add($"{waar}: een veranderbaar antwoord zegt in 'actie' wat er moet gebeuren.");
            }
        }
    }

    /// <summary>
    /// Every declared direction (<c>beter</c>) is one of <see cref="Richtingen"/> on a field of a fitting type, or a
    /// <c>volgorde</c> of groups that together hold exactly the field's codes.
    /// </summary>
    private void ControleerRichtingen(List<string> fouten)
    {
        foreach (var veld in Alle.Where(v => v.Kenmerken.ContainsKey("beter")))
        {
            var beter = veld.Kenmerken["beter"];
            var waar = $"{KenmerkenBestand}: '{veld.Pad}'";
            if (beter.ValueKind == JsonValueKind.String)
            {
                var richting = beter.GetString()!;
                var past = richting switch
                {
                    "hoger" or "lager" => veld.Typen.Contains("integer") || veld.Typen.Contains("number"),
                    "waar" or "onwaar" => veld.Typen.Contains("boolean"),
                    "meer" => veld.Typen.Contains("array"),
                    _ => false,
                };
                if (!past)
                {
                    fouten.Add($"{waar}: 'beter' is '{richting}', maar dat past niet bij een veld van type {string.Join("/", veld.Typen)} (kies uit {string.Join(", ", Richtingen)} of een volgorde).");
                }
            }
            else if (beter.ValueKind == JsonValueKind.Object && beter.TryGetProperty("volgorde", out var volgorde) && volgorde.ValueKind == JsonValueKind.Array)
            {
                var codes = volgorde.EnumerateArray().SelectMany(g => g.ValueKind == JsonValueKind.Array ? g.EnumerateArray() : []).Select(c => c.GetString() ?? "").ToList();
                var toegestaan = veld.Keuzes?.Select(k => k.Code).ToList() ?? [];
                if (codes.Count != codes.Distinct().Count() || !codes.ToHashSet().SetEquals(toegestaan))
                {
                    fouten.Add($"{waar}: de volgorde moet elke toegestane waarde precies één keer noemen ({string.Join(", ", toegestaan)}).");
                }
            }
            else
            {
                fouten.Add($"{waar}: 'beter' is een richting ({string.Join(", ", Richtingen)}) of {{ \"volgorde\": [[slechtst], …, [best]] }}.");
            }
        }
    }

    /// <summary>
    /// Reads the catalogue from the schema and the words for its codes (<c>{ "keuzes": { veld: { code: woord } } }</c>).
    /// Every allowed value needs exactly one word, and every word an allowed value; each fault is added to <paramref name="fouten"/>.
    /// </summary>
    public static Veldcatalogus Lees(JsonElement schema, JsonElement? keuzes, List<string> fouten)
    {
        var woorden = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (keuzes is { } k && k.TryGetProperty("keuzes", out var perVeld) && perVeld.ValueKind == JsonValueKind.Object)
        {
            foreach (var veld in perVeld.EnumerateObject())
            {
                woorden[veld.Name] = veld.Value.ValueKind == JsonValueKind.Object
                    ? veld.Value.EnumerateObject().ToDictionary(w => w.Name, w => w.Value.ValueKind == JsonValueKind.String ? w.Value.GetString()! : "", StringComparer.Ordinal)
                    : [];
            }
        }
        else if (keuzes is not null)
        {
            fouten.Add($"{KeuzesBestand}: verwacht een object 'keuzes' met per veld de woorden bij de codes.");
        }

        var lezer = new Lezer(woorden, keuzes is not null, fouten);
        var wortel = lezer.Knoop(schema, "", "", "#", verplicht: true, ouderBekend: true, lijstTitel: null);
        if (keuzes is not null)
        {
            fouten.AddRange(woorden.Keys.Except(lezer.MetKeuzes).Select(v => $"{KeuzesBestand}: het veld '{v}' heeft geen keuzes in het schema."));
        }

        return new Veldcatalogus(wortel, schema.Clone());
    }

    /// <summary>
    /// A copy with further metadata per field (<c>{ "gemeenten[].urgentie": { "naam": waarde, ... } }</c>), read from
    /// <paramref name="bron"/>: each value is added to the field's <see cref="Veld.Kenmerken"/>. A field that is
    /// not in the schema, or a name given twice for one field, is a fault.
    /// </summary>
    public Veldcatalogus MetKenmerken(string bron, JsonElement perVeld, List<string> fouten)
    {
        var nieuw = new Dictionary<string, Dictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var veld in perVeld.EnumerateObject())
        {
            if (Zoek(veld.Name) is not { } bestaand || veld.Name.Length == 0)
            {
                fouten.Add($"{bron}: het veld '{veld.Name}' staat niet in het schema.");
                continue;
            }

            if (veld.Value.ValueKind != JsonValueKind.Object)
            {
                fouten.Add($"{bron}: bij '{veld.Name}' hoort een object met kenmerken.");
                continue;
            }

            var kenmerken = new Dictionary<string, JsonElement>(bestaand.Kenmerken, StringComparer.Ordinal);
            foreach (var kenmerk in veld.Value.EnumerateObject())
            {
                if (!kenmerken.TryAdd(kenmerk.Name, kenmerk.Value.Clone()))
                {
                    fouten.Add($"{bron}: het kenmerk '{kenmerk.Name}' van '{veld.Name}' staat er al.");
                }
            }

            nieuw[veld.Name] = kenmerken;
        }

        return new Veldcatalogus(Herbouw(Wortel), Schema);

        Veld Herbouw(Veld veld) => veld with
        {
            Kinderen = [.. veld.Kinderen.Select(Herbouw)],
            Element = veld.Element is null ? null : Herbouw(veld.Element),
            Kenmerken = nieuw.TryGetValue(veld.Pad, out var k) ? k.ToFrozenDictionary(StringComparer.Ordinal) : veld.Kenmerken,
        };
    }

    private sealed class Lezer(Dictionary<string, Dictionary<string, string>> woorden, bool controleerWoorden, List<string> fouten)
    {
        public HashSet<string> MetKeuzes { get; } = new(StringComparer.Ordinal);

        public Veld Knoop(JsonElement s, string pad, string naam, string waar, bool verplicht, bool ouderBekend, string? lijstTitel)
        {
            if (s.ValueKind != JsonValueKind.Object)
            {
                fouten.Add($"{SchemaBestand}: bij {waar} staat geen schema-object.");
                return new Veld { Pad = pad, Naam = naam, Titel = lijstTitel ?? pad };
            }

            foreach (var trefwoord in Onleesbaar.Where(t => s.TryGetProperty(t, out _)))
            {
                fouten.Add($"{SchemaBestand}: '{trefwoord}' bij {waar} verbergt velden voor de veldcatalogus; beschrijf elk veld op zijn eigen plaats.");
            }

            var typen = new List<string>();
            if (s.TryGetProperty("type", out var type))
            {
                typen.AddRange(type.ValueKind == JsonValueKind.Array
                    ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
                    : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : []);
            }

            var magNull = typen.Remove("null");
            var bekend = ouderBekend && verplicht && !magNull;
            var titel = Tekst(s, "title") ?? lijstTitel ?? (pad.Length == 0 ? "Voorstel" : pad);

            var kinderen = new List<Veld>();
            if (s.TryGetProperty("properties", out var eigenschappen) && eigenschappen.ValueKind == JsonValueKind.Object)
            {
                var vereist = s.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
                    ? r.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
                    : [];
                foreach (var eigenschap in eigenschappen.EnumerateObject())
                {
                    var kindPad = pad.Length == 0 ? eigenschap.Name : pad + "." + eigenschap.Name;
                    kinderen.Add(Knoop(eigenschap.Value, kindPad, eigenschap.Name, waar + "/properties/" + eigenschap.Name,
                        vereist.Contains(eigenschap.Name), bekend, lijstTitel: null));
                }
            }

            Veld? element = null;
            if (s.TryGetProperty("items", out var items))
            {
                element = Knoop(items, pad + "[]", naam + "[]", waar + "/items", verplicht: true, bekend, lijstTitel: titel);
            }

            var keuzes = Keuzes(s, naam.EndsWith("[]", StringComparison.Ordinal) ? pad[..^2] : pad);
            return new Veld
            {
                Pad = pad,
                Naam = naam,
                Titel = titel,
                Omschrijving = Tekst(s, "description"),
                Verplicht = verplicht,
                AltijdBekend = bekend,
                Typen = typen,
                MagNull = magNull,
                Keuzes = keuzes ?? (element is { IsGroep: false } ? element.Keuzes : null),
                Minimum = Decimaal(s, "minimum"),
                Maximum = Decimaal(s, "maximum"),
                MinLengte = Geheel(s, "minLength"),
                MaxLengte = Geheel(s, "maxLength"),
                Patroon = Tekst(s, "pattern"),
                Formaat = Tekst(s, "format"),
                MinAantal = Geheel(s, "minItems"),
                MaxAantal = Geheel(s, "maxItems"),
                UniekeElementen = s.TryGetProperty("uniqueItems", out var u) && u.ValueKind == JsonValueKind.True,
                Kinderen = kinderen,
                Element = element,
            };
        }

        /// <summary>The allowed codes with their words; a list of codes is named without <c>[]</c> in keuzes.json.</summary>
        private List<Keuze>? Keuzes(JsonElement s, string veld)
        {
            if (!s.TryGetProperty("enum", out var opsomming) || opsomming.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var codes = opsomming.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToList();
            MetKeuzes.Add(veld);
            var gevonden = woorden.TryGetValue(veld, out var w);
            if (controleerWoorden)
            {
                if (!gevonden)
                {
                    fouten.Add($"{KeuzesBestand}: geen woorden voor het veld '{veld}'.");
                }
                else
                {
                    fouten.AddRange(codes.Where(c => string.IsNullOrWhiteSpace(w!.GetValueOrDefault(c)))
                        .Select(c => $"{KeuzesBestand}: geen woord voor '{c}' bij '{veld}'."));
                    fouten.AddRange(w!.Keys.Except(codes).Select(c => $"{KeuzesBestand}: '{c}' bij '{veld}' is geen toegestane waarde van het schema."));
                }
            }

            return [.. codes.Select(c => new Keuze(c, w?.GetValueOrDefault(c) ?? ""))];
        }

        private static string? Tekst(JsonElement s, string naam) =>
            s.TryGetProperty(naam, out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;

        private static decimal? Decimaal(JsonElement s, string naam) =>
            s.TryGetProperty(naam, out var w) && w.ValueKind == JsonValueKind.Number && w.TryGetDecimal(out var d) ? d : null;

        private static int? Geheel(JsonElement s, string naam) =>
            s.TryGetProperty(naam, out var w) && w.ValueKind == JsonValueKind.Number && w.TryGetInt32(out var i) ? i : null;
    }
}
