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
/// Evaluates every rule of a rule set against one proposal with three-valued logic: a rule whose
/// <c>vanToepassing</c> is false is <c>niet_van_toepassing</c>; one whose required answers are unknown is
/// <c>onbekend</c> without being evaluated; otherwise its compiled expression decides.
/// </summary>
internal static class Regelevaluatie
{
    public static Regeluitkomst[] Evalueer(IReadOnlyList<Regel> regels, Voorstel voorstel, Afgeleid afgeleid, object parameters)
    {
        var invoer = new object[] { voorstel, afgeleid, parameters };
        var ontbrekendPerPad = new Dictionary<VeldPad, List<string>>(ReferenceEqualityComparer.Instance);
        var uitkomsten = new Regeluitkomst[regels.Count];
        for (var i = 0; i < regels.Count; i++)
        {
            uitkomsten[i] = EvalueerRegel(regels[i], voorstel, invoer, ontbrekendPerPad);
        }

        return uitkomsten;
    }

    private static Regeluitkomst EvalueerRegel(Regel regel, Voorstel voorstel, object[] invoer, Dictionary<VeldPad, List<string>> cache)
    {
        if (regel.VanToepassing is { } vanToepassing
            && regel.VanToepassingLeest.All(p => Ontbrekend(p, voorstel, cache).Count == 0)
            && !vanToepassing(invoer))
        {
            return new(regel, Uitkomst.Status.NietVanToepassing, []);
        }

        List<string>? ontbrekend = null;
        foreach (var pad in regel.Vereist)
        {
            var hier = Ontbrekend(pad, voorstel, cache);
            if (hier.Count > 0)
            {
                (ontbrekend ??= []).AddRange(hier);
            }
        }

        if (ontbrekend is not null)
        {
            return new(regel, Uitkomst.Status.Onbekend, ontbrekend);
        }

        try
        {
            return new(regel, regel.Conditie(invoer) ? Uitkomst.Status.Voldaan : Uitkomst.Status.NietVoldaan, []);
        }
        catch (Exception ex) when (ex is ArithmeticException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            // A fault in a rule must not cost the user the whole assessment: the finding says so honestly.
            return new(regel, Uitkomst.Status.Onbekend, [], ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static List<string> Ontbrekend(VeldPad pad, Voorstel voorstel, Dictionary<VeldPad, List<string>> cache)
    {
        if (!cache.TryGetValue(pad, out var lijst))
        {
            lijst = [];
            pad.VoegOntbrekendeToe(voorstel, lijst);
            cache[pad] = lijst;
        }

        return lijst;
    }
}
