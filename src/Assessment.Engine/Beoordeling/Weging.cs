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
        IReadOnlyList<Voorwaarde> Voorwaarden);

    /// <summary>Weight met and weight judged for one group of rules.</summary>
    private struct Teller
    {
        public decimal Voldaan;
        public decimal Beoordeeld;

        public void Tel(in Regeluitkomst u)
        {
            if (!u.Telt)
            {
                return;
            }

            Beoordeeld += u.Regel.Gewicht;
            if (u.Status == Uitkomst.Status.Voldaan)
            {
                Voldaan += u.Regel.Gewicht;
            }
        }

        /// <summary>100 × met / judged, rounded half away from zero; null when nothing could be judged.</summary>
        public readonly int? Score => Beoordeeld == 0 ? null : (int)Math.Round(100m * Voldaan / Beoordeeld, MidpointRounding.AwayFromZero);
    }

    public static Resultaat Bereken(Regelset regelset, IReadOnlyList<Regeluitkomst> uitkomsten)
    {
        var kader = regelset.Kader;
        var subafwegingen = kader.Hoofdvlakken.SelectMany(h => h.Subafwegingen).ToArray();
        var perHoofdvlak = new Teller[kader.Hoofdvlakken.Count];
        var perSubafweging = new Teller[subafwegingen.Length];
        var perDimensie = new Teller[kader.Dimensies.Count];
        var totaal = new Teller();
        decimal bekend = 0, toepasselijk = 0;
        int sleutelToepasselijk = 0, sleutelOnbekend = 0;
        var blokkerend = new List<Regel>();
        var onbekendeSleutels = new List<Regel>();

        foreach (var u in uitkomsten)
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

            toepasselijk += regel.Gewicht;
            if (u.Telt)
            {
                bekend += regel.Gewicht;
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

        var dimensie = (string code) => perDimensie[kader.Dimensies.ToList().FindIndex(d => d.Code == code)].Score;
        var publiekeWaarde = new PubliekeWaardeScores(
            dimensie(Uitkomst.Dimensie.PubliekeWaarde), dimensie(Uitkomst.Dimensie.Legitimiteit), dimensie(Uitkomst.Dimensie.OrganisatieEnBesturing));
        var dekking = toepasselijk == 0 ? 100 : (int)Math.Round(100m * bekend / toepasselijk, MidpointRounding.AwayFromZero);
        var voorwaarden = Voorwaarden(uitkomsten);
        var meerwaarde = perHoofdvlak[kader.Hoofdvlakken.ToList().FindIndex(h => h.Code == Uitkomst.Hoofdvlak.Meerwaarde)].Score;
        var (oordeel, toelichting) = Oordeel(regelset, blokkerend, sleutelToepasselijk, sleutelOnbekend, onbekendeSleutels, meerwaarde, voorwaarden.Count);
        return new Resultaat(totaal.Score ?? 0, dekking, oordeel, toelichting, hoofdvlakken, publiekeWaarde, voorwaarden);
    }

    /// <summary>
    /// What must happen before the council vote: every unmet blocking, critical or important condition, and
    /// every blocking or critical condition whose answer is still unknown. Most severe first, then in rule order.
    /// </summary>
    private static List<Voorwaarde> Voorwaarden(IReadOnlyList<Regeluitkomst> uitkomsten)
    {
        var lijst = new List<(int Rang, int Index, Voorwaarde Voorwaarde)>();
        for (var i = 0; i < uitkomsten.Count; i++)
        {
            var u = uitkomsten[i];
            var rang = Array.IndexOf(ErnstVolgorde, u.Regel.Ernst);
            if (rang < 0)
            {
                continue;
            }

            if (u.Status == Uitkomst.Status.NietVoldaan)
            {
                lijst.Add((rang, i, new Voorwaarde(u.Regel.Id, u.Regel.Factor, u.Regel.Ernst, u.Regel.Voorwaarde!)));
            }
            else if (u.Status == Uitkomst.Status.Onbekend && rang <= 1)
            {
                lijst.Add((rang, i, new Voorwaarde(u.Regel.Id, u.Regel.Factor, u.Regel.Ernst,
                    $"Breng vóór het raadsbesluit in beeld: {Kleine(u.Regel.Titel)}. Dit is nu onbekend. {u.Regel.Voorwaarde}")));
            }
        }

        return [.. lijst.OrderBy(v => v.Rang).ThenBy(v => v.Index).Select(v => v.Voorwaarde)];
    }

    private static string Kleine(string titel) => titel.Length == 0 ? titel : char.ToLower(titel[0], Nl) + titel[1..];

    private static (string Oordeel, string Toelichting) Oordeel(
        Regelset regelset, List<Regel> blokkerend, int sleutelToepasselijk, int sleutelOnbekend, List<Regel> onbekendeSleutels, int? meerwaarde, int aantalVoorwaarden)
    {
        if (blokkerend.Count > 0)
        {
            return (Uitkomst.Oordeel.Heroverwegen,
                $"Heroverwegen: aan {Aantal(blokkerend.Count, "blokkerende voorwaarde", "blokkerende voorwaarden")} is niet voldaan ({Opsomming(blokkerend)}). "
                + "Zolang dat zo is, is de ambtelijke fusie niet verstandig, effectief en duurzaam.");
        }

        var grens = regelset.Parameter(Oordeelparameters.MaxAandeelOnbekendeSleutelregels);
        if (sleutelToepasselijk > 0 && (decimal)sleutelOnbekend / sleutelToepasselijk > grens)
        {
            return (Uitkomst.Oordeel.OnvoldoendeInformatie,
                $"Onvoldoende informatie: {sleutelOnbekend} van de {sleutelToepasselijk} sleutelvragen zijn niet beantwoord ({Opsomming(onbekendeSleutels)}); "
                + $"de grens is {grens.ToString("P0", Nl)} (beleidskeuze). Vul de ontbrekende gegevens aan voor een oordeel.");
        }

        var minimum = regelset.Parameter(Oordeelparameters.MinScoreMeerwaarde);
        if (meerwaarde is { } m && m < minimum)
        {
            return (Uitkomst.Oordeel.Heroverwegen,
                $"Heroverwegen: de meerwaarde scoort {m} van 100, minder dan {minimum.ToString("0", Nl)} (beleidskeuze). "
                + "De meerwaarde is daarmee niet overtuigend genoeg ten opzichte van de extra complexiteit van een ambtelijke fusie.");
        }

        if (aantalVoorwaarden > 0)
        {
            return (Uitkomst.Oordeel.PositiefOnderVoorwaarden,
                $"Positief onder voorwaarden: er is geen blokkerend bezwaar, maar {Aantal(aantalVoorwaarden, "voorwaarde moet", "voorwaarden moeten")} "
                + "vóór het raadsbesluit worden ingevuld.");
        }

        return (Uitkomst.Oordeel.Positief,
            "Positief: de ambtelijke fusie is op basis van de beantwoorde vragen verstandig, effectief en duurzaam; aan alle blokkerende, kritieke en belangrijke voorwaarden is voldaan.");
    }

    private static string Aantal(int n, string enkelvoud, string meervoud) => n == 1 ? "1 " + enkelvoud : $"{n} {meervoud}";

    private static string Opsomming(IEnumerable<Regel> regels) => string.Join("; ", regels.Select(r => Kleine(r.Titel)));
}
