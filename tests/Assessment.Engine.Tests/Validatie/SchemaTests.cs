using System.Text.Json;
using System.Text.Json.Nodes;
using Assessment.Domain.Voorstellen;
using NJsonSchema;

namespace Assessment.Engine.Tests.Validatie;

/// <summary>
/// The published JSON Schema is the one authority on valid input: our validation (JsonSchema.Net) must agree with
/// a second, independent JSON Schema implementation (NJsonSchema), and the code's enumerations with the schema's.
/// </summary>
public class SchemaTests
{
    private static readonly string SchemaPad = Standaard.Map(Path.Combine("rules", "schema", "voorstel.schema.json"));
    private static readonly Lazy<JsonSchema> Onafhankelijk = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPad)).GetAwaiter().GetResult());

    // Not here: 48344.0 for an integer. JSON Schema (since draft 6) counts a number with a zero fraction as an
    // integer; NJsonSchema does not. VoorstelLezerTests checks that case against the specification itself.
    public static TheoryData<string, string> Documenten() => new()
    {
        { "basis", VoorstelBouwer.Basis().Json() },
        { "minimaal", VoorstelBouwer.Minimaal().Json() },
        { "nulls", VoorstelBouwer.Basis().Zet("condities", null).Zet("gemeenten[0].urgentie", null).Json() },
        { "urgentie te hoog", VoorstelBouwer.Basis().Zet("gemeenten[0].urgentie", 6).Json() },
        { "vorm onbekend", VoorstelBouwer.Basis().Zet("samenwerking.vorm", "fusie").Json() },
        { "een gemeente", VoorstelBouwer.Minimaal().Zet("gemeenten", new JsonArray(new JsonObject { ["naam"] = "A", ["inwoners"] = 5 })).Json() },
        { "negatieve besparing", VoorstelBouwer.Basis().Zet("businessCase.structureleBesparing", -1).Json() },
        { "inwoners als tekst", VoorstelBouwer.Basis().Zet("gemeenten[0].inwoners", "100").Json() },
        { "extra veld", VoorstelBouwer.Basis().Zet("extra", 1).Json() },
        { "cbs-code fout", VoorstelBouwer.Basis().Zet("gemeenten[0].cbsCode", "GM12").Json() },
        { "motief dubbel", VoorstelBouwer.Basis().Zet("motieven", new JsonArray("kosten", "kosten")).Json() },
        { "lege titel", VoorstelBouwer.Basis().Zet("titel", "").Json() },
        { "bool als getal", VoorstelBouwer.Basis().Zet("condities.cultuurplan", 1).Json() },
        { "vorm ontbreekt", VoorstelBouwer.Basis().Zet("samenwerking", new JsonObject()).Json() },
        { "gideonsbende leeg", VoorstelBouwer.Basis().Zet("condities.gideonsbende", new JsonObject()).Json() },
        { "onbekend veld in een gemeente", VoorstelBouwer.Basis().Zet("gemeenten[1].burgemeester", "X").Json() },
        { "gemeente is geen object", VoorstelBouwer.Minimaal().Zet("gemeenten", new JsonArray("A", "B")).Json() },
    };

    [Theory]
    [MemberData(nameof(Documenten))]
    public void Onze_validatie_en_een_onafhankelijke_JSON_Schema_implementatie_zijn_het_eens(string naam, string json)
    {
        var onzeFouten = new List<Assessment.Engine.Validatie.Fout>();
        using var document = JsonDocument.Parse(json);
        Standaard.Schema.Controleer(document.RootElement, onzeFouten);

        var hunFouten = Onafhankelijk.Value.Validate(json);

        Assert.True(onzeFouten.Count == 0 == (hunFouten.Count == 0),
            $"{naam}: wij {onzeFouten.Count} fouten ({string.Join("; ", onzeFouten.Select(f => f.Pad))}), NJsonSchema {hunFouten.Count} ({string.Join("; ", hunFouten.Select(f => f.Path))})");
    }

    [Fact]
    public void De_opsommingen_in_de_code_zijn_die_van_het_schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPad))!;
        string[] Enum(JsonNode? knoop) => [.. knoop!["enum"]!.AsArray().Where(w => w is not null).Select(w => (string)w!)];
        var props = schema["properties"]!;
        var gemeente = props["gemeenten"]!["items"]!["properties"]!;

        Assert.Equal(Waarden.Vorm.Alle, Enum(props["samenwerking"]!["properties"]!["vorm"]));
        Assert.Equal(Waarden.Fase, Enum(props["fase"]));
        Assert.Equal(Waarden.IndienerRol, Enum(props["indiener"]!["properties"]!["rol"]));
        Assert.Equal(Waarden.Eindperspectief, Enum(gemeente["eindperspectief"]));
        Assert.Equal(Waarden.Voorkeursalternatief, Enum(gemeente["voorkeursalternatief"]));
        Assert.Equal(Waarden.Raadsbesluit, Enum(gemeente["raadsbesluit"]));
        Assert.Equal(Waarden.Reikwijdte, Enum(props["samenwerking"]!["properties"]!["reikwijdte"]));
        Assert.Equal(Waarden.Motief, Enum(props["motieven"]!["items"]));
        Assert.Equal(Waarden.Motief, Enum(props["hoofdmotief"]));
        Assert.Equal(Waarden.VerdeelsleutelMethode, Enum(props["condities"]!["properties"]!["verdeelsleutel"]!["properties"]!["methode"]));
        Assert.Equal(Waarden.Raadsbetrokkenheid, Enum(props["condities"]!["properties"]!["raadsbetrokkenheid"]));
        Assert.Equal(Waarden.Alternatief, Enum(props["alternatievenOnderzocht"]!["items"]));
    }

    [Fact]
    public void Elk_veld_van_het_schema_heeft_een_Nederlandse_titel()
    {
        var zonderTitel = Standaard.Velden.Alle.Where(v => !v.IsElement && v.Titel == v.Pad).Select(v => v.Pad).ToList();

        Assert.True(zonderTitel.Count == 0, "Zonder titel: " + string.Join(", ", zonderTitel));
    }

    [Fact]
    public void Elk_veld_van_het_voorstel_staat_in_het_schema_en_omgekeerd()
    {
        var uitModel = VeldenVan(typeof(Voorstel), "").Order().ToList();
        var uitSchema = Standaard.Velden.Antwoorden.Select(v => v.Pad).Order().ToList();

        Assert.Equal(uitSchema, uitModel);
    }

    [Fact]
    public void Elk_optioneel_antwoord_wordt_door_minstens_een_regel_gebruikt()
    {
        var gebruikt = Standaard.Regelset.Regels.Concat(Standaard.Regelset.Aanbevelingsregels)
            .SelectMany(r => r.Vereist.Select(v => v.Pad.Replace("overdragendeGemeenten[]", "gemeenten[]", StringComparison.Ordinal))).ToHashSet();
        var administratief = new HashSet<string> { "ingangsdatum", "indiener.rol", "indiener.organisatie", "gemeenten[].cbsCode", "gemeenten[].provincie", "gemeenten[].ambtelijkeFte" };

        var ongebruikt = Standaard.Velden.Antwoorden.Where(v => !v.AltijdBekend).Select(v => v.Pad)
            .Where(v => !gebruikt.Contains(v) && !administratief.Contains(v)).ToList();

        Assert.True(ongebruikt.Count == 0, "Geen regel gebruikt: " + string.Join(", ", ongebruikt));
    }

    private static IEnumerable<string> VeldenVan(Type type, string prefix)
    {
        foreach (var eigenschap in type.GetProperties())
        {
            var naam = prefix + char.ToLowerInvariant(eigenschap.Name[0]) + eigenschap.Name[1..];
            var t = Nullable.GetUnderlyingType(eigenschap.PropertyType) ?? eigenschap.PropertyType;
            if (t.IsGenericType && t.GetGenericArguments()[0] is { IsClass: true } element && element != typeof(string))
            {
                foreach (var v in VeldenVan(element, naam + "[]."))
                {
                    yield return v;
                }
            }
            else if (t.IsClass && t != typeof(string) && !t.IsGenericType)
            {
                foreach (var v in VeldenVan(t, naam + "."))
                {
                    yield return v;
                }
            }
            else
            {
                yield return naam;
            }
        }
    }
}
