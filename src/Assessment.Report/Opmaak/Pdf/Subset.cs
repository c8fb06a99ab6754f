using System.Buffers.Binary;

namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// A per-document subset of a TrueType font for embedding (FontFile2): the glyph ids stay as they are (the PDF's CIDs
/// are glyph ids), the glyphs that are not used become empty, composite glyphs keep their components; the tables a PDF
/// viewer needs are kept (head, hhea, maxp, hmtx, loca, glyf, cmap, OS/2, post), the layout tables (GSUB, GPOS, GDEF)
/// and the names are left out.
/// </summary>
public static class Subset
{
    private static readonly string[] Bewaard = ["OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post"];

    /// <summary>The glyphs used plus .notdef and the components of composite glyphs.</summary>
    public static SortedSet<ushort> MetOnderdelen(TrueType font, IEnumerable<ushort> gebruikt)
    {
        var glyphs = new SortedSet<ushort> { 0 };
        var werk = new Stack<ushort>(gebruikt);
        while (werk.Count > 0)
        {
            var glyph = werk.Pop();
            if (glyph < font.AantalGlyphs && glyphs.Add(glyph))
            {
                foreach (var onderdeel in font.Onderdelen(glyph))
                {
                    werk.Push(onderdeel);
                }
            }
        }

        return glyphs;
    }

    public static byte[] Maak(TrueType font, IEnumerable<ushort> gebruikt)
    {
        var glyphs = MetOnderdelen(font, gebruikt);

        // glyf and a long loca: every glyph id keeps its place, unused ones are empty.
        var glyf = new MemoryStream();
        var loca = new byte[(font.AantalGlyphs + 1) * 4];
        for (var g = 0; g < font.AantalGlyphs; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(g * 4), (uint)glyf.Length);
            if (glyphs.Contains((ushort)g))
            {
                glyf.Write(font.GlyphData(g));
                while (glyf.Length % 4 != 0)
                {
                    glyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(font.AantalGlyphs * 4), (uint)glyf.Length);

        var tabellen = new List<(string Naam, byte[] Inhoud)>();
        foreach (var naam in Bewaard)
        {
            if (naam == "glyf")
            {
                tabellen.Add((naam, glyf.ToArray()));
            }
            else if (naam == "loca")
            {
                tabellen.Add((naam, loca));
            }
            else if (font.Tabellen.TryGetValue(naam, out var tabel))
            {
                var inhoud = font.Bestand.AsSpan(tabel.Begin, tabel.Lengte).ToArray();
                if (naam == "head")
                {
                    BinaryPrimitives.WriteUInt32BigEndian(inhoud.AsSpan(8), 0); // checkSumAdjustment, set below
                    BinaryPrimitives.WriteInt16BigEndian(inhoud.AsSpan(50), 1); // indexToLocFormat: long
                }

                tabellen.Add((naam, inhoud));
            }
        }

        return Schrijf(tabellen);
    }

    private static byte[] Schrijf(List<(string Naam, byte[] Inhoud)> tabellen)
    {
        var aantal = tabellen.Count;
        var macht = 1;
        var log = 0;
        while (macht * 2 <= aantal)
        {
            macht *= 2;
            log++;
        }

        var kop = 12 + (16 * aantal);
        var lengte = kop + tabellen.Sum(t => (t.Inhoud.Length + 3) & ~3);
        var uit = new byte[lengte];
        BinaryPrimitives.WriteUInt32BigEndian(uit, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(uit.AsSpan(4), (ushort)aantal);
        BinaryPrimitives.WriteUInt16BigEndian(uit.AsSpan(6), (ushort)(macht * 16));
        BinaryPrimitives.WriteUInt16BigEndian(uit.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(uit.AsSpan(10), (ushort)((aantal * 16) - (macht * 16)));
        var plaats = kop;
        var head = -1;
        for (var i = 0; i < aantal; i++)
        {
            var (naam, inhoud) = tabellen[i];
            var record = uit.AsSpan(12 + (16 * i));
            System.Text.Encoding.ASCII.GetBytes(naam, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Controlegetal(inhoud));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)plaats);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)inhoud.Length);
            inhoud.CopyTo(uit, plaats);
            if (naam == "head")
            {
                head = plaats;
            }

            plaats += (inhoud.Length + 3) & ~3;
        }

        if (head >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(uit.AsSpan(head + 8), unchecked(0xB1B0AFBA - Controlegetal(uit)));
        }

        return uit;
    }

    private static uint Controlegetal(ReadOnlySpan<byte> data)
    {
        uint som = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            som = unchecked(som + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> rest = stackalloc byte[4];
            rest.Clear();
            data[i..].CopyTo(rest);
            som = unchecked(som + BinaryPrimitives.ReadUInt32BigEndian(rest));
        }

        return som;
    }
}
