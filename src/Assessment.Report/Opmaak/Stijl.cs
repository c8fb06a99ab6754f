using SkiaSharp;

namespace Assessment.Report.Opmaak;

/// <summary>A text style: size in points, weight, colour and line height (as a multiple of the size).</summary>
public sealed record Stijl(float Grootte, bool Vet, SKColor Kleur, float Regelhoogte = 1.35f)
{
    /// <summary>The distance between two baselines.</summary>
    public float Regelafstand => Grootte * Regelhoogte;

    public SKFont Font() => new(Vet ? Lettertypen.Vet : Lettertypen.Normaal, Grootte)
    {
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
    };

    public Stijl MetKleur(SKColor kleur) => this with { Kleur = kleur };

    public Stijl AlsVet() => this with { Vet = true };
}

/// <summary>The report's palette and type scale. Colours meet WCAG AA contrast on white for text.</summary>
public static class Huisstijl
{
    public static readonly SKColor Tekst = new(0x1F, 0x23, 0x28);
    public static readonly SKColor Grijs = new(0x55, 0x5B, 0x63);
    public static readonly SKColor Lijn = new(0xC8, 0xCD, 0xD3);
    public static readonly SKColor Vlak = new(0xF2, 0xF4, 0xF6);
    public static readonly SKColor Accent = new(0x15, 0x42, 0x73);
    public static readonly SKColor Groen = new(0x1E, 0x6B, 0x3A);
    public static readonly SKColor Rood = new(0xA3, 0x1B, 0x1B);
    public static readonly SKColor Oranje = new(0x8A, 0x4B, 0x00);

    public static readonly Stijl Titel = new(24, true, Accent, 1.2f);
    public static readonly Stijl Kop1 = new(16, true, Accent, 1.25f);
    public static readonly Stijl Kop2 = new(12, true, Tekst, 1.3f);
    public static readonly Stijl Kop3 = new(10, true, Tekst, 1.3f);
    public static readonly Stijl Gewoon = new(9.5f, false, Tekst);
    public static readonly Stijl Klein = new(8, false, Grijs);
    public static readonly Stijl Tabel = new(8.5f, false, Tekst, 1.3f);
    public static readonly Stijl TabelVet = new(8.5f, true, Tekst, 1.3f);
}
