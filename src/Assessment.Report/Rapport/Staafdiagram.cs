using Assessment.Report.Opmaak;
using SkiaSharp;

namespace Assessment.Report.Rapport;

/// <summary>
/// A horizontal bar chart of scores 0–100: a label, a bar and the number written out, so the chart reads
/// without colour. A missing score shows as an outlined empty bar with "geen score".
/// </summary>
internal static class Staafdiagram
{
    private const float Rij = 17;

    public static IBlok Maak(IReadOnlyList<(string Label, int? Score, int Niveau)> staven) =>
        new BijElkaar([new Tekening((staven.Count * Rij) + 22, (canvas, vak) => Teken(canvas, vak, staven))]);

    private static void Teken(SKCanvas canvas, SKRect vak, IReadOnlyList<(string Label, int? Score, int Niveau)> staven)
    {
        var labelBreedte = vak.Width * 0.36f;
        var staafLinks = vak.Left + labelBreedte;
        var staafBreedte = vak.Width * 0.48f;
        var raster = Verf.Lijn(Huisstijl.Lijn, 0.5f);
        var klein = Huisstijl.Klein;
        for (var t = 0; t <= 100; t += 25)
        {
            var x = staafLinks + (staafBreedte * t / 100);
            canvas.DrawLine(x, vak.Top, x, vak.Top + (staven.Count * Rij), raster);
            var label = t.ToString(Teksten.Nl);
            Tekstzetter.Teken(canvas, label, x - (Tekstzetter.Breedte(label, klein) / 2), vak.Top + (staven.Count * Rij) + 11, klein);
        }

        var vul = Verf.Vul(Huisstijl.Accent);
        var licht = Verf.Vul(new SKColor(0x6A, 0x8F, 0xB8));
        var rand = Verf.Streep(Huisstijl.Grijs);
        for (var i = 0; i < staven.Count; i++)
        {
            var (label, score, niveau) = staven[i];
            var y = vak.Top + (i * Rij);
            var stijl = niveau == 0 ? Huisstijl.TabelVet : Huisstijl.Tabel;
            var tekst = PdfSchrijver.Afgekort(label, stijl, labelBreedte - 8 - (niveau * 10));
            Tekstzetter.Teken(canvas, tekst, vak.Left + (niveau * 10), y + 12, stijl);
            var staaf = new SKRect(staafLinks, y + 4, staafLinks + (staafBreedte * (score ?? 0) / 100f), y + Rij - 3);
            if (score is null)
            {
                canvas.DrawRect(new SKRect(staafLinks, y + 4, staafLinks + staafBreedte, y + Rij - 3), rand);
            }
            else
            {
                canvas.DrawRect(staaf, niveau == 0 ? vul : licht);
            }

            var waarde = score is { } s ? $"{s}" : "geen score";
            Tekstzetter.Teken(canvas, waarde, staafLinks + staafBreedte + 8, y + 12, stijl);
        }
    }
}
