using System.Globalization;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Beoordeling;

/// <summary>
/// Scores and verdict, as described for provinces in <c>docs/scoremethode.md</c>. A score is the share of
/// the weight of the judged rules (voldaan or niet_voldaan) that is met, 0..100; unknown and inapplicable
/// rules do not count, and <see cref="Resultaat.Dekking"/> says how much of the applicable weight was known.
/// </summary>
internal static class Weging
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    internal sealed record Resultaat(
        int Score,
        int Dekking,
        string Oordeel,
        string OordeelToelichting,
        IReadOnlyList<HoofdvlakScore> Hoofdvlakken,
        PubliekeWaardeScores PubliekeWaarde,
        IReadOnlyList<Voorwaarde> Voorwaarden);

    public static Resultaat Bereken(Regelset regelset, IReadOnlyList<Regeluitkomst> uitkomsten)
    {
        var hoofdvlakken = regelset.Kader.Hoofdvlakken.Select(h => new HoofdvlakScore(
            h.Code,
            h.Titel,
            Score(uitkomsten.Where(u => u.Regel.Hoofdvlak == h.Code)),
            [.. h.Subafwegingen.Select(s => new SubafwegingScore(s.Code, s.Titel, s.Vraag, Score(uitkomsten.Where(u => u.Regel.Subafweging == s.Code))))])).ToList();
        var publiekeWaarde = new PubliekeWaardeScores(
            Score(uitkomsten.Where(u => u.Regel.Dimensie == Uitkomst.Dimensie.PubliekeWaarde)),
            Score(uitkomsten.Where(u => u.Regel.Dimensie == Uitkomst.Dimensie.Legitimiteit)),
            Score(uitkomsten.Where(u => u.Regel.Dimensie == Uitkomst.Dimensie.OrganisatieEnBesturing)));
        var score = Score(uitkomsten) ?? 0;
        var dekking = Dekking(uitkomsten);
        var voorwaarden = Voorwaarden(uitkomsten);
        var (oordeel, toelichting) = Oordeel(regelset, uitkomsten, hoofdvlakken, voorwaarden);
        return new Resultaat(score, dekking, oordeel, toelichting, hoofdvlakken, publiekeWaarde, voorwaarden);
    }

    /// <summary>100 × met weight / judged weight, rounded half away from zero; null when nothing could be judged.</summary>
    internal static int? Score(IEnumerable<Regeluitkomst> uitkomsten)
    {
        decimal voldaan = 0, beoordeeld = 0;
        foreach (var u in uitkomsten)
        {
            if (!u.Telt)
            {
                continue;
            }

            beoordeeld += u.Regel.Gewicht;
            if (u.Status == Uitkomst.Status.Voldaan)
            {
                voldaan += u.Regel.Gewicht;
            }
        }

        return beoordeeld == 0 ? null : (int)Math.Round(100m * voldaan / beoordeeld, MidpointRounding.AwayFromZero);
    }

    private static int Dekking(IEnumerable<Regeluitkomst> uitkomsten)
    {
        decimal bekend = 0, toepasselijk = 0;
        foreach (var u in uitkomsten.Where(u => u.Status != Uitkomst.Status.NietVanToepassing))
        {
            toepasselijk += u.Regel.Gewicht;
            if (u.Telt)
            {
                bekend += u.Regel.Gewicht;
            }
        }

        return toepasselijk == 0 ? 100 : (int)Math.Round(100m * bekend / toepasselijk, MidpointRounding.AwayFromZero);
    }

    private static readonly string[] ErnstVolgorde = [Uitkomst.Ernst.Blokkerend, Uitkomst.Ernst.Kritiek, Uitkomst.Ernst.Belangrijk];

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
        Regelset regelset, IReadOnlyList<Regeluitkomst> uitkomsten, IReadOnlyList<HoofdvlakScore> hoofdvlakken, IReadOnlyList<Voorwaarde> voorwaarden)
    {
        var blokkerend = uitkomsten.Where(u => u.Status == Uitkomst.Status.NietVoldaan && u.Regel.Ernst == Uitkomst.Ernst.Blokkerend).ToList();
        if (blokkerend.Count > 0)
        {
            return (Uitkomst.Oordeel.Heroverwegen,
                $"Heroverwegen: aan {Aantal(blokkerend.Count, "blokkerende voorwaarde", "blokkerende voorwaarden")} is niet voldaan ({Opsomming(blokkerend)}). "
                + "Zolang dat zo is, is de ambtelijke fusie niet verstandig, effectief en duurzaam.");
        }

        var sleutel = uitkomsten.Where(u => u.Regel.Sleutel && u.Status != Uitkomst.Status.NietVanToepassing).ToList();
        var onbekend = sleutel.Where(u => u.Status == Uitkomst.Status.Onbekend).ToList();
        var grens = regelset.Parameter(Oordeelparameters.MaxAandeelOnbekendeSleutelregels);
        if (sleutel.Count > 0 && (decimal)onbekend.Count / sleutel.Count > grens)
        {
            return (Uitkomst.Oordeel.OnvoldoendeInformatie,
                $"Onvoldoende informatie: {onbekend.Count} van de {sleutel.Count} sleutelvragen zijn niet beantwoord ({Opsomming(onbekend)}); "
                + $"de grens is {grens.ToString("P0", Nl)} (beleidskeuze). Vul de ontbrekende gegevens aan voor een oordeel.");
        }

        var meerwaarde = hoofdvlakken.First(h => h.Code == Uitkomst.Hoofdvlak.Meerwaarde).Score;
        var minimum = regelset.Parameter(Oordeelparameters.MinScoreMeerwaarde);
        if (meerwaarde is { } m && m < minimum)
        {
            return (Uitkomst.Oordeel.Heroverwegen,
                $"Heroverwegen: de meerwaarde scoort {m} van 100, minder dan {minimum.ToString("0", Nl)} (beleidskeuze). "
                + "De meerwaarde is daarmee niet overtuigend genoeg ten opzichte van de extra complexiteit van een ambtelijke fusie.");
        }

        if (voorwaarden.Count > 0)
        {
            return (Uitkomst.Oordeel.PositiefOnderVoorwaarden,
                $"Positief onder voorwaarden: er is geen blokkerend bezwaar, maar {Aantal(voorwaarden.Count, "voorwaarde moet", "voorwaarden moeten")} "
                + "vóór het raadsbesluit worden ingevuld.");
        }

        return (Uitkomst.Oordeel.Positief,
            "Positief: de ambtelijke fusie is op basis van de beantwoorde vragen verstandig, effectief en duurzaam; aan alle blokkerende, kritieke en belangrijke voorwaarden is voldaan.");
    }

    private static string Aantal(int n, string enkelvoud, string meervoud) => n == 1 ? "1 " + enkelvoud : $"{n} {meervoud}";

    private static string Opsomming(IEnumerable<Regeluitkomst> uitkomsten) =>
        string.Join("; ", uitkomsten.Select(u => Kleine(u.Regel.Titel)));
}
