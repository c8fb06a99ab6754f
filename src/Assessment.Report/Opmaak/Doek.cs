using Assessment.Report.Opmaak.Pdf;

namespace Assessment.Report.Opmaak;

/// <summary>
/// The page being drawn: a small drawing API (text, lines, rectangles, ellipses, arcs, in points from the top-left
/// corner) that writes the page's content stream, and the structure of the tagged PDF: every piece of content drawn
/// inside a structure element becomes marked content with an MCID of that element, decoration is an artifact. Also
/// the page number, and the pages of the named places (known before drawing, as pagination comes first), so a strip
/// can draw a link or a page reference to any place, before or after it.
/// </summary>
public sealed class Doek
{
    private readonly Documentopbouw _document;
    private readonly List<(string Bron, int Nummer)> _sjablonen = [];
    private Inhoudsstroom _stroom;
    private readonly List<Structuurelement> _mcids = [];
    private readonly List<int> _annotaties = [];
    private Structuurelement? _gemarkeerd;
    private int _artefactDiepte;
    private bool _sjabloonOpen;
    private bool _normaal;
    private bool _vet;

    internal Doek(Documentopbouw document, int nummer, int aantal)
    {
        _document = document;
        document.Inhoud.Leeg();
        _stroom = new Inhoudsstroom(document.Inhoud, PdfSchrijver.PaginaHoogte);
        Pagina = nummer;
        Aantal = aantal;
    }

    /// <summary>The page number, from 1.</summary>
    public int Pagina { get; }

    /// <summary>The number of pages.</summary>
    public int Aantal { get; }

    /// <summary>True while drawing an artifact (running header, a repeated table header): structure calls are then ignored.</summary>
    public bool IsArtefact => _artefactDiepte > 0;

    /// <summary>The page of a named place; null when the document has no such place.</summary>
    public int? PaginaVan(string anker) => _document.Ankers.TryGetValue(anker, out var plaats) ? plaats.Pagina : null;

    private int Index => Pagina - 1;

    /// <summary>Opens a structure element (a standard PDF tag).</summary>
    public void Begin(string tag)
    {
        if (!IsArtefact)
        {
            _document.Open.Push(_document.Nieuw(tag, _document.Open.Peek()));
        }
    }

    /// <summary>Says that the header cell just opened heads its column (<c>/Scope /Column</c>).</summary>
    public void KolomKop()
    {
        if (!IsArtefact)
        {
            _document.Open.Peek().KolomKop = true;
        }
    }

    public void End()
    {
        if (IsArtefact)
        {
            return;
        }

        if (_document.Open.Count <= 1)
        {
            throw new InvalidOperationException("Er is geen structuurelement open om te sluiten.");
        }

        var element = _document.Open.Pop();
        if (ReferenceEquals(_gemarkeerd, element))
        {
            SluitMarkering();
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

        SluitMarkering();
        _stroom.BeginArtefact();
        _artefactDiepte++;
        try
        {
            teken();
        }
        finally
        {
            _artefactDiepte--;
            _stroom.EindMarkering();
        }
    }

    /// <summary>Draws a chart as a figure with its alternative text (the numbers it shows).</summary>
    public void Figuur(string alt, Vak vak, Action teken)
    {
        if (IsArtefact)
        {
            teken();
            return;
        }

        var hoogte = PdfSchrijver.PaginaHoogte;
        _document.Open.Push(_document.Nieuw("Figure", _document.Open.Peek(), alt, (vak.Links, hoogte - vak.Onder, vak.Rechts, hoogte - vak.Boven)));
        teken();
        End();
    }

    /// <summary>
    /// Draws a link to a named place: a link annotation over <paramref name="vak"/> (page coordinates from the top)
    /// inside a Link structure element with the drawn text, and <paramref name="alt"/> as its description.
    /// </summary>
    public void Link(string anker, Vak vak, string alt, Action teken)
    {
        if (IsArtefact || !_document.Ankers.TryGetValue(anker, out var doel))
        {
            teken();
            return;
        }

        var element = _document.Nieuw("Link", _document.Open.Peek());
        _document.Open.Push(element);
        var bestand = _document.Bestand;
        var annotatie = bestand.Nieuw();
        element.Kinderen.Add(new Structuurelement.Kind(null, Index, 0, annotatie));
        var sleutel = _document.Paginas.Count + _document.Koppelingen.Count;
        _document.Koppelingen.Add(element);
        _annotaties.Add(annotatie);

        // A link without border to the named place's page and height.
        var hoogte = PdfSchrijver.PaginaHoogte;
        bestand.Begin(annotatie).Ascii("<</Type/Annot/Subtype/Link/Rect[")
            .Getal(vak.Links).Byte((byte)' ').Getal(hoogte - vak.Onder).Byte((byte)' ').Getal(vak.Rechts).Byte((byte)' ').Getal(hoogte - vak.Boven)
            .Ascii("]/F 4/Border[0 0 0]/Contents ").Tekst(alt)
            .Ascii("/StructParent ").Geheel(sleutel).Ascii("/Dest[").Verwijzing(_document.Paginas[doel.Pagina - 1])
            .Ascii("/XYZ null ").Getal(hoogte - doel.Y + 6).Ascii(" null]>>");
        bestand.Eind();
        teken();
        End();
    }

    /// <summary>Draws one line of text with its baseline at <paramref name="basislijn"/>.</summary>
    public void Tekst(string tekst, Stijl stijl, float x, float basislijn)
    {
        if (tekst.Length == 0)
        {
            return;
        }

        if (_sjabloonOpen)
        {
            throw new InvalidOperationException("Een sjabloon bevat geen tekst.");
        }

        Markeer();
        var font = _document.Font(stijl.Vet);
        _normaal |= !stijl.Vet;
        _vet |= stijl.Vet;
        _stroom.Tekst(font, stijl.Grootte, stijl.Kleur, x, basislijn, tekst);
    }

    public void Lijn(Pen pen, float x1, float y1, float x2, float y2)
    {
        Markeer();
        _stroom.Lijn(pen, x1, y1, x2, y2);
    }

    public void Lijnen(Pen pen, params ReadOnlySpan<Punt> punten)
    {
        Markeer();
        _stroom.Lijnen(pen, punten);
    }

    public void Rechthoek(Kleur vul, float x, float y, float breedte, float hoogte)
    {
        Markeer();
        _stroom.Rechthoek(vul, x, y, breedte, hoogte);
    }

    public void Rechthoek(Pen pen, float x, float y, float breedte, float hoogte)
    {
        Markeer();
        _stroom.Rechthoek(pen, x, y, breedte, hoogte);
    }

    public void AfgerondeRechthoek(Kleur vul, float x, float y, float breedte, float hoogte, float straal)
    {
        Markeer();
        _stroom.AfgerondeRechthoek(vul, x, y, breedte, hoogte, straal);
    }

    public void Ellips(Kleur vul, float x, float y, float breedte, float hoogte)
    {
        Markeer();
        _stroom.Ellips(vul, x, y, breedte, hoogte);
    }

    /// <summary>An arc from <paramref name="begin"/> degrees over <paramref name="hoek"/> degrees, clockwise on the page (0 is to the right).</summary>
    public void Boog(Pen pen, float x, float y, float breedte, float hoogte, float begin, float hoek)
    {
        Markeer();
        _stroom.Boog(pen, x, y, breedte, hoogte, begin, hoek);
    }

    /// <summary>
    /// Draws a drawing that repeats (a status sign) in the rectangle: the first time a name and size occur in the document
    /// it is drawn once as a form XObject, every time it is placed with a reference to it. No text in it.
    /// </summary>
    public void Sjabloon(string naam, Vak vak, Action<Doek, Vak> teken)
    {
        var sleutel = (naam, vak.Breedte, vak.Hoogte);
        if (!_document.Sjablonen.TryGetValue(sleutel, out var sjabloon))
        {
            var pagina = _stroom;
            var vorigeDiepte = _artefactDiepte;
            using var vormInhoud = new Bytes(1024);
            var vorm = new Inhoudsstroom(vormInhoud, vak.Hoogte, geerfdeStaat: true);
            _stroom = vorm;
            _artefactDiepte = 1;
            _sjabloonOpen = true;
            try
            {
                teken(this, new Vak(0, 0, vak.Breedte, vak.Hoogte));
            }
            finally
            {
                _stroom = pagina;
                _artefactDiepte = vorigeDiepte;
                _sjabloonOpen = false;
            }

            var bestand = _document.Bestand;
            sjabloon = ("X" + _document.Sjablonen.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), bestand.Nieuw());
            _document.Sjablonen[sleutel] = sjabloon;
            using var kader = new Bytes(64);
            kader.Ascii("/Type/XObject/Subtype/Form/BBox[0 0 ").Getal(vak.Breedte).Byte((byte)' ').Getal(vak.Hoogte).Ascii("]/Resources<<>>");
            bestand.Stroom(sjabloon.Nummer, System.Text.Encoding.ASCII.GetString(kader.Inhoud), vorm.Uit.Inhoud);
        }

        Markeer();
        if (!_sjablonen.Contains(sjabloon))
        {
            _sjablonen.Add(sjabloon);
        }

        _stroom.Sjabloon(sjabloon.Bron, vak.X, vak.Y, vak.Hoogte);
    }

    /// <summary>Content outside an artifact belongs to the innermost open element: opens marked content with a new MCID for it when needed.</summary>
    private void Markeer()
    {
        if (IsArtefact)
        {
            return;
        }

        var element = _document.Open.Peek();
        if (ReferenceEquals(_gemarkeerd, element))
        {
            return;
        }

        SluitMarkering();
        var mcid = _mcids.Count;
        _mcids.Add(element);
        element.Kinderen.Add(new Structuurelement.Kind(null, Index, mcid, 0));
        _stroom.BeginMarkering(element.Tag, mcid);
        _gemarkeerd = element;
    }

    private void SluitMarkering()
    {
        if (_gemarkeerd is not null)
        {
            _stroom.EindMarkering();
            _gemarkeerd = null;
        }
    }

    /// <summary>Ends the page: closes its marked content and writes its content stream and page object.</summary>
    internal void Sluit()
    {
        SluitMarkering();
        var bestand = _document.Bestand;
        var inhoud = bestand.Nieuw();
        bestand.StroomLater(inhoud, "", _stroom.Uit.Inhoud);
        _document.Markeringen.Add(_mcids);
        var o = bestand.Begin(_document.Paginas[Index]).Ascii("<</Type/Page/Parent ").Verwijzing(_document.Paginaboom)
            .Ascii("/MediaBox[0 0 ").Getal(PdfSchrijver.PaginaBreedte).Byte((byte)' ').Getal(PdfSchrijver.PaginaHoogte)
            .Ascii("]/Contents ").Verwijzing(inhoud).Ascii("/Resources<</Font<<");
        if (_normaal)
        {
            o.Ascii("/F0 ").Verwijzing(_document.Normaal.Nummer);
        }

        if (_vet)
        {
            o.Ascii("/F1 ").Verwijzing(_document.Vet.Nummer);
        }

        o.Ascii(">>");
        if (_sjablonen.Count > 0)
        {
            o.Ascii("/XObject<<");
            foreach (var (bron, nummer) in _sjablonen)
            {
                o.Byte((byte)'/').Ascii(bron).Byte((byte)' ').Verwijzing(nummer);
            }

            o.Ascii(">>");
        }

        o.Ascii(">>/StructParents ").Geheel(Index);
        if (_annotaties.Count > 0)
        {
            o.Ascii("/Tabs/S/Annots[");
            for (var i = 0; i < _annotaties.Count; i++)
            {
                (i > 0 ? o.Byte((byte)' ') : o).Verwijzing(_annotaties[i]);
            }

            o.Byte((byte)']');
        }

        o.Ascii(">>");
        bestand.Eind();
    }
}
