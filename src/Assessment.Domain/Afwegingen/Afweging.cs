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
    public required int Score { get; init; }

    /// <summary>Share (0..100) of the applicable weight whose answers were known: how firm the score is.</summary>
    public required int Dekking { get; init; }
    public required IReadOnlyList<HoofdvlakScore> Hoofdvlakken { get; init; }
    public required PubliekeWaardeScores PubliekeWaarde { get; init; }
    public required IReadOnlyList<Bevinding> Bevindingen { get; init; }
    public required IReadOnlyList<Voorwaarde> Voorwaarden { get; init; }
    public required IReadOnlyList<Aanbeveling> Aanbevelingen { get; init; }
    public required IReadOnlyList<OntbrekendGegeven> OntbrekendeGegevens { get; init; }
    public required IReadOnlyList<Variant> Varianten { get; init; }
}

public sealed record RegelsetVersie(string Versie, string Hash, DateOnly GeldigVanaf);

public sealed record HoofdvlakScore(string Code, string Titel, int? Score, IReadOnlyList<SubafwegingScore> Subafwegingen);

public sealed record SubafwegingScore(string Code, string Titel, string Vraag, int? Score);

public sealed record PubliekeWaardeScores(int? PubliekeWaarde, int? Legitimiteit, int? OrganisatieEnBesturing);

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

public sealed record Voorwaarde(string Regel, string Factor, string Ernst, string Tekst);

public sealed record Aanbeveling(string Regel, string Aan, string Tekst, IReadOnlyList<Bron> Bronnen);

public sealed record OntbrekendGegeven(string Veld, string Vraag, IReadOnlyList<string> Regels);

public sealed record Variant(string Vorm, bool Voorgesteld, int Score, string Oordeel, int AantalVoorwaarden);

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
