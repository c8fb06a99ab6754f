using System.Buffers;
using System.Globalization;

namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// A growing byte buffer with the PDF syntax this writer needs: numbers (integers, and reals with at most three
/// decimals, without exponent), names, text strings (PDFDocEncoding where it equals Latin-1, else UTF-16BE with a byte order mark)
/// and hexadecimal glyph ids. No allocation per number. The buffer is rented from the shared array pool (a report's
/// file and content streams are tens to hundreds of kilobytes: renting them keeps them off the large object heap
/// and out of the garbage collector); <see cref="Dispose"/> returns it.
/// </summary>
public sealed class Bytes(int capaciteit = 1024) : IDisposable
{
    private static readonly byte[] Hex = "0123456789ABCDEF"u8.ToArray();

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(capaciteit);

    public int Lengte { get; private set; }

    public ReadOnlySpan<byte> Inhoud => _buffer.AsSpan(0, Lengte);

    public void Leeg() => Lengte = 0;

    private Span<byte> Ruimte(int nodig)
    {
        if (Lengte + nodig > _buffer.Length)
        {
            var groter = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Lengte + nodig));
            _buffer.AsSpan(0, Lengte).CopyTo(groter);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = groter;
        }

        return _buffer.AsSpan(Lengte);
    }

    public Bytes Byte(byte b)
    {
        Ruimte(1)[0] = b;
        Lengte++;
        return this;
    }

    public Bytes Schrijf(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Ruimte(bytes.Length));
        Lengte += bytes.Length;
        return this;
    }

    /// <summary>ASCII text (PDF syntax written as a C# string).</summary>
    public Bytes Ascii(string tekst)
    {
        var doel = Ruimte(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            doel[i] = (byte)tekst[i];
        }

        Lengte += tekst.Length;
        return this;
    }

    public Bytes Geheel(long getal)
    {
        getal.TryFormat(Ruimte(20), out var geschreven, default, CultureInfo.InvariantCulture);
        Lengte += geschreven;
        return this;
    }

    /// <summary>A real number rounded to three decimals, trailing zeros left out.</summary>
    public Bytes Getal(double getal)
    {
        var duizendsten = (long)Math.Round(getal * 1000, MidpointRounding.AwayFromZero);
        if (duizendsten < 0)
        {
            Byte((byte)'-');
            duizendsten = -duizendsten;
        }

        Geheel(duizendsten / 1000);
        var rest = (int)(duizendsten % 1000);
        if (rest != 0)
        {
            Byte((byte)'.');
            Byte((byte)('0' + (rest / 100)));
            rest %= 100;
            if (rest != 0)
            {
                Byte((byte)('0' + (rest / 10)));
                rest %= 10;
                if (rest != 0)
                {
                    Byte((byte)('0' + rest));
                }
            }
        }

        return this;
    }

    /// <summary>An indirect reference "n 0 R".</summary>
    public Bytes Verwijzing(int nummer) => Geheel(nummer).Ascii(" 0 R");

    /// <summary>Four hexadecimal digits (a glyph id in a string of Identity-H).</summary>
    public Bytes Hex4(int waarde)
    {
        var doel = Ruimte(4);
        doel[0] = Hex[(waarde >> 12) & 0xF];
        doel[1] = Hex[(waarde >> 8) & 0xF];
        doel[2] = Hex[(waarde >> 4) & 0xF];
        doel[3] = Hex[waarde & 0xF];
        Lengte += 4;
        return this;
    }

    /// <summary>
    /// A text string as a literal string: in PDFDocEncoding when every character is printable ASCII or Latin-1 from U+00A0
    /// (where PDFDocEncoding equals Latin-1; U+00AD is undefined there), else UTF-16BE with a byte order mark.
    /// </summary>
    public Bytes Tekst(string tekst)
    {
        var latijn = true;
        foreach (var c in tekst)
        {
            if (c is < ' ' or (> '~' and < '\u00A0') or '\u00AD' or > '\u00FF')
            {
                latijn = false;
                break;
            }
        }

        Byte((byte)'(');
        if (latijn)
        {
            foreach (var c in tekst)
            {
                StringByte((byte)c);
            }
        }
        else
        {
            Byte(0xFE).Byte(0xFF);
            foreach (var c in tekst)
            {
                StringByte((byte)(c >> 8));
                StringByte((byte)c);
            }
        }

        return Byte((byte)')');
    }

    /// <summary>A byte inside a literal string: parentheses and backslash escaped, and the line ends (a reader would change a CR).</summary>
    public void StringByte(byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                Byte((byte)'\\').Byte(b);
                break;
            case (byte)'\r':
                Byte((byte)'\\').Byte((byte)'r');
                break;
            case (byte)'\n':
                Byte((byte)'\\').Byte((byte)'n');
                break;
            default:
                Byte(b);
                break;
        }
    }

    /// <summary>Room for <paramref name="lengte"/> bytes at the end, to be filled and then taken with <see cref="Gevuld"/>.</summary>
    public Span<byte> Vrij(int lengte) => Ruimte(lengte)[..lengte];

    public void Gevuld(int lengte) => Lengte += lengte;

    /// <summary>Overwrites bytes already written (a stream's length, known after the stream).</summary>
    public void Overschrijf(int plaats, ReadOnlySpan<byte> bytes) => bytes.CopyTo(_buffer.AsSpan(plaats, Lengte - plaats));

    public byte[] ToArray() => Inhoud.ToArray();

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            Lengte = 0;
        }
    }
}
