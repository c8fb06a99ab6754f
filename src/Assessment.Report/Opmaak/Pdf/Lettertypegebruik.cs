namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// One face as used in one document: the glyphs drawn and the character each stands for. Encodes text as glyph ids
/// (Identity-H: the CID is the glyph id) and writes the font at the end: a Type0 font with a CIDFontType2 descendant
/// (CIDToGIDMap Identity), its /W widths of the glyphs used (from hmtx, the numbers text is measured with), a font
/// descriptor, a ToUnicode CMap (every glyph to its one character: text extracts as written, with its diacritics) and
/// the glyph subset as FontFile2.
/// </summary>
internal sealed class Lettertypegebruik(TrueType font, string naam, string bron)
{
    private readonly char[] _teken = new char[font.AantalGlyphs];
    private readonly bool[] _gebruikt = new bool[font.AantalGlyphs];

    public TrueType Font { get; } = font;

    /// <summary>The PostScript name without subset prefix, e.g. "Noto Sans Regular".</summary>
    public string Naam { get; } = naam;

    /// <summary>The name in a page's resources, e.g. "F0".</summary>
    public string Bron { get; } = bron;

    /// <summary>The object number of the Type0 font; 0 until the face is first used.</summary>
    public int Nummer { get; set; }

    /// <summary>
    /// Writes the text as a string of two-byte glyph ids (a literal string of bytes: half the size of hexadecimal, so less
    /// to compress) and remembers the glyphs and their characters.
    /// </summary>
    public void Codeer(string tekst, Bytes uit)
    {
        uit.Byte((byte)'(');
        foreach (var c in tekst)
        {
            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            var glyph = Font.Glyph(c);
            if (glyph != 0 && !_gebruikt[glyph])
            {
                _gebruikt[glyph] = true;
                _teken[glyph] = c;
            }

            uit.StringByte((byte)(glyph >> 8));
            uit.StringByte((byte)glyph);
        }

        uit.Byte((byte)')');
    }

    public IEnumerable<ushort> Gebruikt()
    {
        for (var g = 0; g < _gebruikt.Length; g++)
        {
            if (_gebruikt[g])
            {
                yield return (ushort)g;
            }
        }
    }

    /// <summary>Writes the font's objects under its number, with the subset prefix (six capitals, from the document).</summary>
    public void Schrijf(PdfBestand bestand, string voorvoegsel)
    {
        var glyphs = Gebruikt().ToList();
        var schaal = 1000.0 / Font.EenhedenPerEm;
        var basisnaam = voorvoegsel + "+" + Naam.Replace(" ", "#20", StringComparison.Ordinal);
        var cid = bestand.Nieuw();
        var beschrijving = bestand.Nieuw();
        var unicode = bestand.Nieuw();
        var bestandNummer = bestand.Nieuw();

        bestand.Begin(Nummer).Ascii("<</Type/Font/Subtype/Type0/BaseFont/").Ascii(basisnaam).Ascii("/Encoding/Identity-H/DescendantFonts[")
            .Verwijzing(cid).Ascii("]/ToUnicode ").Verwijzing(unicode).Ascii(">>");
        bestand.Eind();

        var o = bestand.Begin(cid).Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont/").Ascii(basisnaam)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Verwijzing(beschrijving)
            .Ascii("/CIDToGIDMap/Identity/DW ").Geheel((long)Math.Round(Font.Breedte(0) * schaal)).Ascii("/W[");
        for (var i = 0; i < glyphs.Count;)
        {
            // Runs of consecutive glyph ids: "first [w1 w2 ...]".
            var eind = i + 1;
            while (eind < glyphs.Count && glyphs[eind] == glyphs[eind - 1] + 1)
            {
                eind++;
            }

            o.Geheel(glyphs[i]).Byte((byte)'[');
            for (var j = i; j < eind; j++)
            {
                if (j > i)
                {
                    o.Byte((byte)' ');
                }

                o.Getal(Font.Breedte(glyphs[j]) * schaal);
            }

            o.Byte((byte)']');
            i = eind;
        }

        o.Ascii("]>>");
        bestand.Eind();

        var (xMin, yMin, xMax, yMax) = Font.Kader;
        var vlaggen = 32 | (Font.VasteBreedte ? 1 : 0) | (Font.Cursiefhoek != 0 ? 64 : 0) | (Font.Gewicht >= 600 ? 1 << 18 : 0);
        var stamdikte = 50 + (int)Math.Round(Math.Pow(Font.Gewicht / 65.0, 2));
        bestand.Begin(beschrijving).Ascii("<</Type/FontDescriptor/FontName/").Ascii(basisnaam).Ascii("/Flags ").Geheel(vlaggen)
            .Ascii("/FontBBox[").Getal(xMin * schaal).Byte((byte)' ').Getal(yMin * schaal).Byte((byte)' ').Getal(xMax * schaal).Byte((byte)' ').Getal(yMax * schaal)
            .Ascii("]/ItalicAngle ").Getal(Font.Cursiefhoek).Ascii("/Ascent ").Getal(Font.Stijging * schaal).Ascii("/Descent ").Getal(Font.Daling * schaal)
            .Ascii("/CapHeight ").Getal(Font.Hoofdletterhoogte * schaal).Ascii("/XHeight ").Getal(Font.XHoogte * schaal).Ascii("/StemV ").Geheel(stamdikte)
            .Ascii("/FontFile2 ").Verwijzing(bestandNummer).Ascii(">>");
        bestand.Eind();

        bestand.Stroom(unicode, "", ToUnicode(glyphs));
        var subset = Subset.Maak(Font, glyphs);
        bestand.Stroom(bestandNummer, "/Length1 " + subset.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), subset);
    }

    private byte[] ToUnicode(List<ushort> glyphs)
    {
        using var cmap = new Bytes(4096);
        cmap.Ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Ascii("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var begin = 0; begin < glyphs.Count; begin += 100)
        {
            var aantal = Math.Min(100, glyphs.Count - begin);
            cmap.Geheel(aantal).Ascii(" beginbfchar\n");
            for (var i = begin; i < begin + aantal; i++)
            {
                cmap.Byte((byte)'<').Hex4(glyphs[i]).Ascii("> <").Hex4(_teken[glyphs[i]]).Ascii(">\n");
            }

            cmap.Ascii("endbfchar\n");
        }

        cmap.Ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.ToArray();
    }
}
