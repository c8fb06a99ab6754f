using SkiaSharp;

namespace Assessment.Report.Opmaak;

/// <summary>A heading: kept with what follows, with space above it.</summary>
public sealed record Kop(string Tekst, Stijl Stijl, float RuimteBoven = 10) : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        yield return Strook.Ruimte(RuimteBoven);
        var regels = Tekstzetter.Zet(Tekst, Stijl, breedte);
        foreach (var regel in regels)
        {
            yield return new Strook(Stijl.Regelafstand, (canvas, p, _) => Tekstzetter.Teken(canvas, regel, p.X, p.Y + Tekstzetter.Stijging(Stijl), Stijl))
            {
                HoudBijVolgende = true,
            };
        }

        yield return new Strook(Stijl.Grootte * 0.35f, (_, _, _) => { }) { HoudBijVolgende = true };
    }
}

/// <summary>A paragraph: one strip per line, so it can continue on the next page; space below it.</summary>
public sealed record Alinea(string Tekst, Stijl Stijl, float RuimteOnder = 5, float Inspringing = 0) : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        var regels = Tekstzetter.Zet(Tekst, Stijl, breedte - Inspringing);
        for (var i = 0; i < regels.Count; i++)
        {
            var regel = regels[i];
            // Keep the first two lines together, so a paragraph never starts with one stray line.
            yield return new Strook(Stijl.Regelafstand, (canvas, p, _) => Tekstzetter.Teken(canvas, regel, p.X + Inspringing, p.Y + Tekstzetter.Stijging(Stijl), Stijl))
            {
                HoudBijVolgende = i == 0 && regels.Count > 1,
            };
        }

        if (RuimteOnder > 0)
        {
            yield return Strook.Ruimte(RuimteOnder);
        }
    }
}

/// <summary>A bulleted or numbered list: each item a hanging-indent paragraph.</summary>
public sealed record Lijst(IReadOnlyList<string> Items, Stijl Stijl, bool Genummerd = false) : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        const float inspringing = 14;
        for (var n = 0; n < Items.Count; n++)
        {
            var teken = Genummerd ? $"{n + 1}." : "•";
            var regels = Tekstzetter.Zet(Items[n], Stijl, breedte - inspringing);
            for (var i = 0; i < regels.Count; i++)
            {
                var regel = regels[i];
                var eerste = i == 0;
                yield return new Strook(Stijl.Regelafstand, (canvas, p, _) =>
                {
                    var basislijn = p.Y + Tekstzetter.Stijging(Stijl);
                    if (eerste)
                    {
                        Tekstzetter.Teken(canvas, teken, p.X, basislijn, Stijl);
                    }

                    Tekstzetter.Teken(canvas, regel, p.X + inspringing, basislijn, Stijl);
                })
                { HoudBijVolgende = i == 0 && regels.Count > 1 };
            }

            yield return Strook.Ruimte(2);
        }

        yield return Strook.Ruimte(4);
    }
}

/// <summary>Vertical space.</summary>
public sealed record Ruimte(float Hoogte) : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        yield return Strook.Ruimte(Hoogte);
    }
}

/// <summary>Starts a new page.</summary>
public sealed record PaginaEinde : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        yield return Strook.Pagina();
    }
}

/// <summary>Blocks that stay on one page together when they fit on a page.</summary>
public sealed record BijElkaar(IReadOnlyList<IBlok> Blokken) : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        var groep = new object();
        foreach (var blok in Blokken)
        {
            foreach (var strook in blok.Stroken(breedte))
            {
                yield return strook.IsRuimte && !strook.NieuwePagina
                    ? strook
                    : new Strook(strook.Hoogte, strook.Teken) { HoudBijVolgende = strook.HoudBijVolgende, Groep = groep, Tabelkop = strook.Tabelkop };
            }
        }
    }
}

/// <summary>A drawing of a fixed height (a chart, a badge) as one strip.</summary>
public sealed record Tekening(float Hoogte, Action<SKCanvas, SKRect> Teken) : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        yield return new Strook(Hoogte, (canvas, p, b) => Teken(canvas, new SKRect(p.X, p.Y, p.X + b, p.Y + Hoogte)));
    }
}
