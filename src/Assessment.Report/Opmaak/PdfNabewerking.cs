using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Assessment.Report.Opmaak;

/// <summary>
/// The last step after PDFsharp has saved the document: the XMP metadata stream is replaced by one that identifies
/// the file as PDF/UA-1 (<c>pdfuaid:part</c>) with the document's title, author, subject, language and dates (PDFsharp
/// 6.2's own packet has neither the PDF/UA identification nor fixed dates); the font subsets get names derived from
/// their order and the link annotations the document's date instead of random names and the clock, so the same report
/// gives the same bytes; and the file is written compactly with object streams and a cross-reference stream.
/// </summary>
internal static partial class PdfNabewerking
{
    /// <summary>The file identifier (/ID): derived from the document's properties, never random.</summary>
    public static string DocumentId(Documentgegevens gegevens)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{gegevens.Titel}\n{gegevens.Onderwerp}\n{gegevens.Aangemaakt:O}"));
        return Convert.ToHexString(hash, 0, 8);
    }

    public static byte[] Verwerk(byte[] pdf, Documentgegevens gegevens)
    {
        var tekst = VasteSubsetnamen(Encoding.Latin1.GetString(pdf));
        var objecten = Objecten(tekst, out var kop, out var trailer);
        var metadata = objecten.FirstOrDefault(o => o.Inhoud.StartsWith("<</Type/Metadata/Subtype/XML", StringComparison.Ordinal));
        if (metadata.Nummer == 0)
        {
            throw new InvalidOperationException("De PDF heeft geen XMP-metadata om aan te vullen.");
        }

        var xmp = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Xmp(gegevens)));
        var datum = "D:" + gegevens.Aangemaakt.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        var geschreven = objecten.Select(o => o.Nummer == metadata.Nummer
            ? o with { Inhoud = $"<</Type/Metadata/Subtype/XML/Length {xmp.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n{xmp}\nendstream" }
            : o.Inhoud.StartsWith("<</Type/Annot", StringComparison.Ordinal)
                ? o with { Inhoud = Wijzigingsdatum().Replace(AnnotatieNaam().Replace(o.Inhoud, ""), $"/M({datum})") }
                : o).ToList();
        return Encoding.Latin1.GetBytes(Compact(kop, geschreven, trailer));
    }

    private readonly record struct PdfObject(int Nummer, string Inhoud)
    {
        public bool IsStroom => Inhoud.Contains(">>\nstream\n", StringComparison.Ordinal) || Inhoud.Contains(">>stream\n", StringComparison.Ordinal);

        /// <summary>Streams, and the catalog (language, structure tree, outline), which simple tools look for in the file itself.</summary>
        public bool Los => IsStroom || Inhoud.StartsWith("<</Type/Catalog", StringComparison.Ordinal);
    }

    /// <summary>The objects of a PDF with a classic cross-reference table (as PDFsharp writes it), in file order.</summary>
    private static List<PdfObject> Objecten(string tekst, out string kop, out string trailer)
    {
        var startxref = tekst.LastIndexOf("startxref", StringComparison.Ordinal);
        var xref = tekst.LastIndexOf("\nxref\n", startxref, StringComparison.Ordinal) + 1;
        var trailerBegin = tekst.IndexOf("trailer", xref, StringComparison.Ordinal);
        if (xref <= 0 || trailerBegin < 0)
        {
            throw new InvalidOperationException("De PDF heeft niet de verwachte opbouw (xref, trailer).");
        }

        trailer = tekst[trailerBegin..startxref];
        var posities = new List<(int Nummer, int Positie)>();
        var nummer = 0;
        foreach (var regel in tekst[xref..trailerBegin].Split('\n').Skip(1))
        {
            var delen = regel.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (delen.Length == 2)
            {
                nummer = int.Parse(delen[0], CultureInfo.InvariantCulture);
                continue;
            }

            if (delen.Length == 3)
            {
                if (delen[2] == "n")
                {
                    posities.Add((nummer, int.Parse(delen[0], CultureInfo.InvariantCulture)));
                }

                nummer++;
            }
        }

        posities.Sort((a, b) => a.Positie.CompareTo(b.Positie));
        kop = tekst[..posities[0].Positie];
        var objecten = new List<PdfObject>(posities.Count);
        for (var i = 0; i < posities.Count; i++)
        {
            var (n, van) = posities[i];
            var tot = i + 1 < posities.Count ? posities[i + 1].Positie : xref;
            var stuk = tekst[van..tot];
            var begin = stuk.IndexOf("obj", StringComparison.Ordinal) + 3;
            var eind = stuk.LastIndexOf("endobj", StringComparison.Ordinal);
            objecten.Add(new PdfObject(n, stuk[begin..eind].Trim('\n', '\r', ' ')));
        }

        return objecten;
    }

    /// <summary>
    /// Writes the objects compactly (PDF 1.5): streams as they are, every other object in compressed object streams, and
    /// a compressed cross-reference stream. A tagged report has thousands of small structure elements and links; this
    /// keeps the file small. Deterministic: the same objects give the same bytes.
    /// </summary>
    private static string Compact(string kop, List<PdfObject> objecten, string trailer)
    {
        var uit = new StringBuilder(kop);
        var plaats = new Dictionary<int, (int Soort, int A, int B)>();
        foreach (var o in objecten.Where(o => o.Los))
        {
            plaats[o.Nummer] = (1, uit.Length, 0);
            uit.Append(o.Nummer.ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n").Append(o.Inhoud).Append("\nendobj\n");
        }

        var volgende = objecten.Max(o => o.Nummer) + 1;
        foreach (var groep in objecten.Where(o => !o.Los).Chunk(200))
        {
            var stroom = volgende++;
            var index = new StringBuilder();
            var lichaam = new StringBuilder();
            for (var i = 0; i < groep.Length; i++)
            {
                index.Append(groep[i].Nummer.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(lichaam.Length.ToString(CultureInfo.InvariantCulture)).Append(' ');
                lichaam.Append(groep[i].Inhoud).Append('\n');
                plaats[groep[i].Nummer] = (2, stroom, i);
            }

            var inhoud = Inpakken(index.Append('\n').ToString() + lichaam);
            plaats[stroom] = (1, uit.Length, 0);
            uit.Append(CultureInfo.InvariantCulture, $"{stroom} 0 obj\n<</Type/ObjStm/N {groep.Length}/First {index.Length}/Filter/FlateDecode/Length {inhoud.Length}>>\nstream\n")
                .Append(inhoud).Append("\nendstream\nendobj\n");
        }

        var xref = volgende++;
        plaats[xref] = (1, uit.Length, 0);
        var rijen = new byte[volgende * 7];
        for (var n = 0; n < volgende; n++)
        {
            var (soort, a, b) = plaats.TryGetValue(n, out var p) ? p : (0, 0, n == 0 ? 0xFFFF : 0);
            rijen[n * 7] = (byte)soort;
            rijen[(n * 7) + 1] = (byte)(a >> 24);
            rijen[(n * 7) + 2] = (byte)(a >> 16);
            rijen[(n * 7) + 3] = (byte)(a >> 8);
            rijen[(n * 7) + 4] = (byte)a;
            rijen[(n * 7) + 5] = (byte)(b >> 8);
            rijen[(n * 7) + 6] = (byte)b;
        }

        var tabel = Inpakken(Encoding.Latin1.GetString(rijen));
        var wortel = TrailerVeld().Matches(trailer).Select(m => m.Value);
        uit.Append(CultureInfo.InvariantCulture, $"{xref} 0 obj\n<</Type/XRef/Size {volgende}/W[1 4 2]{string.Concat(wortel)}/Filter/FlateDecode/Length {tabel.Length}>>\nstream\n")
            .Append(tabel).Append("\nendstream\nendobj\n")
            .Append("startxref\n").Append(plaats[xref].A.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        return uit.ToString();
    }

    private static string Inpakken(string inhoud)
    {
        using var geheugen = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(geheugen, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.Latin1.GetBytes(inhoud));
        }

        return Encoding.Latin1.GetString(geheugen.ToArray());
    }

    /// <summary>Subset prefixes (<c>ABCDEF+</c>) in order of appearance: AFWAAA, AFWAAB, ... (same length, so no offsets move).</summary>
    private static string VasteSubsetnamen(string tekst)
    {
        var namen = new Dictionary<string, string>(StringComparer.Ordinal);
        return Subset().Replace(tekst, m =>
        {
            if (!namen.TryGetValue(m.Groups[1].Value, out var vast))
            {
                var n = namen.Count;
                vast = "AFW" + (char)('A' + (n / 676 % 26)) + (char)('A' + (n / 26 % 26)) + (char)('A' + (n % 26));
                namen[m.Groups[1].Value] = vast;
            }

            return "/" + vast + "+";
        });
    }

    private static string Xmp(Documentgegevens g)
    {
        static string X(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        var datum = g.Aangemaakt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
            + "   <pdfuaid:part>1</pdfuaid:part>\n"
            + "  </rdf:Description>\n"
            + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            + "   <dc:format>application/pdf</dc:format>\n"
            + $"   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(g.Titel)}</rdf:li></rdf:Alt></dc:title>\n"
            + $"   <dc:creator><rdf:Seq><rdf:li>{X(g.Auteur)}</rdf:li></rdf:Seq></dc:creator>\n"
            + $"   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(g.Onderwerp)}</rdf:li></rdf:Alt></dc:description>\n"
            + $"   <dc:language><rdf:Bag><rdf:li>{X(g.Taal)}</rdf:li></rdf:Bag></dc:language>\n"
            + "  </rdf:Description>\n"
            + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
            + $"   <pdf:Keywords>{X(g.Trefwoorden)}</pdf:Keywords>\n"
            + "  </rdf:Description>\n"
            + "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            + "   <xmp:CreatorTool>Afwegingskader ambtelijke fusie</xmp:CreatorTool>\n"
            + $"   <xmp:CreateDate>{datum}</xmp:CreateDate>\n"
            + $"   <xmp:ModifyDate>{datum}</xmp:ModifyDate>\n"
            + $"   <xmp:MetadataDate>{datum}</xmp:MetadataDate>\n"
            + "  </rdf:Description>\n"
            + " </rdf:RDF>\n"
            + "</x:xmpmeta>\n"
            + "<?xpacket end=\"w\"?>";
    }

    [GeneratedRegex(@"/NM\([^)]*\)")]
    private static partial Regex AnnotatieNaam();

    [GeneratedRegex(@"/M\(D:[^)]*\)")]
    private static partial Regex Wijzigingsdatum();

    [GeneratedRegex(@"/(Root|Info) \d+ 0 R|/ID\s*\[[^\]]*\]")]
    private static partial Regex TrailerVeld();

    [GeneratedRegex(@"/([A-Z]{6})\+")]
    private static partial Regex Subset();
}
