namespace Assessment.Report.Opmaak;

/// <summary>
/// A strip placed on a page, at a distance from the top of the content area; <see cref="Herhaald"/> for a table's
/// header repeated on a page its rows continue on (drawn as an artifact: its content was read on the first page).
/// </summary>
public readonly record struct Plaatsing(Strook Strook, float Y, bool Herhaald = false);

/// <summary>
/// Places strips on pages of a fixed content height: a strip that does not fit starts a new page; headings
/// stay with what follows; keep-together groups move whole when they fit on a page; a table's header rows
/// are repeated when its rows continue on a new page; space at the top of a page is dropped.
/// Nothing is ever clipped: a strip taller than a page (which blocks avoid by splitting) gets a page of its own.
/// </summary>
public static class Paginering
{
    public static List<List<Plaatsing>> Verdeel(IReadOnlyList<Strook> stroken, float paginahoogte)
    {
        var paginas = new List<List<Plaatsing>> { new() };
        var y = 0f;

        void NieuwePagina()
        {
            if (paginas[^1].Count > 0)
            {
                paginas.Add([]);
            }

            y = 0;
        }

        void Plaats(Strook strook, bool herhaald = false)
        {
            paginas[^1].Add(new Plaatsing(strook, y, herhaald));
            y += strook.Hoogte;
        }

        object? vorigeGroep = null;
        for (var i = 0; i < stroken.Count; i++)
        {
            var strook = stroken[i];
            if (strook.NieuwePagina)
            {
                NieuwePagina();
                continue;
            }

            if (strook.IsRuimte)
            {
                if (y > 0 && y + strook.Hoogte <= paginahoogte)
                {
                    Plaats(strook);
                }

                continue;
            }

            var nodig = strook.Hoogte;
            if (strook.HoudBijVolgende)
            {
                nodig = HoogteVanKeten(stroken, i, paginahoogte);
            }

            if (strook.Groep is { } groep && !ReferenceEquals(groep, vorigeGroep))
            {
                var groepHoogte = HoogteVanGroep(stroken, i, groep);
                if (groepHoogte <= paginahoogte)
                {
                    nodig = Math.Max(nodig, groepHoogte);
                }
            }

            vorigeGroep = strook.Groep;
            if (y > 0 && y + nodig > paginahoogte)
            {
                NieuwePagina();
                if (strook.Tabelkop is { } kop)
                {
                    foreach (var kopStrook in kop)
                    {
                        Plaats(kopStrook, herhaald: true);
                    }
                }
            }

            Plaats(strook);
        }

        if (paginas[^1].Count == 0 && paginas.Count > 1)
        {
            paginas.RemoveAt(paginas.Count - 1);
        }

        return paginas;
    }

    /// <summary>The height of a strip with the strips it must stay with (up to and including the first that need not), if that fits on a page.</summary>
    private static float HoogteVanKeten(IReadOnlyList<Strook> stroken, int start, float paginahoogte)
    {
        var hoogte = 0f;
        for (var j = start; j < stroken.Count; j++)
        {
            hoogte += stroken[j].Hoogte;
            if (!stroken[j].HoudBijVolgende && !stroken[j].IsRuimte)
            {
                break;
            }
        }

        return hoogte <= paginahoogte ? hoogte : stroken[start].Hoogte;
    }

    /// <summary>
    /// The height of a keep-together group from its first strip to its last, with the space between its blocks (which
    /// carries no group); a page break or a strip of another group ends it.
    /// </summary>
    private static float HoogteVanGroep(IReadOnlyList<Strook> stroken, int start, object groep)
    {
        var hoogte = 0f;
        var totLaatste = 0f;
        for (var j = start; j < stroken.Count; j++)
        {
            var strook = stroken[j];
            if (ReferenceEquals(strook.Groep, groep))
            {
                hoogte += strook.Hoogte;
                totLaatste = hoogte;
            }
            else if (strook.IsRuimte && !strook.NieuwePagina)
            {
                hoogte += strook.Hoogte;
            }
            else
            {
                break;
            }
        }

        return totLaatste;
    }
}
