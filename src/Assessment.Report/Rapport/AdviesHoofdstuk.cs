using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;
using Assessment.Report.Opmaak;

namespace Assessment.Report.Rapport;

/// <summary>
/// The chapter right after the summary: what must change for a better verdict (the goal, the routes with their
/// changes and the rules they satisfy, or the facts that stand in the way) and what the open questions decide (the
/// best and the worst outcome over the unknown answers, and the questions that decide most).
/// </summary>
internal static class AdviesHoofdstuk
{
    public static IEnumerable<IBlok> Maak(Afweging afweging, Regelset regelset, Func<string, string, Kop> hoofdstuk, Func<string, string, bool, Kop> paragraaf)
    {
        yield return hoofdstuk("Wat moet er veranderen", PdfRapport.AnkerWatMoetErVeranderen);
        if (afweging.WatMoetErVeranderen is not { } advies)
        {
            yield return new Alinea("Het oordeel is positief; er hoeft niets te veranderen.", Huisstijl.Gewoon, 8);
        }
        else
        {
            foreach (var blok in WatMoetErVeranderen(afweging, advies, regelset))
            {
                yield return blok;
            }
        }

        if (afweging.Bandbreedte is { } bandbreedte)
        {
            foreach (var blok in OpenVragen(bandbreedte, paragraaf))
            {
                yield return blok;
            }
        }

        yield return new PaginaEinde();
    }

    private static IEnumerable<IBlok> WatMoetErVeranderen(Afweging afweging, WatMoetErVeranderen advies, Regelset regelset)
    {
        yield return new Alinea($"Doel: het oordeel '{Teksten.OordeelInZin(advies.Doel)}'.", Huisstijl.Gewoon.AlsVet(), 3);
        yield return new Alinea(advies.Toelichting, Huisstijl.Gewoon, 6);

        var titels = afweging.Bevindingen.DistinctBy(b => b.Regel).ToDictionary(b => b.Regel, b => b.Titel, StringComparer.Ordinal);
        for (var i = 0; i < advies.Routes.Count; i++)
        {
            yield return Route(i + 1, advies.Routes[i], titels, regelset);
        }

        if (advies.GeenRoute is { } geenRoute)
        {
            yield return new Kop($"Waarom geen route naar '{Teksten.OordeelInZin(advies.Doel)}' leidt", Huisstijl.Kop2);
            foreach (var blok in Feiten(geenRoute, advies.Toelichting, regelset))
            {
                yield return blok;
            }
        }

        if (advies is { Doel: Uitkomst.Oordeel.PositiefOnderVoorwaarden, WaaromNietPositief: { } waaromNiet })
        {
            yield return new Kop("Waarom het oordeel 'positief' niet bereikbaar is", Huisstijl.Kop2);
            foreach (var blok in Feiten(waaromNiet, advies.Toelichting, regelset))
            {
                yield return blok;
            }
        }
    }

    /// <summary>A route as a numbered heading, its changes as a table and the rules it satisfies, kept on one page when it fits.</summary>
    private static BijElkaar Route(int nummer, Route route, IReadOnlyDictionary<string, string> titels, Regelset regelset) => new(
    [
        new Kop($"Route {nummer} — moeite {route.Moeite}", Huisstijl.Kop2),
        new Tabel(
            [new Kolom("Vraag", 24), new Kolom("Nu", 15), new Kolom("Nodig", 16), new Kolom("Moeite", 9), new Kolom("Wat te doen", 36)],
            [.. route.Wijzigingen.Select(w => (IReadOnlyList<Cel>)
            [
                Cel.Tekst(w.Vraag.Length > 0 ? w.Vraag : w.Pad, Huisstijl.Tabel),
                Cel.Tekst(Teksten.Antwoord(w.Huidig, w.Pad, regelset), Huisstijl.Tabel),
                Cel.Tekst(Teksten.Antwoord(w.Nieuw, w.Pad, regelset), Huisstijl.TabelVet),
                Cel.Tekst(Teksten.Getal(w.Moeite), Huisstijl.Tabel),
                Cel.Tekst(w.Toelichting, Huisstijl.Tabel),
            ])],
            PdfRapport.MaxRij),
        .. route.Regels.Count == 0
            ? Array.Empty<IBlok>()
            :
            [
                new Alinea("Daarmee is voldaan aan de regels:", Huisstijl.Gewoon, 2),
                new Lijst([.. route.Regels.Select(r => titels.TryGetValue(r, out var titel) ? $"{titel} ({r})" : r)], Huisstijl.Tabel),
            ],
    ]);

    /// <summary>
    /// Why a verdict is out of reach and the facts in the way. The reason is left out when the advice's explanation,
    /// shown just above, already says it word for word.
    /// </summary>
    private static IEnumerable<IBlok> Feiten(GeenRoute waarom, string toelichting, Regelset regelset)
    {
        if (!toelichting.Contains(waarom.Reden, StringComparison.Ordinal))
        {
            yield return new Alinea(waarom.Reden, Huisstijl.Gewoon, 4);
        }

        if (waarom.Feiten.Count == 0)
        {
            yield break;
        }

        yield return new Kop("De feiten die in de weg staan, met het antwoord van nu", Huisstijl.Kop3, 2);
        yield return new Tabel(
            [new Kolom("Vraag", 70), new Kolom("Antwoord nu", 30)],
            [.. waarom.Feiten.Select(f => (IReadOnlyList<Cel>)
            [
                Cel.Tekst(f.Vraag, Huisstijl.Tabel),
                Cel.Tekst(Teksten.Antwoord(f.Waarde, f.Pad, regelset), Huisstijl.Tabel),
            ])],
            PdfRapport.MaxRij);
    }

    private static IEnumerable<IBlok> OpenVragen(Bandbreedte bandbreedte, Func<string, string, bool, Kop> paragraaf)
    {
        // The heading, the range in words and the best and worst outcome move to the next page together.
        yield return new BijElkaar(
        [
            paragraaf("Wat de open vragen beslissen", "open-vragen", true) with { RuimteBoven = 14 },
            new Alinea(bandbreedte.Toelichting, Huisstijl.Gewoon, 6),
            new Tabel(
                [new Kolom("Als de open vragen", 34), new Kolom("Oordeel", 40), new Kolom("Score", 26)],
                [
                    UitkomstRij("gunstig uitvallen", bandbreedte.BesteOordeel, bandbreedte.BesteScore),
                    UitkomstRij("ongunstig uitvallen", bandbreedte.SlechtsteOordeel, bandbreedte.SlechtsteScore),
                ],
                PdfRapport.MaxRij),
        ]);
        if (bandbreedte.BeslissendeVragen.Count == 0)
        {
            yield break;
        }

        yield return new Kop("De vragen die het meest beslissen, de belangrijkste eerst", Huisstijl.Kop3, 4);
        yield return new Tabel(
            [new Kolom("Vraag", 25), new Kolom("Effect", 11), new Kolom("Oordeel bij gunstig antwoord", 18), new Kolom("Oordeel bij ongunstig antwoord", 18), new Kolom("Toelichting", 28)],
            [.. bandbreedte.BeslissendeVragen.Select(v => (IReadOnlyList<Cel>)
            [
                Cel.Tekst(v.Vraag, Huisstijl.Tabel),
                Cel.Tekst(Teksten.Punten(v.Effect), Huisstijl.Tabel),
                OordeelCel(v.OordeelBijGunstig),
                OordeelCel(v.OordeelBijOngunstig),
                Cel.Tekst(v.Toelichting, Huisstijl.Tabel),
            ])],
            PdfRapport.MaxRij);
    }

    private static IReadOnlyList<Cel> UitkomstRij(string wanneer, string oordeel, int score) =>
        [Cel.Tekst(wanneer, Huisstijl.Tabel), OordeelCel(oordeel), Cel.Tekst($"{score} van 100", Huisstijl.Tabel)];

    private static Cel OordeelCel(string oordeel) =>
        new([new Celdeel(Teksten.Oordeel(oordeel), Huisstijl.Tabel)], (c, vak) => Teksten.TekenStatus(c, vak, Teksten.TekenVanOordeel(oordeel)));
}
