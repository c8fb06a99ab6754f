using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Assessment.Report.Opmaak;

/// <summary>
/// Adds the document language (<c>/Lang</c>) to the catalog of the PDF that SkiaSharp writes (its metadata
/// does not cover it) and rebuilds the cross-reference table for the moved objects.
/// </summary>
internal static partial class PdfNabewerking
{
    public static byte[] Verwerk(byte[] pdf, string taal)
    {
        var tekst = Encoding.Latin1.GetString(pdf);
        var catalogus = Catalogus().Match(tekst);
        var startxref = tekst.LastIndexOf("startxref", StringComparison.Ordinal);
        var xrefPositie = tekst.LastIndexOf("\nxref\n", startxref, StringComparison.Ordinal) + 1;
        var trailer = tekst.IndexOf("trailer", xrefPositie, StringComparison.Ordinal);
        if (!catalogus.Success || xrefPositie <= 0 || trailer < 0 || catalogus.Index > xrefPositie)
        {
            throw new InvalidOperationException("De PDF heeft niet de verwachte opbouw (catalogus, xref, trailer).");
        }

        var invoeging = $"\n/Lang ({taal})";
        var punt = catalogus.Index + catalogus.Length;

        // Every object that starts after the catalog entry moves by the inserted length.
        var regels = tekst[xrefPositie..trailer].Split('\n');
        for (var i = 0; i < regels.Length; i++)
        {
            var r = regels[i];
            if (r.Length >= 18 && r.EndsWith(" n ", StringComparison.Ordinal)
                && long.TryParse(r.AsSpan(0, 10), NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset > punt)
            {
                regels[i] = (offset + invoeging.Length).ToString("D10", CultureInfo.InvariantCulture) + r[10..];
            }
        }

        var uit = new StringBuilder(tekst.Length + 64)
            .Append(tekst, 0, punt)
            .Append(invoeging)
            .Append(tekst, punt, xrefPositie - punt)
            .Append(string.Join('\n', regels))
            .Append(tekst, trailer, startxref - trailer)
            .Append("startxref\n")
            .Append((xrefPositie + invoeging.Length).ToString(CultureInfo.InvariantCulture))
            .Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(uit.ToString());
    }

    [GeneratedRegex(@"/Type /Catalog")]
    private static partial Regex Catalogus();
}
