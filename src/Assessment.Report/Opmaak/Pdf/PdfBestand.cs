using System.Buffers.Binary;
using System.IO.Compression;

namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// The file being written (PDF 1.7 with object streams): streams (page content, fonts, metadata) and the catalog are
/// written as they come, every other object goes into compressed object streams of up to 200 objects, and the file
/// ends with a compressed cross-reference stream. Object numbers are handed out first (<see cref="Nieuw"/>), so an
/// object can point to one written later. The same objects in the same order give the same bytes.
/// </summary>
internal sealed class PdfBestand
{
    private const int PerObjectstroom = 200;

    private readonly MemoryStream _uit = new(64 * 1024);
    private readonly List<(byte Soort, int A, int B)> _plaatsen = [(0, 0, 0xFFFF)];
    private readonly Bytes _objecten = new(32 * 1024);
    private readonly List<(int Nummer, int Begin)> _index = [];
    private readonly MemoryStream _inpakker = new(32 * 1024);
    private int _open;

    public PdfBestand()
    {
        _uit.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
    }

    /// <summary>A new object number.</summary>
    public int Nieuw()
    {
        _plaatsen.Add((0, 0, 0));
        return _plaatsen.Count - 1;
    }

    /// <summary>Starts an object that goes into an object stream; write its value into the buffer, then call <see cref="Eind"/>.</summary>
    public Bytes Begin(int nummer)
    {
        if (_open != 0)
        {
            throw new InvalidOperationException($"Object {_open} is nog niet afgesloten.");
        }

        _open = nummer;
        _index.Add((nummer, _objecten.Lengte));
        return _objecten;
    }

    public void Eind()
    {
        _objecten.Byte((byte)'\n');
        _open = 0;
        if (_index.Count == PerObjectstroom)
        {
            SchrijfObjectstroom();
        }
    }

    /// <summary>An object written in the file itself (the catalog, which simple tools look for there).</summary>
    public void Los(int nummer, ReadOnlySpan<byte> inhoud)
    {
        Plaats(nummer);
        _uit.Write(inhoud);
        _uit.Write("\nendobj\n"u8);
    }

    /// <summary>A Flate-compressed stream with extra dictionary entries (e.g. "/Length1 1234").</summary>
    public void Stroom(int nummer, string woordenboek, ReadOnlySpan<byte> inhoud, CompressionLevel niveau = CompressionLevel.Optimal)
    {
        var ingepakt = Inpakken(inhoud, niveau);
        Plaats(nummer);
        Ascii("<<" + woordenboek + "/Filter/FlateDecode/Length " + ingepakt.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">>\nstream\n");
        _uit.Write(ingepakt);
        _uit.Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>A stream as it is (the XMP metadata, which tools read without decoding).</summary>
    public void OngecomprimeerdeStroom(int nummer, string woordenboek, ReadOnlySpan<byte> inhoud)
    {
        Plaats(nummer);
        Ascii("<<" + woordenboek + "/Length " + inhoud.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">>\nstream\n");
        _uit.Write(inhoud);
        _uit.Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>Writes the remaining objects and the cross-reference stream with the trailer entries (e.g. "/Root 1 0 R/Info 2 0 R/ID[...]").</summary>
    public byte[] Sluit(string trailer)
    {
        if (_index.Count > 0)
        {
            SchrijfObjectstroom();
        }

        var xref = Nieuw();
        for (var n = 1; n < xref; n++)
        {
            if (_plaatsen[n].Soort == 0)
            {
                throw new InvalidOperationException($"Object {n} is uitgedeeld maar niet geschreven.");
            }
        }

        _plaatsen[xref] = (1, (int)_uit.Length, 0);
        var rijen = new byte[_plaatsen.Count * 7];
        for (var n = 0; n < _plaatsen.Count; n++)
        {
            var (soort, a, b) = _plaatsen[n];
            var rij = rijen.AsSpan(n * 7);
            rij[0] = soort;
            BinaryPrimitives.WriteInt32BigEndian(rij[1..], a);
            BinaryPrimitives.WriteUInt16BigEndian(rij[5..], (ushort)b);
        }

        var tabel = Inpakken(rijen, CompressionLevel.Optimal);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Ascii(string.Create(inv, $"{xref} 0 obj\n<</Type/XRef/Size {_plaatsen.Count}/W[1 4 2]{trailer}/Filter/FlateDecode/Length {tabel.Length}>>\nstream\n"));
        _uit.Write(tabel);
        Ascii(string.Create(inv, $"\nendstream\nendobj\nstartxref\n{_plaatsen[xref].A}\n%%EOF\n"));
        return _uit.ToArray();
    }

    private void Plaats(int nummer)
    {
        _plaatsen[nummer] = (1, (int)_uit.Length, 0);
        Ascii(nummer.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 0 obj\n");
    }

    private void SchrijfObjectstroom()
    {
        var stroom = Nieuw();
        var kop = new Bytes(_index.Count * 12);
        for (var i = 0; i < _index.Count; i++)
        {
            var (nummer, begin) = _index[i];
            _plaatsen[nummer] = (2, stroom, i);
            kop.Geheel(nummer).Byte((byte)' ').Geheel(begin).Byte((byte)' ');
        }

        kop.Byte((byte)'\n');
        var geheel = new byte[kop.Lengte + _objecten.Lengte];
        kop.Inhoud.CopyTo(geheel);
        _objecten.Inhoud.CopyTo(geheel.AsSpan(kop.Lengte));
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Stroom(stroom, string.Create(inv, $"/Type/ObjStm/N {_index.Count}/First {kop.Lengte}"), geheel);
        _index.Clear();
        _objecten.Leeg();
    }

    private byte[] Inpakken(ReadOnlySpan<byte> inhoud, CompressionLevel niveau)
    {
        _inpakker.SetLength(0);
        using (var zlib = new ZLibStream(_inpakker, niveau, leaveOpen: true))
        {
            zlib.Write(inhoud);
        }

        return _inpakker.ToArray();
    }

    private void Ascii(string tekst)
    {
        Span<byte> buffer = tekst.Length <= 256 ? stackalloc byte[tekst.Length] : new byte[tekst.Length];
        for (var i = 0; i < tekst.Length; i++)
        {
            buffer[i] = (byte)tekst[i];
        }

        _uit.Write(buffer);
    }
}
