using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Assessment.Report.Opmaak;

/// <summary>Document properties written into the PDF: title, author, subject, keywords, date and language.</summary>
public sealed record Documentgegevens(string Titel, string Auteur, string Onderwerp, string Trefwoorden, DateTimeOffset Aangemaakt, string Taal = "nl-NL");

/// <summary>The running header and footer of a page; the footer knows the page number and the page count.</summary>
public sealed record Paginarand(string KopLinks, string KopRechts, string VoetLinks);

/// <summary>
/// Writes blocks to an A4 PDF with PDFsharp as a tagged PDF (PDF/UA-1): lays them out as strips, paginates, then
/// draws every page in reading order while building the structure tree from the strips' tags; the running header
/// and the footer "pagina X van Y" are artifacts; headings with an outline level become bookmarks; links point to
/// named places whose pages are known from the pagination. Text is real text in an embedded font subset with a
/// Unicode mapping. The same blocks and properties give the same bytes (the dates are those given, never the clock).
/// </summary>
public static class PdfSchrijver
{
    public const float PaginaBreedte = 595.28f;
    public const float PaginaHoogte = 841.89f;

    /// <summary>The content area of a page: left, top, right, bottom in points from the top-left corner.</summary>
    public static readonly (float Left, float Top, float Right, float Bottom) Inhoud = (56, 68, PaginaBreedte - 56, PaginaHoogte - 62);

    public static float InhoudBreedte => Inhoud.Right - Inhoud.Left;

    public static float InhoudHoogte => Inhoud.Bottom - Inhoud.Top;

    public static byte[] Schrijf(IEnumerable<IBlok> blokken, Documentgegevens gegevens, Paginarand rand)
    {
        Lettertypen.Registreer();
        var stroken = blokken.SelectMany(b => b.Stroken(InhoudBreedte)).ToList();
        var paginas = Paginering.Verdeel(stroken, InhoudHoogte);

        // Named places and outline entries, from the pagination: a link may point forward.
        var ankers = new Dictionary<string, (int Pagina, float Y)>(StringComparer.Ordinal);
        var bladwijzers = new List<(Bladwijzer Bladwijzer, int Pagina, float Y)>();
        for (var i = 0; i < paginas.Count; i++)
        {
            foreach (var (strook, y, herhaald) in paginas[i])
            {
                if (herhaald)
                {
                    continue;
                }

                if (strook.Anker is { } anker)
                {
                    ankers.TryAdd(anker, (i + 1, Inhoud.Top + y));
                }

                if (strook.Bladwijzer is { } bladwijzer)
                {
                    bladwijzers.Add((bladwijzer, i + 1, Inhoud.Top + y));
                }
            }
        }

        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.Default;
        document.Options.NoCompression = false;
        document.Info.Title = gegevens.Titel;
        document.Info.Author = gegevens.Auteur;
        document.Info.Subject = gegevens.Onderwerp;
        document.Info.Keywords = gegevens.Trefwoorden;
        document.Info.Creator = "Afwegingskader ambtelijke fusie";
        document.Info.CreationDate = gegevens.Aangemaakt.UtcDateTime;
        document.Info.ModificationDate = gegevens.Aangemaakt.UtcDateTime;
        var id = PdfNabewerking.DocumentId(gegevens);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(gegevens.Taal);
        var structuur = ua.StructureBuilder;

        var diepte = new Doek.Diepte();
        var koppelingen = new Doek.Koppelingen(PdfNabewerking.Datum(gegevens));
        for (var i = 0; i < paginas.Count; i++)
        {
            var pagina = document.AddPage();
            pagina.Width = XUnit.FromPoint(PaginaBreedte);
            pagina.Height = XUnit.FromPoint(PaginaHoogte);
            using var graphics = XGraphics.FromPdfPage(pagina);
            var doek = new Doek(graphics, pagina, structuur, i + 1, paginas.Count, ankers, diepte, koppelingen);
            doek.Artefact(() => TekenRand(doek, rand));
            foreach (var (strook, y, herhaald) in paginas[i])
            {
                var punt = new Punt(Inhoud.Left, Inhoud.Top + y);
                if (herhaald)
                {
                    doek.Artefact(() => strook.Teken(doek, punt, InhoudBreedte));
                    continue;
                }

                foreach (var tag in strook.Open)
                {
                    doek.Begin(tag);
                }

                strook.Teken(doek, punt, InhoudBreedte);
                for (var s = 0; s < strook.Sluit; s++)
                {
                    doek.End();
                }
            }

            // An element that continues on the next page (a long paragraph, a table) closes its marked content here.
            structuur.EndMarkedContentsWithId();
        }

        if (diepte.Open != 0)
        {
            throw new InvalidOperationException($"De structuur van het document is niet gesloten: {diepte.Open} elementen staan nog open.");
        }

        koppelingen.Registreer(ua);
        MaakBladwijzers(document, bladwijzers);
        using var uit = new MemoryStream();
        document.Save(uit, closeStream: false);
        return PdfNabewerking.Verwerk(uit.ToArray(), gegevens);
    }

    private static void MaakBladwijzers(PdfDocument document, List<(Bladwijzer Bladwijzer, int Pagina, float Y)> bladwijzers)
    {
        PdfSharp.Pdf.PdfOutline? hoofdstuk = null;
        foreach (var (bladwijzer, pagina, y) in bladwijzers)
        {
            var doel = document.Pages[pagina - 1];
            if (bladwijzer.Niveau <= 1 || hoofdstuk is null)
            {
                hoofdstuk = document.Outlines.Add(bladwijzer.Titel, doel, false);
                Plaats(hoofdstuk, y);
            }
            else
            {
                Plaats(hoofdstuk.Outlines.Add(bladwijzer.Titel, doel, false), y);
            }
        }

        static void Plaats(PdfSharp.Pdf.PdfOutline item, float y)
        {
            item.PageDestinationType = PdfPageDestinationType.Xyz;
            item.Left = 0;
            item.Top = PaginaHoogte - y + 6;
        }
    }

    private static void TekenRand(Doek doek, Paginarand rand)
    {
        var klein = Huisstijl.Klein;
        var g = doek.Graphics;
        var koplijn = Inhoud.Top - 22;
        Tekstzetter.Teken(doek, rand.KopLinks, Inhoud.Left, koplijn, klein);
        var rechts = Afgekort(rand.KopRechts, klein, InhoudBreedte - Tekstzetter.Breedte(rand.KopLinks, klein) - 24);
        Tekstzetter.Teken(doek, rechts, Inhoud.Right - Tekstzetter.Breedte(rechts, klein), koplijn, klein);
        var lijn = Verf.Lijn(Huisstijl.Lijn, 0.5f);
        g.DrawLine(lijn, Inhoud.Left, koplijn + 6, Inhoud.Right, koplijn + 6);

        var voetlijn = Inhoud.Bottom + 30;
        g.DrawLine(lijn, Inhoud.Left, voetlijn - 12, Inhoud.Right, voetlijn - 12);
        var nummer = $"pagina {doek.Pagina.ToString(CultureInfo.InvariantCulture)} van {doek.Aantal.ToString(CultureInfo.InvariantCulture)}";
        var links = Afgekort(rand.VoetLinks, klein, InhoudBreedte - Tekstzetter.Breedte(nummer, klein) - 24);
        Tekstzetter.Teken(doek, links, Inhoud.Left, voetlijn, klein);
        Tekstzetter.Teken(doek, nummer, Inhoud.Right - Tekstzetter.Breedte(nummer, klein), voetlijn, klein);
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
