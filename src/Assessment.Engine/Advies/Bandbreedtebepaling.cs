using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Advies;

/// <summary>
/// The best and the worst verdict and score over every completion of the unknown answers, exactly, and what each
/// unknown answer decides.
/// <para>
/// Only rules that are open (<c>onbekend</c>) can change when an unknown answer is filled in: a decided rule is
/// decided for every completion (Kleene evaluation is sound: tested). The search therefore works on the open rules:
/// </para>
/// <list type="number">
/// <item>An unknown ordered answer is set to its best (or worst) value, which is optimal whatever the others are (a
/// better answer never gives a worse outcome: tested).</item>
/// <item>The unknown answers without an order fall apart into groups: two answers are in one group when an open rule
/// reads both. Per group, the answers are filled in one by one, the rest left unknown, until three-valued evaluation
/// decides the group's open rules; what is kept is each distinct combination of their statuses (few, because a
/// group's rules are few).</item>
/// <item>The groups' combinations are combined by branch and bound, with as bound the weighing in which every rule
/// that is still open counts as met (or as not met): the verdict and the score only rise as a rule goes from not met
/// to not applicable to met (tested).</item>
/// </list>
/// </summary>
internal sealed class Bandbreedtebepaling(Herbeoordeling herbeoordeling, Antwoordruimte ruimte)
{
    /// <summary>At most this many partial fillings are tried per group; beyond it the result says it is incomplete.</summary>
    public const int MaxKeuzesPerGroep = 20_000;

    /// <summary>The best or worst outcome: score and verdict (each on its own: the best score and the best verdict).</summary>
    public readonly record struct Uitkomstbereik(int Score, string Oordeel);

    /// <summary>A group of unknown answers without an order, and the open rules that read them.</summary>
    private sealed record Groep(List<string> Velden, int[] Regels);

    private IReadOnlyList<string>? _onbekend;

    /// <summary>Set when a group had more combinations than <see cref="MaxKeuzesPerGroep"/>: the bounds are then not exact.</summary>
    public bool Afgekapt { get; private set; }

    /// <summary>The unknown answers that an open rule needs (concrete paths), in a fixed order.</summary>
    public IReadOnlyList<string> Onbekend() => _onbekend ??=
        [.. herbeoordeling.Uitkomsten.Where(u => u.Status == Uitkomst.Status.Onbekend)
            .SelectMany(u => u.Ontbrekend)
            .Where(p => ruimte.Van(p) is { } antwoord && ruimte.Waarden(antwoord, herbeoordeling.Voorstel).Count > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>The best (<paramref name="gunstig"/>) or the worst score and verdict over every completion of the unknown answers.</summary>
    public Uitkomstbereik Uiterste(bool gunstig)
    {
        var voorstel = herbeoordeling.Voorstel;
        var vast = new List<KeyValuePair<string, object?>>();
        var zonderVolgorde = new List<string>();
        foreach (var pad in Onbekend())
        {
            var antwoord = ruimte.Van(pad)!;
            if (antwoord.IsGeordend)
            {
                var waarden = ruimte.Waarden(antwoord, voorstel);
                vast.Add(new(pad, gunstig ? waarden[^1] : waarden[0]));
            }
            else
            {
                zonderVolgorde.Add(pad);
            }
        }

        var (basis, uitkomsten, weging) = herbeoordeling.Weeg(vast);
        var groepen = Groepen(zonderVolgorde, uitkomsten);
        if (groepen.Count == 0)
        {
            return new Uitkomstbereik(weging.Score, weging.Oordeel);
        }

        var toestanden = groepen.Select(g => Toestanden(g, basis, uitkomsten, gunstig)).ToList();
        var werk = (Regeluitkomst[])uitkomsten.Clone();
        int? score = null;
        var rang = -1;
        Combineer(0);
        return new Uitkomstbereik(score!.Value, Weging.OordeelVanRang(rang));

        void Combineer(int g)
        {
            if (g == groepen.Count)
            {
                var w = herbeoordeling.WeegUitkomsten(werk, basis.Fase);
                score = score is not { } s ? w.Score : gunstig ? Math.Max(s, w.Score) : Math.Min(s, w.Score);
                rang = rang < 0 ? Weging.Rang(w.Oordeel) : gunstig ? Math.Max(rang, Weging.Rang(w.Oordeel)) : Math.Min(rang, Weging.Rang(w.Oordeel));
                return;
            }

            if (score is { } huidig)
            {
                var grens = herbeoordeling.Grens(werk, basis.Fase, gunstig);
                var beter = gunstig
                    ? grens.Score > huidig || Weging.Rang(grens.Oordeel) > rang
                    : grens.Score < huidig || Weging.Rang(grens.Oordeel) < rang;
                if (!beter)
                {
                    return;
                }
            }

            var regels = groepen[g].Regels;
            foreach (var toestand in toestanden[g])
            {
                for (var k = 0; k < regels.Length; k++)
                {
                    werk[regels[k]] = toestand[k];
                }

                Combineer(g + 1);
            }

            foreach (var r in regels)
            {
                werk[r] = uitkomsten[r];
            }
        }
    }

    /// <summary>
    /// The unknown answers without an order that an open rule reads, in groups: two answers are in one group when an
    /// open rule reads both. With each group the open rules that read its answers.
    /// </summary>
    private List<Groep> Groepen(List<string> velden, Regeluitkomst[] uitkomsten)
    {
        var groepVan = new Dictionary<int, int>(); // open rule → group
        var groepen = new List<(List<string> Velden, SortedSet<int> Regels)>();
        foreach (var pad in velden)
        {
            var regels = herbeoordeling.Geraakt(pad).Where(i => uitkomsten[i].Status == Uitkomst.Status.Onbekend).ToList();
            if (regels.Count == 0)
            {
                continue;
            }

            // Merge every group that shares an open rule with this answer.
            var samen = regels.Where(groepVan.ContainsKey).Select(r => groepVan[r]).Distinct().Order().ToList();
            var doel = samen.Count > 0 ? samen[0] : groepen.Count;
            if (samen.Count == 0)
            {
                groepen.Add(([], []));
            }

            foreach (var ander in samen.Skip(1))
            {
                groepen[doel].Velden.AddRange(groepen[ander].Velden);
                groepen[doel].Regels.UnionWith(groepen[ander].Regels);
                groepen[ander] = ([], []);
            }

            groepen[doel].Velden.Add(pad);
            groepen[doel].Regels.UnionWith(regels);
            foreach (var r in groepen[doel].Regels)
            {
                groepVan[r] = doel;
            }
        }

        return [.. groepen.Where(g => g.Velden.Count > 0).Select(g => new Groep(g.Velden, [.. g.Regels]))];
    }

    /// <summary>
    /// Every distinct combination of statuses that the group's rules can take when its answers are filled in: answers
    /// are filled in one at a time, and a branch ends as soon as no open rule of the group reads an answer still open.
    /// Ordered from the most to the fewest rules met (for <paramref name="gunstig"/>), so that the bound cuts early.
    /// </summary>
    private List<Regeluitkomst[]> Toestanden(Groep groep, Voorstel basis, Regeluitkomst[] uitkomsten, bool gunstig)
    {
        var gevonden = new Dictionary<string, Regeluitkomst[]>(StringComparer.Ordinal);
        var open = new HashSet<string>(groep.Velden, StringComparer.Ordinal);
        var keuzes = 0;
        var alle = Enumerable.Range(0, groep.Regels.Length).ToArray();
        Vul(basis);
        var voldaan = (Regeluitkomst[] t) => t.Count(u => u.Status == Uitkomst.Status.Voldaan);
        return gunstig ? [.. gevonden.Values.OrderByDescending(voldaan)] : [.. gevonden.Values.OrderBy(voldaan)];

        void Vul(Voorstel voorstel)
        {
            if (++keuzes > MaxKeuzesPerGroep)
            {
                Afgekapt = true;
                return;
            }

            var toestand = new Regeluitkomst[groep.Regels.Length];
            for (var k = 0; k < toestand.Length; k++)
            {
                toestand[k] = uitkomsten[groep.Regels[k]];
            }

            Regelevaluatie.EvalueerIn(herbeoordeling.Regelset, toestand, voorstel, new Afgeleid(voorstel), alle);
            var volgend = groep.Velden.FirstOrDefault(v => open.Contains(v)
                && herbeoordeling.Geraakt(v).Any(r => Array.BinarySearch(groep.Regels, r) is var k && k >= 0 && toestand[k].Status == Uitkomst.Status.Onbekend));
            if (volgend is null)
            {
                gevonden.TryAdd(string.Join(',', toestand.Select(u => u.Status)), toestand);
                return;
            }

            open.Remove(volgend);
            var passend = ruimte.Waarden(ruimte.Van(volgend)!, basis).Where(w => Samenhang.Past(voorstel, volgend, w)).ToList();
            if (passend.Count == 0)
            {
                // No value fits the other answers (a main motive when no motive is ticked): the answer stays unknown.
                Vul(voorstel);
            }

            foreach (var waarde in passend)
            {
                Vul(VoorstelWijziger.Zet(voorstel, volgend, waarde));
            }

            open.Add(volgend);
        }
    }

    /// <summary>
    /// Per unknown answer, what it decides: the verdict at its most and its least favourable value and the spread of the
    /// score over its values, the other unknowns left open; ordered by how far the verdict moves, then the spread. Only
    /// the open rules that read the answer are evaluated again; where none changes status, the outcome is the Afweging's own.
    /// </summary>
    public IReadOnlyList<(string Pad, string Gunstig, string Ongunstig, int Spreiding, int HoogsteScore, int LaagsteScore)> Beslissend()
    {
        var voorstel = herbeoordeling.Voorstel;
        var uitkomsten = herbeoordeling.Uitkomsten;
        var eigen = new Uitkomstbereik(herbeoordeling.Weging.Score, herbeoordeling.Weging.Oordeel);
        var lijst = new List<(string, string, string, int, int, int)>();
        foreach (var pad in Onbekend())
        {
            var antwoord = ruimte.Van(pad)!;
            var waarden = ruimte.Waarden(antwoord, voorstel);
            IReadOnlyList<object> proeven = antwoord.IsGeordend ? [waarden[0], waarden[^1]] : [.. waarden.Where(w => Samenhang.Past(voorstel, pad, w))];
            if (proeven.Count == 0)
            {
                continue; // no value fits the other answers: it stays unknown and decides nothing
            }

            var regels = herbeoordeling.Geraakt(pad).Where(i => uitkomsten[i].Status == Uitkomst.Status.Onbekend).ToArray();
            var (beste, slechtste, hoogste, laagste) = (-1, int.MaxValue, int.MinValue, int.MaxValue);
            foreach (var waarde in proeven)
            {
                var gewijzigd = VoorstelWijziger.Zet(voorstel, pad, waarde);
                var werk = (Regeluitkomst[])uitkomsten.Clone();
                Regelevaluatie.EvalueerIn(herbeoordeling.Regelset, werk, gewijzigd, new Afgeleid(gewijzigd), regels);
                var uitkomst = eigen;
                if (!regels.All(r => werk[r].Status == uitkomsten[r].Status))
                {
                    var weging = herbeoordeling.WeegUitkomsten(werk, gewijzigd.Fase);
                    uitkomst = new Uitkomstbereik(weging.Score, weging.Oordeel);
                }

                var rang = Weging.Rang(uitkomst.Oordeel);
                (beste, slechtste) = (Math.Max(beste, rang), Math.Min(slechtste, rang));
                (hoogste, laagste) = (Math.Max(hoogste, uitkomst.Score), Math.Min(laagste, uitkomst.Score));
            }

            if (beste != slechtste || hoogste != laagste)
            {
                lijst.Add((pad, Weging.OordeelVanRang(beste), Weging.OordeelVanRang(slechtste), hoogste - laagste, hoogste, laagste));
            }
        }

        return [.. lijst
            .OrderByDescending(x => Weging.Rang(x.Item2) - Weging.Rang(x.Item3))
            .ThenByDescending(x => x.Item4)
            .ThenBy(x => x.Item1, StringComparer.Ordinal)];
    }
}
