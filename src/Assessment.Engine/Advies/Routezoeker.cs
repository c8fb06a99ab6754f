using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Advies;

/// <summary>
/// Finds the cheapest sets of answer changes that give a verdict at least <c>doel</c>, exactly for the rule set.
/// <para>
/// A best-first (A*) search over sets of changes; the cost of a set is the sum of the changed answers' <c>moeite</c>,
/// whatever order they are made in. In each set of changes the verdict names the first thing that stands in the way (a
/// blocking rule, too many failure factors, too little added value, an open blocking rule or key question, a condition);
/// every route to the goal must change the status of one of the rules behind it in a named way (<see cref="Doelstatus"/>),
/// so the search branches over the smallest changes that do so. Those are found per rule with the three-valued
/// evaluation: an answer not yet decided on is made unknown, and a branch ends as soon as the rule's status is decided. An
/// ordered answer is only ever changed to its best value (a better answer never does harm: tested), so the routes come in
/// order of cost, and a set that contains an earlier route is not a route.
/// </para>
/// <para>
/// Some rules must be in a given status in every set of changes that reaches the goal (for <c>positief</c>: every
/// blocking and critical rule met or not applicable, every important one not unmet). The cheapest change that brings
/// such a rule there is a lower bound on the rest of the route (the A* estimate); when no change can, there is no
/// route at all, and those rules are what stands in the way.
/// </para>
/// </summary>
internal sealed class Routezoeker(Herbeoordeling herbeoordeling, Antwoordruimte ruimte)
{
    /// <summary>At most this many sets of changes are weighed per goal; beyond it the search says it is incomplete.</summary>
    public const int MaxToestanden = 4000;

    /// <summary>At most this many partial choices are tried per rule when looking for its smallest changes.</summary>
    private const int MaxKeuzesPerRegel = 4000;

    /// <summary>Sets of rule statuses: the statuses a rule must get to for the goal.</summary>
    [Flags]
    internal enum Doelstatus
    {
        Voldaan = 1,
        NietVoldaan = 2,
        Onbekend = 4,
        NietVanToepassing = 8,
        Beslist = Voldaan | NietVoldaan | NietVanToepassing,
        NietTegen = Voldaan | NietVanToepassing,
        NietNietVoldaan = Voldaan | Onbekend | NietVanToepassing,
    }

    public sealed record Route(SortedDictionary<string, object?> Wijzigingen, int Moeite);

    /// <summary>The routes found (cheapest first), the rules that no change could bring where the goal needs them, and whether the search finished.</summary>
    public sealed record Resultaat(IReadOnlyList<Route> Routes, IReadOnlyCollection<int> Onoplosbaar, bool Volledig);

    /// <summary>A set of changes waiting in the search: its parent's proposal and outcomes, the changes on top of them, and whether its estimate is in.</summary>
    private sealed record Knoop(
        SortedDictionary<string, object?> Wijzigingen,
        Voorstel Ouder,
        Regeluitkomst[] OuderUitkomsten,
        IReadOnlyDictionary<string, object?> Nieuw,
        int Moeite)
    {
        public (Voorstel Voorstel, Regeluitkomst[] Uitkomsten, Weging.Resultaat Weging)? Gewogen { get; set; }
    }

    private readonly Dictionary<HerstelSleutel, List<Dictionary<string, object?>>> _herstellen = [];
    private readonly Dictionary<(Regel, int), string[]> _paden = [];
    private readonly Dictionary<Voorstel, int[]> _klassen = new(ReferenceEqualityComparer.Instance);
    private string[]? _perGemeente;

    /// <summary>Whether interchangeable partners are changed in order only (see <see cref="Klassen"/>); off only to test that it loses nothing.</summary>
    public bool MetSymmetrie { get; init; } = true;

    /// <summary>Set when the search for a rule's smallest changes was cut short: the result may then not be complete.</summary>
    private bool _afgekapt;

    public Resultaat Zoek(string doel, int aantal)
    {
        var wachtrij = new PriorityQueue<Knoop, (int Schatting, int Moeite, int Aantal, string Sleutel)>();
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        var routes = new List<Route>();
        var begin = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        wachtrij.Enqueue(new Knoop(begin, herbeoordeling.Voorstel, herbeoordeling.Uitkomsten, begin, 0), (0, 0, 0, ""));
        var gewogen = 0;
        while (wachtrij.TryDequeue(out var knoop, out var prioriteit))
        {
            var toestand = knoop.Wijzigingen;
            if (gezien.Contains(prioriteit.Sleutel) || routes.Any(r => IsDeelVan(r.Wijzigingen, toestand)))
            {
                continue;
            }

            if (knoop.Gewogen is not { } staat)
            {
                if (++gewogen > MaxToestanden)
                {
                    return new Resultaat(routes, [], Volledig: false);
                }

                staat = knoop.Nieuw.Count == 0
                    ? (knoop.Ouder, knoop.OuderUitkomsten, herbeoordeling.Weging)
                    : herbeoordeling.Weeg(knoop.Ouder, knoop.OuderUitkomsten, knoop.Nieuw.ToList());
                knoop.Gewogen = staat;
                if (Weging.Rang(staat.Weging.Oordeel) < Weging.Rang(doel))
                {
                    // The estimate: the cheapest change that brings a rule where every route needs it.
                    var (schatting, onmogelijk) = Ondergrens(toestand, staat.Voorstel, staat.Uitkomsten, doel);
                    if (onmogelijk.Count > 0)
                    {
                        // No set of changes brings these rules where the goal needs them (they rest on facts, or on
                        // answers at their best already): no route exists at all.
                        return new Resultaat(routes, onmogelijk, Volledig: !_afgekapt);
                    }

                    if (schatting > 0)
                    {
                        wachtrij.Enqueue(knoop, (knoop.Moeite + schatting, knoop.Moeite, toestand.Count, prioriteit.Sleutel));
                        continue;
                    }
                }
            }

            gezien.Add(prioriteit.Sleutel);
            var (voorstel, uitkomsten, weging) = staat;
            if (Weging.Rang(weging.Oordeel) >= Weging.Rang(doel))
            {
                if (!Samenhang.IsSamenhangend(voorstel))
                {
                    // The reader refuses this proposal (a main motive outside the motives): not a route anyone can take.
                    continue;
                }

                routes.Add(new Route(toestand, knoop.Moeite));
                if (routes.Count == aantal)
                {
                    break;
                }

                continue;
            }

            var kandidaten = Verplichting(uitkomsten, weging, doel);
            var herstellen = kandidaten.SelectMany(k => KleinsteHerstellen(uitkomsten[k.Index].Regel, voorstel, k.Doel)).ToList();
            if (herstellen.Count == 0)
            {
                // What stands in the way here depends only on facts (or on answers already at their best): no set of
                // changes can remove it, so no route exists at all.
                return new Resultaat(routes, [.. kandidaten.Select(k => k.Index)], Volledig: !_afgekapt);
            }

            foreach (var herstel in herstellen)
            {
                var volgende = new SortedDictionary<string, object?>(toestand, StringComparer.Ordinal);
                foreach (var (pad, waarde) in herstel)
                {
                    volgende[pad] = waarde;
                }

                var sleutel = Sleutel(volgende);
                if (!gezien.Contains(sleutel))
                {
                    var moeite = Moeite(volgende);
                    wachtrij.Enqueue(new Knoop(volgende, voorstel, uitkomsten, herstel, moeite), (moeite, moeite, volgende.Count, sleutel));
                }
            }
        }

        return new Resultaat(routes, [], Volledig: !_afgekapt);
    }

    /// <summary>The sum of the effort of the changed answers.</summary>
    public int Moeite(IReadOnlyDictionary<string, object?> wijzigingen) =>
        wijzigingen.Keys.Sum(pad => ruimte.Van(pad)?.Moeite ?? 0);

    /// <summary>
    /// The status a rule must have in every set of changes that reaches <paramref name="doel"/>, or null when the goal
    /// allows any: for <c>positief</c> no condition may remain (blocking and critical rules met or not applicable,
    /// important ones not unmet); for <c>positief_onder_voorwaarden</c> blocking rules must be met or not applicable.
    /// </summary>
    internal static Doelstatus? Vereist(Regel regel, string doel) => (regel.Ernst, doel) switch
    {
        (Uitkomst.Ernst.Blokkerend, _) => Doelstatus.NietTegen,
        (Uitkomst.Ernst.Kritiek, Uitkomst.Oordeel.Positief) => Doelstatus.NietTegen,
        (Uitkomst.Ernst.Belangrijk, Uitkomst.Oordeel.Positief) => Doelstatus.NietNietVoldaan,
        _ => null,
    };

    /// <summary>
    /// A lower bound on the effort still needed on top of <paramref name="toestand"/>: the largest, over the rules every
    /// route needs in another status, of the cheapest change that brings it there (an answer changed already costs
    /// nothing more); and the rules that no change brings there.
    /// </summary>
    private (int Schatting, List<int> Onmogelijk) Ondergrens(
        IReadOnlyDictionary<string, object?> toestand, Voorstel voorstel, Regeluitkomst[] uitkomsten, string doel)
    {
        var schatting = 0;
        var onmogelijk = new List<int>();
        for (var i = 0; i < uitkomsten.Length; i++)
        {
            if (Vereist(uitkomsten[i].Regel, doel) is not { } vereist || Past(uitkomsten[i].Status, vereist))
            {
                continue;
            }

            var herstellen = KleinsteHerstellen(uitkomsten[i].Regel, voorstel, vereist);
            if (herstellen.Count == 0)
            {
                onmogelijk.Add(i);
            }
            else
            {
                schatting = Math.Max(schatting, herstellen.Min(h => h.Keys.Where(pad => !toestand.ContainsKey(pad)).Sum(pad => ruimte.Van(pad)?.Moeite ?? 0)));
            }
        }

        return (schatting, onmogelijk);
    }

    /// <summary>
    /// The rules of which one must change status (to one of the named) before the verdict can reach <paramref name="doel"/>:
    /// the first thing that stands in the way, in the order of the verdict's own steps.
    /// </summary>
    private static List<(int Index, Doelstatus Doel)> Verplichting(Regeluitkomst[] u, Weging.Resultaat weging, string doel)
    {
        var lijst = new List<(int, Doelstatus)>();
        for (var i = 0; i < u.Length; i++)
        {
            var (regel, status) = (u[i].Regel, u[i].Status);
            var meerwaarde = regel.Hoofdvlak == Uitkomst.Hoofdvlak.Meerwaarde;
            Doelstatus? nodig = weging.Beslissend switch
            {
                // An unmet blocking rule must become met or not applicable (open still blocks the goal).
                Weging.Stap.Blokkerend when regel.Ernst == Uitkomst.Ernst.Blokkerend && status == Uitkomst.Status.NietVoldaan => Doelstatus.NietTegen,

                // Fewer failure factors: one of the unmet rules that establish one must no longer be unmet.
                Weging.Stap.Stapeling when regel.Faalfactor is not null && status == Uitkomst.Status.NietVoldaan => Doelstatus.NietNietVoldaan,

                // The added value at its highest (open rules counted as met) only rises when an unmet rule no longer is.
                Weging.Stap.MeerwaardeTeLaag when meerwaarde && status == Uitkomst.Status.NietVoldaan => Doelstatus.NietNietVoldaan,

                // An open blocking rule must become met or not applicable.
                Weging.Stap.BlokkerendOnbekend when regel.Ernst == Uitkomst.Ernst.Blokkerend && status == Uitkomst.Status.Onbekend => Doelstatus.NietTegen,

                // The added value at its lowest (open rules counted as not met) only rises when an open or unmet rule becomes met or not applicable.
                Weging.Stap.MeerwaardeOnbekend when meerwaarde && status is Uitkomst.Status.NietVoldaan or Uitkomst.Status.Onbekend => Doelstatus.NietTegen,

                // The share of open key questions only falls when an open one is decided, or a not-applicable one becomes applicable and decided.
                Weging.Stap.SleutelsOnbekend when regel.Sleutel && status == Uitkomst.Status.Onbekend => Doelstatus.Beslist,
                Weging.Stap.SleutelsOnbekend when regel.Sleutel && status == Uitkomst.Status.NietVanToepassing => Doelstatus.Voldaan | Doelstatus.NietVoldaan,

                // Every condition must go: the first one.
                Weging.Stap.Voorwaarden when doel == Uitkomst.Oordeel.Positief && Vereist(regel, doel) is { } vereist && !Past(status, vereist) => vereist,
                _ => null,
            };

            if (nodig is { } n)
            {
                lijst.Add((i, n));

                // Every open blocking rule and every condition must go: branching on the first one is enough.
                if (weging.Beslissend is Weging.Stap.Blokkerend or Weging.Stap.BlokkerendOnbekend or Weging.Stap.Voorwaarden)
                {
                    break;
                }
            }
        }

        return lijst;
    }

    private static bool Past(string status, Doelstatus doel) => (doel & Van(status)) != 0;

    private static Doelstatus Van(string status) => status switch
    {
        Uitkomst.Status.Voldaan => Doelstatus.Voldaan,
        Uitkomst.Status.NietVoldaan => Doelstatus.NietVoldaan,
        Uitkomst.Status.NietVanToepassing => Doelstatus.NietVanToepassing,
        _ => Doelstatus.Onbekend,
    };

    /// <summary>
    /// The smallest sets of changes (answer → value) that give <paramref name="regel"/> a status in <paramref name="doel"/>,
    /// given the changes already made: answers are decided one by one (kept, or changed to a candidate value); answers
    /// not yet decided on are unknown, so a branch ends as soon as three-valued evaluation decides the rule's status.
    /// </summary>
    private List<Dictionary<string, object?>> KleinsteHerstellen(Regel regel, Voorstel voorstel, Doelstatus doel)
    {
        // The rule reads nothing but these answers (and facts that no change touches): the same answers give the same fixes.
        // The host decides which partners hand over their organisation (a rule may read that without naming the field).
        var paden = Paden(regel, voorstel);
        var huidig = new object?[paden.Length];
        for (var i = 0; i < paden.Length; i++)
        {
            huidig[i] = VoorstelWijziger.Lees(voorstel, paden[i]);
        }

        // The host, and the answers that limit others' values (the motives the main motive is chosen from).
        var sleutel = new HerstelSleutel(regel, doel, voorstel.Samenwerking.Gastgemeente + "\u0001" + Samenhang.Sleutel(voorstel), huidig);
        if (_herstellen.TryGetValue(sleutel, out var bekend))
        {
            return bekend;
        }

        // Only what a municipality can change counts (a plan, a key, a Gideonsbende), also where it is unknown now;
        // a fact (inhabitants, a council decision taken) is never part of a route, also not when it is unknown.
        var velden = new List<Veld>();
        var klassen = Klassen(voorstel);
        for (var i = 0; i < paden.Length; i++)
        {
            if (ruimte.Van(paden[i]) is { Veranderbaar: true } antwoord)
            {
                var kandidaten = ruimte.Kandidaten(antwoord, voorstel, huidig[i]).Where(k => Samenhang.Past(voorstel, paden[i], k)).ToList();
                if (kandidaten.Count > 0)
                {
                    // Partners that are alike in every answer a rule reads are interchangeable (see Klassen): of an answer
                    // with one candidate, only the first so many of them are changed.
                    var groep = MetSymmetrie && kandidaten.Count == 1 && Antwoordruimte.Gemeente(paden[i]) is { } g ? antwoord.Pad + "#" + klassen[g] : null;
                    velden.Add(new Veld(paden[i], huidig[i], kandidaten, antwoord.IsGeordend && !antwoord.IsLijst, groep));
                }
            }
        }

        Ordenen(regel, voorstel, velden, doel);

        // deels with the ordered answers from i on at their best value.
        Voorstel OpZijnBest(Voorstel deels, int i)
        {
            for (var k = i; k < velden.Count; k++)
            {
                if (velden[k].Geordend)
                {
                    deels = VoorstelWijziger.Zet(deels, velden[k].Pad, velden[k].Kandidaten[^1]);
                }
            }

            return deels;
        }

        var gevonden = new List<Dictionary<string, object?>>();
        var gekozen = new Dictionary<string, object?>(StringComparer.Ordinal);
        var pogingen = 0;
        var open = voorstel;
        foreach (var veld in velden)
        {
            open = VoorstelWijziger.Zet(open, veld.Pad, null);
        }

        var gesloten = new HashSet<string>(StringComparer.Ordinal);

        // Only for a status sought that lies at the top of the order of statuses (voldaan, niet van toepassing, and for
        // "niet onvervuld" also onbekend) does "at best" bound every choice.
        var monotoon = doel is Doelstatus.NietTegen or Doelstatus.NietNietVoldaan;
        Kies(0, open);
        var herstellen = gevonden.Where(g => g.Count > 0 && !gevonden.Any(k => k != g && k.Count < g.Count && IsDeelVan(k, g))).ToList();
        _herstellen[sleutel] = herstellen;
        return herstellen;

        // deels: the answers before i decided (kept or changed), those from i on unknown.
        void Kies(int i, Voorstel deels)
        {
            if (++pogingen > MaxKeuzesPerRegel)
            {
                _afgekapt = true;
                return;
            }

            // A set that holds a fix found already is not a smallest one.
            if (gevonden.Any(g => IsDeelVan(g, gekozen)))
            {
                return;
            }

            // Interchangeable partners after one that is kept are kept too: decided at once.
            while (i < velden.Count && velden[i].Groep is { } vast && gesloten.Contains(vast))
            {
                deels = VoorstelWijziger.Zet(deels, velden[i].Pad, velden[i].Huidig);
                i++;
            }

            // Three-valued evaluation tells whether the rule's status is the same whatever the undecided answers are.
            var status = Status(regel, deels);
            if (status != Uitkomst.Status.Onbekend || i == velden.Count)
            {
                if (Past(status, doel))
                {
                    gevonden.Add(new Dictionary<string, object?>(gekozen, StringComparer.Ordinal));
                }

                return;
            }

            // At best: the undecided ordered answers at their best value (the unordered ones unknown). A better answer never
            // brings a rule to a worse status (tested: niet voldaan < onbekend < voldaan, niet van toepassing), so when even
            // that misses the status sought, no choice for the undecided answers reaches it.
            if (monotoon && ZonderKans(Status(regel, OpZijnBest(deels, i)), velden.Skip(i).Any(v => !v.Geordend), doel))
            {
                return;
            }

            // The undecided answers as they are now may already do: then no further change belongs in a smallest fix.
            if (gekozen.Count > 0 && Past(Status(regel, Herbeoordeling.Toepassen(voorstel, gekozen)), doel))
            {
                gevonden.Add(new Dictionary<string, object?>(gekozen, StringComparer.Ordinal));
                return;
            }

            var (pad, nu, kandidaten, _, groep) = velden[i];

            // Keep this answer as it is; of interchangeable partners, the later ones are then kept too.
            var sluit = groep is not null && gesloten.Add(groep);
            Kies(i + 1, VoorstelWijziger.Zet(deels, pad, nu));
            if (sluit)
            {
                gesloten.Remove(groep!);
            }

            foreach (var waarde in kandidaten)
            {
                gekozen[pad] = waarde;
                Kies(i + 1, VoorstelWijziger.Zet(deels, pad, waarde));
                gekozen.Remove(pad);
            }
        }
    }

    /// <summary>
    /// Whether a rule whose status is <paramref name="status"/> at best (see KleinsteHerstellen) can no longer reach the
    /// status sought: it is decided and not sought, or open where open is not sought and no unordered answer is left
    /// undecided (an open status at best then means open or worse for every choice).
    /// </summary>
    private static bool ZonderKans(string status, bool ongeordendOpen, Doelstatus doel) =>
        status != Uitkomst.Status.Onbekend ? !Past(status, doel) : !ongeordendOpen && (doel & Doelstatus.Onbekend) == 0;

    /// <summary>
    /// Puts first the answers without an order, then those that stand in the way on their own: with every other ordered
    /// answer at its best and every other answer without an order unknown, this one as it is still keeps the rule from
    /// the status sought. Only an order (the search stays complete); it lets the search decide those answers first.
    /// </summary>
    private void Ordenen(Regel regel, Voorstel voorstel, List<Veld> velden, Doelstatus doel)
    {
        if (velden.Count < 2)
        {
            return;
        }

        var best = voorstel;
        foreach (var veld in velden)
        {
            best = VoorstelWijziger.Zet(best, veld.Pad, veld.Geordend ? veld.Kandidaten[^1] : null);
        }

        var inDeWeg = new HashSet<string>(StringComparer.Ordinal);
        foreach (var veld in velden)
        {
            var status = Status(regel, VoorstelWijziger.Zet(best, veld.Pad, veld.Huidig));
            if (status != Uitkomst.Status.Onbekend && !Past(status, doel))
            {
                inDeWeg.Add(veld.Pad);
            }
        }

        // Answers without an order first: while one of them is undecided, "at best" cannot rule a branch out.
        var geordend = velden.OrderBy(v => v.Geordend ? 1 : 0).ThenBy(v => inDeWeg.Contains(v.Pad) ? 0 : 1).ToList();
        velden.Clear();
        velden.AddRange(geordend);
    }

    /// <summary>An answer the search for a rule's smallest fixes may change: its current value, candidates, and group of interchangeable partners.</summary>
    private sealed record Veld(string Pad, object? Huidig, List<object> Kandidaten, bool Geordend, string? Groep);

    /// <summary>
    /// Per partner, the first partner that is alike in everything a rule can tell apart: the same value for every
    /// per-partner answer any rule reads, and neither of them the host. Every rule treats the partners as a set (it
    /// counts, sums, or asks all or any; the derived facts are sizes of the set), so swapping two such partners changes
    /// no outcome: a change made to one of them is as good as the same change made to the other. The search then only
    /// changes the first ones of a group, which keeps it from trying every subset of fifty equal partners.
    /// </summary>
    private int[] Klassen(Voorstel voorstel)
    {
        if (_klassen.TryGetValue(voorstel, out var bekend))
        {
            return bekend;
        }

        var sleutels = new Dictionary<string, int>(StringComparer.Ordinal);
        var klassen = new int[voorstel.Gemeenten.Count];
        for (var g = 0; g < klassen.Length; g++)
        {
            var sleutel = new System.Text.StringBuilder(voorstel.Gemeenten[g].Naam == voorstel.Samenwerking.Gastgemeente ? "gast" : "");
            foreach (var pad in PerGemeente)
            {
                sleutel.Append(';').Append(Tekst(VoorstelWijziger.Lees(voorstel, $"gemeenten[{g}]{pad}")));
            }

            klassen[g] = sleutels.TryGetValue(sleutel.ToString(), out var eerste) ? eerste : sleutels[sleutel.ToString()] = g;
        }

        return _klassen[voorstel] = klassen;
    }

    /// <summary>The per-partner answers (after <c>gemeenten[i]</c>) that some rule reads.</summary>
    private string[] PerGemeente => _perGemeente ??= [.. herbeoordeling.Regelset.Regels
        .SelectMany(r => r.Vereist.Concat(r.VanToepassingLeest))
        .Select(v => Antwoordruimte.Concreet(v.Pad, herbeoordeling.Voorstel).FirstOrDefault() ?? "")
        .Where(p => p.StartsWith("gemeenten[0]", StringComparison.Ordinal))
        .Select(p => p["gemeenten[0]".Length..])
        .Append(".inwoners") // the sizes behind the derived facts
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)];

    private string Status(Regel regel, Voorstel voorstel) =>
        Regelevaluatie.Status(herbeoordeling.Regelset, regel, voorstel, new Afgeleid(voorstel));

    /// <summary>The concrete answers a rule reads (one per partner for a per-partner answer).</summary>
    private string[] Paden(Regel regel, Voorstel voorstel)
    {
        if (!_paden.TryGetValue((regel, voorstel.Gemeenten.Count), out var paden))
        {
            paden = [.. regel.Vereist.Concat(regel.VanToepassingLeest).SelectMany(v => Antwoordruimte.Concreet(v.Pad, voorstel)).Distinct(StringComparer.Ordinal)];
            _paden[(regel, voorstel.Gemeenten.Count)] = paden;
        }

        return paden;
    }

    /// <summary>Whether every change of <paramref name="deel"/> is also in <paramref name="geheel"/>, with the same value.</summary>
    public static bool IsDeelVan(IReadOnlyDictionary<string, object?> deel, IReadOnlyDictionary<string, object?> geheel) =>
        deel.All(kv => geheel.TryGetValue(kv.Key, out var w) && Antwoordruimte.Gelijk(w, kv.Value));

    private static string Sleutel(SortedDictionary<string, object?> wijzigingen) =>
        string.Join(";", wijzigingen.Select(kv => kv.Key + "=" + Tekst(kv.Value)));

    private static string Tekst(object? waarde) => waarde switch
    {
        null => "?",
        string s => s,
        bool b => b ? "ja" : "nee",
        IEnumerable<string> lijst => string.Join(",", lijst.Order(StringComparer.Ordinal)),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => waarde.ToString() ?? "",
    };

    /// <summary>A rule, the status sought, the host, and the values of the answers the rule reads: what its smallest fixes depend on.</summary>
    private sealed class HerstelSleutel(Regel regel, Doelstatus doel, string? gastgemeente, object?[] waarden) : IEquatable<HerstelSleutel>
    {
        private readonly int _hash = Hash(regel, doel, gastgemeente, waarden);

        private Regel Regel => regel;

        private Doelstatus Doel => doel;

        private string? Gastgemeente => gastgemeente;

        private object?[] Waarden => waarden;

        public bool Equals(HerstelSleutel? ander)
        {
            if (ander is null || !ReferenceEquals(regel, ander.Regel) || doel != ander.Doel
                || !string.Equals(gastgemeente, ander.Gastgemeente, StringComparison.Ordinal) || waarden.Length != ander.Waarden.Length)
            {
                return false;
            }

            for (var i = 0; i < waarden.Length; i++)
            {
                if (!Antwoordruimte.Gelijk(waarden[i], ander.Waarden[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as HerstelSleutel);

        public override int GetHashCode() => _hash;

        private static int Hash(Regel regel, Doelstatus doel, string? gastgemeente, object?[] waarden)
        {
            var hash = new HashCode();
            hash.Add(regel);
            hash.Add(doel);
            hash.Add(gastgemeente, StringComparer.Ordinal);
            foreach (var waarde in waarden)
            {
                hash.Add(waarde switch
                {
                    null => 0,
                    string s => StringComparer.Ordinal.GetHashCode(s),
                    IEnumerable<string> lijst => lijst.Aggregate(17, (h, c) => h ^ StringComparer.Ordinal.GetHashCode(c)),
                    int i => ((decimal)i).GetHashCode(),
                    _ => waarde.GetHashCode(),
                });
            }

            return hash.ToHashCode();
        }
    }
}
