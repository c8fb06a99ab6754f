using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// The document's identification: the file identifier (/ID, from its properties, never random), its date as a PDF
/// date, and the XMP metadata packet that identifies the file as PDF/UA-1 (<c>pdfuaid:part</c>) with its title,
/// author, subject, language, keywords and dates (the document's date, never the clock).
/// </summary>
internal static class Metadata
{
    public const string Maker = "Afwegingskader ambtelijke fusie";

    /// <summary>The file identifier (/ID): 8 bytes in hexadecimal, derived from the document's properties.</summary>
    public static string DocumentId(Documentgegevens gegevens)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{gegevens.Titel}\n{gegevens.Onderwerp}\n{gegevens.Aangemaakt:O}"));
        return Convert.ToHexString(hash, 0, 8);
    }

    /// <summary>A PDF date of the document's date (UTC).</summary>
    public static string Datum(Documentgegevens gegevens) =>
        "D:" + gegevens.Aangemaakt.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    public static byte[] Xmp(Documentgegevens g)
    {
        static string X(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        var datum = g.Aangemaakt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
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
            + $"   <pdf:Producer>{Maker}</pdf:Producer>\n"
            + "  </rdf:Description>\n"
            + "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            + $"   <xmp:CreatorTool>{Maker}</xmp:CreatorTool>\n"
            + $"   <xmp:CreateDate>{datum}</xmp:CreateDate>\n"
            + $"   <xmp:ModifyDate>{datum}</xmp:ModifyDate>\n"
            + $"   <xmp:MetadataDate>{datum}</xmp:MetadataDate>\n"
            + "  </rdf:Description>\n"
            + " </rdf:RDF>\n"
            + "</x:xmpmeta>\n"
            + "<?xpacket end=\"w\"?>");
    }
}
