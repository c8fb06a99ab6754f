namespace Assessment.Domain.Voorstellen;

/// <summary>
/// The snake_case values of the contract's enumerations (DESIGN.md §4.1) that code needs by name.
/// The JSON Schema in <c>rules/schema/voorstel.schema.json</c> is the authority for validation; a test
/// keeps these lists equal to the schema's.
/// </summary>
public static class Waarden
{
    public static class Vorm
    {
        public const string OpenbaarLichaam = "openbaar_lichaam";
        public const string Bedrijfsvoeringsorganisatie = "bedrijfsvoeringsorganisatie";
        public const string Centrumgemeente = "centrumgemeente";
        public const string Privaatrechtelijk = "privaatrechtelijk";

        /// <summary>Not an input value: the comparison with a municipal merger that sub-afweging C2 asks for.</summary>
        public const string Herindeling = "herindeling";

        public static readonly IReadOnlyList<string> Alle =
            [OpenbaarLichaam, Bedrijfsvoeringsorganisatie, Centrumgemeente, Privaatrechtelijk];

        /// <summary>The forms every proposal is also weighed under (issue 2, point 4), in report order.</summary>
        public static readonly IReadOnlyList<string> Varianten =
            [OpenbaarLichaam, Bedrijfsvoeringsorganisatie, Centrumgemeente, Herindeling];
    }

    public static readonly IReadOnlyList<string> Fase = ["verkenning", "besluitvorming", "implementatie", "evaluatie"];
    public static readonly IReadOnlyList<string> IndienerRol = ["provincie", "gemeente", "automatisch"];
    public static readonly IReadOnlyList<string> Eindperspectief = ["zelfstandig", "tussenstap_herindeling", "open"];
    public static readonly IReadOnlyList<string> Voorkeursalternatief = ["geen", "zelfstandig", "herindeling", "lichtere_samenwerking"];
    public static readonly IReadOnlyList<string> Raadsbesluit = ["niet_geagendeerd", "geagendeerd", "aangenomen", "verworpen"];
    public static readonly IReadOnlyList<string> Reikwijdte = ["volledig", "bedrijfsvoering", "enkele_taken"];
    public static readonly IReadOnlyList<string> Motief =
        ["kosten", "kwaliteit", "kwetsbaarheid", "kansen_medewerkers", "krachtige_partner", "voorkomen_herindeling", "strategisch_vermogen", "regionale_positie"];
    public static readonly IReadOnlyList<string> VerdeelsleutelMethode = ["inwoners", "inbreng", "afname", "gemengd"];
    public static readonly IReadOnlyList<string> Raadsbetrokkenheid = ["regiocommissie", "informatieprotocol", "geen"];
    public static readonly IReadOnlyList<string> Alternatief = ["zelfstandig", "lichtere_samenwerking", "centrumgemeente", "herindeling"];
}
