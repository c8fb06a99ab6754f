using System.Globalization;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Beoordeling;

/// <summary>
/// Scores and verdict, as described for provinces in <c>docs/scoremethode.md</c>. One pass over the outcomes gathers
/// every total; the verdict then follows fixed steps, each grounded in the sources or a named parameter:
/// <list type="number">
/// <item>heroverwegen when a blocking rule is not met;</item>
/// <item>heroverwegen when several failure factors are present at once (accumulation);</item>
/// <item>heroverwegen when the added value (meerwaarde) falls short whatever the open answers turn out to be;</item>
/// <item>onvoldoende_informatie while a blocking rule is open, the added value cannot yet be judged, or too many key
/// questions are open;</item>
/// <item>positief_onder_voorwaarden when conditions remain, otherwise positief.</item>
/// </list>
/// The score is how far the proposal meets the framework (unknown counts as not yet shown), placed within the band of
/// its verdict, so that it can never read as the opposite of the verdict.
/// </summary>
internal static class Weging
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly string[] ErnstVolgorde = [Uitkomst.Ernst.Blokkerend, Uitkomst.Ernst.Kritiek, Uitkomst.Ernst.Belangrijk];

    /// <summary>The score band of each verdict (inclusive): a higher verdict always has a higher band.</summary>
    public static ScoreBand BandVan(string oordeel) => oordeel switch
    {
        Uitkomst.Oordeel.Positief => new ScoreBand(80, 100),
        Uitkomst.Oordeel.PositiefOnderVoorwaarden => new ScoreBand(40, 79),
        _ => new ScoreBand(0, 39),
    };

    /// <summary>The order of the verdicts from worst to best, for comparisons (monotonicity, variants).</summary>
    public static int Rang(string oordeel) => oordeel switch
    {
        Uitkomst.Oordeel.Heroverwegen => 0,
        Uitkomst.Oordeel.OnvoldoendeInformatie => 1,
        Uitkomst.Oordeel.PositiefOnderVoorwaarden => 2,
        _ => 3,
    };

    /// <summary>The verdict of a <see cref="Rang"/>.</summary>
    public static string OordeelVanRang(int rang) => rang switch
    {
        0 => Uitkomst.Oordeel.Heroverwegen,
        1 => Uitkomst.Oordeel.OnvoldoendeInformatie,
        2 => Uitkomst.Oordeel.PositiefOnderVoorwaarden,
        _ => Uitkomst.Oordeel.Positief,
    };

    /// <summary>The step of the verdict that decided it (see the class summary), for the advice on what to change.</summary>
    internal enum Stap
    {
        Blokkerend,
        Stapeling,
        MeerwaardeTeLaag,
        BlokkerendOnbekend,
        MeerwaardeOnbekend,
        SleutelsOnbekend,
        Voorwaarden,
        Positief,
    }

    internal sealed record Resultaat(
        Stap Beslissend,
        int Score,
        int Vervulling,
        int Dekking,
        string Oordeel,
        string OordeelToelichting,
        ScoreBand Band,
        IReadOnlyList<HoofdvlakScore> Hoofdvlakken,
        PubliekeWaardeScores PubliekeWaarde,
        IReadOnlyList<PubliekeWaardeDomein> Domeinen,
        IReadOnlyList<Voorwaarde> Voorwaarden,
        int AantalVoorwaarden,
        IReadOnlyList<AanwezigeFaalfactor> Faalfactoren,
        int? Meerwaarde,
        int? Condities);

    /// <summary>Weights of one group of rules: met, judged (met or not met), unknown, and applicable (all but n.v.t.).</summary>
    private struct Teller
    {
        public double Voldaan;
        public double Beoordeeld;
        public double Onbekend;

        public readonly double Toepasselijk => Beoordeeld + Onbekend;

        public void Tel(in Regeluitkomst u)
        {
            var gewicht = u.Regel.GewichtAlsGetal;
            switch (u.Status)
            {
                case Uitkomst.Status.Voldaan:
                    Voldaan += gewicht;
                    Beoordeeld += gewicht;
                    break;
                case Uitkomst.Status.NietVoldaan:
                    Beoordeeld += gewicht;
                    break;
                case Uitkomst.Status.Onbekend:
                    Onbekend += gewicht;
                    break;
            }
        }

        /// <summary>100 × met / judged, rounded half away from zero; null when nothing could be judged.</summary>
        public readonly int? Score => Beoordeeld == 0 ? null : Procent(Voldaan / Beoordeeld);

        /// <summary>The share of the applicable weight whose answers were known; null when no rule applies.</summary>
        public readonly int? Dekking => Toepasselijk == 0 ? null : Procent(Beoordeeld / Toepasselijk);

        /// <summary>The lowest share met over every completion of the open answers (each open rule not met).</summary>
        public readonly double Laagst => Toepasselijk == 0 ? 1 : Voldaan / Toepasselijk;

        /// <summary>The highest share met over every completion of the open answers (each open rule met).</summary>
        public readonly double Hoogst => Toepasselijk == 0 ? 1 : (Voldaan + Onbekend) / Toepasselijk;
    }

    private static int Procent(double deel) => (int)Math.Round(100 * deel, MidpointRounding.AwayFromZero);

    /// <param name="fase">The proposal's phase: conditions for a running fusion are not "before the council vote".</param>
    /// <param name="volledig">False for a variant: only the verdict, the scores and the number of conditions are needed.</param>
    /// <param name="vraag">The Dutch question for a concrete field, for the answers that would settle an open verdict.</param>
    public static Resultaat Bereken(Regelset regelset, Regeluitkomst[] uitkomsten, string? fase, Func<string, string> vraag, bool volledig)
    {
        var kader = regelset.Kader;
        Span<Teller> perHoofdvlak = stackalloc Teller[kader.Hoofdvlakken.Count];
        Span<Teller> perSubafweging = stackalloc Teller[regelset.AantalSubafwegingen];
        Span<Teller> perDimensie = stackalloc Teller[kader.Dimensies.Count];
        var totaal = new Teller();
        int sleutelToepasselijk = 0, sleutelOnbekend = 0;
        var blokkerend = new List<Regel>();
        var blokkerendOnbekend = new List<Regeluitkomst>();
        var onbekendeSleutels = new List<Regel>();
        var faalfactoren = new Dictionary<string, List<Regel>>(StringComparer.Ordinal);

        foreach (ref readonly var u in uitkomsten.AsSpan())
        {
            var regel = u.Regel;
            totaal.Tel(u);
            perHoofdvlak[regel.HoofdvlakIndex].Tel(u);
            perSubafweging[regel.SubafwegingIndex].Tel(u);
            perDimensie[regel.DimensieIndex].Tel(u);
            if (u.Status == Uitkomst.Status.NietVanToepassing)
            {
                continue;
            }

            if (regel.Sleutel)
            {
                sleutelToepasselijk++;
                if (u.Status == Uitkomst.Status.Onbekend)
                {
                    sleutelOnbekend++;
                    onbekendeSleutels.Add(regel);
                }
            }

            if (regel.Ernst == Uitkomst.Ernst.Blokkerend)
            {
                if (u.Status == Uitkomst.Status.NietVoldaan)
                {
                    blokkerend.Add(regel);
                }
                else if (u.Status == Uitkomst.Status.Onbekend)
                {
                    blokkerendOnbekend.Add(u);
                }
            }

            if (u.Status == Uitkomst.Status.NietVoldaan && regel.Faalfactor is { } faalfactor)
            {
                if (!faalfactoren.TryGetValue(faalfactor, out var regels))
                {
                    faalfactoren[faalfactor] = regels = [];
                }

                regels.Add(regel);
            }
        }

        var meerwaarde = perHoofdvlak[regelset.MeerwaardeIndex];
        var aanwezig = faalfactoren.Count == 0 ? [] : kader.Faalfactoren.Where(f => faalfactoren.ContainsKey(f.Code))
            .Select(f => new AanwezigeFaalfactor(f.Code, f.Titel, [.. faalfactoren[f.Code].Select(r => r.Id)], f.Bronnen))
            .ToList();
        var aantalVoorwaarden = volledig ? 0 : AantalVoorwaarden(uitkomsten);
        var voorwaarden = volledig ? Voorwaarden(uitkomsten, fase) : [];
        var stappen = new Stappen(regelset, vraag, blokkerend, blokkerendOnbekend, aanwezig, meerwaarde, sleutelToepasselijk, sleutelOnbekend,
            onbekendeSleutels, volledig ? voorwaarden.Count : aantalVoorwaarden, fase);
        var (beslissend, oordeel, toelichting) = stappen.Oordeel(metTekst: volledig);
        var band = BandVan(oordeel);
        var vervulling = totaal.Toepasselijk == 0 ? 1 : totaal.Voldaan / totaal.Toepasselijk;
        var score = band.Van + (int)Math.Round((band.Tot - band.Van) * vervulling, MidpointRounding.AwayFromZero);
        var condities = perHoofdvlak[regelset.ConditiesIndex].Score;
        var dekking = totaal.Dekking ?? 100;
        if (!volledig)
        {
            return new Resultaat(beslissend, score, Procent(vervulling), dekking, oordeel, "", band, [], new PubliekeWaardeScores(null, null, null), [],
                [], aantalVoorwaarden, aanwezig, meerwaarde.Score, condities);
        }

        var hoofdvlakken = new List<HoofdvlakScore>(kader.Hoofdvlakken.Count);
        var s = 0;
        for (var h = 0; h < kader.Hoofdvlakken.Count; h++)
        {
            var vlak = kader.Hoofdvlakken[h];
            var subs = new List<SubafwegingScore>(vlak.Subafwegingen.Count);
            foreach (var sub in vlak.Subafwegingen)
            {
                subs.Add(new SubafwegingScore(sub.Code, sub.Titel, sub.Vraag, perSubafweging[s].Score) { Dekking = perSubafweging[s].Dekking });
                s++;
            }

            hoofdvlakken.Add(new HoofdvlakScore(vlak.Code, vlak.Titel, perHoofdvlak[h].Score, subs) { Dekking = perHoofdvlak[h].Dekking });
        }

        var publiekeWaarde = new PubliekeWaardeScores(
            perDimensie[regelset.DimensieIndexen[0]].Score,
            perDimensie[regelset.DimensieIndexen[1]].Score,
            perDimensie[regelset.DimensieIndexen[2]].Score);
        var domeinen = new List<PubliekeWaardeDomein>(kader.Dimensies.Count);
        foreach (var index in regelset.DimensieIndexen)
        {
            domeinen.Add(Domein(kader.Dimensies[index], perDimensie[index], uitkomsten, index));
        }

        return new Resultaat(beslissend, score, Procent(vervulling), dekking, oordeel, toelichting, band, hoofdvlakken, publiekeWaarde, domeinen,
            voorwaarden, voorwaarden.Count, aanwezig, meerwaarde.Score, condities);
    }

    /// <summary>A Public Value domain: its score, coverage, and what it rests on (the indicators judged and those left for monitoring).</summary>
    private static PubliekeWaardeDomein Domein(KaderDimensie dimensie, Teller teller, Regeluitkomst[] uitkomsten, int index)
    {
        var beoordeeld = new HashSet<string>(StringComparer.Ordinal);
        var regels = new List<string>();
        foreach (var u in uitkomsten)
        {
            if (u.Regel.DimensieIndex == index && u.Telt)
            {
                regels.Add(u.Regel.Id);
                beoordeeld.UnionWith(u.Regel.Indicatoren);
            }
        }

        var indicatoren = dimensie.Indicatoren
            .Select(i => new IndicatorBeoordeling(i.Code, i.Tekst,
                i.Beoordeling == Indicator.NaDeStart ? IndicatorBeoordeling.NaDeStart
                : beoordeeld.Contains(i.Code) ? IndicatorBeoordeling.Beoordeeld : IndicatorBeoordeling.Onbekend,
                i.Bron))
            .ToList();
        return new PubliekeWaardeDomein(dimensie.Code, dimensie.Titel, teller.Score, teller.Dekking, indicatoren, regels);
    }

    /// <summary>
    /// What must happen: every unmet blocking, critical or important condition, and every blocking or critical
    /// condition whose answer is still unknown. Most severe first, then in rule order.
    /// </summary>
    private static List<Voorwaarde> Voorwaarden(Regeluitkomst[] uitkomsten, string? fase)
    {
        var perRang = new List<Voorwaarde>[ErnstVolgorde.Length];
        foreach (var u in uitkomsten)
        {
            if (IsVoorwaarde(u, out var rang))
            {
                var tekst = u.Status == Uitkomst.Status.NietVoldaan ? u.Regel.Voorwaarde! : VoorwaardeBijOnbekend(u.Regel, fase);
                (perRang[rang] ??= []).Add(new Voorwaarde(u.Regel.Id, u.Regel.Factor, u.Regel.Ernst, tekst)
                {
                    Status = u.Status,
                    Titel = u.Regel.Titel,
                    OntbrekendeVelden = u.Ontbrekend,
                });
            }
        }

        // Most severe first; within a severity in rule order (the order they were added).
        return [.. perRang.Where(l => l is not null).SelectMany(l => l)];
    }

    /// <summary>The number of <see cref="Voorwaarden"/>, without writing them.</summary>
    private static int AantalVoorwaarden(Regeluitkomst[] uitkomsten)
    {
        var aantal = 0;
        foreach (ref readonly var u in uitkomsten.AsSpan())
        {
            if (IsVoorwaarde(u, out _))
            {
                aantal++;
            }
        }

        return aantal;
    }

    /// <summary>
    /// Whether an outcome is a condition: an unmet blocking, critical or important rule, or a blocking or critical
    /// one whose answer is unknown. <paramref name="rang"/> orders them, most severe first.
    /// </summary>
    private static bool IsVoorwaarde(in Regeluitkomst u, out int rang)
    {
        rang = Array.IndexOf(ErnstVolgorde, u.Regel.Ernst);
        return rang >= 0 && (u.Status == Uitkomst.Status.NietVoldaan || (u.Status == Uitkomst.Status.Onbekend && rang <= 1));
    }

    /// <summary>The condition for an unknown blocking or critical answer, in the words of the proposal's phase.</summary>
    private static string VoorwaardeBijOnbekend(Regel regel, string? fase) =>
        $"Breng {Termijn.Voor(fase)} in beeld: {Kleine(regel.Titel)}. Dit is nu onbekend. {regel.Voorwaarde}";

    /// <summary>A sentence ends with a full stop, unless it already ends with a question or exclamation mark or a stop.</summary>
    internal static string Zin(string tekst) => tekst.EndsWith('?') || tekst.EndsWith('.') || tekst.EndsWith('!') ? tekst : tekst + ".";

    internal static string Kleine(string titel) => titel.Length == 0 ? titel : char.ToLower(titel[0], Nl) + titel[1..];

    internal static string Aantal(int n, string enkelvoud, string meervoud) => n == 1 ? "1 " + enkelvoud : $"{n} {meervoud}";

    internal static string Opsomming(IEnumerable<string> delen)
    {
        var lijst = delen.ToList();
        return lijst.Count <= 1 ? string.Concat(lijst) : string.Join("; ", lijst.SkipLast(1)) + " en " + lijst[^1];
    }

    /// <summary>The steps of the verdict, in order; the first that applies decides, and its text says why.</summary>
    private sealed record Stappen(
        Regelset Regelset,
        Func<string, string> Vraag,
        List<Regel> Blokkerend,
        List<Regeluitkomst> BlokkerendOnbekend,
        List<AanwezigeFaalfactor> Faalfactoren,
        Teller Meerwaarde,
        int SleutelToepasselijk,
        int SleutelOnbekend,
        List<Regel> OnbekendeSleutels,
        int AantalVoorwaarden,
        string? Fase)
    {
        public (Stap Beslissend, string Oordeel, string Toelichting) Oordeel(bool metTekst)
        {
            var (stap, oordeel, tekst) = Bepaal();
            return (stap, oordeel, metTekst ? tekst() : "");
        }

        private (Stap, string, Func<string>) Bepaal()
        {
            if (Blokkerend.Count > 0)
            {
                return (Stap.Blokkerend, Uitkomst.Oordeel.Heroverwegen, () =>
                    $"Heroverwegen: aan {Aantal(Blokkerend.Count, "blokkerende voorwaarde", "blokkerende voorwaarden")} is niet voldaan ({Opsomming(Blokkerend.Select(r => Kleine(r.Titel)))}). "
                    + "De bronnen zijn hierover stellig: zolang dat zo is, is de ambtelijke fusie niet verstandig, effectief en duurzaam.");
            }

            var minFaalfactoren = (int)Regelset.Parameter(Oordeelparameters.MinFaalfactorenHeroverwegen);
            if (Faalfactoren.Count >= minFaalfactoren)
            {
                return (Stap.Stapeling, Uitkomst.Oordeel.Heroverwegen, () =>
                    $"Heroverwegen: {Faalfactoren.Count} faalfactoren uit de bronnen zijn tegelijk aanwezig ({Opsomming(Faalfactoren.Select(f => Kleine(f.Titel) + " (" + string.Join(", ", f.Regels) + ")"))}). "
                    + $"Elk ervan maakt de kans groot dat de fusie vastloopt; vanaf {minFaalfactoren} tegelijk (beleidskeuze) is het oplossen ervan als voorwaarde niet meer verdedigbaar.");
            }

            var minimum = (double)Regelset.Parameter(Oordeelparameters.MinScoreMeerwaarde) / 100;
            string GrensTekst() => (minimum * 100).ToString("0", Nl);
            if (Meerwaarde.Hoogst < minimum)
            {
                return (Stap.MeerwaardeTeLaag, Uitkomst.Oordeel.Heroverwegen, () =>
                    $"Heroverwegen: de meerwaarde scoort {Meerwaarde.Score?.ToString(Nl) ?? "niets"} van 100, en ook als alle open vragen gunstig uitvallen ten hoogste {Procent(Meerwaarde.Hoogst)}: minder dan {GrensTekst()} (beleidskeuze). "
                    + "De meerwaarde is daarmee niet overtuigend genoeg ten opzichte van de extra complexiteit van een ambtelijke fusie.");
            }

            if (BlokkerendOnbekend.Count > 0)
            {
                return (Stap.BlokkerendOnbekend, Uitkomst.Oordeel.OnvoldoendeInformatie, () =>
                    $"Onvoldoende informatie: van {Aantal(BlokkerendOnbekend.Count, "blokkerende voorwaarde", "blokkerende voorwaarden")} is niet bekend of eraan is voldaan ({Opsomming(BlokkerendOnbekend.Select(u => Kleine(u.Regel.Titel)))}). "
                    + "Zolang dat open is, kan het oordeel ook 'heroverwegen' zijn. Beantwoord eerst: " + Zin(Vragen(BlokkerendOnbekend)));
            }

            if (Meerwaarde.Laagst < minimum)
            {
                return (Stap.MeerwaardeOnbekend, Uitkomst.Oordeel.OnvoldoendeInformatie, () =>
                    $"Onvoldoende informatie: de meerwaarde is het vertrekpunt van de afweging, maar is nog niet te beoordelen. Met de beantwoorde vragen scoort zij {Meerwaarde.Score?.ToString(Nl) ?? "nog niets"}; "
                    + $"afhankelijk van de open vragen ligt zij tussen {Procent(Meerwaarde.Laagst)} en {Procent(Meerwaarde.Hoogst)}, en de grens is {GrensTekst()} (beleidskeuze). Beantwoord eerst de open vragen over de meerwaarde.");
            }

            var grens = Regelset.Parameter(Oordeelparameters.MaxAandeelOnbekendeSleutelregels);
            if (SleutelToepasselijk > 0 && (decimal)SleutelOnbekend / SleutelToepasselijk > grens)
            {
                return (Stap.SleutelsOnbekend, Uitkomst.Oordeel.OnvoldoendeInformatie, () =>
                    $"Onvoldoende informatie: {SleutelOnbekend} van de {SleutelToepasselijk} sleutelvragen zijn niet beantwoord ({Opsomming(OnbekendeSleutels.Select(r => Kleine(r.Titel)))}); "
                    + $"de grens is {grens.ToString("P0", Nl)} (beleidskeuze). Vul de ontbrekende gegevens aan voor een oordeel.");
            }

            if (AantalVoorwaarden > 0)
            {
                var faal = Faalfactoren.Count == 0 ? "" : $" Er {(Faalfactoren.Count == 1 ? "is 1 faalfactor" : $"zijn {Faalfactoren.Count} faalfactoren")} aanwezig ({Opsomming(Faalfactoren.Select(f => Kleine(f.Titel)))}); vanaf {minFaalfactoren} tegelijk luidt het oordeel 'heroverwegen'.";
                return (Stap.Voorwaarden, Uitkomst.Oordeel.PositiefOnderVoorwaarden, () =>
                    $"Positief onder voorwaarden: er is geen blokkerend bezwaar, maar {Aantal(AantalVoorwaarden, "voorwaarde moet", "voorwaarden moeten")} "
                    + $"{Termijn.Voor(Fase)} worden vervuld." + faal);
            }

            return (Stap.Positief, Uitkomst.Oordeel.Positief, () =>
                "Positief: de ambtelijke fusie is op basis van de beantwoorde vragen verstandig, effectief en duurzaam; aan alle blokkerende, kritieke en belangrijke voorwaarden is voldaan.");
        }

        private string Vragen(IEnumerable<Regeluitkomst> open)
        {
            var velden = open.SelectMany(u => u.Ontbrekend).Distinct(StringComparer.Ordinal).ToList();
            return velden.Count == 0 ? "de open vragen bij deze voorwaarden" : Opsomming(velden.Select(Vraag));
        }
    }
}
