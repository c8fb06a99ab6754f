using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Advies;

/// <summary>
/// Weighs a proposal again after some answers changed, cheaply: only the rules that read a changed answer are evaluated
/// again (a rule reads nothing but its declared fields and derived facts), the rest is taken from the proposal's own
/// outcomes. The verdict, score and conditions then follow from the same <see cref="Weging"/> as the Afweging's.
/// </summary>
internal sealed class Herbeoordeling
{
    private readonly Regelset _regelset;
    private readonly Dictionary<string, int[]> _regelsPerVeld = new(StringComparer.Ordinal);
    private readonly int[] _vormafhankelijk;
    private readonly Dictionary<string, int[]> _geraakt = new(StringComparer.Ordinal);

    public Herbeoordeling(Regelset regelset, Voorstel voorstel, Regeluitkomst[] uitkomsten)
    {
        _regelset = regelset;
        Voorstel = voorstel;
        Uitkomsten = uitkomsten;
        var perVeld = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < uitkomsten.Length; i++)
        {
            var regel = uitkomsten[i].Regel;
            foreach (var veld in regel.Vereist.Concat(regel.VanToepassingLeest).Select(v => Algemeen(v.Pad)).Distinct(StringComparer.Ordinal))
            {
                (perVeld.TryGetValue(veld, out var lijst) ? lijst : perVeld[veld] = []).Add(i);
            }
        }

        foreach (var (veld, lijst) in perVeld)
        {
            _regelsPerVeld[veld] = [.. lijst];
        }

        _vormafhankelijk = [.. Enumerable.Range(0, uitkomsten.Length).Where(i => uitkomsten[i].Regel.Vormafhankelijkheid != Vormafhankelijkheid.Geen || uitkomsten[i].Regel.LeestAfgeleid.Count > 0)];
        Weging = Beoordeling.Weging.Bereken(regelset, uitkomsten, voorstel.Fase, v => v, volledig: false);
    }

    public Voorstel Voorstel { get; }

    public Regeluitkomst[] Uitkomsten { get; }

    public Weging.Resultaat Weging { get; }

    public Regelset Regelset => _regelset;

    /// <summary>The proposal with <paramref name="wijzigingen"/> applied (concrete path → value; null makes an answer unknown).</summary>
    public Voorstel Toepassen(IEnumerable<KeyValuePair<string, object?>> wijzigingen) => Toepassen(Voorstel, wijzigingen);

    /// <summary><paramref name="vanaf"/> with <paramref name="wijzigingen"/> applied.</summary>
    public static Voorstel Toepassen(Voorstel vanaf, IEnumerable<KeyValuePair<string, object?>> wijzigingen)
    {
        var voorstel = vanaf;
        foreach (var (pad, waarde) in wijzigingen)
        {
            voorstel = VoorstelWijziger.Zet(voorstel, pad, waarde);
        }

        return voorstel;
    }

    /// <summary>The outcomes and weighing of the proposal with <paramref name="wijzigingen"/> applied.</summary>
    public (Voorstel Voorstel, Regeluitkomst[] Uitkomsten, Weging.Resultaat Weging) Weeg(IReadOnlyCollection<KeyValuePair<string, object?>> wijzigingen)
    {
        if (wijzigingen.Count == 0)
        {
            return (Voorstel, Uitkomsten, Weging);
        }

        return Weeg(Voorstel, Uitkomsten, wijzigingen);
    }

    /// <summary>
    /// The outcomes and weighing of <paramref name="vanaf"/> (whose outcomes are <paramref name="vanafUitkomsten"/>) with
    /// <paramref name="wijzigingen"/> applied: only the rules that read a changed answer are evaluated again.
    /// </summary>
    public (Voorstel Voorstel, Regeluitkomst[] Uitkomsten, Weging.Resultaat Weging) Weeg(
        Voorstel vanaf, Regeluitkomst[] vanafUitkomsten, IReadOnlyCollection<KeyValuePair<string, object?>> wijzigingen)
    {
        var voorstel = Toepassen(vanaf, wijzigingen);
        var uitkomsten = (Regeluitkomst[])vanafUitkomsten.Clone();
        Regelevaluatie.EvalueerIn(_regelset, uitkomsten, voorstel, new Afgeleid(voorstel), Geraakt(wijzigingen.Select(w => w.Key)));
        return (voorstel, uitkomsten, WeegUitkomsten(uitkomsten, voorstel.Fase));
    }

    /// <summary>The weighing of a set of outcomes (the verdict, score and number of conditions; no texts).</summary>
    public Weging.Resultaat WeegUitkomsten(Regeluitkomst[] uitkomsten, string? fase) =>
        Beoordeling.Weging.Bereken(_regelset, uitkomsten, fase, v => v, volledig: false);

    /// <summary>The rules (by position, ascending) that read one of the changed answers; all form-dependent ones when the host changes.</summary>
    public IReadOnlyList<int> Geraakt(IEnumerable<string> paden)
    {
        int[]? enkel = null;
        SortedSet<int>? samen = null;
        foreach (var pad in paden)
        {
            var regels = Geraakt(pad);
            if (enkel is null && samen is null)
            {
                enkel = regels;
                continue;
            }

            samen ??= [.. enkel!];
            samen.UnionWith(regels);
        }

        return samen is not null ? [.. samen] : enkel ?? [];
    }

    /// <summary>The rules (by position, ascending) that read the answer at a concrete path; all form-dependent ones for the host.</summary>
    public int[] Geraakt(string pad)
    {
        if (_geraakt.TryGetValue(pad, out var bekend))
        {
            return bekend;
        }

        var geraakt = new SortedSet<int>();
        var algemeen = Antwoordruimte.Algemeen(pad);
        if (_regelsPerVeld.TryGetValue(algemeen, out var regels))
        {
            geraakt.UnionWith(regels);
        }

        if (algemeen == "samenwerking.gastgemeente")
        {
            geraakt.UnionWith(_vormafhankelijk);
        }

        return _geraakt[pad] = [.. geraakt];
    }

    private static string Algemeen(string pad) =>
        pad.StartsWith(VeldPad.Overdragend + "[]", StringComparison.Ordinal) ? "gemeenten" + pad[VeldPad.Overdragend.Length..] : pad;

    /// <summary>The weighing with every open rule counted as met (optimistic) or as not met (pessimistic): bounds over every completion.</summary>
    public Weging.Resultaat Grens(Regeluitkomst[] uitkomsten, string? fase, bool gunstig)
    {
        var grens = (Regeluitkomst[])uitkomsten.Clone();
        for (var i = 0; i < grens.Length; i++)
        {
            if (grens[i].Status == Uitkomst.Status.Onbekend && grens[i].Fout is null)
            {
                grens[i] = grens[i] with { Status = gunstig ? Uitkomst.Status.Voldaan : Uitkomst.Status.NietVoldaan, Ontbrekend = [] };
            }
        }

        return WeegUitkomsten(grens, fase);
    }
}
