using Assessment.Report.Opmaak.Pdf;

namespace Assessment.Report.Opmaak;

/// <summary>
/// The report's typefaces, bundled in this assembly (Noto Sans Regular and Bold, subset to Latin with the Dutch and
/// Frisian diacritics; see Lettertypen/maak-subset.sh), so a PDF looks the same on every host. Read once per process;
/// text is measured with their advance widths and the PDF embeds a subset of the glyphs used with a Unicode mapping
/// (ToUnicode), as PDF/UA asks.
/// </summary>
public static class Lettertypen
{
    /// <summary>Noto Sans Regular.</summary>
    public static TrueType Normaal { get; } = new(Laad("NotoSans-Regular.subset.ttf"));

    /// <summary>Noto Sans Bold.</summary>
    public static TrueType Vet { get; } = new(Laad("NotoSans-Bold.subset.ttf"));

    /// <summary>The face of a style.</summary>
    public static TrueType Font(Stijl stijl) => stijl.Vet ? Vet : Normaal;

    private static byte[] Laad(string naam)
    {
        using var stroom = typeof(Lettertypen).Assembly.GetManifestResourceStream("Lettertypen." + naam)
            ?? throw new InvalidOperationException($"Het lettertype {naam} ontbreekt in de assembly.");
        using var geheugen = new MemoryStream();
        stroom.CopyTo(geheugen);
        return geheugen.ToArray();
    }
}
