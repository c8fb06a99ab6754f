using System.Globalization;

namespace Assessment.Report.Opmaak;

/// <summary>A column: its header text and its share of the table width.</summary>
public sealed record Kolom(string Titel, float Aandeel);

/// <summary>
/// A piece of text in a cell, with its own style (a bold title above a plain explanation). With <see cref="Doel"/> it
/// is a link to that named place; with <see cref="MetPagina"/> the text's <c>{pagina}</c> becomes the page of the place.
/// </summary>
public sealed record Celdeel(string Tekst, Stijl Stijl)
{
    public const string PaginaPlek = "{pagina}";

    public string? Doel { get; init; }

    /// <summary>What a screen reader says for the link (the text alone may be "[3]").</summary>
    public string? Omschrijving { get; init; }

    public bool MetPagina => Tekst.Contains(PaginaPlek, StringComparison.Ordinal);

    /// <summary>The text as laid out: a page number takes the room of three digits.</summary>
    public string Zettekst => MetPagina ? Tekst.Replace(PaginaPlek, "999", StringComparison.Ordinal) : Tekst;

    public string Tekenen(Doek doek) => MetPagina && Doel is not null
        ? Tekst.Replace(PaginaPlek, doek.PaginaVan(Doel)?.ToString(CultureInfo.InvariantCulture) ?? "?", StringComparison.Ordinal)
        : Tekst;

    /// <summary>A link to a named place.</summary>
    public static Celdeel Link(string tekst, string doel, string omschrijving) => new(tekst, Huisstijl.TabelLink) { Doel = doel, Omschrijving = omschrijving };
}

/// <summary>
/// A table cell: text pieces, optionally preceded by a small icon drawn in a square of <see cref="IcoonMaat"/> (a
/// decoration: its meaning is also in the cell's words).
/// </summary>
public sealed record Cel(IReadOnlyList<Celdeel> Delen, Action<Doek, Vak>? Icoon = null)
{
    public const float IcoonMaat = 9;

    /// <summary>The parts flow side by side, separated by a space, onto as many lines as they need (short links like "[3]").</summary>
    public bool Naast { get; init; }

    public static Cel Tekst(string tekst, Stijl stijl) => new([new Celdeel(tekst, stijl)]);
}

/// <summary>
/// A table (Table, TR, TH with scope Column, TD) whose rows are strips: it breaks between rows, repeats its header
/// row on every page it continues on (there an artifact), and splits a row that is taller than
/// <paramref name="MaxRijhoogte"/> (a page) between lines, each piece a row of its own, so nothing is ever clipped.
/// </summary>
public sealed record Tabel(IReadOnlyList<Kolom> Kolommen, IReadOnlyList<IReadOnlyList<Cel>> Rijen, float MaxRijhoogte) : IBlok
{
    /// <summary>Per row, a named place at the row (a finding a link points to), or null.</summary>
    public IReadOnlyList<string?>? RijAnkers { get; init; }

    private const float Opvulling = 4;
    private const float OpvullingVerticaal = 3;

    /// <summary>A line of a cell (or, in a cell whose parts stand side by side, a part on a line at <see cref="X"/>).</summary>
    private readonly record struct Regel(string Tekst, Celdeel Deel, float X = 0, bool NieuweRegel = true)
    {
        public float Hoogte => NieuweRegel ? Deel.Stijl.Regelafstand : 0;
    }

    public IEnumerable<Strook> Stroken(float breedte)
    {
        var totaal = Kolommen.Sum(k => k.Aandeel);
        var breedtes = Kolommen.Select(k => breedte * k.Aandeel / totaal).ToArray();
        var kop = RijStroken(Kolommen.Select(k => Cel.Tekst(k.Titel, Huisstijl.TabelVet)).ToList(), breedtes, isKop: true, kop: null, laatsteRij: Rijen.Count == 0, anker: null).ToList();
        foreach (var strook in kop)
        {
            yield return strook;
        }

        for (var r = 0; r < Rijen.Count; r++)
        {
            var anker = RijAnkers is { } ankers && r < ankers.Count ? ankers[r] : null;
            foreach (var strook in RijStroken(Rijen[r], breedtes, isKop: false, kop, laatsteRij: r == Rijen.Count - 1, anker))
            {
                yield return strook;
            }
        }

        yield return Strook.Ruimte(6);
    }

    /// <summary>The width of the text in a column's cells (for tests of what fits where).</summary>
    public float Tekstbreedte(int kolom, float breedte, bool metIcoon = false) =>
        (breedte * Kolommen[kolom].Aandeel / Kolommen.Sum(k => k.Aandeel)) - (2 * Opvulling) - (metIcoon ? Cel.IcoonMaat + 3 : 0);

    private IEnumerable<Strook> RijStroken(IReadOnlyList<Cel> cellen, float[] breedtes, bool isKop, IReadOnlyList<Strook>? kop, bool laatsteRij, string? anker)
    {
        // Lay out every cell, then cut each cell's lines into pieces that fit the largest row height.
        var maxInhoud = MaxRijhoogte - (2 * OpvullingVerticaal);
        var stukkenPerCel = new List<List<List<Regel>>>();
        for (var k = 0; k < cellen.Count; k++)
        {
            var cel = cellen[k];
            var tekstbreedte = breedtes[k] - (2 * Opvulling) - (cel.Icoon is null ? 0 : Cel.IcoonMaat + 3);
            var regels = new List<Regel>();
            if (cel.Naast)
            {
                var x = 0f;
                foreach (var deel in cel.Delen)
                {
                    var breedte = Tekstzetter.Breedte(deel.Zettekst, deel.Stijl);
                    var spatie = Tekstzetter.Breedte(" ", deel.Stijl);
                    var nieuw = regels.Count == 0 || x + spatie + breedte > tekstbreedte;
                    x = nieuw ? 0 : x + spatie;
                    regels.Add(new Regel(deel.Tekst, deel, x, nieuw));
                    x += breedte;
                }
            }
            else
            {
                foreach (var deel in cel.Delen)
                {
                    regels.AddRange(Tekstzetter.Zet(deel.Zettekst, deel.Stijl, tekstbreedte).Select(r => new Regel(deel.MetPagina ? deel.Tekst : r, deel)));
                }
            }

            var stukken = new List<List<Regel>> { new() };
            var hoogte = 0f;
            foreach (var regel in regels)
            {
                if (regel.NieuweRegel && hoogte + regel.Hoogte > maxInhoud && stukken[^1].Count > 0)
                {
                    stukken.Add([]);
                    hoogte = 0;
                }

                stukken[^1].Add(regel);
                hoogte += regel.Hoogte;
            }

            stukkenPerCel.Add(stukken);
        }

        var aantalStukken = stukkenPerCel.Max(s => s.Count);
        for (var s = 0; s < aantalStukken; s++)
        {
            var stuk = s;
            var inhoud = stukkenPerCel.Select(c => stuk < c.Count ? c[stuk] : []).ToList();
            var hoogte = inhoud.Max(c => c.Sum(r => r.Hoogte)) + (2 * OpvullingVerticaal);
            var laatste = s == aantalStukken - 1;
            yield return new Strook(hoogte, (doek, p, _) => TekenRij(doek, p, breedtes, hoogte, cellen, inhoud, isKop, eersteStuk: stuk == 0))
            {
                HoudBijVolgende = isKop,
                Tabelkop = kop,
                Open = isKop ? ["Table", "TR"] : ["TR"],
                Sluit = laatste && laatsteRij ? 2 : 1,
                Anker = s == 0 ? anker : null,
            };
        }
    }

    private static void TekenRij(Doek doek, Punt p, float[] breedtes, float hoogte, IReadOnlyList<Cel> cellen, List<List<Regel>> inhoud, bool isKop, bool eersteStuk)
    {
        var totaal = breedtes.Sum();
        if (isKop)
        {
            doek.Artefact(() => doek.Rechthoek(Huisstijl.Vlak, p.X, p.Y, totaal, hoogte));
        }

        var x = p.X;
        for (var k = 0; k < breedtes.Length; k++)
        {
            doek.Begin(isKop ? "TH" : "TD");
            if (isKop)
            {
                doek.KolomKop();
            }

            var tekstX = x + Opvulling;
            if (cellen[k].Icoon is { } icoon)
            {
                if (eersteStuk)
                {
                    var maat = Cel.IcoonMaat;
                    var vak = new Vak(tekstX, p.Y + OpvullingVerticaal + 1, maat, maat);
                    doek.Artefact(() => icoon(doek, vak));
                }

                tekstX += Cel.IcoonMaat + 3;
            }

            var y = p.Y + OpvullingVerticaal;
            var regels = inhoud[k];
            for (var i = 0; i < regels.Count; i++)
            {
                var regel = regels[i];
                var stijl = regel.Deel.Stijl;
                if (i > 0 && regel.NieuweRegel)
                {
                    y += regels[i - 1].Deel.Stijl.Regelafstand;
                }

                if (regel.Deel.Doel is { } doel)
                {
                    // A linked piece: its lines in one Link element, the annotation over the lines it covers here.
                    var eind = i + 1;
                    while (eind < regels.Count && ReferenceEquals(regels[eind].Deel, regel.Deel))
                    {
                        eind++;
                    }

                    var teksten = Enumerable.Range(i, eind - i).Select(j => regels[j].Deel.MetPagina ? regels[j].Deel.Tekenen(doek) : regels[j].Tekst).ToList();
                    var vak = new Vak(tekstX + regel.X - 1, y, teksten.Max(t => Tekstzetter.Breedte(t, stijl)) + 2, (eind - i) * stijl.Regelafstand);
                    var yBegin = y;
                    var xBegin = tekstX + regel.X;
                    doek.Link(doel, vak, regel.Deel.Omschrijving ?? regel.Deel.Tekenen(doek), () =>
                    {
                        for (var j = 0; j < teksten.Count; j++)
                        {
                            Tekstzetter.Teken(doek, teksten[j], j == 0 ? xBegin : tekstX, yBegin + (j * stijl.Regelafstand) + Tekstzetter.Stijging(stijl), stijl);
                        }
                    });
                    y += (eind - i - 1) * stijl.Regelafstand;
                    i = eind - 1;
                    continue;
                }

                var gewoon = regel.Deel.MetPagina ? regel.Deel.Tekenen(doek) : regel.Tekst;
                Tekstzetter.Teken(doek, gewoon, tekstX + regel.X, y + Tekstzetter.Stijging(stijl), stijl);
            }

            doek.End();
            x += breedtes[k];
        }

        var lijn = isKop ? new Pen(Huisstijl.Grijs, 0.8f) : new Pen(Huisstijl.Lijn, 0.5f);
        doek.Artefact(() => doek.Lijn(lijn, p.X, p.Y + hoogte, p.X + totaal, p.Y + hoogte));
    }
}
