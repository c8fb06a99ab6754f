using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Beoordeling;

/// <summary>The outcome of one rule for one proposal: its status and the unknown fields behind it.</summary>
internal readonly record struct Regeluitkomst(Regel Regel, string Status, IReadOnlyList<string> Ontbrekend, string? Fout = null)
{
    public bool Telt => Status is Uitkomst.Status.Voldaan or Uitkomst.Status.NietVoldaan;
}

/// <summary>
/// Evaluates rules against one proposal with three-valued (Kleene) logic: a rule whose <c>vanToepassing</c> is
/// false is <c>niet_van_toepassing</c>; otherwise its three-valued condition decides (<c>voldaan</c>,
/// <c>niet_voldaan</c>), or leaves it <c>onbekend</c> when the known answers cannot decide it, listing the unknown
/// answers it reads.
/// </summary>
internal sealed class Regelevaluatie
{
    private readonly Regelset _regelset;
    private readonly Voorstel _voorstel;
    private readonly Afgeleid _afgeleid;
    private readonly object[] _invoer;
    private readonly List<string>?[] _ontbrekend;

    /// <summary>
    /// For a centrumgemeente whose host is not named: the evaluation with each partner as the host, so that rules
    /// that depend on who the host is are decided exactly over that unknown too (made on first use).
    /// </summary>
    private Regelevaluatie[]? _perGastgemeente;

    /// <summary>Set for a search that only needs the status: an open rule does not list its unknown answers.</summary>
    private bool _alleenStatus;

    /// <summary>The shared, never-modified list for a field that is known.</summary>
    private static readonly List<string> Bekend = [];

    private Regelevaluatie(Regelset regelset, Voorstel voorstel, Afgeleid afgeleid)
    {
        _regelset = regelset;
        _afgeleid = afgeleid;
        _voorstel = voorstel;
        _invoer = [voorstel, afgeleid, regelset.ParameterObject];
        _ontbrekend = new List<string>?[regelset.AantalVeldPaden];
    }

    /// <summary>Evaluates <paramref name="regels"/> (rules of <paramref name="regelset"/>) for a proposal.</summary>
    public static Regeluitkomst[] Evalueer(Regelset regelset, IReadOnlyList<Regel> regels, Voorstel voorstel, Afgeleid afgeleid)
    {
        var evaluatie = new Regelevaluatie(regelset, voorstel, afgeleid);
        var uitkomsten = new Regeluitkomst[regels.Count];
        for (var i = 0; i < regels.Count; i++)
        {
            uitkomsten[i] = evaluatie.EvalueerRegel(regels[i]);
        }

        return uitkomsten;
    }

    /// <summary>
    /// The outcomes of <paramref name="basis"/> with the rules at <paramref name="indexen"/> evaluated again for a changed
    /// proposal (the others cannot differ: they read none of the changed answers).
    /// </summary>
    public static Regeluitkomst[] EvalueerOpnieuw(Regelset regelset, Regeluitkomst[] basis, Voorstel voorstel, Afgeleid afgeleid, IEnumerable<int> indexen)
    {
        var evaluatie = new Regelevaluatie(regelset, voorstel, afgeleid);
        var uitkomsten = (Regeluitkomst[])basis.Clone();
        foreach (var i in indexen)
        {
            uitkomsten[i] = evaluatie.EvalueerRegel(basis[i].Regel);
        }

        return uitkomsten;
    }

    /// <summary>
    /// Writes into <paramref name="doel"/>, at each of <paramref name="indexen"/>, that rule's outcome for a changed proposal
    /// (the caller knows the other rules read none of the changed answers).
    /// </summary>
    public static void EvalueerIn(Regelset regelset, Regeluitkomst[] doel, Voorstel voorstel, Afgeleid afgeleid, IReadOnlyList<int> indexen)
    {
        var evaluatie = new Regelevaluatie(regelset, voorstel, afgeleid);
        for (var k = 0; k < indexen.Count; k++)
        {
            doel[indexen[k]] = evaluatie.EvalueerRegel(doel[indexen[k]].Regel);
        }
    }

    /// <summary>One rule's outcome for a proposal.</summary>
    public static Regeluitkomst EvalueerEen(Regelset regelset, Regel regel, Voorstel voorstel, Afgeleid afgeleid) =>
        new Regelevaluatie(regelset, voorstel, afgeleid).EvalueerRegel(regel);

    /// <summary>One rule's status for a proposal, without listing the unknown answers behind an open one (for searches).</summary>
    public static string Status(Regelset regelset, Regel regel, Voorstel voorstel, Afgeleid afgeleid) =>
        new Regelevaluatie(regelset, voorstel, afgeleid) { _alleenStatus = true }.EvalueerRegel(regel).Status;

    /// <summary>
    /// The outcomes for the same proposal under another form: only rules that read the form (or the host)
    /// can change, so only those are evaluated again; the others are taken from <paramref name="basis"/>.
    /// </summary>
    /// <returns>The outcomes, or null when no rule can differ from <paramref name="basis"/>.</returns>
    public static Regeluitkomst[]? EvalueerVariant(Regelset regelset, Regeluitkomst[] basis, Voorstel voorstel, Voorstel variant, Afgeleid afgeleid)
    {
        var verschil = Verschil(voorstel, variant);
        Regelevaluatie? evaluatie = null;
        Regeluitkomst[]? uitkomsten = null;
        for (var i = 0; i < basis.Length; i++)
        {
            if ((basis[i].Regel.Vormafhankelijkheid & verschil) != Vormafhankelijkheid.Geen)
            {
                evaluatie ??= new Regelevaluatie(regelset, variant, afgeleid);
                uitkomsten ??= (Regeluitkomst[])basis.Clone();
                uitkomsten[i] = evaluatie.EvalueerRegel(basis[i].Regel);
            }
        }

        return uitkomsten;
    }

    /// <summary>Which form-dependent inputs differ between a proposal and its variant.</summary>
    private static Vormafhankelijkheid Verschil(Voorstel voorstel, Voorstel variant)
    {
        var (a, b) = (voorstel.Samenwerking, variant.Samenwerking);
        var verschil = a.Vorm == b.Vorm ? Vormafhankelijkheid.Geen : Vormafhankelijkheid.Vorm;
        if ((a.Vorm == Waarden.Vorm.Herindeling) != (b.Vorm == Waarden.Vorm.Herindeling))
        {
            verschil |= Vormafhankelijkheid.Herindeling;
        }

        if ((a.Vorm == Waarden.Vorm.Centrumgemeente) != (b.Vorm == Waarden.Vorm.Centrumgemeente) || a.Gastgemeente != b.Gastgemeente)
        {
            verschil |= Vormafhankelijkheid.Centrumgemeente;
        }

        return verschil;
    }

    private Regeluitkomst EvalueerRegel(Regel regel)
    {
        if ((regel.Vormafhankelijkheid & Vormafhankelijkheid.Centrumgemeente) != 0
            && _voorstel.Samenwerking.Vorm == Waarden.Vorm.Centrumgemeente && _voorstel.Samenwerking.Gastgemeente is null)
        {
            return EvalueerPerGastgemeente(regel);
        }

        return EvalueerDrieWaardig(regel);
    }

    /// <summary>
    /// A rule that depends on the host, in a centrumgemeente whose host is unknown: decided when it comes out the same
    /// whichever partner is the host, otherwise onbekend with the host among the missing answers.
    /// </summary>
    private Regeluitkomst EvalueerPerGastgemeente(Regel regel)
    {
        _perGastgemeente ??= [.. _voorstel.Gemeenten.Select(g =>
        {
            var metGast = _voorstel with { Samenwerking = _voorstel.Samenwerking with { Gastgemeente = g.Naam } };
            return new Regelevaluatie(_regelset, metGast, new Afgeleid(metGast, _afgeleid.VoorgesteldeVorm)) { _alleenStatus = _alleenStatus };
        })];
        Regeluitkomst? eerste = null;
        var eensgezind = true;
        var ontbrekend = new List<string>();
        foreach (var evaluatie in _perGastgemeente)
        {
            var uitkomst = evaluatie.EvalueerDrieWaardig(regel);
            if (uitkomst.Fout is not null)
            {
                return uitkomst;
            }

            eerste ??= uitkomst;
            eensgezind &= uitkomst.Status == eerste.Value.Status;
            ontbrekend.AddRange(uitkomst.Ontbrekend.Where(v => !ontbrekend.Contains(v)));
        }

        if (eerste is null || (eensgezind && eerste.Value.Status != Uitkomst.Status.Onbekend))
        {
            return eerste ?? new(regel, Uitkomst.Status.Onbekend, []);
        }

        return new(regel, Uitkomst.Status.Onbekend, [.. ontbrekend.Prepend(GastgemeentePad).Distinct()]);
    }

    private const string GastgemeentePad = "samenwerking.gastgemeente";

    private Regeluitkomst EvalueerDrieWaardig(Regel regel)
    {
        try
        {
            // Three-valued (see DrieWaardigeVertaling): a rule is onbekend only when the known answers cannot
            // decide it; when it is unknown whether it applies at all, its status is open too.
            var vanToepassing = regel.VanToepassing is { } toepassing ? toepassing(_invoer) : true;
            if (vanToepassing == false)
            {
                return new(regel, Uitkomst.Status.NietVanToepassing, []);
            }

            if (vanToepassing == true && regel.Conditie(_invoer) is { } voldaan)
            {
                return new(regel, voldaan ? Uitkomst.Status.Voldaan : Uitkomst.Status.NietVoldaan, []);
            }

            return new(regel, Uitkomst.Status.Onbekend, _alleenStatus ? Bekend : OntbrekendeVelden(regel, metToepassing: vanToepassing is null));
        }
        catch (Exception ex) when (ex is ArithmeticException or InvalidOperationException or NullReferenceException or ArgumentException or InvalidCastException)
        {
            // A fault in a rule must not cost the user the whole assessment: the finding says so honestly.
            return new(regel, Uitkomst.Status.Onbekend, [], ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>
    /// The unknown answers an undecided rule reads (and, when it is unknown whether it applies, those its
    /// applicability reads). The unknowns of one field are shared read-only between the rules that need it; a
    /// rule missing several fields gets a list of its own.
    /// </summary>
    private List<string> OntbrekendeVelden(Regel regel, bool metToepassing)
    {
        var ontbrekend = Bekend;
        var eigenLijst = false;
        foreach (var pad in metToepassing ? regel.Vereist.Concat(regel.VanToepassingLeest) : regel.Vereist)
        {
            var hier = Ontbrekend(pad);
            if (hier.Count == 0)
            {
                continue;
            }

            if (ontbrekend.Count == 0)
            {
                ontbrekend = hier;
            }
            else
            {
                if (!eigenLijst)
                {
                    ontbrekend = [.. ontbrekend];
                    eigenLijst = true;
                }

                foreach (var veld in hier)
                {
                    if (!ontbrekend.Contains(veld))
                    {
                        ontbrekend.Add(veld);
                    }
                }
            }
        }

        return ontbrekend;
    }

    private List<string> Ontbrekend(VeldPad pad)
    {
        if (pad.Index < 0)
        {
            var los = Bekend;
            pad.VoegOntbrekendeToe(_voorstel, ref los);
            return los;
        }

        if (_ontbrekend[pad.Index] is not { } lijst)
        {
            lijst = Bekend;
            pad.VoegOntbrekendeToe(_voorstel, ref lijst);
            _ontbrekend[pad.Index] = lijst;
        }

        return lijst;
    }
}
