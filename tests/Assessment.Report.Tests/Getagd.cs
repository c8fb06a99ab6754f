using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Assessment.Report.Tests;

/// <summary>
/// A tagged PDF read back with PdfPig: its structure tree (tag, alternative text, attributes and children in order),
/// with the text of each element taken from the page's marked content by MCID, the page of each page object, and
/// the marked content that is an artifact. What a screen reader gets.
/// </summary>
public sealed class Getagd : IDisposable
{
    private readonly Dictionary<IndirectReference, int> _paginas = [];
    private readonly Dictionary<(int Pagina, int Mcid), (string Tekst, double X, double Y)> _inhoud = [];

    public Getagd(byte[] pdf)
    {
        Document = PdfDocument.Open(pdf);
        Catalogus = Document.Structure.Catalog.CatalogDictionary;
        var nummer = 0;
        Paginaboom(Catalogus.Data["Pages"], ref nummer);
        foreach (var pagina in Document.GetPages())
        {
            foreach (var inhoud in Alle(pagina.GetMarkedContents()))
            {
                if (!inhoud.IsArtifact && inhoud.MarkedContentIdentifier >= 0 && inhoud.Letters.Count > 0)
                {
                    var eerste = inhoud.Letters[0];
                    _inhoud[(pagina.Number, inhoud.MarkedContentIdentifier)] = (string.Concat(inhoud.Letters.Select(l => l.Value)), eerste.StartBaseLine.X, eerste.StartBaseLine.Y);
                }
            }
        }

        var wortel = (DictionaryToken)Los(Catalogus.Data["StructTreeRoot"]);
        Wortel = Element(Los(wortel.Data["K"]), null);
    }

    public PdfDocument Document { get; }

    public DictionaryToken Catalogus { get; }

    /// <summary>The Document element.</summary>
    public Structuurelement Wortel { get; }

    public IEnumerable<Structuurelement> Alle() => Wortel.Nakomelingen();

    public IToken Los(IToken token) => token is IndirectReferenceToken r ? Document.Structure.GetObject(r.Data).Data : token;

    /// <summary>The page number (from 1) of a page object.</summary>
    public int Pagina(IToken paginaverwijzing) => _paginas[((IndirectReferenceToken)paginaverwijzing).Data];

    /// <summary>Every piece of marked content on a page, nested ones included.</summary>
    public static IEnumerable<MarkedContentElement> Alle(IEnumerable<MarkedContentElement> inhoud) =>
        inhoud.SelectMany(i => new[] { i }.Concat(Alle(i.Children)));

    public void Dispose() => Document.Dispose();

    private void Paginaboom(IToken knoop, ref int nummer)
    {
        var woordenboek = (DictionaryToken)Los(knoop);
        if (woordenboek.Data.TryGetValue("Kids", out var kinderen))
        {
            foreach (var kind in ((ArrayToken)Los(kinderen)).Data)
            {
                if (((DictionaryToken)Los(kind)).Data.ContainsKey("Kids"))
                {
                    Paginaboom(kind, ref nummer);
                }
                else
                {
                    _paginas[((IndirectReferenceToken)kind).Data] = ++nummer;
                }
            }
        }
    }

    private Structuurelement Element(IToken token, int? paginaVanOuder)
    {
        var d = (DictionaryToken)token;
        var tag = ((NameToken)d.Data["S"]).Data;
        var pagina = d.Data.TryGetValue("Pg", out var pg) ? Pagina(pg) : paginaVanOuder;
        var element = new Structuurelement(tag)
        {
            Alt = d.Data.TryGetValue("Alt", out var alt) ? Tekst(Los(alt)) : null,
            Attributen = d.Data.TryGetValue("A", out var a) && Los(a) is DictionaryToken attributen
                ? attributen.Data.ToDictionary(kv => kv.Key, kv => Los(kv.Value) is NameToken n ? n.Data : Los(kv.Value).ToString() ?? "")
                : [],
        };
        if (d.Data.TryGetValue("K", out var k))
        {
            var kinderen = Los(k) is ArrayToken lijst ? lijst.Data : [k];
            foreach (var kind in kinderen)
            {
                switch (Los(kind))
                {
                    case NumericToken mcid when pagina is { } p:
                        element.Kinderen.Add(Inhoud(p, mcid.Int));
                        break;
                    case DictionaryToken kd when kd.Data.TryGetValue("Type", out var type) && Los(type) is NameToken { Data: "MCR" }:
                        element.Kinderen.Add(Inhoud(Pagina(kd.Data["Pg"]), ((NumericToken)Los(kd.Data["MCID"])).Int));
                        break;
                    case DictionaryToken kd when kd.Data.TryGetValue("Type", out var type) && Los(type) is NameToken { Data: "OBJR" }:
                        element.Kinderen.Add(new Objectverwijzing(Pagina(kd.Data["Pg"]), (DictionaryToken)Los(kd.Data["Obj"])));
                        break;
                    case DictionaryToken kd:
                        element.Kinderen.Add(Element(kd, pagina));
                        break;
                }
            }
        }

        return element;
    }

    private Inhoud Inhoud(int pagina, int mcid) =>
        _inhoud.TryGetValue((pagina, mcid), out var i) ? new Inhoud(pagina, mcid, i.Tekst, i.X, i.Y) : new Inhoud(pagina, mcid, "", 0, 0);

    private static string Tekst(IToken token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => token.ToString() ?? "",
    };
}

/// <summary>An element of the structure tree: its tag, alternative text, attributes and children (elements, marked content, annotations).</summary>
public sealed record Structuurelement(string Tag)
{
    public string? Alt { get; init; }

    public IReadOnlyDictionary<string, string> Attributen { get; init; } = new Dictionary<string, string>();

    public List<object> Kinderen { get; } = [];

    public IEnumerable<Structuurelement> Elementen => Kinderen.OfType<Structuurelement>();

    public IEnumerable<Structuurelement> Nakomelingen() => Elementen.SelectMany(e => new[] { e }.Concat(e.Nakomelingen()));

    /// <summary>The marked content of this element and its descendants, in tree order.</summary>
    public IEnumerable<Inhoud> Inhoud() => Kinderen.SelectMany(k => k switch
    {
        Inhoud i => [i],
        Structuurelement e => e.Inhoud(),
        _ => [],
    });

    public string Tekst => Rapporten.Plat(string.Join(" ", Inhoud().Select(i => i.Tekst)));
}

/// <summary>Marked content on a page, with its text and the position of its first letter.</summary>
public sealed record Inhoud(int Pagina, int Mcid, string Tekst, double X, double Y);

/// <summary>An annotation (a link) referenced from the structure tree.</summary>
public sealed record Objectverwijzing(int Pagina, DictionaryToken Annotatie);
