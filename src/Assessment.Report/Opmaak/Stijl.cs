namespace Assessment.Report.Opmaak;

/// <summary>A text style: size in points, weight, colour and line height (as a multiple of the size).</summary>
public sealed record Stijl(float Grootte, bool Vet, Kleur Kleur, float Regelhoogte = 1.35f)
{
    /// <summary>The distance between two baselines.</summary>
    public float Regelafstand => Grootte * Regelhoogte;

    public Stijl MetKleur(Kleur kleur) => this with { Kleur = kleur };

    public Stijl AlsVet() => this with { Vet = true };
}

/// <summary>The report's palette and type scale. Colours meet WCAG AA contrast on white for text.</summary>
public static class Huisstijl
{
    public static readonly Kleur Tekst = new Kleur(0x1F, 0x23, 0x28);
    public static readonly Kleur Grijs = new Kleur(0x55, 0x5B, 0x63);
    public static readonly Kleur Lijn = new Kleur(0xC8, 0xCD, 0xD3);
    public static readonly Kleur Vlak = new Kleur(0xF2, 0xF4, 0xF6);
    public static readonly Kleur Accent = new Kleur(0x15, 0x42, 0x73);
    public static readonly Kleur Groen = new Kleur(0x1E, 0x6B, 0x3A);
    public static readonly Kleur Rood = new Kleur(0xA3, 0x1B, 0x1B);
    public static readonly Kleur Oranje = new Kleur(0x8A, 0x4B, 0x00);
    public static readonly Kleur Wit = new Kleur(0xFF, 0xFF, 0xFF);

    /// <summary>Links (page references, source markers): the accent colour, underlined where they stand in running text.</summary>
    public static readonly Kleur Link = Accent;

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
