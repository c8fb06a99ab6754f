using System.Text.Json;
using Assessment.Engine.Validatie;
using Assessment.Engine.Velden;
using RulesEngine.Models;

namespace Assessment.Engine.Regels;

/// <summary>
/// A loaded, checked and compiled rule set: the framework, the parameters, the rules (as RulesEngine
/// workflows and compiled once) and the input fields with their schema. Immutable and safe to share between threads.
/// </summary>
public sealed class Regelset
{
    internal Regelset(
        Kader kader,
        string hash,
        IReadOnlyList<Regel> regels,
        IReadOnlyList<Regel> aanbevelingsregels,
        IReadOnlyDictionary<string, Parameter> parameters,
        Schemacontrole schema,
        IReadOnlyList<Workflow> workflows,
        object parameterObject,
        int aantalVeldPaden,
        Task gecompileerd)
    {
        Gecompileerd = gecompileerd;
        Velden = schema.Velden;
        AantalVeldPaden = aantalVeldPaden;
        Kader = kader;
        Hash = hash;
        Regels = regels;
        Aanbevelingsregels = aanbevelingsregels;
        Parameters = parameters;
        Schema = schema;
        Workflows = workflows;
        ParameterObject = parameterObject;
        Lezer = new VoorstelLezer(schema);
        DimensieIndexen = [.. Domain.Afwegingen.Uitkomst.Dimensie.Alle.Select(code => kader.Dimensies.ToList().FindIndex(d => d.Code == code))];
        AantalSubafwegingen = kader.Hoofdvlakken.Sum(h => h.Subafwegingen.Count);
        MeerwaardeIndex = kader.Hoofdvlakken.ToList().FindIndex(h => h.Code == Domain.Afwegingen.Uitkomst.Hoofdvlak.Meerwaarde);
        ConditiesIndex = kader.Hoofdvlakken.ToList().FindIndex(h => h.Code == Domain.Afwegingen.Uitkomst.Hoofdvlak.Condities);
        Titels = Velden.Antwoorden.ToDictionary(v => v.Pad, v => v.Titel, StringComparer.Ordinal);
        Keuzes = Velden.Antwoorden.Where(v => v.Keuzes is not null).ToDictionary(
            v => v.Pad,
            v => (IReadOnlyDictionary<string, string>)v.Keuzes!.ToDictionary(k => k.Code, k => k.Woord, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Ends when every rule function runs compiled (see <see cref="Tweetrapscompilatie"/>): until then they run in
    /// the expression interpreter, with the same results but slower. A host need not wait; a speed measurement does.
    /// </summary>
    public Task Gecompileerd { get; }

    /// <summary>Position of the Meerwaarde plane in <see cref="Kader.Hoofdvlakken"/> (its score weighs in the verdict).</summary>
    internal int MeerwaardeIndex { get; }

    /// <summary>Position of the Condities plane in <see cref="Kader.Hoofdvlakken"/> (its score compares variants).</summary>
    internal int ConditiesIndex { get; }

    internal int AantalSubafwegingen { get; }

    /// <summary>Positions in <see cref="Kader.Dimensies"/> of publieke waarde, legitimiteit, organisatie en besturing.</summary>
    internal int[] DimensieIndexen { get; }

    /// <summary>The input fields: path, Dutch title, description, required, type, allowed values with their words, range.</summary>
    public Veldcatalogus Velden { get; }

    /// <summary>The Dutch question of each input field by its general path (<c>gemeenten[].urgentie</c>), from <see cref="Velden"/>.</summary>
    public IReadOnlyDictionary<string, string> Titels { get; }

    public Kader Kader { get; }

    public string Versie => Kader.Versie;

    /// <summary><c>sha256:</c> and the hash of every file of the rule set, so an Afweging names its exact rules.</summary>
    public string Hash { get; }

    /// <summary>The rules that give findings, in report order (by workflow, then as written).</summary>
    public IReadOnlyList<Regel> Regels { get; }

    /// <summary>The rules that give the province recommendations (its handelingsperspectief).</summary>
    public IReadOnlyList<Regel> Aanbevelingsregels { get; }

    public IReadOnlyDictionary<string, Parameter> Parameters { get; }

    /// <summary>The check of a proposal against the published JSON Schema.</summary>
    public Schemacontrole Schema { get; }

    /// <summary>The published JSON Schema of the input.</summary>
    public JsonElement SchemaDocument => Velden.Schema;

    /// <summary>The rule files as RulesEngine workflows (what RulesEngine itself validated at load).</summary>
    public IReadOnlyList<Workflow> Workflows { get; }

    /// <summary>Reads and validates submitted proposals against this rule set's schema.</summary>
    public VoorstelLezer Lezer { get; }

    internal object ParameterObject { get; }

    /// <summary>How many distinct input fields the rules need (the size of an evaluation's unknowns table).</summary>
    internal int AantalVeldPaden { get; }

    /// <summary>
    /// The Dutch words for the codes of each field with allowed values (<c>schema/keuzes.json</c>), by field in the
    /// rules' notation (<c>gemeenten[].eindperspectief</c>, <c>motieven</c>): what the report, the page and the API show.
    /// From <see cref="Velden"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Keuzes { get; }

    /// <summary>The word for a code of a field with allowed values; any other text is returned as it is.</summary>
    public string Woord(string veld, string code) => Velden.Woord(veld, code);

    public decimal Parameter(string naam) => Parameters.TryGetValue(naam, out var p)
        ? p.Waarde
        : throw new RegelsetFout($"De parameter '{naam}' bestaat niet.");
}
