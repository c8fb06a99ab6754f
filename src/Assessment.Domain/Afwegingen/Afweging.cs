using System.Text.Json.Serialization;

namespace Assessment.Domain.Afwegingen;

/// <summary>
/// The scored, explained verdict on a <see cref="Voorstellen.Voorstel"/> (DESIGN.md §4.2). Apart from
/// <see cref="Id"/> and <see cref="AangemaaktOp"/> the same input and rule set give the same value.
/// </summary>
public sealed record Afweging
{
    public required string Id { get; init; }
    public required DateTimeOffset AangemaaktOp { get; init; }
    public required string InvoerHash { get; init; }
    public required RegelsetVersie Regelset { get; init; }
    public required string Titel { get; init; }
    public required string Oordeel { get; init; }
    public required string OordeelToelichting { get; init; }
    /// <summary>
    /// 0..100: how far the proposal meets the framework (<see cref="Vervulling"/>), placed within the band of its
    /// verdict (<see cref="ScoreBand"/>), so the score never reads as the opposite of the verdict.
    /// </summary>
    public required int Score { get; init; }

    /// <summary>Share (0..100) of the applicable weight whose answers were known: how firm the score is.</summary>
    public required int Dekking { get; init; }

    /// <summary>Share (0..100) of the applicable weight that is met; an unknown answer counts as not yet shown.</summary>
    public int Vervulling { get; init; }

    /// <summary>The band of the verdict the score lies in (heroverwegen and onvoldoende informatie 0–39, positief onder voorwaarden 40–79, positief 80–100).</summary>
    public ScoreBand? ScoreBand { get; init; }

    /// <summary>The score in words: what it rests on and how to read it next to the verdict.</summary>
    public string ScoreToelichting { get; init; } = "";

    /// <summary>The failure factors of the sources that are present (each established by an unmet rule); from a number of them together the verdict is heroverwegen.</summary>
    public IReadOnlyList<AanwezigeFaalfactor> Faalfactoren { get; init; } = [];

    /// <summary>Per Public Value domain: score, coverage, and which indicators it rests on.</summary>
    public IReadOnlyList<PubliekeWaardeDomein> PubliekeWaardeDomeinen { get; init; } = [];

    /// <summary>Sub-afwegingen C1 and C2 in words: which form offers more meerwaarde under better conditions, and why.</summary>
    public IReadOnlyList<Vergelijking> Vergelijkingen { get; init; } = [];

    /// <summary>The smallest changes that make the proposal sound; null when it is positief already, or when not asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public WatMoetErVeranderen? WatMoetErVeranderen { get; init; }

    /// <summary>What the unknown answers decide; null when every answer the rules read is known, or when not asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public Bandbreedte? Bandbreedte { get; init; }
    public required IReadOnlyList<HoofdvlakScore> Hoofdvlakken { get; init; }
    public required PubliekeWaardeScores PubliekeWaarde { get; init; }
    public required IReadOnlyList<Bevinding> Bevindingen { get; init; }
    public required IReadOnlyList<Voorwaarde> Voorwaarden { get; init; }

    /// <summary>The heading of the conditions in the words of the proposal's phase: before the council vote, or to steer a running fusion.</summary>
    public string VoorwaardenKop { get; init; } = "";
    public required IReadOnlyList<Aanbeveling> Aanbevelingen { get; init; }
    public required IReadOnlyList<OntbrekendGegeven> OntbrekendeGegevens { get; init; }
    public required IReadOnlyList<Variant> Varianten { get; init; }
}

public sealed record RegelsetVersie(string Versie, string Hash, DateOnly GeldigVanaf);

public sealed record HoofdvlakScore(string Code, string Titel, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Score, IReadOnlyList<SubafwegingScore> Subafwegingen)
{
    /// <summary>Share (0..100) of the plane's applicable weight whose answers were known; null when no rule applies.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Dekking { get; init; }
}

public sealed record SubafwegingScore(string Code, string Titel, string Vraag, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Score)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Dekking { get; init; }
}

/// <summary>The three Public Value domain scores; a domain without judged rules is null, never left out.</summary>
public sealed record PubliekeWaardeScores(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? PubliekeWaarde,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Legitimiteit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? OrganisatieEnBesturing);

/// <summary>A score band, inclusive.</summary>
public sealed record ScoreBand(int Van, int Tot);

/// <summary>A failure factor of the sources that is present, the rules that establish it, and where the sources name it.</summary>
public sealed record AanwezigeFaalfactor(string Code, string Titel, IReadOnlyList<string> Regels, IReadOnlyList<Bron> Bronnen);

/// <summary>A Public Value domain: its score and coverage, and per indicator of 002 ch. 2 whether it was judged.</summary>
public sealed record PubliekeWaardeDomein(
    string Code,
    string Titel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Dekking,
    IReadOnlyList<IndicatorBeoordeling> Indicatoren,
    IReadOnlyList<string> Regels);

/// <summary>One Public Value indicator: <c>beoordeeld</c> (a judged rule rests on it), <c>onbekend</c> (its rules are open) or <c>na_start</c> (only to be judged after the start).</summary>
public sealed record IndicatorBeoordeling(string Code, string Tekst, string Status, Bron Bron)
{
    public const string Beoordeeld = "beoordeeld";
    public const string Onbekend = "onbekend";
    public const string NaDeStart = "na_start";
}

/// <summary>
/// A comparison of forms for sub-afweging C1 (separate body or centrumgemeente) or C2 (ambtelijke fusie or herindeling),
/// per 002 L9569-9580: which form offers more meerwaarde under more favourable conditions, and why.
/// </summary>
public sealed record Vergelijking(string Subafweging, string Vraag, string Voorgesteld, string Alternatief, string Conclusie, string Toelichting, IReadOnlyList<Verschil> Verschillen);

/// <summary>A rule that comes out differently under the two forms compared.</summary>
public sealed record Verschil(string Regel, string Titel, string Ernst, string StatusVoorgesteld, string StatusAlternatief);

public sealed record Bevinding
{
    public required string Regel { get; init; }
    public required string Factor { get; init; }
    public required string Titel { get; init; }
    public required string Hoofdvlak { get; init; }
    public required string Subafweging { get; init; }
    public required string Dimensie { get; init; }
    public required string Status { get; init; }
    public required string Ernst { get; init; }
    public required decimal Gewicht { get; init; }
    public required string Toelichting { get; init; }
    public required IReadOnlyList<Bron> Bronnen { get; init; }

    /// <summary>The input fields (JSON paths) whose unknown answers made this finding <c>onbekend</c>.</summary>
    public IReadOnlyList<string> OntbrekendeVelden { get; init; } = [];

    /// <summary>The parameters (thresholds) the rule used, with their provenance.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];
}

public sealed record Bron(string Document, string Plaats);

public sealed record Voorwaarde(string Regel, string Factor, string Ernst, string Tekst)
{
    /// <summary><c>niet_voldaan</c>, or <c>onbekend</c> for a blocking or critical condition whose answer is still open.</summary>
    public string Status { get; init; } = Uitkomst.Status.NietVoldaan;

    public string Titel { get; init; } = "";

    /// <summary>For an open condition: the answers that would settle it.</summary>
    public IReadOnlyList<string> OntbrekendeVelden { get; init; } = [];
}

public sealed record Aanbeveling(string Regel, string Aan, string Tekst, IReadOnlyList<Bron> Bronnen);

public sealed record OntbrekendGegeven(string Veld, string Vraag, IReadOnlyList<string> Regels);

public sealed record Variant(string Vorm, bool Voorgesteld, int Score, string Oordeel, int AantalVoorwaarden)
{
    /// <summary>The Meerwaarde plane's score under this form (null when nothing could be judged).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Meerwaarde { get; init; }

    /// <summary>The Condities plane's score under this form.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Condities { get; init; }

    /// <summary>How far the framework is met under this form (see <see cref="Afweging.Vervulling"/>).</summary>
    public int Vervulling { get; init; }

    /// <summary>The failure factors present under this form.</summary>
    public IReadOnlyList<string> Faalfactoren { get; init; } = [];

    /// <summary>The rules whose question does not arise for this form, each with the reason the rule set gives.</summary>
    public IReadOnlyList<VervallenRegel> VervallenRegels { get; init; } = [];
}

/// <summary>A rule of the proposal's own form whose question does not arise for another form, and why.</summary>
public sealed record VervallenRegel(string Regel, string Titel, string Reden);

/// <summary>The fixed vocabularies of the output (DESIGN.md §4.2).</summary>
public static class Uitkomst
{
    public static class Oordeel
    {
        public const string Positief = "positief";
        public const string PositiefOnderVoorwaarden = "positief_onder_voorwaarden";
        public const string Heroverwegen = "heroverwegen";
        public const string OnvoldoendeInformatie = "onvoldoende_informatie";
        public static readonly IReadOnlyList<string> Alle = [Positief, PositiefOnderVoorwaarden, Heroverwegen, OnvoldoendeInformatie];
    }

    public static class Status
    {
        public const string Voldaan = "voldaan";
        public const string NietVoldaan = "niet_voldaan";
        public const string Onbekend = "onbekend";
        public const string NietVanToepassing = "niet_van_toepassing";
        public static readonly IReadOnlyList<string> Alle = [Voldaan, NietVoldaan, Onbekend, NietVanToepassing];
    }

    public static class Ernst
    {
        public const string Blokkerend = "blokkerend";
        public const string Kritiek = "kritiek";
        public const string Belangrijk = "belangrijk";
        public const string Advies = "advies";
        public const string Informatie = "informatie";
        public static readonly IReadOnlyList<string> Alle = [Blokkerend, Kritiek, Belangrijk, Advies, Informatie];
    }

    public static class Hoofdvlak
    {
        public const string Meerwaarde = "meerwaarde";
        public const string Condities = "condities";
        public const string WegingVarianten = "weging_varianten";
        public static readonly IReadOnlyList<string> Alle = [Meerwaarde, Condities, WegingVarianten];
    }

    public static class Dimensie
    {
        public const string PubliekeWaarde = "publieke_waarde";
        public const string Legitimiteit = "legitimiteit";
        public const string OrganisatieEnBesturing = "organisatie_en_besturing";
        public static readonly IReadOnlyList<string> Alle = [PubliekeWaarde, Legitimiteit, OrganisatieEnBesturing];
    }

    public static readonly IReadOnlyList<string> Factoren =
    [
        "urgentie", "vertrouwen", "aantal_partners", "grootteverhouding", "gideonsbende", "gedeeld_perspectief",
        "business_case", "frictiekosten", "politiek_draagvlak", "regionale_orientatie", "verdeelsleutel", "governance",
        "harmonisatie", "cultuur", "duurzaamheid", "alternatieven", "meerwaarde_bedrijfsvoering", "bestuurskracht",
        "regionale_bestuurskracht",
    ];
}
