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
/// Evaluates rules against one proposal with three-valued logic: a rule whose <c>vanToepassing</c> is false
/// is <c>niet_van_toepassing</c>; one whose required answers are unknown is <c>onbekend</c> without being
/// evaluated; otherwise its compiled expression decides.
/// </summary>
internal sealed class Regelevaluatie
{
    private readonly Voorstel _voorstel;
    private readonly object[] _invoer;
    private readonly List<string>?[] _ontbrekend;

    /// <summary>The shared, never-modified list for a field that is known.</summary>
    private static readonly List<string> Bekend = [];

    private Regelevaluatie(Regelset regelset, Voorstel voorstel, Afgeleid afgeleid)
    {
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
        if (regel.VanToepassing is { } vanToepassing && AllesBekend(regel.VanToepassingLeest) && !vanToepassing(_invoer))
        {
            return new(regel, Uitkomst.Status.NietVanToepassing, []);
        }

        // The unknowns of one field are shared read-only between the rules that need it; a rule missing
        // several fields gets a list of its own.
        List<string>? ontbrekend = null;
        var eigenLijst = false;
        foreach (var pad in regel.Vereist)
        {
            var hier = Ontbrekend(pad);
            if (hier.Count == 0)
            {
                continue;
            }

            if (ontbrekend is null)
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

                ontbrekend.AddRange(hier);
            }
        }

        if (ontbrekend is not null)
        {
            return new(regel, Uitkomst.Status.Onbekend, ontbrekend);
        }

        try
        {
            return new(regel, regel.Conditie(_invoer) ? Uitkomst.Status.Voldaan : Uitkomst.Status.NietVoldaan, []);
        }
        catch (Exception ex) when (ex is ArithmeticException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            // A fault in a rule must not cost the user the whole assessment: the finding says so honestly.
            return new(regel, Uitkomst.Status.Onbekend, [], ex.GetType().Name + ": " + ex.Message);
        }
    }

    private bool AllesBekend(IReadOnlyList<VeldPad> paden)
    {
        foreach (var pad in paden)
        {
            if (Ontbrekend(pad).Count > 0)
            {
                return false;
            }
        }

        return true;
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
