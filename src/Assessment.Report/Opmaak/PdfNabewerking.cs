using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Assessment.Report.Opmaak;

/// <summary>
/// Finishes the PDF that SkiaSharp writes: adds the document language (<c>/Lang</c>) to the catalog, which
/// SkiaSharp's metadata does not cover, and writes each line of text as one text string instead of one
/// positioned glyph at a time (SkiaSharp positions every glyph with its own <c>Td</c>; with the bundled
/// fonts, unhinted metrics and no kerning those positions are exactly the glyph widths in the font, so the
/// result is the same page at about a third of the size). Then rebuilds the cross-reference table.
/// </summary>
internal static partial class PdfNabewerking
{
    public static byte[] Verwerk(byte[] pdf, string taal)
    {
        var tekst = Encoding.Latin1.GetString(pdf);
        var eersteObject = ObjectKop().Match(tekst);
        var xrefPositie = tekst.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var trailerPositie = tekst.IndexOf("trailer", xrefPositie, StringComparison.Ordinal);
        var startxref = tekst.IndexOf("startxref", trailerPositie, StringComparison.Ordinal);
        if (!eersteObject.Success || xrefPositie <= 0 || trailerPositie < 0 || startxref < 0)
        {
            throw new InvalidOperationException("De PDF heeft niet de verwachte opbouw (objecten, xref, trailer).");
        }

        var uit = new MemoryStream(pdf.Length);
        Schrijf(uit, tekst[..eersteObject.Index]);
        var posities = new SortedDictionary<int, long>();
        var p = eersteObject.Index;
        while (p < xrefPositie)
        {
            var kop = ObjectKop().Match(tekst, p);
            if (!kop.Success || kop.Index != p)
            {
                break;
            }

            var nummer = int.Parse(kop.Groups[1].Value, CultureInfo.InvariantCulture);
            var inhoudStart = kop.Index + kop.Length;
            var streamStart = tekst.IndexOf("stream\n", inhoudStart, StringComparison.Ordinal);
            var einde = tekst.IndexOf("endobj\n", inhoudStart, StringComparison.Ordinal);
            posities[nummer] = uit.Position;
            if (streamStart >= 0 && streamStart < einde)
            {
                var woordenboek = tekst[inhoudStart..streamStart];
                var lengte = int.Parse(Lengte().Match(woordenboek).Groups[1].Value, CultureInfo.InvariantCulture);
                var dataStart = streamStart + "stream\n".Length;
                var data = pdf.AsSpan(dataStart, lengte);
                einde = tekst.IndexOf("endobj\n", dataStart + lengte, StringComparison.Ordinal);
                if (IsTekstInhoud(woordenboek))
                {
                    var nieuw = Comprimeer(VoegTekstSamen(Decomprimeer(data)));
                    Schrijf(uit, kop.Value + woordenboek.Replace($"/Length {lengte}", $"/Length {nieuw.Length}", StringComparison.Ordinal) + "stream\n");
                    uit.Write(nieuw);
                    Schrijf(uit, "\nendstream\nendobj\n");
                }
                else
                {
                    uit.Write(pdf.AsSpan(p, einde + "endobj\n".Length - p));
                }
            }
            else
            {
                var object_ = tekst[p..(einde + "endobj\n".Length)];
                if (object_.Contains("/Type /Catalog", StringComparison.Ordinal) && !object_.Contains("/Lang", StringComparison.Ordinal))
                {
                    object_ = object_.Replace("/Type /Catalog", $"/Type /Catalog\n/Lang ({taal})", StringComparison.Ordinal);
                }

                Schrijf(uit, object_);
            }

            p = einde + "endobj\n".Length;
        }

        var xref = uit.Position;
        var aantal = posities.Keys.Max() + 1;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(aantal.ToString(CultureInfo.InvariantCulture)).Append('\n').Append("0000000000 65535 f \n");
        for (var n = 1; n < aantal; n++)
        {
            sb.Append(posities.TryGetValue(n, out var o) ? o.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n" : "0000000000 65535 f \n");
        }

        sb.Append(tekst[trailerPositie..startxref]).Append("startxref\n").Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        Schrijf(uit, sb.ToString());
        return uit.ToArray();
    }

    /// <summary>A page content stream (not a font file or an image): only a filter and a length.</summary>
    private static bool IsTekstInhoud(string woordenboek) => PaginaInhoud().IsMatch(woordenboek);

    /// <summary>Joins runs of "&lt;g&gt; Tj" glyphs positioned by their own advance into one "&lt;ggg&gt; Tj".</summary>
    internal static string VoegTekstSamen(string inhoud) =>
        GlyphReeks().Replace(inhoud, m =>
        {
            var glyphs = new StringBuilder(m.Groups[1].Value);
            foreach (Capture vervolg in m.Groups[2].Captures)
            {
                glyphs.Append(vervolg.Value);
            }

            return "<" + glyphs + "> Tj\n";
        });

    private static string Decomprimeer(ReadOnlySpan<byte> data)
    {
        using var bron = new ZLibStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
        using var uit = new MemoryStream();
        bron.CopyTo(uit);
        return Encoding.Latin1.GetString(uit.ToArray());
    }

    private static byte[] Comprimeer(string inhoud)
    {
        using var uit = new MemoryStream();
        using (var z = new ZLibStream(uit, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(Encoding.Latin1.GetBytes(inhoud));
        }

        return uit.ToArray();
    }

    private static void Schrijf(Stream uit, string tekst) => uit.Write(Encoding.Latin1.GetBytes(tekst));

    [GeneratedRegex(@"(\d+) 0 obj\n")]
    private static partial Regex ObjectKop();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex Lengte();

    [GeneratedRegex(@"^<</Filter /FlateDecode\n/Length \d+>> $")]
    private static partial Regex PaginaInhoud();

    [GeneratedRegex(@"<([0-9A-F]+)> Tj\n(?:-?[0-9.]+ 0 Td <([0-9A-F]+)> Tj\n)+")]
    private static partial Regex GlyphReeks();
}
