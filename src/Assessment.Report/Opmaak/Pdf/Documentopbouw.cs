namespace Assessment.Report.Opmaak.Pdf;

/// <summary>
/// What the pages of one document share while they are drawn: the file, the faces used, the object numbers of the
/// pages (handed out before drawing, so a link can point to a later page), the open structure elements, every
/// element made (written after the last page), the parent tree (per page the element of each MCID; per link its
/// Link element) and the named places.
/// </summary>
internal sealed class Documentopbouw : IDisposable
{
    public Documentopbouw(int aantalPaginas, IReadOnlyDictionary<string, (int Pagina, float Y)> ankers)
    {
        Ankers = ankers;
        Paginaboom = Bestand.Nieuw();
        for (var i = 0; i < aantalPaginas; i++)
        {
            Paginas.Add(Bestand.Nieuw());
        }

        Wortel = Nieuw("Document", null);
        Open.Push(Wortel);
        Normaal = new Lettertypegebruik(Lettertypen.Normaal, "Noto Sans Regular", "F0");
        Vet = new Lettertypegebruik(Lettertypen.Vet, "Noto Sans Bold", "F1");
    }

    public PdfBestand Bestand { get; } = new();

    /// <summary>The buffer of the content stream of the page being drawn (one page at a time, so one buffer).</summary>
    public Bytes Inhoud { get; } = new(64 * 1024);

    public IReadOnlyDictionary<string, (int Pagina, float Y)> Ankers { get; }

    public int Paginaboom { get; }

    /// <summary>The object number of each page.</summary>
    public List<int> Paginas { get; } = [];

    public Lettertypegebruik Normaal { get; }

    public Lettertypegebruik Vet { get; }

    public Structuurelement Wortel { get; }

    /// <summary>The open structure elements, the innermost on top; the Document element at the bottom.</summary>
    public Stack<Structuurelement> Open { get; } = new();

    public List<Structuurelement> Elementen { get; } = [];

    /// <summary>Per page (its /StructParents key is its index), the element of each MCID.</summary>
    public List<List<Structuurelement>> Markeringen { get; } = [];

    /// <summary>The Link element of each link annotation; its /StructParent is the number of pages plus its index.</summary>
    public List<Structuurelement> Koppelingen { get; } = [];

    /// <summary>The form XObjects drawn so far, by name and size: their resource name and object number.</summary>
    public Dictionary<(string Naam, float Breedte, float Hoogte), (string Bron, int Nummer)> Sjablonen { get; } = [];

    public Lettertypegebruik Font(bool vet)
    {
        var font = vet ? Vet : Normaal;
        if (font.Nummer == 0)
        {
            font.Nummer = Bestand.Nieuw();
        }

        return font;
    }

    public Structuurelement Nieuw(string tag, Structuurelement? ouder, string? alt = null, (float, float, float, float)? kader = null)
    {
        var element = new Structuurelement(tag, ouder, Bestand.Nieuw()) { Alt = alt, Kader = kader };
        Elementen.Add(element);
        ouder?.Kinderen.Add(new Structuurelement.Kind(element, 0, 0, 0));
        return element;
    }

    public void Dispose()
    {
        Bestand.Dispose();
        Inhoud.Dispose();
    }
}
