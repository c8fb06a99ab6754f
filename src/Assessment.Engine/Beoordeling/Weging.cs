using System.Globalization;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Beoordeling;

/// <summary>
/// Scores and verdict, as described for provinces in <c>docs/scoremethode.md</c>. A score is the share of
/// the weight of the judged rules (voldaan or niet_voldaan) that is met, 0..100; unknown and inapplicable
/// rules do not count, and <see cref="Resultaat.Dekking"/> says how much of the applicable weight was known.
/// One pass over the outcomes gathers every total.
/// </summary>
internal static class Weging
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly string[] ErnstVolgorde = [Uitkomst.Ernst.Blokkerend, Uitkomst.Ernst.Kritiek, Uitkomst.Ernst.Belangrijk];

    internal sealed record Resultaat(
        int Score,
        int Dekking,
        string Oordeel,
        string OordeelToelichting,
        IReadOnlyList<HoofdvlakScore> Hoofdvlakken,
        PubliekeWaardeScores PubliekeWaarde,
        IReadOnlyList<Voorwaarde> Voorwaarden,
        int AantalVoorwaarden);

    /// <summary>Weight met and weight judged for one group of rules.</summary>
    private struct Teller
    {
        public double Voldaan;
        public double Beoordeeld;

        public void Tel(in Regeluitkomst u)
        {
            if (!u.Telt)
            {
                return;
            }

            Beoordeeld += u.Regel.GewichtAlsGetal;
            if (u.Status == Uitkomst.Status.Voldaan)
            {
                Voldaan += u.Regel.GewichtAlsGetal;
            }
        }

        /// <summary>100 × met / judged, rounded half away from zero; null when nothing could be judged.</summary>
        public readonly int? Score => Beoordeeld == 0 ? null : (int)Math.Round(100 * Voldaan / Beoordeeld, MidpointRounding.AwayFromZero);
    }

    /// <param name="volledig">False for a variant: only the score, the verdict and the number of conditions are needed.</param>
    public static Resultaat Bereken(Regelset regelset, Regeluitkomst[] uitkomsten, bool volledig)
    {
        var kader = regelset.Kader;
        Span<Teller> perHoofdvlak = stackalloc Teller[kader.Hoofdvlakken.Count];
        Span<Teller> perSubafweging = stackalloc Teller[regelset.AantalSubafwegingen];
        Span<Teller> perDimensie = stackalloc Teller[kader.Dimensies.Count];
        var totaal = new Teller();
        double bekend = 0, toepasselijk = 0;
        int sleutelToepasselijk = 0, sleutelOnbekend = 0;
        var blokkerend = new List<Regel>();
        var onbekendeSleutels = new List<Regel>();

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

            toepasselijk += regel.GewichtAlsGetal;
            if (u.Telt)
            {
                bekend += regel.GewichtAlsGetal;
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

            if (u.Status == Uitkomst.Status.NietVoldaan && regel.Ernst == Uitkomst.Ernst.Blokkerend)
            {
                blokkerend.Add(regel);
            }
        }

        var meerwaarde = perHoofdvlak[regelset.MeerwaardeIndex].Score;
        var dekking = toepasselijk == 0 ? 100 : (int)Math.Round(100 * bekend / toepasselijk, MidpointRounding.AwayFromZero);
        if (!volledig)
        {
            var aantal = AantalVoorwaarden(uitkomsten);
            var (kortOordeel, _) = Oordeel(regelset, blokkerend, sleutelToepasselijk, sleutelOnbekend, onbekendeSleutels, meerwaarde, aantal, metTekst: false);
            return new Resultaat(totaal.Score ?? 0, dekking, kortOordeel, "", [], new PubliekeWaardeScores(null, null, null), [], aantal);
        }

        var hoofdvlakken = new List<HoofdvlakScore>(kader.Hoofdvlakken.Count);
        var s = 0;
        for (var h = 0; h < kader.Hoofdvlakken.Count; h++)
        {
            var vlak = kader.Hoofdvlakken[h];
            var subs = new List<SubafwegingScore>(vlak.Subafwegingen.Count);
            foreach (var sub in vlak.Subafwegingen)
            {
                subs.Add(new SubafwegingScore(sub.Code, sub.Titel, sub.Vraag, perSubafweging[s++].Score));
            }

            hoofdvlakken.Add(new HoofdvlakScore(vlak.Code, vlak.Titel, perHoofdvlak[h].Score, subs));
        }

        var publiekeWaarde = new PubliekeWaardeScores(
            perDimensie[regelset.DimensieIndexen[0]].Score,
            perDimensie[regelset.DimensieIndexen[1]].Score,
            perDimensie[regelset.DimensieIndexen[2]].Score);
        var voorwaarden = Voorwaarden(uitkomsten);
        var (oordeel, toelichting) = Oordeel(regelset, blokkerend, sleutelToepasselijk, sleutelOnbekend, onbekendeSleutels, meerwaarde, voorwaarden.Count, metTekst: true);
        return new Resultaat(totaal.Score ?? 0, dekking, oordeel, toelichting, hoofdvlakken, publiekeWaarde, voorwaarden, voorwaarden.Count);
    }

    /// <summary>
    /// What must happen before the council vote: every unmet blocking, critical or important condition, and
    /// every blocking or critical condition whose answer is still unknown. Most severe first, then in rule order.
    /// </summary>
    private static List<Voorwaarde> Voorwaarden(Regeluitkomst[] uitkomsten)
    {
        var perRang = new List<Voorwaarde>[ErnstVolgorde.Length];
        foreach (var u in uitkomsten)
        {
            if (IsVoorwaarde(u, out var rang))
            {
                var tekst = u.Status == Uitkomst.Status.NietVoldaan ? u.Regel.Voorwaarde! : VoorwaardeBijOnbekend(u.Regel);
                (perRang[rang] ??= []).Add(new Voorwaarde(u.Regel.Id, u.Regel.Factor, u.Regel.Ernst, tekst));
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
    /// Whether an outcome is a condition: an unmet blocking, critical or important rule, or a blocking or
    /// critical one whose answer is unknown. <paramref name="rang"/> orders them, most severe first.
    /// </summary>
    private static bool IsVoorwaarde(in Regeluitkomst u, out int rang)
    {
        rang = Array.IndexOf(ErnstVolgorde, u.Regel.Ernst);
        return rang >= 0 && (u.Status == Uitkomst.Status.NietVoldaan || (u.Status == Uitkomst.Status.Onbekend && rang <= 1));
    }

    /// <summary>The condition for an unknown blocking or critical answer; the same for every assessment, so written once per rule.</summary>
    private static string VoorwaardeBijOnbekend(Regel regel) =>
        regel.VoorwaardeBijOnbekend ??= $"Breng vóór het raadsbesluit in beeld: {Kleine(regel.Titel)}. Dit is nu onbekend. {regel.Voorwaarde}";

    private static string Kleine(string titel) => titel.Length == 0 ? titel : char.ToLower(titel[0], Nl) + titel[1..];

    private static (string Oordeel, string Toelichting) Oordeel(
        Regelset regelset, List<Regel> blokkerend, int sleutelToepasselijk, int sleutelOnbekend, List<Regel> onbekendeSleutels, int? meerwaarde, int aantalVoorwaarden, bool metTekst)
    {
        var (oordeel, tekst) = Oordeel(regelset, blokkerend, sleutelToepasselijk, sleutelOnbekend, onbekendeSleutels, meerwaarde, aantalVoorwaarden);
        return (oordeel, metTekst ? tekst() : "");
    }

    private static (string Oordeel, Func<string> Toelichting) Oordeel(
        Regelset regelset, List<Regel> blokkerend, int sleutelToepasselijk, int sleutelOnbekend, List<Regel> onbekendeSleutels, int? meerwaarde, int aantalVoorwaarden)
    {
        if (blokkerend.Count > 0)
        {
            return (Uitkomst.Oordeel.Heroverwegen, () =>
                $"Heroverwegen: aan {Aantal(blokkerend.Count, "blokkerende voorwaarde", "blokkerende voorwaarden")} is niet voldaan ({Opsomming(blokkerend)}). "
                + "Zolang dat zo is, is de ambtelijke fusie niet verstandig, effectief en duurzaam.");
        }

        var grens = regelset.Parameter(Oordeelparameters.MaxAandeelOnbekendeSleutelregels);
        if (sleutelToepasselijk > 0 && (decimal)sleutelOnbekend / sleutelToepasselijk > grens)
        {
            return (Uitkomst.Oordeel.OnvoldoendeInformatie, () =>
                $"Onvoldoende informatie: {sleutelOnbekend} van de {sleutelToepasselijk} sleutelvragen zijn niet beantwoord ({Opsomming(onbekendeSleutels)}); "
                + $"de grens is {grens.ToString("P0", Nl)} (beleidskeuze). Vul de ontbrekende gegevens aan voor een oordeel.");
        }

        var minimum = regelset.Parameter(Oordeelparameters.MinScoreMeerwaarde);
        if (meerwaarde is { } m && m < minimum)
        {
            return (Uitkomst.Oordeel.Heroverwegen, () =>
                $"Heroverwegen: de meerwaarde scoort {m} van 100, minder dan {minimum.ToString("0", Nl)} (beleidskeuze). "
                + "De meerwaarde is daarmee niet overtuigend genoeg ten opzichte van de extra complexiteit van een ambtelijke fusie.");
        }

        if (aantalVoorwaarden > 0)
        {
            return (Uitkomst.Oordeel.PositiefOnderVoorwaarden, () =>
                $"Positief onder voorwaarden: er is geen blokkerend bezwaar, maar {Aantal(aantalVoorwaarden, "voorwaarde moet", "voorwaarden moeten")} "
                + "vóór het raadsbesluit worden ingevuld.");
        }

        return (Uitkomst.Oordeel.Positief, () =>
            "Positief: de ambtelijke fusie is op basis van de beantwoorde vragen verstandig, effectief en duurzaam; aan alle blokkerende, kritieke en belangrijke voorwaarden is voldaan.");
    }

    private static string Aantal(int n, string enkelvoud, string meervoud) => n == 1 ? "1 " + enkelvoud : $"{n} {meervoud}";

    private static string Opsomming(IEnumerable<Regel> regels) => string.Join("; ", regels.Select(r => Kleine(r.Titel)));
}
