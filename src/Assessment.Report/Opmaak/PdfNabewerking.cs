using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Assessment.Report.Opmaak;

/// <summary>
/// The last step after PDFsharp has saved the document: the XMP metadata stream is replaced by one that identifies
/// the file as PDF/UA-1 (<c>pdfuaid:part</c>) with the document's title, author, subject, language and dates (PDFsharp
/// 6.2's own packet has neither the PDF/UA identification nor fixed dates); the font subsets get names derived from
/// their order instead of random names, so the same report gives the same bytes (the link annotations are written
/// without random names and with the document's date in the first place, see <see cref="Doek.Link"/>); and the file is written compactly with object streams and a cross-reference stream.
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
        // Works on the bytes (PDFsharp's file is Latin-1 text with binary streams): only the objects that change are
        // turned into text, every other object is copied as a slice of the file.
        VasteSubsetnamen(pdf);
        var objecten = Objecten(pdf, out var kop, out var trailer);
        var metadata = objecten.FindIndex(o => o.Begint(MetadataBegin));
        if (metadata < 0)
        {
            throw new InvalidOperationException("De PDF heeft geen XMP-metadata om aan te vullen.");
        }

        var xmp = Encoding.UTF8.GetBytes(Xmp(gegevens));
        objecten[metadata] = objecten[metadata] with
        {
            Inhoud = Samen(Encoding.Latin1.GetBytes($"<</Type/Metadata/Subtype/XML/Length {xmp.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n"), xmp, "\nendstream"u8),
        };

        return Compact(kop, objecten, trailer);
    }

    /// <summary>A PDF date of the document's date (UTC), as the link annotations carry it.</summary>
    public static string Datum(Documentgegevens gegevens) =>
        "D:" + gegevens.Aangemaakt.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    private static ReadOnlySpan<byte> MetadataBegin => "<</Type/Metadata/Subtype/XML"u8;

    private static byte[] Samen(byte[] a, byte[] b, ReadOnlySpan<byte> c)
    {
        var uit = new byte[a.Length + b.Length + c.Length];
        a.CopyTo(uit, 0);
        b.CopyTo(uit, a.Length);
        c.CopyTo(uit.AsSpan(a.Length + b.Length));
        return uit;
    }

    private readonly record struct PdfObject(int Nummer, ReadOnlyMemory<byte> Inhoud)
    {
        public bool Begint(ReadOnlySpan<byte> begin) => Inhoud.Span.StartsWith(begin);

        public bool IsStroom => Inhoud.Span.IndexOf(">>\nstream\n"u8) >= 0 || Inhoud.Span.IndexOf(">>stream\n"u8) >= 0;

        /// <summary>Streams, and the catalog (language, structure tree, outline), which simple tools look for in the file itself.</summary>
        public bool Los => IsStroom || Begint("<</Type/Catalog"u8);
    }

    /// <summary>The objects of a PDF with a classic cross-reference table (as PDFsharp writes it), in file order.</summary>
    private static List<PdfObject> Objecten(byte[] pdf, out ReadOnlyMemory<byte> kop, out string trailer)
    {
        var bestand = pdf.AsSpan();
        var startxref = bestand.LastIndexOf("startxref"u8);
        var xref = startxref < 0 ? -1 : bestand[..startxref].LastIndexOf("\nxref\n"u8) + 1;
        var trailerBegin = xref <= 0 ? -1 : bestand[xref..].IndexOf("trailer"u8);
        if (xref <= 0 || trailerBegin < 0)
        {
            throw new InvalidOperationException("De PDF heeft niet de verwachte opbouw (xref, trailer).");
        }

        trailerBegin += xref;
        trailer = Encoding.Latin1.GetString(bestand[trailerBegin..startxref]);
        var posities = new List<(int Nummer, int Positie)>();
        var nummer = 0;
        var tabel = bestand[xref..trailerBegin];
        var eerste = true;
        Span<Range> delen = stackalloc Range[4];
        while (!tabel.IsEmpty)
        {
            var einde = tabel.IndexOf((byte)'\n');
            var regel = einde < 0 ? tabel : tabel[..einde];
            tabel = einde < 0 ? [] : tabel[(einde + 1)..];
            if (eerste)
            {
                eerste = false;
                continue;
            }

            var aantal = Delen(regel, delen);
            if (aantal == 2)
            {
                nummer = Getal(regel[delen[0]]);
                continue;
            }

            if (aantal == 3)
            {
                if (regel[delen[2]].SequenceEqual("n"u8))
                {
                    posities.Add((nummer, Getal(regel[delen[0]])));
                }

                nummer++;
            }
        }

        posities.Sort((a, b) => a.Positie.CompareTo(b.Positie));
        kop = pdf.AsMemory(0, posities[0].Positie);
        var objecten = new List<PdfObject>(posities.Count);
        for (var i = 0; i < posities.Count; i++)
        {
            var (n, van) = posities[i];
            var tot = i + 1 < posities.Count ? posities[i + 1].Positie : xref;
            var stuk = bestand[van..tot];
            var begin = stuk.IndexOf("obj"u8) + 3;
            var eind = stuk.LastIndexOf("endobj"u8);
            var inhoud = stuk[begin..eind];
            var links = inhoud.Length - inhoud.TrimStart(" \r\n"u8).Length;
            var lengte = inhoud.TrimEnd(" \r\n"u8).Length - links;
            objecten.Add(new PdfObject(n, pdf.AsMemory(van + begin + links, Math.Max(0, lengte))));
        }

        return objecten;
    }

    /// <summary>Splits a line at spaces (empty parts skipped); the number of parts, at most as many as <paramref name="delen"/> holds plus one.</summary>
    private static int Delen(ReadOnlySpan<byte> regel, Span<Range> delen)
    {
        var aantal = 0;
        var i = 0;
        while (i < regel.Length)
        {
            while (i < regel.Length && regel[i] == (byte)' ')
            {
                i++;
            }

            if (i == regel.Length)
            {
                break;
            }

            var begin = i;
            while (i < regel.Length && regel[i] != (byte)' ')
            {
                i++;
            }

            if (aantal == delen.Length)
            {
                return aantal + 1;
            }

            delen[aantal++] = begin..i;
        }

        return aantal;
    }

    private static int Getal(ReadOnlySpan<byte> cijfers) => int.Parse(cijfers, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the objects compactly (PDF 1.5): streams as they are, every other object in compressed object streams, and
    /// a compressed cross-reference stream. A tagged report has thousands of small structure elements and links; this
    /// keeps the file small. Deterministic: the same objects give the same bytes.
    /// </summary>
    private static byte[] Compact(ReadOnlyMemory<byte> kop, List<PdfObject> objecten, string trailer)
    {
        var uit = new MemoryStream(kop.Length * 2);
        uit.Write(kop.Span);
        var hoogste = 0;
        foreach (var o in objecten)
        {
            hoogste = Math.Max(hoogste, o.Nummer);
        }

        var volgende = hoogste + 1;
        var plaats = new (int Soort, int A, int B)[volgende + ((objecten.Count / 200) + 2)];
        var los = new List<PdfObject>(objecten.Count);
        var ingepakt = new List<PdfObject>(objecten.Count);
        foreach (var o in objecten)
        {
            (o.Los ? los : ingepakt).Add(o);
        }

        foreach (var o in los)
        {
            plaats[o.Nummer] = (1, (int)uit.Length, 0);
            Schrijf(uit, $"{o.Nummer.ToString(CultureInfo.InvariantCulture)} 0 obj\n");
            uit.Write(o.Inhoud.Span);
            uit.Write("\nendobj\n"u8);
        }

        var index = new StringBuilder();
        var lichaam = new MemoryStream();
        var stroomInhoud = new MemoryStream();
        for (var begin = 0; begin < ingepakt.Count; begin += 200)
        {
            var groep = ingepakt.GetRange(begin, Math.Min(200, ingepakt.Count - begin));
            var stroom = volgende++;
            index.Clear();
            lichaam.SetLength(0);
            for (var i = 0; i < groep.Count; i++)
            {
                index.Append(groep[i].Nummer.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(lichaam.Length.ToString(CultureInfo.InvariantCulture)).Append(' ');
                lichaam.Write(groep[i].Inhoud.Span);
                lichaam.WriteByte((byte)'\n');
                plaats[groep[i].Nummer] = (2, stroom, i);
            }

            index.Append('\n');
            stroomInhoud.SetLength(0);
            Schrijf(stroomInhoud, index.ToString());
            stroomInhoud.Write(lichaam.GetBuffer(), 0, (int)lichaam.Length);
            var inhoud = Inpakken(stroomInhoud.GetBuffer().AsSpan(0, (int)stroomInhoud.Length));
            plaats[stroom] = (1, (int)uit.Length, 0);
            Schrijf(uit, string.Create(CultureInfo.InvariantCulture, $"{stroom} 0 obj\n<</Type/ObjStm/N {groep.Count}/First {index.Length}/Filter/FlateDecode/Length {inhoud.Length}>>\nstream\n"));
            uit.Write(inhoud);
            uit.Write("\nendstream\nendobj\n"u8);
        }

        var xref = volgende++;
        plaats[xref] = (1, (int)uit.Length, 0);
        var rijen = new byte[volgende * 7];
        for (var n = 0; n < volgende; n++)
        {
            var (soort, a, b) = plaats[n].Soort != 0 ? plaats[n] : (0, 0, n == 0 ? 0xFFFF : 0);
            rijen[n * 7] = (byte)soort;
            rijen[(n * 7) + 1] = (byte)(a >> 24);
            rijen[(n * 7) + 2] = (byte)(a >> 16);
            rijen[(n * 7) + 3] = (byte)(a >> 8);
            rijen[(n * 7) + 4] = (byte)a;
            rijen[(n * 7) + 5] = (byte)(b >> 8);
            rijen[(n * 7) + 6] = (byte)b;
        }

        var tabel = Inpakken(rijen);
        var wortel = TrailerVeld().Matches(trailer).Select(m => m.Value);
        Schrijf(uit, string.Create(CultureInfo.InvariantCulture, $"{xref} 0 obj\n<</Type/XRef/Size {volgende}/W[1 4 2]{string.Concat(wortel)}/Filter/FlateDecode/Length {tabel.Length}>>\nstream\n"));
        uit.Write(tabel);
        Schrijf(uit, $"\nendstream\nendobj\nstartxref\n{plaats[xref].A.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        return uit.ToArray();
    }

    private static void Schrijf(MemoryStream uit, string tekst) => uit.Write(Encoding.Latin1.GetBytes(tekst));

    private static byte[] Inpakken(ReadOnlySpan<byte> inhoud)
    {
        using var geheugen = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(geheugen, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(inhoud);
        }

        return geheugen.ToArray();
    }

    /// <summary>
    /// Subset prefixes (<c>/ABCDEF+</c>) in order of appearance become AFWAAA, AFWAAB, ... (same length, so no offsets
    /// move); changed in place.
    /// </summary>
    private static void VasteSubsetnamen(byte[] pdf)
    {
        var namen = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i + 8 <= pdf.Length)
        {
            var plus = pdf.AsSpan(i).IndexOf((byte)'+');
            if (plus < 0)
            {
                return;
            }

            plus += i;
            if (plus < 7 || pdf[plus - 7] != (byte)'/' || pdf.AsSpan(plus - 6, 6).ContainsAnyExceptInRange((byte)'A', (byte)'Z'))
            {
                i = plus + 1;
                continue;
            }

            var naam = Encoding.Latin1.GetString(pdf, plus - 6, 6);
            if (!namen.TryGetValue(naam, out var vast))
            {
                var n = namen.Count;
                vast = "AFW" + (char)('A' + (n / 676 % 26)) + (char)('A' + (n / 26 % 26)) + (char)('A' + (n % 26));
                namen[naam] = vast;
            }

            Encoding.Latin1.GetBytes(vast, pdf.AsSpan(plus - 6, 6));
            i = plus + 1;
        }
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

    [GeneratedRegex(@"/(Root|Info) \d+ 0 R|/ID\s*\[[^\]]*\]")]
    private static partial Regex TrailerVeld();
}
