using Assessment.Report.Opmaak;

namespace Assessment.Report.Rapport;

/// <summary>
/// A horizontal bar chart of scores 0–100: a label, a bar and the number written out, so the chart reads
/// without colour. A missing score shows as an outlined empty bar with "geen score". In the tagged PDF it is a
/// figure whose alternative text gives every label with its number.
/// </summary>
internal static class Staafdiagram
{
    private const float Rij = 17;

    public static IBlok Maak(string onderwerp, IReadOnlyList<(string Label, int? Score, int Niveau)> staven) =>
        new BijElkaar([new Tekening((staven.Count * Rij) + 22, (doek, vak) => Teken(doek, vak, staven)) { Alt = Alt(onderwerp, staven) }]);

    /// <summary>"Staafdiagram van de scores (0 tot 100): Publieke waarde 62; Legitimiteit geen score; ..."</summary>
    public static string Alt(string onderwerp, IReadOnlyList<(string Label, int? Score, int Niveau)> staven) =>
        $"Staafdiagram {onderwerp} (0 tot 100): " + string.Join("; ", staven.Select(s => $"{s.Label} {(s.Score is { } n ? n.ToString(Teksten.Nl) : "geen score")}")) + ".";

    private static void Teken(Doek doek, Vak vak, IReadOnlyList<(string Label, int? Score, int Niveau)> staven)
    {
        var links = vak.Links;
        var boven = vak.Boven;
        var labelBreedte = vak.Breedte * 0.36f;
        var staafLinks = links + labelBreedte;
        var staafBreedte = vak.Breedte * 0.48f;
        var raster = new Pen(Huisstijl.Lijn, 0.5f);
        var klein = Huisstijl.Klein;
        for (var t = 0; t <= 100; t += 25)
        {
            var x = staafLinks + (staafBreedte * t / 100);
            doek.Lijn(raster, x, boven, x, boven + (staven.Count * Rij));
            var label = t.ToString(Teksten.Nl);
            Tekstzetter.Teken(doek, label, x - (Tekstzetter.Breedte(label, klein) / 2), boven + (staven.Count * Rij) + 11, klein);
        }

        var vul = Huisstijl.Accent;
        var licht = new Kleur(0x6A, 0x8F, 0xB8);
        var rand = new Pen(Huisstijl.Grijs, 0.7f, Gestreept: true);
        for (var i = 0; i < staven.Count; i++)
        {
            var (label, score, niveau) = staven[i];
            var y = boven + (i * Rij);
            var stijl = niveau == 0 ? Huisstijl.TabelVet : Huisstijl.Tabel;
            var tekst = PdfSchrijver.Afgekort(label, stijl, labelBreedte - 8 - (niveau * 10));
            Tekstzetter.Teken(doek, tekst, links + (niveau * 10), y + 12, stijl);
            if (score is null)
            {
                doek.Rechthoek(rand, staafLinks, y + 4, staafBreedte, Rij - 7);
            }
            else if (score > 0)
            {
                doek.Rechthoek(niveau == 0 ? vul : licht, staafLinks, y + 4, staafBreedte * score.Value / 100f, Rij - 7);
            }

            var waarde = score is { } s ? $"{s}" : "geen score";
            Tekstzetter.Teken(doek, waarde, staafLinks + staafBreedte + 8, y + 12, stijl);
        }
    }
}
