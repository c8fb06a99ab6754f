namespace Assessment.Domain.Voorstellen;

/// <summary>
/// A proposed ambtelijke fusie as submitted (DESIGN.md §4.1). Only <see cref="Titel"/>,
/// <see cref="Gemeente.Naam"/>, <see cref="Gemeente.Inwoners"/> and <see cref="Samenwerking.Vorm"/> are
/// required; every other member may be null, which means "onbekend". Enum-like members hold the
/// snake_case values of the contract (see <see cref="Waarden"/>), so rule expressions read like the contract.
/// </summary>
public sealed record Voorstel
{
    public string Titel { get; init; } = "";
    public DateOnly? Ingangsdatum { get; init; }
    public string? Fase { get; init; }
    public Indiener? Indiener { get; init; }
    public IReadOnlyList<Gemeente> Gemeenten { get; init; } = [];
    public Samenwerking Samenwerking { get; init; } = new();
    public IReadOnlyList<string>? Motieven { get; init; }
    public string? Hoofdmotief { get; init; }
    public BusinessCase? BusinessCase { get; init; }
    public Condities? Condities { get; init; }
    public IReadOnlyList<string>? AlternatievenOnderzocht { get; init; }
    public Duurzaamheid? Duurzaamheid { get; init; }
}

public sealed record Indiener
{
    public string? Rol { get; init; }
    public string? Organisatie { get; init; }
}

public sealed record Gemeente
{
    public string Naam { get; init; } = "";
    public string? CbsCode { get; init; }
    public string? Provincie { get; init; }
    public int Inwoners { get; init; }
    public decimal? AmbtelijkeFte { get; init; }
    public string? Regio { get; init; }
    public string? Eindperspectief { get; init; }
    public string? Voorkeursalternatief { get; init; }
    public int? Urgentie { get; init; }
    public bool? VoordelenErkend { get; init; }
    public int? DraagvlakRaad { get; init; }
    public int? DraagvlakCollege { get; init; }
    public int? DraagvlakAmbtelijk { get; init; }
    public string? Raadsbesluit { get; init; }
    public bool? Twijfelt { get; init; }
    public bool? PolitiekStabiel { get; init; }
    public bool? BestuurskrachtOnderDruk { get; init; }
    public bool? BehoudtRegiecapaciteit { get; init; }
    public bool? AanvaardtGastheermodel { get; init; }
}

public sealed record Samenwerking
{
    public string Vorm { get; init; } = "";
    public string? Reikwijdte { get; init; }
    public string? Gastgemeente { get; init; }
    public int? OorspronkelijkAantalPartners { get; init; }
}

public sealed record BusinessCase
{
    public bool? Opgesteld { get; init; }
    public bool? KostenBatenPositief { get; init; }
    public bool? FrictiekostenBegroot { get; init; }
    public bool? TaakstellingBijStart { get; init; }
    public bool? SecondOpinion { get; init; }
    public decimal? Frictiekosten { get; init; }
    public decimal? StructureleBesparing { get; init; }
    public decimal? BesparingVerwachtBinnenJaren { get; init; }
    public decimal? TerugverdientijdJaren { get; init; }
    public decimal? HorizonJaren { get; init; }
}

public sealed record Condities
{
    public int? VertrouwenBestuurlijk { get; init; }
    public int? VertrouwenAmbtelijk { get; init; }
    public int? VertrouwenRaden { get; init; }
    public bool? NegatieveBeeldvorming { get; init; }
    public bool? FinancieelLijkInDeKast { get; init; }
    public bool? FinancienOnderzocht { get; init; }
    public bool? VergelijkbaarProfiel { get; init; }
    public bool? VerwachtingenExpliciet { get; init; }
    public bool? GedeeldeVisie { get; init; }
    public Gideonsbende? Gideonsbende { get; init; }
    public bool? Standaardisatieplan { get; init; }
    public bool? Harmonisatieplan { get; init; }
    public bool? PlanEnControlGesynchroniseerd { get; init; }
    public Verdeelsleutel? Verdeelsleutel { get; init; }
    public bool? WijzigingSturingsfilosofie { get; init; }
    public bool? RolverdelingEigenaarOpdrachtgever { get; init; }
    public bool? Cultuurplan { get; init; }
    public bool? Alliantiemanagement { get; init; }
    public string? Raadsbetrokkenheid { get; init; }
    public bool? TijdigeCommunicatie { get; init; }
    public bool? ProcesGeformaliseerd { get; init; }
    public bool? AfsprakenMedewerkers { get; init; }
    public int? EersteEvaluatieNaMaanden { get; init; }
    public bool? Uittredingsregeling { get; init; }
    public bool? ToetredingMogelijk { get; init; }
}

public sealed record Gideonsbende
{
    public bool? Aanwezig { get; init; }
    public bool? Bestuurders { get; init; }
    public bool? Topambtenaren { get; init; }
    public bool? VasteSamenstelling { get; init; }
    public bool? BesluitenVastgelegd { get; init; }
}

public sealed record Verdeelsleutel
{
    public string? Methode { get; init; }
    public bool? DoorAllenFair { get; init; }
}

public sealed record Duurzaamheid
{
    public bool? MeerwaardeTienJaarOnderbouwd { get; init; }
    public bool? HerindelingDoorsnijdtPartners { get; init; }
    public int? HerindelingVerwachtBinnenJaren { get; init; }
}
