using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Assessment.Report.Opmaak;

/// <summary>
/// The report's typefaces, bundled in this assembly (Noto Sans Regular and Bold, subset to Latin with the Dutch and
/// Frisian diacritics; see Lettertypen/maak-subset.sh), so a PDF looks the same on every host. PDFsharp embeds the
/// glyphs used as a font subset with a Unicode mapping (ToUnicode), as PDF/UA asks.
/// </summary>
public static class Lettertypen
{
    public const string Familie = "Noto Sans Afwegingskader";

    private static readonly Lock Slot = new();
    private static volatile bool _geregistreerd;

    /// <summary>Makes PDFsharp find the bundled faces; once per process (PDFsharp's font resolver is global).</summary>
    public static void Registreer()
    {
        if (_geregistreerd)
        {
            return;
        }

        lock (Slot)
        {
            if (_geregistreerd)
            {
                return;
            }

            GlobalFontSettings.FontResolver = GlobalFontSettings.FontResolver is { } bestaand && bestaand is not Oplosser
                ? new Oplosser(bestaand)
                : new Oplosser(null);
            _geregistreerd = true;
        }
    }

    [ThreadStatic]
    private static Dictionary<(float, bool), XFont>? _fonts;

    /// <summary>The font of a style, as a Unicode (Type 0) font so every character keeps its meaning when copied or read aloud.</summary>
    public static XFont Font(Stijl stijl)
    {
        Registreer();
        _fonts ??= [];
        if (!_fonts.TryGetValue((stijl.Grootte, stijl.Vet), out var font))
        {
            _fonts[(stijl.Grootte, stijl.Vet)] = font = new XFont(
                Familie, stijl.Grootte, stijl.Vet ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        }

        return font;
    }

    private sealed class Oplosser(IFontResolver? anders) : IFontResolver
    {
        private const string Normaal = "NotoSans-Regular.subset.ttf";
        private const string Vet = "NotoSans-Bold.subset.ttf";
        private static readonly ConcurrentDictionary<string, byte[]> Bestanden = new(StringComparer.Ordinal);

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            familyName == Familie ? new FontResolverInfo(bold ? Vet : Normaal) : anders?.ResolveTypeface(familyName, bold, italic);

        public byte[]? GetFont(string faceName) => faceName is Normaal or Vet
            ? Bestanden.GetOrAdd(faceName, Laad)
            : anders?.GetFont(faceName);

        private static byte[] Laad(string naam)
        {
            using var stroom = typeof(Lettertypen).Assembly.GetManifestResourceStream("Lettertypen." + naam)
                ?? throw new InvalidOperationException($"Het lettertype {naam} ontbreekt in de assembly.");
            using var geheugen = new MemoryStream();
            stroom.CopyTo(geheugen);
            return geheugen.ToArray();
        }
    }
}
