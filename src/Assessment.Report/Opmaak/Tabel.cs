using SkiaSharp;

namespace Assessment.Report.Opmaak;

/// <summary>A column: its header text and its share of the table width.</summary>
public sealed record Kolom(string Titel, float Aandeel);

/// <summary>A piece of text in a cell, with its own style (a bold title above a plain explanation).</summary>
public sealed record Celdeel(string Tekst, Stijl Stijl);

/// <summary>A table cell: text pieces, optionally preceded by a small icon drawn in a square of <see cref="IcoonMaat"/>.</summary>
public sealed record Cel(IReadOnlyList<Celdeel> Delen, Action<SKCanvas, SKRect>? Icoon = null)
{
    public const float IcoonMaat = 9;

    public static Cel Tekst(string tekst, Stijl stijl) => new([new Celdeel(tekst, stijl)]);
}

/// <summary>
/// A table whose rows are strips: it breaks between rows, repeats its header row on every page it continues
/// on, and splits a row that is taller than <paramref name="MaxRijhoogte"/> (a page) between lines, so
/// nothing is ever clipped.
/// </summary>
public sealed record Tabel(IReadOnlyList<Kolom> Kolommen, IReadOnlyList<IReadOnlyList<Cel>> Rijen, float MaxRijhoogte) : IBlok
{
    private const float Opvulling = 4;
    private const float OpvullingVerticaal = 3;

    private readonly record struct Regel(string Tekst, Stijl Stijl);

    public IEnumerable<Strook> Stroken(float breedte)
    {
        var totaal = Kolommen.Sum(k => k.Aandeel);
        var breedtes = Kolommen.Select(k => breedte * k.Aandeel / totaal).ToArray();
        var kop = RijStroken(Kolommen.Select(k => Cel.Tekst(k.Titel, Huisstijl.TabelVet)).ToList(), breedtes, isKop: true, kop: null).ToList();
        foreach (var strook in kop)
        {
            yield return strook;
        }

        foreach (var rij in Rijen)
        {
            foreach (var strook in RijStroken(rij, breedtes, isKop: false, kop))
            {
                yield return strook;
            }
        }

        yield return Strook.Ruimte(6);
    }

    private IEnumerable<Strook> RijStroken(IReadOnlyList<Cel> cellen, float[] breedtes, bool isKop, IReadOnlyList<Strook>? kop)
    {
        // Lay out every cell, then cut each cell's lines into pieces that fit the largest row height.
        var maxInhoud = MaxRijhoogte - (2 * OpvullingVerticaal);
        var stukkenPerCel = new List<List<List<Regel>>>();
        for (var k = 0; k < cellen.Count; k++)
        {
            var cel = cellen[k];
            var tekstbreedte = breedtes[k] - (2 * Opvulling) - (cel.Icoon is null ? 0 : Cel.IcoonMaat + 3);
            var regels = cel.Delen.SelectMany(d => Tekstzetter.Zet(d.Tekst, d.Stijl, tekstbreedte).Select(r => new Regel(r, d.Stijl))).ToList();
            var stukken = new List<List<Regel>> { new() };
            var hoogte = 0f;
            foreach (var regel in regels)
            {
                if (hoogte + regel.Stijl.Regelafstand > maxInhoud && stukken[^1].Count > 0)
                {
                    stukken.Add([]);
                    hoogte = 0;
                }

                stukken[^1].Add(regel);
                hoogte += regel.Stijl.Regelafstand;
            }

            stukkenPerCel.Add(stukken);
        }

        var aantalStukken = stukkenPerCel.Max(s => s.Count);
        for (var s = 0; s < aantalStukken; s++)
        {
            var stuk = s;
            var inhoud = stukkenPerCel.Select(c => stuk < c.Count ? c[stuk] : []).ToList();
            var hoogte = inhoud.Max(c => c.Sum(r => r.Stijl.Regelafstand)) + (2 * OpvullingVerticaal);
            yield return new Strook(hoogte, (canvas, p, breedte) => TekenRij(canvas, p, breedtes, hoogte, cellen, inhoud, isKop, eersteStuk: stuk == 0))
            {
                HoudBijVolgende = isKop,
                Tabelkop = kop,
            };
        }
    }

    private static void TekenRij(SKCanvas canvas, SKPoint p, float[] breedtes, float hoogte, IReadOnlyList<Cel> cellen, List<List<Regel>> inhoud, bool isKop, bool eersteStuk)
    {
        var totaal = breedtes.Sum();
        if (isKop)
        {
            canvas.DrawRect(p.X, p.Y, totaal, hoogte, Verf.Vul(Huisstijl.Vlak));
        }

        var x = p.X;
        for (var k = 0; k < breedtes.Length; k++)
        {
            var tekstX = x + Opvulling;
            if (cellen[k].Icoon is { } icoon && eersteStuk)
            {
                var maat = Cel.IcoonMaat;
                icoon(canvas, new SKRect(tekstX, p.Y + OpvullingVerticaal + 1, tekstX + maat, p.Y + OpvullingVerticaal + 1 + maat));
            }

            if (cellen[k].Icoon is not null)
            {
                tekstX += Cel.IcoonMaat + 3;
            }

            var y = p.Y + OpvullingVerticaal;
            foreach (var regel in inhoud[k])
            {
                Tekstzetter.Teken(canvas, regel.Tekst, tekstX, y + Tekstzetter.Stijging(regel.Stijl), regel.Stijl);
                y += regel.Stijl.Regelafstand;
            }

            x += breedtes[k];
        }

        var lijn = isKop ? Verf.Lijn(Huisstijl.Grijs, 0.8f) : Verf.Lijn(Huisstijl.Lijn, 0.5f);
        canvas.DrawLine(p.X, p.Y + hoogte, p.X + totaal, p.Y + hoogte, lijn);
    }
}
