using System.Buffers.Binary;
using System.IO.Compression;

namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// The file being written (PDF 1.7 with object streams): streams (page content, fonts, metadata) and the catalog are
/// written as they come, every other object goes into compressed object streams of up to 200 objects, and the file
/// ends with a compressed cross-reference stream. Object numbers are handed out first (<see cref="Nieuw"/>), so an
/// object can point to one written later. Streams are compressed straight into the file. The same objects in the same
/// order give the same bytes.
/// </summary>
internal sealed class PdfBestand : IDisposable
{
    private const int PerObjectstroom = 500;

    /// <summary>Room for a stream's /Length, filled in after the stream is written.</summary>
    private const int LengteRuimte = 10;

    private readonly Bytes _uit = new(256 * 1024);
    private readonly Bytestroom _stroom;
    private readonly List<(byte Soort, int A, int B)> _plaatsen = [(0, 0, 0xFFFF)];
    private readonly Bytes _objecten = new(64 * 1024);
    private readonly Bytes _index = new(8 * 1024);
    private readonly List<(int Nummer, string Woordenboek, Task<Bytes> Ingepakt)> _later = [];
    private int _inStroom;
    private int _open;

    public PdfBestand()
    {
        _stroom = new Bytestroom(_uit);
        _uit.Ascii("%PDF-1.7\n%").Byte(0xE2).Byte(0xE3).Byte(0xCF).Byte(0xD3).Byte((byte)'\n');
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
        _plaatsen[nummer] = (2, 0, _inStroom++);
        _index.Geheel(nummer).Byte((byte)' ').Geheel(_objecten.Lengte).Byte((byte)' ');
        return _objecten;
    }

    public void Eind()
    {
        _objecten.Byte((byte)'\n');
        _open = 0;
        if (_inStroom == PerObjectstroom)
        {
            SchrijfObjectstroom();
        }
    }

    /// <summary>An object written in the file itself (the catalog, which simple tools look for there).</summary>
    public void Los(int nummer, ReadOnlySpan<byte> inhoud)
    {
        Plaats(nummer);
        _uit.Schrijf(inhoud).Ascii("\nendobj\n");
    }

    /// <summary>A Flate-compressed stream with extra dictionary entries (e.g. "/Length1 1234"); <paramref name="vervolg"/> follows <paramref name="inhoud"/>.</summary>
    public void Stroom(int nummer, string woordenboek, ReadOnlySpan<byte> inhoud, ReadOnlySpan<byte> vervolg = default, CompressionLevel niveau = CompressionLevel.Optimal)
    {
        Plaats(nummer);
        _uit.Ascii("<<").Ascii(woordenboek).Ascii("/Filter/FlateDecode/Length ");
        var lengte = _uit.Lengte;
        _uit.Vrij(LengteRuimte).Fill((byte)' ');
        _uit.Gevuld(LengteRuimte);
        _uit.Ascii(">>\nstream\n");
        var begin = _uit.Lengte;
        using (var zlib = new ZLibStream(_stroom, niveau, leaveOpen: true))
        {
            zlib.Write(inhoud);
            zlib.Write(vervolg);
        }

        Span<byte> cijfers = stackalloc byte[LengteRuimte];
        cijfers.Fill((byte)' ');
        (_uit.Lengte - begin).TryFormat(cijfers, out _, default, System.Globalization.CultureInfo.InvariantCulture);
        _uit.Overschrijf(lengte, cijfers);
        _uit.Ascii("\nendstream\nendobj\n");
    }

    /// <summary>
    /// A Flate-compressed stream whose compression runs on the thread pool while the pages are drawn (page content, object
    /// streams); it is written to the file, in the order of these calls, when the file is closed. The bytes do not depend
    /// on the threads: the same calls give the same file.
    /// </summary>
    public void StroomLater(int nummer, string woordenboek, ReadOnlySpan<byte> inhoud, ReadOnlySpan<byte> vervolg = default)
    {
        var kopie = new Bytes(inhoud.Length + vervolg.Length);
        kopie.Schrijf(inhoud).Schrijf(vervolg);
        _later.Add((nummer, woordenboek, Task.Run(() =>
        {
            using (kopie)
            {
                var ingepakt = new Bytes((kopie.Lengte / 3) + 64);
                using (var zlib = new ZLibStream(new Bytestroom(ingepakt), CompressionLevel.Optimal))
                {
                    zlib.Write(kopie.Inhoud);
                }

                return ingepakt;
            }
        })));
    }

    /// <summary>A stream as it is (the XMP metadata, which tools read without decoding).</summary>
    public void OngecomprimeerdeStroom(int nummer, string woordenboek, ReadOnlySpan<byte> inhoud)
    {
        Plaats(nummer);
        _uit.Ascii("<<").Ascii(woordenboek).Ascii("/Length ").Geheel(inhoud.Length).Ascii(">>\nstream\n").Schrijf(inhoud).Ascii("\nendstream\nendobj\n");
    }

    /// <summary>Writes the remaining objects and the cross-reference stream with the trailer entries (e.g. "/Root 1 0 R/Info 2 0 R/ID[...]").</summary>
    public byte[] Sluit(string trailer)
    {
        if (_inStroom > 0)
        {
            SchrijfObjectstroom();
        }

        foreach (var (nummer, woordenboek, ingepakt) in _later)
        {
            using var inhoud = ingepakt.GetAwaiter().GetResult();
            Plaats(nummer);
            _uit.Ascii("<<").Ascii(woordenboek).Ascii("/Filter/FlateDecode/Length ").Geheel(inhoud.Lengte).Ascii(">>\nstream\n").Schrijf(inhoud.Inhoud).Ascii("\nendstream\nendobj\n");
        }

        _later.Clear();

        var xref = Nieuw();
        for (var n = 1; n < xref; n++)
        {
            if (_plaatsen[n].Soort == 0)
            {
                throw new InvalidOperationException($"Object {n} is uitgedeeld maar niet geschreven.");
            }
        }

        var begin = _uit.Lengte;
        _plaatsen[xref] = (1, begin, 0);
        var rijen = new byte[_plaatsen.Count * 7];
        for (var n = 0; n < _plaatsen.Count; n++)
        {
            var (soort, a, b) = _plaatsen[n];
            var rij = rijen.AsSpan(n * 7);
            rij[0] = soort;
            BinaryPrimitives.WriteInt32BigEndian(rij[1..], a);
            BinaryPrimitives.WriteUInt16BigEndian(rij[5..], (ushort)b);
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Stroom(xref, string.Create(inv, $"/Type/XRef/Size {_plaatsen.Count}/W[1 4 2]{trailer}"), rijen);
        _uit.Ascii("startxref\n").Geheel(begin).Ascii("\n%%EOF\n");
        return _uit.ToArray();
    }

    public void Dispose()
    {
        _uit.Dispose();
        _objecten.Dispose();
        _index.Dispose();
    }

    private void Plaats(int nummer)
    {
        _plaatsen[nummer] = (1, _uit.Lengte, 0);
        _uit.Geheel(nummer).Ascii(" 0 obj\n");
    }

    private void SchrijfObjectstroom()
    {
        // The objects were given their place (stream, index) in Begin; the stream's number is known now.
        var stroom = Nieuw();
        for (var n = 0; n < _plaatsen.Count; n++)
        {
            if (_plaatsen[n] is { Soort: 2, A: 0 } plaats)
            {
                _plaatsen[n] = plaats with { A = stroom };
            }
        }

        _index.Byte((byte)'\n');
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        StroomLater(stroom, string.Create(inv, $"/Type/ObjStm/N {_inStroom}/First {_index.Lengte}"), _index.Inhoud, _objecten.Inhoud);
        _inStroom = 0;
        _index.Leeg();
        _objecten.Leeg();
    }
}
