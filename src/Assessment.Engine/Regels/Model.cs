using Assessment.Domain.Afwegingen;

namespace Assessment.Engine.Regels;

/// <summary>The framework: planes with their sub-afwegingen, and the Public Value domains (kader.json).</summary>
public sealed record Kader(
    string Naam,
    string Versie,
    DateOnly GeldigVanaf,
    string Omschrijving,
    IReadOnlyList<Bron> Bronnen,
    IReadOnlyList<KaderHoofdvlak> Hoofdvlakken,
    IReadOnlyList<KaderDimensie> Dimensies)
{
    /// <summary>
    /// The circumstances in which a fusion gets stuck (001's eleven, 003's failure factors): an unmet critical or
    /// important rule establishes the one it names, and several at once add up (accumulation).
    /// </summary>
    public IReadOnlyList<Faalfactor> Faalfactoren { get; init; } = [];

    /// <summary>The source documents the rules cite (<c>documenten</c>): title, authors, year and their own chapters.</summary>
    public IReadOnlyList<Brondocument> Documenten { get; init; } = [];

    /// <summary>The catalogue entry of a cited document; null when the catalogue does not have it.</summary>
    public Brondocument? Document(string document) => Documenten.FirstOrDefault(d => d.Document == document);
}

/// <summary>A circumstance in which, according to the sources, a fusion is likely to get stuck.</summary>
public sealed record Faalfactor(string Code, string Titel, IReadOnlyList<Bron> Bronnen);

/// <summary>
/// One of the 38 Public Value indicators (002 ch. 2): judged by rules (<see cref="Beoordeling"/> <c>regels</c>), or
/// only after the start (<c>na_start</c>: monitoring), with the reason.
/// </summary>
public sealed record Indicator(string Code, string Tekst, Bron Bron, string Beoordeling, string? Toelichting)
{
    public const string DoorRegels = "regels";
    public const string NaDeStart = "na_start";
}

/// <summary>
/// Why a rule has its severity: the source sentence (quoted) that grades it, and whether the grade is the
/// source's (<c>bron</c>) or our choice (<c>beleidskeuze</c>).
/// </summary>
public sealed record ErnstOnderbouwing(string Herkomst, string Citaat, Bron Bron, string Toelichting);

public sealed record KaderHoofdvlak(string Code, string Titel, string Omschrijving, Bron Bron, IReadOnlyList<KaderSubafweging> Subafwegingen);

public sealed record KaderSubafweging(string Code, string Titel, string Vraag, Bron Bron);

public sealed record KaderDimensie(string Code, string Titel, string Omschrijving, Bron Bron)
{
    public IReadOnlyList<Indicator> Indicatoren { get; init; } = [];
}

/// <summary>A named threshold with its provenance: the text gives it (<c>bron</c>) or it is a policy choice.</summary>
public sealed record Parameter(
    string Naam,
    decimal Waarde,
    string Eenheid,
    string Omschrijving,
    string Herkomst,
    Bron? Bron,
    string? Toelichting,
    DateOnly GeldigVanaf,
    string Bestand)
{
    public const string HerkomstBron = "bron";
    public const string HerkomstBeleidskeuze = "beleidskeuze";
}

/// <summary>The Dutch explanation of a finding per status.</summary>
public sealed record Toelichting(string Voldaan, string NietVoldaan, string Onbekend, string NietVanToepassing);

/// <summary>One rule: its RulesEngine expression, compiled once, and our metadata.</summary>
public sealed class Regel
{
    public required string Id { get; init; }
    public required string Workflow { get; init; }
    public required string Expressie { get; init; }
    public string? VanToepassingExpressie { get; init; }
    public required string Factor { get; init; }
    public required string Titel { get; init; }
    public required IReadOnlyList<Bron> Bronnen { get; init; }
    public required IReadOnlyList<VeldPad> Vereist { get; init; }
    public required IReadOnlyList<string> Parameters { get; init; }

    // Findings (not for the province's recommendations).
    public string Hoofdvlak { get; init; } = "";
    public string Subafweging { get; init; } = "";
    public string Dimensie { get; init; } = "";
    public string Ernst { get; init; } = "";
    public decimal Gewicht
    {
        get;
        init
        {
            field = value;
            GewichtAlsGetal = (double)value;
        }
    }

    /// <summary><see cref="Gewicht"/> as a double, for fast and exact sums of the small weights used (0..5).</summary>
    internal double GewichtAlsGetal { get; private init; }
    public bool Sleutel { get; init; }

    /// <summary>The source sentence behind <see cref="Ernst"/> (every finding rule has one).</summary>
    public ErnstOnderbouwing? ErnstOnderbouwing { get; init; }

    /// <summary>The failure factor (kader.json) an unmet rule establishes, if any; see <see cref="Kader.Faalfactoren"/>.</summary>
    public string? Faalfactor { get; init; }

    /// <summary>The Public Value indicators (of the rule's own domain) this rule judges.</summary>
    public IReadOnlyList<string> Indicatoren { get; init; } = [];

    public Toelichting? Toelichting { get; init; }
    public string? Voorwaarde { get; init; }
    public string? Advies { get; init; }

    // Recommendations to the province (provincie workflow).
    public string? Aan { get; init; }
    public string? Tekst { get; init; }

    /// <summary>The derived facts (<c>a.*</c>: number of partners, size shares, the form) the rule reads, by member name.</summary>
    internal IReadOnlyList<string> LeestAfgeleid { get; init; } = [];

    /// <summary>How the rule's outcome can change with the form of cooperation (it reads the form or the host).</summary>
    internal Vormafhankelijkheid Vormafhankelijkheid { get; init; }

    // Positions in the framework, resolved at load so scoring needs no look-ups.
    internal int HoofdvlakIndex { get; init; } = -1;
    internal int SubafwegingIndex { get; init; } = -1;
    internal int DimensieIndex { get; init; } = -1;

    /// <summary>Pre-rendered "name = value (provenance)" of the parameters the rule uses.</summary>
    internal IReadOnlyList<string> ParameterBeschrijvingen { get; init; } = [];

    /// <summary>Cache of the condition text used when this rule's answer is unknown (see Weging).</summary>
    internal string? VoorwaardeBijOnbekend { get; set; }

    /// <summary>The condition, three-valued: true (voldaan), false (niet voldaan) or null (the known answers cannot decide).</summary>
    internal Func<object[], bool?> Conditie { get; init; } = _ => null;

    /// <summary>Whether the rule applies, three-valued like <see cref="Conditie"/>; null when it always applies.</summary>
    internal Func<object[], bool?>? VanToepassing { get; init; }
    internal IReadOnlyList<VeldPad> VanToepassingLeest { get; init; } = [];
    internal Sjabloon VoldaanTekst { get; init; } = Sjabloon.Leeg;
    internal Sjabloon NietVoldaanTekst { get; init; } = Sjabloon.Leeg;
}
