using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Assessment.Domain.Json;
using Assessment.Domain.Voorstellen;

namespace Assessment.Engine.Validatie;

/// <summary>The outcome of reading a proposal: either a valid <see cref="Voorstel"/> or a problem document.</summary>
public sealed record Leesresultaat(Voorstel? Voorstel, Probleem? Probleem)
{
    public bool IsGeldig => Voorstel is not null;
}

/// <summary>
/// Turns submitted bytes into a valid <see cref="Voorstel"/>, or a Dutch problem document naming every
/// invalid field: size limit, JSON syntax (what is wrong, with line and position), the published JSON Schema
/// (<see cref="Schemacontrole"/>), and the checks a schema cannot express (unique municipality names and CBS
/// codes, the host among the partners, the main motive among the motives). It never throws on input.
/// </summary>
public sealed class VoorstelLezer(Schemacontrole schema)
{
    /// <summary>
    /// Whether answers that contradict each other are refused (the main motive outside the motives). On for every
    /// host; off only where a proposal is one point of the whole answer space the advice search walks, answer by answer.
    /// </summary>
    public bool WeigertTegenstrijdigheden { get; init; } = true;

    /// <summary>The deepest nesting accepted (a proposal needs four levels).</summary>
    public const int MaximaleDiepte = 32;

    private static readonly JsonDocumentOptions DocumentOpties = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaximaleDiepte,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// The contract's model, where a whole number may be written with a fraction of zero (<c>48344.0</c>): JSON
    /// Schema counts that as an integer, so the model must take it too.
    /// </summary>
    private static readonly JsonTypeInfo<Voorstel> Model = (JsonTypeInfo<Voorstel>)new JsonSerializerOptions(ContractJsonContext.Default.Options)
    {
        TypeInfoResolver = ContractJsonContext.Default,
        Converters = { new GeheelGetal() },
    }.GetTypeInfo(typeof(Voorstel));

    public Leesresultaat Lees(ReadOnlyMemory<byte> invoer)
    {
        if (!System.Text.Unicode.Utf8.IsValid(invoer.Span))
        {
            var detail = "Het voorstel is geen geldige UTF-8-tekst: sla het bestand op als UTF-8.";
            return new(null, new Probleem
            {
                Type = ProbleemTypen.OngeldigeJson,
                Title = "Ongeldige JSON",
                Status = 400,
                Detail = detail,
                Errors = [new Fout("body", "#", "$", "utf8", detail)],
            });
        }

        // A byte order mark may start a file saved on Windows; JSON allows a reader to ignore it.
        if (invoer.Span.StartsWith("\uFEFF"u8))
        {
            invoer = invoer[3..];
        }

        if (JsonDiagnose.IsLeeg(invoer.Span))
        {
            return new(null, OngeldigeJson("Het verzoek heeft geen inhoud; stuur een Voorstel als JSON."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(invoer, DocumentOpties);
        }
        catch (JsonException ex)
        {
            return new(null, OngeldigeJson(JsonDiagnose.Beschrijf(invoer.Span, ex, MaximaleDiepte)));
        }

        using (document)
        {
            return Lees(document.RootElement);
        }
    }

    public Leesresultaat Lees(string json) => Lees(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Validates an already parsed document and, when valid, materialises the proposal.</summary>
    public Leesresultaat Lees(JsonElement wortel)
    {
        var fouten = new List<Fout>();
        if (wortel.ValueKind != JsonValueKind.Object)
        {
            fouten.Add(new PadBouwer().Fout("type", "Een voorstel is een JSON-object ({ ... })."));
            return new(null, Ongeldig(fouten));
        }

        schema.Controleer(wortel, fouten);
        ControleerSamenhang(wortel, fouten);
        if (WeigertTegenstrijdigheden)
        {
            ControleerHoofdmotief(wortel, fouten);
        }

        if (fouten.Count > 0)
        {
            return new(null, Ongeldig(fouten));
        }

        try
        {
            var voorstel = wortel.Deserialize(Model)!;
            return new(voorstel, null);
        }
        catch (JsonException ex)
        {
            // The schema accepted something the model cannot hold: report it as a field error, never a crash.
            var pad = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            fouten.Add(new Fout("body", "#", pad, "type", $"De waarde bij {pad} past niet in het voorstel; controleer haar soort en grootte."));
            return new(null, Ongeldig(fouten));
        }
    }

    private static void ControleerSamenhang(JsonElement wortel, List<Fout> fouten)
    {
        if (!wortel.TryGetProperty("gemeenten", out var gemeenten) || gemeenten.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var namen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var pad = new PadBouwer().Met("gemeenten");
        var i = 0;
        foreach (var gemeente in gemeenten.EnumerateArray())
        {
            if (gemeente.ValueKind == JsonValueKind.Object)
            {
                if (gemeente.TryGetProperty("naam", out var naam) && naam.ValueKind == JsonValueKind.String)
                {
                    var sleutel = naam.GetString()!.Trim();
                    if (!namen.TryAdd(sleutel, i))
                    {
                        fouten.Add(pad.Index(i).Met("naam").Fout("dubbel",
                            $"De gemeente '{sleutel}' staat er twee keer in (ook op positie {namen[sleutel] + 1}); elke gemeente doet één keer mee."));
                    }
                }

                if (gemeente.TryGetProperty("cbsCode", out var code) && code.ValueKind == JsonValueKind.String
                    && !codes.TryAdd(code.GetString()!, i))
                {
                    fouten.Add(pad.Index(i).Met("cbsCode").Fout("dubbel",
                        $"De CBS-code '{code.GetString()}' staat er twee keer in (ook op positie {codes[code.GetString()!] + 1})."));
                }
            }

            i++;
        }

        if (wortel.TryGetProperty("samenwerking", out var samenwerking) && samenwerking.ValueKind == JsonValueKind.Object
            && samenwerking.TryGetProperty("gastgemeente", out var gast) && gast.ValueKind == JsonValueKind.String
            && namen.Count > 0 && !namen.ContainsKey(gast.GetString()!.Trim()))
        {
            fouten.Add(new PadBouwer().Met("samenwerking").Met("gastgemeente").Fout("gastgemeente",
                $"De gastgemeente '{gast.GetString()}' is geen van de deelnemende gemeenten ({string.Join(", ", namen.Keys)})."));
        }
    }

    /// <summary>
    /// The main motive is one of the motives (the schema's <c>keuzesUit</c>): a main motive outside a known list of
    /// motives contradicts it and would give contradictory findings. With the motives unknown, any main motive may stand.
    /// </summary>
    private void ControleerHoofdmotief(JsonElement wortel, List<Fout> fouten)
    {
        // An invalid code in either field has its own error already.
        if (fouten.Any(f => f.Location == "#/hoofdmotief" || f.Location.StartsWith("#/motieven", StringComparison.Ordinal)))
        {
            return;
        }

        if (!wortel.TryGetProperty("hoofdmotief", out var hoofdmotief) || hoofdmotief.ValueKind != JsonValueKind.String
            || !wortel.TryGetProperty("motieven", out var motieven) || motieven.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var gekozen = motieven.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToList();
        var code = hoofdmotief.GetString()!;
        if (gekozen.Contains(code, StringComparer.Ordinal))
        {
            return;
        }

        // Named as the questionnaire and the report name them, the code beside it for a system that sent it.
        string Woord(string c) => schema.Velden.Woord("hoofdmotief", c);
        var detail = gekozen.Count == 0
            ? $"Het hoofdmotief '{code}' ({Woord(code)}) staat niet bij de motieven: er is geen motief gekozen. Kies het hoofdmotief uit de motieven, of laat het weg."
            : $"Het hoofdmotief '{code}' ({Woord(code)}) staat niet bij de gekozen motieven ({string.Join(", ", gekozen.Select(Woord))}); kies het hoofdmotief uit de motieven.";
        fouten.Add(new PadBouwer().Met("hoofdmotief").Fout("hoofdmotief", detail));
    }

    private static Probleem Ongeldig(List<Fout> fouten) => new()
    {
        Type = ProbleemTypen.OngeldigVoorstel,
        Title = "Ongeldig voorstel",
        Status = 400,
        Detail = fouten.Count == 1
            ? "Het voorstel bevat 1 ongeldig veld; zie 'errors'."
            : $"Het voorstel bevat {fouten.Count} ongeldige velden; zie 'errors'.",
        Errors = fouten,
    };

    private static Probleem OngeldigeJson(string detail) => new()
    {
        Type = ProbleemTypen.OngeldigeJson,
        Title = "Ongeldige JSON",
        Status = 400,
        Detail = detail,
        Errors = [new Fout("body", "#", "$", "json", detail)],
    };

    /// <summary>A whole number, also when written with a fraction of zero or an exponent (<c>48344.0</c>, <c>4.8344e4</c>).</summary>
    private sealed class GeheelGetal : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                if (reader.TryGetInt32(out var geheel))
                {
                    return geheel;
                }

                if (reader.TryGetDecimal(out var getal) && getal == decimal.Truncate(getal) && getal is >= int.MinValue and <= int.MaxValue)
                {
                    return (int)getal;
                }
            }

            throw new JsonException("Verwacht een geheel getal.");
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
