namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// An element of the structure tree (PDF/UA): its standard tag, parent, object number and children in reading order:
/// child elements, marked content (page and MCID) and annotations (a link's OBJR).
/// </summary>
internal sealed class Structuurelement(string tag, Structuurelement? ouder, int nummer)
{
    public string Tag { get; } = tag;

    public Structuurelement? Ouder { get; } = ouder;

    public int Nummer { get; } = nummer;

    public List<Kind> Kinderen { get; } = [];

    /// <summary>The alternative text (a figure's numbers in words).</summary>
    public string? Alt { get; init; }

    /// <summary>A figure's bounding box in PDF coordinates (left, bottom, right, top).</summary>
    public (float, float, float, float)? Kader { get; init; }

    /// <summary>A header cell that heads its column (/Scope /Column).</summary>
    public bool KolomKop { get; set; }

    /// <summary>A child: an element, marked content (page index and MCID) or an annotation (its object number, on a page).</summary>
    public readonly record struct Kind(Structuurelement? Element, int Pagina, int Mcid, int Annotatie);

    /// <summary>Writes the element as a StructElem (its /Type is optional and left out); <paramref name="paginas"/> gives the object number of each page.</summary>
    public void Schrijf(PdfBestand bestand, int ouder, IReadOnlyList<int> paginas)
    {
        // /Pg: the page of the first marked content or annotation; children on other pages name their page.
        var pagina = -1;
        foreach (var kind in Kinderen)
        {
            if (kind.Element is null)
            {
                pagina = kind.Pagina;
                break;
            }
        }

        var o = bestand.Begin(Nummer).Ascii("<</S/").Ascii(Tag).Ascii("/P ").Verwijzing(ouder);
        if (pagina >= 0)
        {
            o.Ascii("/Pg ").Verwijzing(paginas[pagina]);
        }

        if (Alt is not null)
        {
            o.Ascii("/Alt ").Tekst(Alt);
        }

        if (KolomKop)
        {
            o.Ascii("/A<</O/Table/Scope/Column>>");
        }
        else if (Kader is var (links, onder, rechts, boven))
        {
            o.Ascii("/A<</O/Layout/BBox[").Getal(links).Byte((byte)' ').Getal(onder).Byte((byte)' ').Getal(rechts).Byte((byte)' ').Getal(boven).Ascii("]>>");
        }

        if (Kinderen.Count > 0)
        {
            o.Ascii("/K");
            if (Kinderen.Count == 1 && Kinderen[0] is { Element: null, Annotatie: 0 } enige && enige.Pagina == pagina)
            {
                o.Byte((byte)' ').Geheel(enige.Mcid);
            }
            else
            {
                o.Byte((byte)'[');
                for (var i = 0; i < Kinderen.Count; i++)
                {
                    var kind = Kinderen[i];
                    if (i > 0)
                    {
                        o.Byte((byte)' ');
                    }

                    if (kind.Element is { } element)
                    {
                        o.Verwijzing(element.Nummer);
                    }
                    else if (kind.Annotatie != 0)
                    {
                        o.Ascii("<</Type/OBJR/Obj ").Verwijzing(kind.Annotatie).Ascii("/Pg ").Verwijzing(paginas[kind.Pagina]).Ascii(">>");
                    }
                    else if (kind.Pagina == pagina)
                    {
                        o.Geheel(kind.Mcid);
                    }
                    else
                    {
                        o.Ascii("<</Type/MCR/Pg ").Verwijzing(paginas[kind.Pagina]).Ascii("/MCID ").Geheel(kind.Mcid).Ascii(">>");
                    }
                }

                o.Byte((byte)']');
            }
        }

        o.Ascii(">>");
        bestand.Eind();
    }
}
