using System.Globalization;
using Assessment.Report.Opmaak.Pdf;

namespace Assessment.Report.Opmaak;

/// <summary>Document properties written into the PDF: title, author, subject, keywords, date and language.</summary>
public sealed record Documentgegevens(string Titel, string Auteur, string Onderwerp, string Trefwoorden, DateTimeOffset Aangemaakt, string Taal = "nl-NL");

/// <summary>The running header and footer of a page; the footer knows the page number and the page count.</summary>
public sealed record Paginarand(string KopLinks, string KopRechts, string VoetLinks);

/// <summary>
/// Writes blocks to an A4 PDF as a tagged PDF (PDF/UA-1): lays them out as strips, paginates, then
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

        using var document = new Documentopbouw(paginas.Count, ankers);
        for (var i = 0; i < paginas.Count; i++)
        {
            var doek = new Doek(document, i + 1, paginas.Count);
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
            doek.Sluit();
        }

        if (document.Open.Count != 1)
        {
            throw new InvalidOperationException($"De structuur van het document is niet gesloten: {document.Open.Count - 1} elementen staan nog open.");
        }

        return Documentafsluiting.Schrijf(document, gegevens, bladwijzers);
    }

    private static void TekenRand(Doek doek, Paginarand rand)
    {
        var klein = Huisstijl.Klein;
        var koplijn = Inhoud.Top - 22;
        Tekstzetter.Teken(doek, rand.KopLinks, Inhoud.Left, koplijn, klein);
        var rechts = Afgekort(rand.KopRechts, klein, InhoudBreedte - Tekstzetter.Breedte(rand.KopLinks, klein) - 24);
        Tekstzetter.Teken(doek, rechts, Inhoud.Right - Tekstzetter.Breedte(rechts, klein), koplijn, klein);
        var lijn = new Pen(Huisstijl.Lijn, 0.5f);
        doek.Lijn(lijn, Inhoud.Left, koplijn + 6, Inhoud.Right, koplijn + 6);

        var voetlijn = Inhoud.Bottom + 30;
        doek.Lijn(lijn, Inhoud.Left, voetlijn - 12, Inhoud.Right, voetlijn - 12);
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
