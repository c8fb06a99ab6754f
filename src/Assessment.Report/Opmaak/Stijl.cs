using PdfSharp.Drawing;

namespace Assessment.Report.Opmaak;

/// <summary>A text style: size in points, weight, colour and line height (as a multiple of the size).</summary>
public sealed record Stijl(float Grootte, bool Vet, XColor Kleur, float Regelhoogte = 1.35f)
{
    /// <summary>The distance between two baselines.</summary>
    public float Regelafstand => Grootte * Regelhoogte;

    public Stijl MetKleur(XColor kleur) => this with { Kleur = kleur };

    public Stijl AlsVet() => this with { Vet = true };
}

/// <summary>The report's palette and type scale. Colours meet WCAG AA contrast on white for text.</summary>
public static class Huisstijl
{
    public static readonly XColor Tekst = XColor.FromArgb(0x1F, 0x23, 0x28);
    public static readonly XColor Grijs = XColor.FromArgb(0x55, 0x5B, 0x63);
    public static readonly XColor Lijn = XColor.FromArgb(0xC8, 0xCD, 0xD3);
    public static readonly XColor Vlak = XColor.FromArgb(0xF2, 0xF4, 0xF6);
    public static readonly XColor Accent = XColor.FromArgb(0x15, 0x42, 0x73);
    public static readonly XColor Groen = XColor.FromArgb(0x1E, 0x6B, 0x3A);
    public static readonly XColor Rood = XColor.FromArgb(0xA3, 0x1B, 0x1B);
    public static readonly XColor Oranje = XColor.FromArgb(0x8A, 0x4B, 0x00);
    public static readonly XColor Wit = XColor.FromArgb(0xFF, 0xFF, 0xFF);

    /// <summary>Links (page references, source markers): the accent colour, underlined where they stand in running text.</summary>
    public static readonly XColor Link = Accent;

    public static readonly Stijl Titel = new(24, true, Accent, 1.2f);
    public static readonly Stijl Kop1 = new(16, true, Accent, 1.25f);
    public static readonly Stijl Kop2 = new(12, true, Tekst, 1.3f);
    public static readonly Stijl Kop3 = new(10, true, Tekst, 1.3f);
    public static readonly Stijl Gewoon = new(9.5f, false, Tekst);
    public static readonly Stijl Klein = new(8, false, Grijs);
    public static readonly Stijl Tabel = new(8.5f, false, Tekst, 1.3f);
    public static readonly Stijl TabelVet = new(8.5f, true, Tekst, 1.3f);
    public static readonly Stijl TabelLink = new(8.5f, true, Link, 1.3f);
}

/// <summary>Pens and brushes, made once per thread and reused (a report draws thousands of rows and signs).</summary>
internal static class Verf
{
    [ThreadStatic]
    private static Dictionary<XColor, XSolidBrush>? _kwasten;

    [ThreadStatic]
    private static Dictionary<(XColor, float, bool, bool), XPen>? _pennen;

    public static XSolidBrush Vul(XColor kleur)
    {
        _kwasten ??= [];
        if (!_kwasten.TryGetValue(kleur, out var kwast))
        {
            _kwasten[kleur] = kwast = new XSolidBrush(kleur);
        }

        return kwast;
    }

    /// <summary>A pen of the colour and width; round caps when asked, dashed for an empty bar.</summary>
    public static XPen Lijn(XColor kleur, float breedte, bool rond = false, bool gestreept = false)
    {
        _pennen ??= [];
        if (!_pennen.TryGetValue((kleur, breedte, rond, gestreept), out var pen))
        {
            pen = new XPen(kleur, breedte) { LineCap = rond ? XLineCap.Round : XLineCap.Flat };
            if (gestreept)
            {
                pen.DashStyle = XDashStyle.Dash;
            }

            _pennen[(kleur, breedte, rond, gestreept)] = pen;
        }

        return pen;
    }
}
