using System.Buffers.Binary;

namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// A TrueType font file read for what the PDF needs: the tables (head, hhea, maxp, hmtx, cmap format 4 or 12, OS/2,
/// post, loca, glyf), the glyph of each character, the advance widths (text measurement and the PDF's /W array come
/// from the same numbers) and the metrics of the font descriptor. Read once per process; immutable.
/// </summary>
public sealed class TrueType
{
    private readonly ushort[] _glyphVanTeken = new ushort[char.MaxValue + 1];
    private readonly ushort[] _breedtes;
    private readonly uint[] _loca;

    public TrueType(byte[] bestand)
    {
        Bestand = bestand;
        var aantalTabellen = U16(bestand, 4);
        var tabellen = new Dictionary<string, (int Begin, int Lengte)>(StringComparer.Ordinal);
        for (var i = 0; i < aantalTabellen; i++)
        {
            var record = 12 + (16 * i);
            var naam = System.Text.Encoding.ASCII.GetString(bestand, record, 4);
            tabellen[naam] = ((int)U32(bestand, record + 8), (int)U32(bestand, record + 12));
        }

        Tabellen = tabellen;
        var head = Tabel("head").Begin;
        EenhedenPerEm = U16(bestand, head + 18);
        Kader = (I16(bestand, head + 36), I16(bestand, head + 38), I16(bestand, head + 40), I16(bestand, head + 42));
        var langeLoca = I16(bestand, head + 50) == 1;

        var hhea = Tabel("hhea").Begin;
        Stijging = I16(bestand, hhea + 4);
        Daling = I16(bestand, hhea + 6);
        var aantalMaten = U16(bestand, hhea + 34);
        AantalGlyphs = U16(bestand, Tabel("maxp").Begin + 4);

        var hmtx = Tabel("hmtx").Begin;
        _breedtes = new ushort[AantalGlyphs];
        for (var g = 0; g < AantalGlyphs; g++)
        {
            _breedtes[g] = U16(bestand, hmtx + (4 * Math.Min(g, aantalMaten - 1)));
        }

        var os2 = Tabel("OS/2").Begin;
        Gewicht = U16(bestand, os2 + 4);
        var os2Versie = U16(bestand, os2);
        Hoofdletterhoogte = os2Versie >= 2 ? I16(bestand, os2 + 88) : (short)(Stijging * 0.7);
        XHoogte = os2Versie >= 2 ? I16(bestand, os2 + 86) : (short)(Stijging * 0.5);
        var post = Tabel("post").Begin;
        Cursiefhoek = I32(bestand, post + 4) / 65536f;
        VasteBreedte = U32(bestand, post + 12) != 0;

        var loca = Tabel("loca").Begin;
        _loca = new uint[AantalGlyphs + 1];
        for (var g = 0; g <= AantalGlyphs; g++)
        {
            _loca[g] = langeLoca ? U32(bestand, loca + (4 * g)) : U16(bestand, loca + (2 * g)) * 2u;
        }

        LeesCmap(Tabel("cmap").Begin);
    }

    /// <summary>The file as read.</summary>
    public byte[] Bestand { get; }

    public IReadOnlyDictionary<string, (int Begin, int Lengte)> Tabellen { get; }

    public int EenhedenPerEm { get; }

    /// <summary>The bounding box of all glyphs (xMin, yMin, xMax, yMax) in font units.</summary>
    public (short XMin, short YMin, short XMax, short YMax) Kader { get; }

    /// <summary>The ascender of hhea, in font units.</summary>
    public short Stijging { get; }

    /// <summary>The descender of hhea (negative), in font units.</summary>
    public short Daling { get; }

    public short Hoofdletterhoogte { get; }

    public short XHoogte { get; }

    /// <summary>usWeightClass of OS/2 (400 regular, 700 bold).</summary>
    public int Gewicht { get; }

    public float Cursiefhoek { get; }

    public bool VasteBreedte { get; }

    public int AantalGlyphs { get; }

    /// <summary>The glyph of a character (0, .notdef, when the font has none).</summary>
    public ushort Glyph(char teken) => _glyphVanTeken[teken];

    /// <summary>The advance width of a glyph, in font units.</summary>
    public int Breedte(ushort glyph) => glyph < _breedtes.Length ? _breedtes[glyph] : 0;

    /// <summary>The bytes of a glyph in the glyf table (empty for a glyph without outline, such as the space).</summary>
    public ReadOnlySpan<byte> GlyphData(int glyph)
    {
        var glyf = Tabel("glyf").Begin;
        return Bestand.AsSpan(glyf + (int)_loca[glyph], (int)(_loca[glyph + 1] - _loca[glyph]));
    }

    /// <summary>The glyphs a composite glyph is built from (none for a simple glyph).</summary>
    public IEnumerable<ushort> Onderdelen(int glyph)
    {
        var data = GlyphData(glyph).ToArray();
        if (data.Length < 10 || I16(data, 0) >= 0)
        {
            yield break;
        }

        var p = 10;
        while (true)
        {
            var vlaggen = U16(data, p);
            yield return U16(data, p + 2);
            p += 4 + ((vlaggen & 0x1) != 0 ? 4 : 2);
            p += (vlaggen & 0x8) != 0 ? 2 : (vlaggen & 0x40) != 0 ? 4 : (vlaggen & 0x80) != 0 ? 8 : 0;
            if ((vlaggen & 0x20) == 0)
            {
                yield break;
            }
        }
    }

    public (int Begin, int Lengte) Tabel(string naam) =>
        Tabellen.TryGetValue(naam, out var tabel) ? tabel : throw new InvalidDataException($"Het lettertype heeft geen tabel {naam}.");

    private void LeesCmap(int cmap)
    {
        // Prefer a full Unicode table (3,10 format 12), else the BMP table (3,1 or 0,x format 4).
        var aantal = U16(Bestand, cmap + 2);
        int? format4 = null;
        int? format12 = null;
        for (var i = 0; i < aantal; i++)
        {
            var record = cmap + 4 + (8 * i);
            var platform = U16(Bestand, record);
            var codering = U16(Bestand, record + 2);
            var begin = cmap + (int)U32(Bestand, record + 4);
            var format = U16(Bestand, begin);
            if (format == 12 && (platform == 3 || platform == 0))
            {
                format12 ??= begin;
            }
            else if (format == 4 && ((platform == 3 && codering == 1) || platform == 0))
            {
                format4 ??= begin;
            }
        }

        if (format12 is { } f12)
        {
            var groepen = U32(Bestand, f12 + 12);
            for (var i = 0; i < groepen; i++)
            {
                var groep = f12 + 16 + (12 * i);
                var van = U32(Bestand, groep);
                var tot = Math.Min(U32(Bestand, groep + 4), char.MaxValue);
                var glyph = U32(Bestand, groep + 8);
                for (var c = van; c <= tot; c++)
                {
                    _glyphVanTeken[c] = (ushort)(glyph + (c - van));
                }
            }
        }
        else if (format4 is { } f4)
        {
            var segmenten = U16(Bestand, f4 + 6) / 2;
            var einden = f4 + 14;
            var beginnen = einden + (2 * segmenten) + 2;
            var deltas = beginnen + (2 * segmenten);
            var verschuivingen = deltas + (2 * segmenten);
            for (var s = 0; s < segmenten; s++)
            {
                int eind = U16(Bestand, einden + (2 * s));
                int begin = U16(Bestand, beginnen + (2 * s));
                var delta = I16(Bestand, deltas + (2 * s));
                int verschuiving = U16(Bestand, verschuivingen + (2 * s));
                for (var c = begin; c <= eind && c != 0xFFFF; c++)
                {
                    int glyph;
                    if (verschuiving == 0)
                    {
                        glyph = (c + delta) & 0xFFFF;
                    }
                    else
                    {
                        var plaats = verschuivingen + (2 * s) + verschuiving + (2 * (c - begin));
                        glyph = U16(Bestand, plaats);
                        glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                    }

                    _glyphVanTeken[c] = (ushort)glyph;
                }
            }
        }
        else
        {
            throw new InvalidDataException("Het lettertype heeft geen Unicode-cmap (format 4 of 12).");
        }
    }

    internal static ushort U16(ReadOnlySpan<byte> b, int p) => BinaryPrimitives.ReadUInt16BigEndian(b[p..]);

    internal static short I16(ReadOnlySpan<byte> b, int p) => BinaryPrimitives.ReadInt16BigEndian(b[p..]);

    internal static uint U32(ReadOnlySpan<byte> b, int p) => BinaryPrimitives.ReadUInt32BigEndian(b[p..]);

    internal static int I32(ReadOnlySpan<byte> b, int p) => BinaryPrimitives.ReadInt32BigEndian(b[p..]);
}
