using System.Globalization;
using System.Text.Json;
using Assessment.Engine.Regels;
using Assessment.Engine.Velden;
using Json.Schema;

namespace Assessment.Engine.Validatie;

/// <summary>
/// Validates a document against the published JSON Schema with JsonSchema.Net, a maintained implementation of
/// JSON Schema 2020-12, and turns its results into Dutch field errors: every invalid field, in the order of the
/// document, named by its Dutch title from the <see cref="Veldcatalogus"/>. The code is the schema keyword that
/// failed (<c>type</c>, <c>maximum</c>, <c>enum</c>, <c>required</c>, <c>additionalProperties</c>, ...).
/// Safe to share between threads.
/// </summary>
public sealed class Schemacontrole
{
    /// <summary>The order of a field's errors when it has more than one (as the questionnaire lists them).</summary>
    private static readonly string[] Volgorde =
    [
        "type", "additionalProperties", "enum", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
        "minItems", "maxItems", "uniqueItems",
    ];

    /// <summary>Once the value has the wrong type, or is not one of the allowed codes, nothing more is said about it.</summary>
    private static readonly HashSet<string> NaTypeOfKeuze = ["minLength", "maxLength", "pattern", "format", "minimum", "maximum"];

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private readonly JsonSchema _schema;
    private readonly EvaluationOptions _oordeel;
    private readonly EvaluationOptions _allesFout;

    private Schemacontrole(Veldcatalogus velden, JsonSchema schema)
    {
        Velden = velden;
        _schema = schema;

        // "format" asserts (2020-12 only annotates by default); a date is a real calendar date written JJJJ-MM-DD,
        // exactly what the model binds.
        var formaten = new FormatRegistry();
        formaten.Register(new PredicateFormat("date", e => e.ValueKind != JsonValueKind.String
            || DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)));
        _oordeel = new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true, FormatRegistry = formaten };
        _allesFout = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true, FormatRegistry = formaten };
    }

    /// <summary>The fields the schema describes.</summary>
    public Veldcatalogus Velden { get; }

    /// <summary>The check of a catalogue's schema; a schema that is not valid JSON Schema 2020-12 is a <see cref="RegelsetFout"/>.</summary>
    public static Schemacontrole Maak(Veldcatalogus velden)
    {
        var fouten = new List<string>();
        return Maak(velden, fouten) is { } controle && fouten.Count == 0
            ? controle
            : throw new RegelsetFout("Het schema is niet bruikbaar:\n- " + string.Join("\n- ", fouten));
    }

    /// <summary>Builds the check; a schema the meta-schema refuses or the library cannot build is added to <paramref name="fouten"/>.</summary>
    internal static Schemacontrole? Maak(Veldcatalogus velden, List<string> fouten)
    {
        var meta = MetaSchemas.Draft202012.Evaluate(velden.Schema, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!meta.IsValid)
        {
            foreach (var resultaat in Resultaten(meta))
            {
                foreach (var (trefwoord, melding) in resultaat.Errors ?? [])
                {
                    fouten.Add($"{Veldcatalogus.SchemaBestand} is geen geldig JSON Schema 2020-12 bij '#{resultaat.InstanceLocation}' ({trefwoord}): {melding}");
                }
            }

            return null;
        }

        try
        {
            // A registry of its own: the schema's $id is registered there, so a rule set loaded twice does not collide.
            return new Schemacontrole(velden, JsonSchema.Build(velden.Schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
        }
        catch (JsonSchemaException ex)
        {
            fouten.Add($"{Veldcatalogus.SchemaBestand} is niet bruikbaar: {ex.Message}");
            return null;
        }
    }

    /// <summary>Validates <paramref name="document"/>, adding every invalid field to <paramref name="fouten"/>.</summary>
    public void Controleer(JsonElement document, List<Fout> fouten)
    {
        // Most proposals are valid: a pass/fail evaluation first, the full list of results only when it fails.
        if (_schema.Evaluate(document, _oordeel).IsValid)
        {
            return;
        }

        var gevonden = new List<Bevinding>();
        foreach (var resultaat in Resultaten(_schema.Evaluate(document, _allesFout)))
        {
            if (resultaat.Errors is not { Count: > 0 } meldingen)
            {
                continue;
            }

            var plaats = Plaats.Van(document, Velden.Wortel, resultaat.InstanceLocation.ToString());
            foreach (var (trefwoord, _) in meldingen)
            {
                // A false schema (additionalProperties: false) reports under the keyword that applied it.
                var code = trefwoord.Length > 0 ? trefwoord : Laatste(resultaat.EvaluationPath.ToString());
                Beschrijf(code, plaats, gevonden);
            }
        }

        var typeFout = gevonden.Where(b => b.Fout.Code == "type").Select(b => b.Fout.Location).ToHashSet(StringComparer.Ordinal);
        var keuzeFout = gevonden.Where(b => b.Fout.Code == "enum").Select(b => b.Fout.Location).ToHashSet(StringComparer.Ordinal);
        var gezien = new HashSet<(string, string, string)>();
        var gemeld = gevonden
            .Where(b => !(typeFout.Contains(b.Fout.Location) && (b.Fout.Code == "enum" || NaTypeOfKeuze.Contains(b.Fout.Code))))
            .Where(b => !(keuzeFout.Contains(b.Fout.Location) && NaTypeOfKeuze.Contains(b.Fout.Code)))
            .Where(b => gezien.Add((b.Fout.Location, b.Fout.Code, b.Fout.Detail)))
            .OrderBy(b => b, Bevinding.Vergelijker)
            .Select(b => b.Fout)
            .ToList();

        // Never "invalid" without saying where: a keyword this mapping could not place is named at the root.
        fouten.AddRange(gemeld.Count > 0 ? gemeld : [new PadBouwer().Fout("schema", "Het voorstel voldoet niet aan het schema.")]);
    }

    private static IEnumerable<EvaluationResults> Resultaten(EvaluationResults wortel) =>
        new[] { wortel }.Concat(wortel.Details ?? []);

    private static string Laatste(string pointer) => pointer[(pointer.LastIndexOf('/') + 1)..];

    private static void Beschrijf(string code, Plaats plaats, List<Bevinding> uit)
    {
        var veld = plaats.Veld;
        var naam = veld?.Titel ?? "Dit veld";
        var waarde = plaats.Waarde;
        void Voeg(string melding) => uit.Add(new Bevinding(plaats.Volgorde, Rang(code), plaats.Bouwer.Fout(code, melding)));

        switch (code)
        {
            case "required":
                // The error sits on the object; each missing member is named at its own place, right after the object.
                var i = 0;
                foreach (var kind in veld?.Kinderen.Where(k => k.Verplicht) ?? [])
                {
                    if (waarde is { ValueKind: JsonValueKind.Object } o && !o.TryGetProperty(kind.Naam, out _))
                    {
                        uit.Add(new Bevinding([.. plaats.Volgorde, -1], i++, plaats.Bouwer.Met(kind.Naam).Fout(code, $"{kind.Titel} ontbreekt; dit veld is verplicht.")));
                    }
                }

                break;
            case "additionalProperties":
                Voeg($"Onbekend veld '{plaats.Naam}'; controleer de spelling (zie het schema).");
                break;
            case "uniqueItems":
                if (waarde is not { ValueKind: JsonValueKind.Array } lijst)
                {
                    break;
                }

                // Named at each element that repeats an earlier one, as JSON Schema compares them (by value).
                var elementen = lijst.EnumerateArray().ToList();
                for (var j = 1; j < elementen.Count; j++)
                {
                    if (elementen.Take(j).Any(e => JsonElement.DeepEquals(e, elementen[j])))
                    {
                        uit.Add(new Bevinding([.. plaats.Volgorde, j], Rang(code), plaats.Bouwer.Index(j).Fout(code,
                            $"{naam}: de waarde {elementen[j].GetRawText()} komt meer dan eens voor.")));
                    }
                }

                break;
            case "type" when waarde is null or { ValueKind: JsonValueKind.Null }:
                Voeg($"{naam} mag niet leeg (null) zijn; verwacht {Typen(veld)}.");
                break;
            case "type":
                Voeg($"{naam}: verwacht {Typen(veld)}, maar kreeg {BeschrijfWaarde(waarde!.Value)}.");
                break;
            case "enum":
                Voeg($"{naam}: '{Kort(Tekst(waarde))}' is geen toegestane waarde; kies uit: {string.Join(", ", veld?.Keuzes?.Select(k => k.Code) ?? [])}.");
                break;
            case "minLength":
                Voeg(veld?.MinLengte == 1 ? $"{naam} mag niet leeg zijn." : $"{naam} moet minstens {veld?.MinLengte} tekens lang zijn.");
                break;
            case "maxLength":
                Voeg($"{naam} is te lang: ten hoogste {veld?.MaxLengte} tekens, maar het zijn er {Lengte(Tekst(waarde))}.");
                break;
            case "pattern":
                Voeg($"{naam}: '{Kort(Tekst(waarde))}' heeft niet de juiste vorm (patroon {veld?.Patroon}).");
                break;
            case "format" when veld?.Formaat == "date":
                Voeg($"{naam}: '{Kort(Tekst(waarde))}' is geen geldige datum; gebruik JJJJ-MM-DD.");
                break;
            case "format":
                Voeg($"{naam}: '{Kort(Tekst(waarde))}' heeft niet de vorm {veld?.Formaat}.");
                break;
            case "minimum":
                Voeg($"{naam} moet minstens {Getal(veld?.Minimum)} zijn, maar is {Getal(waarde)}.");
                break;
            case "maximum":
                Voeg($"{naam} mag ten hoogste {Getal(veld?.Maximum)} zijn, maar is {Getal(waarde)}.");
                break;
            case "minItems":
                Voeg($"{naam}: er zijn er minstens {veld?.MinAantal} nodig, maar er zijn er {Aantal(waarde)}.");
                break;
            case "maxItems":
                Voeg($"{naam}: er mogen er ten hoogste {veld?.MaxAantal} zijn, maar er zijn er {Aantal(waarde)}.");
                break;
            default:
                Voeg($"{naam} voldoet niet aan de eis '{code}' van het schema.");
                break;
        }
    }

    private static int Rang(string code) => Array.IndexOf(Volgorde, code) is var i and >= 0 ? i : Volgorde.Length;

    private static string Typen(Veld? veld) => string.Join(" of ", (veld?.Typen ?? []).Select(t => t switch
    {
        "integer" => "een geheel getal",
        "number" => "een getal",
        "string" => "tekst",
        "boolean" => "ja of nee (true of false)",
        "object" => "een object",
        "array" => "een lijst",
        _ => t,
    }));

    private static string BeschrijfWaarde(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"de tekst \"{Kort(e.GetString()!)}\"",
        JsonValueKind.Number => $"het getal {Kort(e.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"de waarde {e.GetRawText()}",
        JsonValueKind.Object => "een object",
        JsonValueKind.Array => "een lijst",
        _ => e.ValueKind.ToString(),
    };

    private static string Tekst(JsonElement? e) => e is { ValueKind: JsonValueKind.String } s ? s.GetString()! : e?.GetRawText() ?? "";

    /// <summary>Characters as JSON Schema counts them: Unicode code points.</summary>
    private static int Lengte(string tekst) => tekst.EnumerateRunes().Count();

    private static int Aantal(JsonElement? e) => e is { ValueKind: JsonValueKind.Array } a ? a.GetArrayLength() : 0;

    private static string Getal(JsonElement? e) => e is { ValueKind: JsonValueKind.Number } n
        ? n.TryGetDecimal(out var d) ? Getal(d) : Kort(n.GetRawText())
        : Tekst(e);

    /// <summary>In Dutch notation, without trailing zeros: 7 (not 7,0), 1,5.</summary>
    private static string Getal(decimal? d) => d is { } w ? (w / 1.000000000000000000000000000000000m).ToString("G", Nl) : "?";

    private static string Kort(string tekst) => tekst.Length <= 60 ? tekst : tekst[..57] + "...";

    /// <summary>An error with its place in the document, so errors are listed in the document's order.</summary>
    private sealed record Bevinding(IReadOnlyList<int> Volgorde, int Rang, Fout Fout)
    {
        public static readonly IComparer<Bevinding> Vergelijker = Comparer<Bevinding>.Create((a, b) =>
        {
            for (var i = 0; i < Math.Min(a.Volgorde.Count, b.Volgorde.Count); i++)
            {
                if (a.Volgorde[i] != b.Volgorde[i])
                {
                    return a.Volgorde[i].CompareTo(b.Volgorde[i]);
                }
            }

            return a.Volgorde.Count != b.Volgorde.Count ? a.Volgorde.Count.CompareTo(b.Volgorde.Count) : a.Rang.CompareTo(b.Rang);
        });
    }

    /// <summary>Where an error is: the value, its field in the catalogue (none for an unknown member), its path and order.</summary>
    private sealed record Plaats(JsonElement? Waarde, Veld? Veld, PadBouwer Bouwer, IReadOnlyList<int> Volgorde, string Naam)
    {
        public static Plaats Van(JsonElement document, Veld wortel, string pointer)
        {
            JsonElement? waarde = document;
            Veld? veld = wortel;
            var bouwer = new PadBouwer();
            var volgorde = new List<int>();
            var naam = "";
            foreach (var deel in pointer.Split('/').Skip(1))
            {
                naam = deel.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (waarde is { ValueKind: JsonValueKind.Array } lijst && int.TryParse(naam, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    bouwer = bouwer.Index(index);
                    volgorde.Add(index);
                    veld = veld?.Element;
                    waarde = index < lijst.GetArrayLength() ? lijst[index] : null;
                }
                else
                {
                    bouwer = bouwer.Met(naam);
                    veld = veld?.Kind(naam);
                    var positie = 0;
                    JsonElement? kind = null;
                    if (waarde is { ValueKind: JsonValueKind.Object } o)
                    {
                        foreach (var eigenschap in o.EnumerateObject())
                        {
                            if (eigenschap.NameEquals(naam))
                            {
                                kind = eigenschap.Value;
                                break;
                            }

                            positie++;
                        }
                    }

                    volgorde.Add(positie);
                    waarde = kind;
                }
            }

            return new Plaats(waarde, veld, bouwer, volgorde, naam);
        }
    }
}
