namespace Assessment.Report.Opmaak;

/// <summary>
/// A heading (H1–H3 by its style: <see cref="Huisstijl.Kop1"/> is H1, <see cref="Huisstijl.Kop2"/> H2, any other H3):
/// kept with what follows, with space above it; optionally a named place and an outline entry.
/// </summary>
public sealed record Kop(string Tekst, Stijl Stijl, float RuimteBoven = 10) : IBlok
{
    public string? Anker { get; init; }

    /// <summary>The outline level of the heading (1 or 2); 0 for none.</summary>
    public int Bladwijzer { get; init; }

    /// <summary>The heading level when it differs from what the style says (a small heading directly under an H1 is an H2).</summary>
    public int? Niveau { get; init; }

    public string Tag => Niveau is { } n ? $"H{n}" : Stijl == Huisstijl.Kop1 || Stijl == Huisstijl.Titel ? "H1" : Stijl == Huisstijl.Kop2 ? "H2" : "H3";

    public IEnumerable<Strook> Stroken(float breedte)
    {
        yield return Strook.Ruimte(RuimteBoven);
        var regels = Tekstzetter.Zet(Tekst, Stijl, breedte);
        for (var i = 0; i < regels.Count; i++)
        {
            var regel = regels[i];
            yield return new Strook(Stijl.Regelafstand, (doek, p, _) => Tekstzetter.Teken(doek, regel, p.X, p.Y + Tekstzetter.Stijging(Stijl), Stijl))
            {
                HoudBijVolgende = true,
                Open = i == 0 ? [Tag] : [],
                Sluit = i == regels.Count - 1 ? 1 : 0,
                Anker = i == 0 ? Anker : null,
                Bladwijzer = i == 0 && Bladwijzer > 0 ? new Bladwijzer(Tekst, Bladwijzer) : null,
            };
        }

        yield return new Strook(Stijl.Grootte * 0.35f, (_, _, _) => { }) { HoudBijVolgende = true };
    }
}

/// <summary>A paragraph (P): one strip per line, so it can continue on the next page; space below it.</summary>
public sealed record Alinea(string Tekst, Stijl Stijl, float RuimteOnder = 5, float Inspringing = 0) : IBlok
{
    public string? Anker { get; init; }

    /// <summary>Makes markers "[3]" in the text links: the named place and description of a marker, or null.</summary>
    public Func<int, (string Anker, string Omschrijving)?>? Markeringen { get; init; }

    public IEnumerable<Strook> Stroken(float breedte)
    {
        var regels = Tekstzetter.Zet(Tekst, Stijl, breedte - Inspringing);
        for (var i = 0; i < regels.Count; i++)
        {
            var regel = regels[i];
            // Keep the first two lines together, so a paragraph never starts with one stray line.
            yield return new Strook(Stijl.Regelafstand, (doek, p, _) => Tekstzetter.TekenMetMarkeringen(doek, regel, p.X + Inspringing, p.Y + Tekstzetter.Stijging(Stijl), Stijl, Markeringen))
            {
                HoudBijVolgende = i == 0 && regels.Count > 1,
                Open = i == 0 ? ["P"] : [],
                Sluit = i == regels.Count - 1 ? 1 : 0,
                Anker = i == 0 ? Anker : null,
            };
        }

        if (RuimteOnder > 0)
        {
            yield return Strook.Ruimte(RuimteOnder);
        }
    }
}

/// <summary>A bulleted or numbered list (L, with LI, Lbl and LBody): each item a hanging-indent paragraph.</summary>
public sealed record Lijst(IReadOnlyList<string> Items, Stijl Stijl, bool Genummerd = false) : IBlok
{
    /// <summary>Makes markers "[3]" in the items links: the named place and description of a marker, or null.</summary>
    public Func<int, (string Anker, string Omschrijving)?>? Markeringen { get; init; }

    public IEnumerable<Strook> Stroken(float breedte)
    {
        const float inspringing = 14;
        for (var n = 0; n < Items.Count; n++)
        {
            var teken = Genummerd ? $"{n + 1}." : "•";
            var regels = Tekstzetter.Zet(Items[n], Stijl, breedte - inspringing);
            var laatsteItem = n == Items.Count - 1;
            for (var i = 0; i < regels.Count; i++)
            {
                var regel = regels[i];
                var eerste = i == 0;
                yield return new Strook(Stijl.Regelafstand, (doek, p, _) =>
                {
                    var basislijn = p.Y + Tekstzetter.Stijging(Stijl);
                    if (eerste)
                    {
                        doek.Begin("Lbl");
                        Tekstzetter.Teken(doek, teken, p.X, basislijn, Stijl);
                        doek.End();
                        doek.Begin("LBody");
                    }

                    Tekstzetter.TekenMetMarkeringen(doek, regel, p.X + inspringing, basislijn, Stijl, Markeringen);
                })
                {
                    HoudBijVolgende = i == 0 && regels.Count > 1,
                    Open = eerste ? (n == 0 ? ["L", "LI"] : ["LI"]) : [],
                    Sluit = i == regels.Count - 1 ? (laatsteItem ? 3 : 2) : 0,
                };
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
                yield return strook.IsRuimte && !strook.NieuwePagina ? strook : strook.Met(groep: groep);
            }
        }
    }
}

/// <summary>
/// A drawing of a fixed height as one strip: a chart (a Figure with <see cref="Alt"/>, its numbers in words), content
/// that tags itself (<see cref="Tag"/>: the drawing draws text in that element and its decoration as artifacts), or,
/// with neither, pure decoration (an artifact).
/// </summary>
public sealed record Tekening(float Hoogte, Action<Doek, Vak> Teken) : IBlok
{
    public string? Alt { get; init; }

    public string? Tag { get; init; }

    public IEnumerable<Strook> Stroken(float breedte)
    {
        yield return new Strook(Hoogte, (doek, p, b) =>
        {
            var vak = new Vak(p.X, p.Y, b, Hoogte);
            if (Alt is not null)
            {
                doek.Figuur(Alt, vak, () => Teken(doek, vak));
            }
            else if (Tag is not null)
            {
                doek.Begin(Tag);
                Teken(doek, vak);
                doek.End();
            }
            else
            {
                doek.Artefact(() => Teken(doek, vak));
            }
        });
    }
}

/// <summary>
/// A table of contents (TOC with a TOCI per entry): each entry a link to its heading with the page number it has, found
/// after pagination; the entries of level 2 indented.
/// </summary>
public sealed record Inhoudsopgave(IReadOnlyList<(string Titel, int Niveau, string Anker)> Items) : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            var (titel, niveau, anker) = Items[i];
            var stijl = niveau == 1 ? Huisstijl.Gewoon.AlsVet() : Huisstijl.Gewoon;
            var inspringing = niveau == 1 ? 0f : 14f;
            var ruimte = niveau == 1 && i > 0 ? 4f : 0f;
            var regelBreedte = breedte - inspringing - 40;
            var tekst = PdfSchrijver.Afgekort(titel, stijl, regelBreedte);
            yield return new Strook(stijl.Regelafstand + ruimte, (doek, p, b) =>
            {
                var basislijn = p.Y + ruimte + Tekstzetter.Stijging(stijl);
                var nummer = doek.PaginaVan(anker)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
                var vak = new Vak(p.X + inspringing, p.Y + ruimte, b - inspringing, stijl.Regelafstand);
                doek.Link(anker, vak, $"{titel}, pagina {nummer}", () =>
                {
                    Tekstzetter.Teken(doek, tekst, p.X + inspringing, basislijn, stijl);
                    var eindTitel = p.X + inspringing + Tekstzetter.Breedte(tekst, stijl) + 4;
                    var beginNummer = p.X + b - Tekstzetter.Breedte(nummer, stijl);
                    doek.Artefact(() =>
                    {
                        if (beginNummer - 4 > eindTitel)
                        {
                            doek.Lijn(new Pen(Huisstijl.Lijn, 0.6f, Gestreept: true), eindTitel, basislijn, beginNummer - 4, basislijn);
                        }
                    });
                    Tekstzetter.Teken(doek, nummer, beginNummer, basislijn, stijl);
                });
            })
            {
                Open = i == 0 ? ["TOC", "TOCI"] : ["TOCI"],
                Sluit = i == Items.Count - 1 ? 2 : 1,
            };
        }

        yield return Strook.Ruimte(6);
    }
}

/// <summary>
/// A paragraph that is one link: "Uitgewerkt in ‘Wat moet er veranderen’, pagina {pagina}." with the page of the named
/// place filled in after pagination.
/// </summary>
public sealed record Verwijzing(string Tekst, string Anker, Stijl Stijl, float RuimteOnder = 5) : IBlok
{
    public IEnumerable<Strook> Stroken(float breedte)
    {
        var zet = Tekst.Replace(Celdeel.PaginaPlek, "999", StringComparison.Ordinal);
        var afgekort = PdfSchrijver.Afgekort(zet, Stijl, breedte);
        yield return new Strook(Stijl.Regelafstand, (doek, p, _) =>
        {
            var tekst = afgekort == zet
                ? Tekst.Replace(Celdeel.PaginaPlek, doek.PaginaVan(Anker)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", StringComparison.Ordinal)
                : afgekort;
            var vak = new Vak(p.X, p.Y, Tekstzetter.Breedte(tekst, Stijl), Stijl.Regelafstand);
            doek.Link(Anker, vak, tekst, () => Tekstzetter.Teken(doek, tekst, p.X, p.Y + Tekstzetter.Stijging(Stijl), Stijl));
        })
        {
            Open = ["P"],
            Sluit = 1,
        };

        if (RuimteOnder > 0)
        {
            yield return Strook.Ruimte(RuimteOnder);
        }
    }
}
