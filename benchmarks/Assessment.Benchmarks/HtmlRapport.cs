using System.Net;
using System.Text;
using Assessment.Report.Opmaak;

namespace Assessment.Benchmarks;

/// <summary>
/// The report's blocks as one HTML page with print CSS (A4, the same margins, type sizes and running footer), so
/// headless Chromium can print the same content for the comparison in <see cref="RapportBenchmarks"/>: headings,
/// paragraphs, lists, tables with repeated header rows, the table of contents and the charts (as bars in HTML).
/// </summary>
internal static class HtmlRapport
{
    public static string Maak(IEnumerable<IBlok> blokken, Documentgegevens gegevens)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"nl-NL\"><head><meta charset=\"utf-8\"><title>").Append(E(gegevens.Titel)).Append("</title><style>")
            .Append("@page{size:A4;margin:68pt 56pt 62pt 56pt}body{font-family:'Noto Sans',sans-serif;font-size:9.5pt;line-height:1.35;color:#1f2328}")
            .Append("h1{font-size:16pt;color:#154273}h2{font-size:12pt}h3{font-size:10pt}table{width:100%;border-collapse:collapse;font-size:8.5pt}")
            .Append("thead{display:table-header-group}th{background:#f2f4f6;text-align:left}td,th{padding:3pt 4pt;border-bottom:.5pt solid #c8cdd3;vertical-align:top}")
            .Append("tr{break-inside:avoid}.pagina{break-after:page}.staaf{height:10pt;background:#154273}a{color:#154273;text-decoration:none}")
            .Append("</style></head><body>");
        foreach (var blok in blokken)
        {
            Blok(html, blok);
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Blok(StringBuilder html, IBlok blok)
    {
        switch (blok)
        {
            case Kop k:
                html.Append('<').Append(k.Tag.ToLowerInvariant()).Append(" id=\"").Append(k.Anker).Append("\">").Append(E(k.Tekst)).Append("</").Append(k.Tag.ToLowerInvariant()).Append('>');
                break;
            case Alinea a:
                html.Append("<p>").Append(E(a.Tekst)).Append("</p>");
                break;
            case Verwijzing v:
                html.Append("<p><a href=\"#").Append(v.Anker).Append("\">").Append(E(v.Tekst.Replace(Celdeel.PaginaPlek, "", StringComparison.Ordinal))).Append("</a></p>");
                break;
            case Lijst l:
                html.Append(l.Genummerd ? "<ol>" : "<ul>");
                foreach (var item in l.Items)
                {
                    html.Append("<li>").Append(E(item)).Append("</li>");
                }

                html.Append(l.Genummerd ? "</ol>" : "</ul>");
                break;
            case Tabel t:
                html.Append("<table><thead><tr>");
                foreach (var kolom in t.Kolommen)
                {
                    html.Append("<th scope=\"col\" style=\"width:").Append(kolom.Aandeel.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("%\">").Append(E(kolom.Titel)).Append("</th>");
                }

                html.Append("</tr></thead><tbody>");
                foreach (var rij in t.Rijen)
                {
                    html.Append("<tr>");
                    foreach (var cel in rij)
                    {
                        html.Append("<td>");
                        foreach (var deel in cel.Delen)
                        {
                            var tekst = E(deel.Tekst.Replace(Celdeel.PaginaPlek, "", StringComparison.Ordinal));
                            html.Append(deel.Doel is { } doel ? $"<a href=\"#{doel}\">{tekst}</a> " : $"<div>{tekst}</div>");
                        }

                        html.Append("</td>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            case Inhoudsopgave i:
                html.Append("<nav><ol>");
                foreach (var (titel, _, anker) in i.Items)
                {
                    html.Append("<li><a href=\"#").Append(anker).Append("\">").Append(E(titel)).Append("</a></li>");
                }

                html.Append("</ol></nav>");
                break;
            case Tekening { Alt: { } alt }:
                html.Append("<figure role=\"img\" aria-label=\"").Append(E(alt)).Append("\">");
                foreach (var staaf in alt[(alt.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(';'))
                {
                    html.Append("<div>").Append(E(staaf.Trim())).Append("<div class=\"staaf\" style=\"width:")
                        .Append(new string([.. staaf.Where(char.IsDigit)]) is { Length: > 0 } getal ? getal : "0").Append("%\"></div></div>");
                }

                html.Append("</figure>");
                break;
            case Tekening:
                html.Append("<p><strong>Oordeel</strong></p>");
                break;
            case BijElkaar b:
                html.Append("<div style=\"break-inside:avoid\">");
                foreach (var kind in b.Blokken)
                {
                    Blok(html, kind);
                }

                html.Append("</div>");
                break;
            case PaginaEinde:
                html.Append("<div class=\"pagina\"></div>");
                break;
            default:
                break;
        }
    }

    private static string E(string? tekst) => WebUtility.HtmlEncode(tekst ?? "");
}
