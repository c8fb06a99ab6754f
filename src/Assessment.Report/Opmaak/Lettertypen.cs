using SkiaSharp;

namespace Assessment.Report.Opmaak;

/// <summary>
/// The report's typefaces, bundled in this assembly (Noto Sans Regular and Bold, subset to Latin with the
/// Dutch and Frisian diacritics; see Lettertypen/maak-subset.sh), so a PDF looks the same on every host and
/// embeds about 28 KB per face.
/// </summary>
public static class Lettertypen
{
    private static readonly Lazy<SKTypeface> LazyNormaal = new(() => Laad("NotoSans-Regular.subset.ttf"));
    private static readonly Lazy<SKTypeface> LazyVet = new(() => Laad("NotoSans-Bold.subset.ttf"));

    public static SKTypeface Normaal => LazyNormaal.Value;

    public static SKTypeface Vet => LazyVet.Value;

    /// <summary>Units per em of the bundled fonts (Noto Sans: 1000).</summary>
    public static int EenhedenPerEm => Normaal.UnitsPerEm;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(SKTypeface, ushort), float> Breedtes = new();

    /// <summary>A glyph's advance in font units (as the PDF font's widths state it).</summary>
    public static float Breedte(SKTypeface typeface, ushort glyph) =>
        Breedtes.GetOrAdd((typeface, glyph), sleutel =>
        {
            using var font = new SKFont(sleutel.Item1, sleutel.Item1.UnitsPerEm) { LinearMetrics = true, Hinting = SKFontHinting.None, Subpixel = true };
            return MathF.Round(font.GetGlyphWidths([sleutel.Item2])[0]);
        });

    private static SKTypeface Laad(string naam)
    {
        using var stroom = typeof(Lettertypen).Assembly.GetManifestResourceStream("Lettertypen." + naam)
            ?? throw new InvalidOperationException($"Het lettertype {naam} ontbreekt in de assembly.");
        using var data = SKData.Create(stroom);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Het lettertype {naam} is onleesbaar.");
    }
}
