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

    internal Doek(XGraphics graphics, StructureBuilder? structuur, int pagina, int aantal, IReadOnlyDictionary<string, (int Pagina, float Y)> ankers, Diepte diepte)
    {
        _diepte = diepte;
        Graphics = graphics;
        _structuur = structuur;
        Pagina = pagina;
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

        var hoogte = Graphics.PageSize.Height;
        var rechthoek = new PdfRectangle(new XPoint(vak.Left, hoogte - vak.Bottom), new XPoint(vak.Right, hoogte - vak.Top));
        var link = PdfLinkAnnotation.CreateDocumentLink(rechthoek, doel);
        link.Elements.SetInteger("/F", 4);
        link.Elements.SetObject("/Border", new PdfArray(link.Owner, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0)));
        _structuur!.BeginElement(link, alt);
        teken();
        _structuur.End();
    }
}
