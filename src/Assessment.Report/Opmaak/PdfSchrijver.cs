using System.Globalization;
using SkiaSharp;

namespace Assessment.Report.Opmaak;

/// <summary>Document properties written into the PDF: title, author, subject, keywords, date and language.</summary>
public sealed record Documentgegevens(string Titel, string Auteur, string Onderwerp, string Trefwoorden, DateTimeOffset Aangemaakt, string Taal = "nl-NL");

/// <summary>The running header and footer of a page; the footer knows the page number and the page count.</summary>
public sealed record Paginarand(string KopLinks, string KopRechts, string VoetLinks);

/// <summary>
/// Writes blocks to an A4 PDF with SkiaSharp's PDF backend: lays them out as strips, paginates, then draws
/// every page with its header and a footer "pagina X van Y". Text is real text in an embedded font. The
/// same blocks and properties give the same bytes (the dates are those given, never the clock).
/// </summary>
public static class PdfSchrijver
{
    public const float PaginaBreedte = 595.28f;
    public const float PaginaHoogte = 841.89f;
    public static readonly SKRect Inhoud = new(56, 68, PaginaBreedte - 56, PaginaHoogte - 62);

    public static byte[] Schrijf(IEnumerable<IBlok> blokken, Documentgegevens gegevens, Paginarand rand)
    {
        var stroken = blokken.SelectMany(b => b.Stroken(Inhoud.Width)).ToList();
        var paginas = Paginering.Verdeel(stroken, Inhoud.Height);

        using var uit = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = gegevens.Titel,
            Author = gegevens.Auteur,
            Subject = gegevens.Onderwerp,
            Keywords = gegevens.Trefwoorden,
            Creator = "Afwegingskader ambtelijke fusie",
            Producer = "Afwegingskader (SkiaSharp PDF)",
            Creation = gegevens.Aangemaakt.UtcDateTime,
            Modified = gegevens.Aangemaakt.UtcDateTime,
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        using (var document = SKDocument.CreatePdf(uit, metadata))
        {
            for (var i = 0; i < paginas.Count; i++)
            {
                var canvas = document.BeginPage(PaginaBreedte, PaginaHoogte);
                TekenRand(canvas, rand, i + 1, paginas.Count);
                Paginering.Teken(canvas, paginas[i], Inhoud);
                document.EndPage();
            }

            document.Close();
        }

        return PdfNabewerking.Verwerk(uit.ToArray(), gegevens.Taal);
    }

    private static void TekenRand(SKCanvas canvas, Paginarand rand, int pagina, int aantal)
    {
        var klein = Huisstijl.Klein;
        var koplijn = Inhoud.Top - 22;
        Tekstzetter.Teken(canvas, rand.KopLinks, Inhoud.Left, koplijn, klein);
        var rechts = Afgekort(rand.KopRechts, klein, Inhoud.Width - Tekstzetter.Breedte(rand.KopLinks, klein) - 24);
        Tekstzetter.Teken(canvas, rechts, Inhoud.Right - Tekstzetter.Breedte(rechts, klein), koplijn, klein);
        var lijn = Verf.Lijn(Huisstijl.Lijn, 0.5f);
        canvas.DrawLine(Inhoud.Left, koplijn + 6, Inhoud.Right, koplijn + 6, lijn);

        var voetlijn = Inhoud.Bottom + 30;
        canvas.DrawLine(Inhoud.Left, voetlijn - 12, Inhoud.Right, voetlijn - 12, lijn);
        var nummer = $"pagina {pagina.ToString(CultureInfo.InvariantCulture)} van {aantal.ToString(CultureInfo.InvariantCulture)}";
        var links = Afgekort(rand.VoetLinks, klein, Inhoud.Width - Tekstzetter.Breedte(nummer, klein) - 24);
        Tekstzetter.Teken(canvas, links, Inhoud.Left, voetlijn, klein);
        Tekstzetter.Teken(canvas, nummer, Inhoud.Right - Tekstzetter.Breedte(nummer, klein), voetlijn, klein);
    }

    /// <summary>The text, shortened with an ellipsis to fit the width.</summary>
    public static string Afgekort(string tekst, Stijl stijl, float breedte)
    {
        if (Tekstzetter.Breedte(tekst, stijl) <= breedte)
        {
            return tekst;
        }

        var lengte = tekst.Length;
        while (lengte > 0 && Tekstzetter.Breedte(tekst[..lengte] + "…", stijl) > breedte)
        {
            lengte--;
        }

        return tekst[..lengte].TrimEnd() + "…";
    }
}
