using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Assessment.Report.Opmaak;

/// <summary>
/// The page being drawn: PDFsharp's graphics and the structure builder of the tagged PDF, the page number, and the
/// pages of the named places (known before drawing, as pagination comes first), so a strip can draw a link or a page
/// reference to any place, before or after it.
/// </summary>
public sealed class Doek
{
    private static readonly HashSet<string> Groeperend = new(StringComparer.Ordinal) { "Document", "Part", "Sect", "Div", "TOC", "TOCI", "NonStruct" };
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal) { "Span", "Reference", "Note", "Code" };

    private readonly StructureBuilder? _structuur;
    private readonly IReadOnlyDictionary<string, (int Pagina, float Y)> _ankers;
    private readonly Diepte _diepte;
    private int _artefactDiepte;

    /// <summary>How many structure elements are open, over all pages (a document must close every one).</summary>
    internal sealed class Diepte
    {
        public int Open { get; set; }
    }

    /// <summary>
    /// The links drawn, with their structure element: their entries in the structure tree's parent tree are added after
    /// the last page (<see cref="Koppelingen.Registreer"/>), so the tree of marked content stays small while drawing.
    /// </summary>
    internal sealed class Koppelingen(string datum)
    {
        /// <summary>The annotations' modification date (<c>/M</c>): the document's date, never the clock.</summary>
        public string Datum { get; } = datum;

        public List<(PdfDictionary Annotatie, PdfDictionary Element, int Doel)> Lijst { get; } = [];

        /// <summary>Gives every link its /StructParent and its parent-tree entry (keys after those of the pages).</summary>
        public void Registreer(UAManager ua)
        {
            var wortel = ua.StructureTreeRoot;
            var boom = wortel.Elements.GetDictionary("/ParentTree") ?? throw new InvalidOperationException("De structuurboom heeft geen ParentTree.");
            var nummers = boom.Elements.GetArray("/Nums");
            if (nummers is null)
            {
                nummers = new PdfArray();
                boom.Elements.SetObject("/Nums", nummers);
            }

            var volgende = wortel.Elements.GetInteger("/ParentTreeNextKey");
            foreach (var (annotatie, element, doel) in Lijst)
            {
                annotatie.Elements.SetInteger("/StructParent", volgende);
                var rand = new PdfDictionary();
                rand.Elements.SetName("/Type", "/Border");
                rand.Elements.SetInteger("/W", 0);
                annotatie.Elements.SetObject("/BS", rand);
                annotatie.Elements.SetObject("/Dest", new PdfArray(annotatie.Owner, annotatie.Owner.Pages[doel - 1].Reference!, new PdfName("/XYZ"), PdfNull.Value, PdfNull.Value, new PdfInteger(0)));
                nummers.Elements.Add(new PdfInteger(volgende));
                nummers.Elements.Add(element);
                volgende++;
            }

            wortel.Elements.SetInteger("/ParentTreeNextKey", volgende);
        }
    }

    private readonly PdfPage _pagina;
    private readonly Koppelingen _koppelingen;

    internal Doek(XGraphics graphics, PdfPage pagina, StructureBuilder? structuur, int nummer, int aantal, IReadOnlyDictionary<string, (int Pagina, float Y)> ankers, Diepte diepte, Koppelingen koppelingen)
    {
        _diepte = diepte;
        _pagina = pagina;
        _koppelingen = koppelingen;
        Graphics = graphics;
        _structuur = structuur;
        Pagina = nummer;
        Aantal = aantal;
        _ankers = ankers;
    }

    public XGraphics Graphics { get; }

    /// <summary>The page number, from 1.</summary>
    public int Pagina { get; }

    /// <summary>The number of pages.</summary>
    public int Aantal { get; }

    /// <summary>True while drawing an artifact (running header, a repeated table header): structure calls are then ignored.</summary>
    public bool IsArtefact => _artefactDiepte > 0 || _structuur is null;

    /// <summary>The page of a named place; null when the document has no such place.</summary>
    public int? PaginaVan(string anker) => _ankers.TryGetValue(anker, out var plaats) ? plaats.Pagina : null;

    /// <summary>Opens a structure element (a standard PDF tag).</summary>
    public void Begin(string tag)
    {
        if (IsArtefact)
        {
            return;
        }

        _diepte.Open++;
        if (Groeperend.Contains(tag))
        {
            _structuur!.BeginGroupingElement(tag);
        }
        else if (Inline.Contains(tag))
        {
            _structuur!.BeginInlineLevelElement(tag);
        }
        else
        {
            _structuur!.BeginBlockLevelElement(tag);
        }
    }

    /// <summary>Says that the header cell just opened heads its column (<c>/Scope /Column</c>).</summary>
    public void KolomKop()
    {
        if (!IsArtefact)
        {
            var attributen = new PdfDictionary();
            attributen.Elements.SetName("/O", "/Table");
            attributen.Elements.SetName("/Scope", "/Column");
            _structuur!.CurrentStructureElement.Elements.SetObject("/A", attributen);
        }
    }

    public void End()
    {
        if (!IsArtefact)
        {
            _diepte.Open--;
            _structuur!.End();
        }
    }

    /// <summary>Draws decoration (lines, fills, signs whose meaning is also in words) that assistive technology skips.</summary>
    public void Artefact(Action teken)
    {
        if (IsArtefact)
        {
            teken();
            return;
        }

        _structuur!.BeginArtifact();
        _artefactDiepte++;
        try
        {
            teken();
        }
        finally
        {
            _artefactDiepte--;
            _structuur.End();
        }
    }

    /// <summary>Draws a chart as a figure with its alternative text (the numbers it shows).</summary>
    public void Figuur(string alt, XRect vak, Action teken)
    {
        if (IsArtefact)
        {
            teken();
            return;
        }

        _structuur!.BeginElement(PdfIllustrationElementTag.Figure, alt, vak);
        teken();
        _structuur.End();
    }

    /// <summary>
    /// Draws a link to a named place: a link annotation over <paramref name="vak"/> (page coordinates from the top)
    /// inside a Link structure element with the drawn text, and <paramref name="alt"/> as its description.
    /// </summary>
    public void Link(string anker, XRect vak, string alt, Action teken)
    {
        if (IsArtefact || PaginaVan(anker) is not { } doel)
        {
            teken();
            return;
        }

        // A plain link annotation (PDFsharp's PdfLinkAnnotation draws a random name and the clock for every link, which
        // the file must not hold): its /StructParent, border style and destination follow in Koppelingen.Registreer.
        var hoogte = Graphics.PageSize.Height;
        var document = _pagina.Owner;
        var link = new PdfDictionary(document);
        document.Internals.AddObject(link);
        link.Elements.SetName("/Type", "/Annot");
        link.Elements.SetString("/M", _koppelingen.Datum);
        link.Elements.SetName("/Subtype", "/Link");
        link.Elements.SetRectangle("/Rect", new PdfRectangle(new XPoint(vak.Left, hoogte - vak.Bottom), new XPoint(vak.Right, hoogte - vak.Top)));
        link.Elements.SetInteger("/F", 4);
        link.Elements.SetObject("/Border", new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0)));
        link.Elements.SetString("/Contents", alt);

        // The Link element holds the annotation (OBJR) and the drawn text; pages with links tab in structure order.
        _diepte.Open++;
        _structuur!.BeginInlineLevelElement("Link");
        var element = _structuur.CurrentStructureElement;
        var annotaties = _pagina.Elements.GetArray("/Annots");
        if (annotaties is null)
        {
            annotaties = new PdfArray(document);
            _pagina.Elements.SetObject("/Annots", annotaties);
        }

        annotaties.Elements.Add(link.Reference!);
        _pagina.Elements.SetName("/Tabs", "/S");
        var kinderen = element.Elements.GetArray("/K");
        if (kinderen is null)
        {
            kinderen = new PdfArray();
            element.Elements.SetObject("/K", kinderen);
        }

        var verwijzing = new PdfDictionary();
        verwijzing.Elements.SetName("/Type", "/OBJR");
        verwijzing.Elements.SetReference("/Obj", link);
        verwijzing.Elements.SetReference("/Pg", _pagina);
        kinderen.Elements.Add(verwijzing);
        _koppelingen.Lijst.Add((link, element, doel));
        teken();
        End();
    }
}
