using Assessment.Domain.Voorstellen;

namespace Assessment.Engine.Regels;

/// <summary>
/// Facts derived from a proposal that rule expressions read as <c>a.*</c>: sizes, shares and the form
/// being weighed. A member that depends on an optional answer names it with <see cref="LeestAttribute"/>, so
/// a rule that uses it becomes <c>onbekend</c> when that answer is unknown.
/// </summary>
public sealed class Afgeleid
{
    public Afgeleid(Voorstel voorstel)
        : this(voorstel, voorstel.Samenwerking.Vorm)
    {
    }

    /// <param name="voorstel">The proposal as weighed (possibly under another form).</param>
    /// <param name="voorgesteldeVorm">The form the proposal itself names.</param>
    public Afgeleid(Voorstel voorstel, string voorgesteldeVorm)
    {
        VoorgesteldeVorm = voorgesteldeVorm;

        // One pass over the partners (this runs for every changed proposal the advice weighs).
        var gemeenten = voorstel.Gemeenten;
        long totaal = 0;
        int grootste = 0, kleinste = 0;
        string? grootstePartner = null;
        for (var i = 0; i < gemeenten.Count; i++)
        {
            var g = gemeenten[i];
            totaal += g.Inwoners;
            if (i == 0 || g.Inwoners < kleinste)
            {
                kleinste = g.Inwoners;
            }

            if (i == 0 || g.Inwoners > grootste || (g.Inwoners == grootste && string.CompareOrdinal(g.Naam, grootstePartner) < 0))
            {
                grootste = g.Inwoners;
                grootstePartner = g.Naam;
            }
        }

        AantalPartners = gemeenten.Count;
        TotaalInwoners = totaal;
        GrootsteInwoners = grootste;
        KleinsteInwoners = kleinste;
        GrootsteAandeel = TotaalInwoners == 0 ? 0 : Math.Round((decimal)GrootsteInwoners / TotaalInwoners, 4);
        GrootteVerhouding = KleinsteInwoners == 0 ? 0 : Math.Round((decimal)GrootsteInwoners / KleinsteInwoners, 2);
        GrootstePartner = grootstePartner ?? "";
        IsCentrumgemeente = voorstel.Samenwerking.Vorm == Waarden.Vorm.Centrumgemeente;
        IsHerindelingsvariant = voorstel.Samenwerking.Vorm == Waarden.Vorm.Herindeling;
        var gast = voorstel.Samenwerking.Gastgemeente?.Trim();
        if (gast is null)
        {
            GastgemeenteIsGrootste = null;
        }
        else
        {
            var isGrootste = false;
            foreach (var g in gemeenten)
            {
                isGrootste |= g.Inwoners == GrootsteInwoners && string.Equals(g.Naam.Trim(), gast, StringComparison.OrdinalIgnoreCase);
            }

            GastgemeenteIsGrootste = isGrootste;
        }

        var overdragend = new List<Gemeente>(gemeenten.Count);
        foreach (var g in gemeenten)
        {
            if (!IsGastgemeente(voorstel, g))
            {
                overdragend.Add(g);
            }
        }

        OverdragendeGemeenten = overdragend;
    }

    /// <summary>
    /// True for the host of a centrumgemeente construction: it keeps its own civil service and takes in the
    /// others', so questions about handing over (urgency to merge, keeping own steering capacity) do not apply to it.
    /// </summary>
    public static bool IsGastgemeente(Voorstel voorstel, Gemeente gemeente) =>
        voorstel.Samenwerking.Vorm == Waarden.Vorm.Centrumgemeente
        && voorstel.Samenwerking.Gastgemeente is { } gast
        && string.Equals(gemeente.Naam.Trim(), gast.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Number of participating municipalities.</summary>
    public int AantalPartners { get; }

    /// <summary>
    /// The municipalities that hand over their civil service: all partners, except the named host in a
    /// centrumgemeente construction. Rules read its fields as <c>overdragendeGemeenten[].veld</c>.
    /// </summary>
    [HangtAfVanVorm(Vormafhankelijkheid.Centrumgemeente)]
    public IReadOnlyList<Gemeente> OverdragendeGemeenten { get; }

    /// <summary>Inhabitants of all partners together.</summary>
    public long TotaalInwoners { get; }

    public int GrootsteInwoners { get; }

    public int KleinsteInwoners { get; }

    /// <summary>The largest partner's share of all inhabitants, 0..1 (four decimals).</summary>
    public decimal GrootsteAandeel { get; }

    /// <summary>Inhabitants of the largest partner divided by those of the smallest (two decimals).</summary>
    public decimal GrootteVerhouding { get; }

    /// <summary>Name of the most populous partner (the default host when a centrumgemeente variant is weighed).</summary>
    public string GrootstePartner { get; }

    /// <summary>The form the proposal itself names (also while a variant under another form is weighed).</summary>
    public string VoorgesteldeVorm { get; }

    /// <summary>The form being weighed is a centrumgemeente construction.</summary>
    [HangtAfVanVorm(Vormafhankelijkheid.Centrumgemeente)]
    public bool IsCentrumgemeente { get; }

    /// <summary>The proposal is being weighed as a municipal merger (herindeling) for sub-afweging C2.</summary>
    [HangtAfVanVorm(Vormafhankelijkheid.Herindeling)]
    public bool IsHerindelingsvariant { get; }

    /// <summary>The named host is the most populous partner; unknown (null) when no host is named.</summary>
    [Leest("samenwerking.gastgemeente")]
    [HangtAfVanVorm(Vormafhankelijkheid.Centrumgemeente)]
    public bool? GastgemeenteIsGrootste { get; }
}

/// <summary>The optional input fields a derived fact reads.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LeestAttribute(params string[] velden) : Attribute
{
    public IReadOnlyList<string> Velden { get; } = velden;
}

/// <summary>A derived fact that changes with the form being weighed (so variants re-evaluate rules that read it).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HangtAfVanVormAttribute(Vormafhankelijkheid afhankelijkheid) : Attribute
{
    public Vormafhankelijkheid Afhankelijkheid { get; } = afhankelijkheid;
}

/// <summary>
/// How a rule's outcome can depend on the form of cooperation, so that weighing a variant re-evaluates only
/// the rules whose inputs differ between the proposal and the variant.
/// </summary>
[Flags]
public enum Vormafhankelijkheid
{
    Geen = 0,

    /// <summary>Reads whether the proposal is weighed as a herindeling.</summary>
    Herindeling = 1,

    /// <summary>Reads whether the form is a centrumgemeente, or who the host is.</summary>
    Centrumgemeente = 2,

    /// <summary>Reads the form itself (<c>samenwerking.vorm</c>).</summary>
    Vorm = 4,
}
