using System.Text;
using System.Text.RegularExpressions;
using Assessment.Domain.Afwegingen;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Assessment.Report.Tests;

/// <summary>
/// The report as a tagged PDF (PDF/UA-1), read back: the catalogue's marks, the structure tree (standard tags, headings,
/// tables with header cells, figures with alternative text, reading order), artifacts, the outline and the links.
/// These are the machine-checkable points of PDF/UA and of the issue; veraPDF is not installable here.
/// </summary>
public partial class ToegankelijkheidTests
{
    private static readonly HashSet<string> StandaardTags =
    [
        "Document", "Part", "Sect", "Div", "TOC", "TOCI", "P", "H1", "H2", "H3", "L", "LI", "Lbl", "LBody",
        "Table", "TR", "TH", "TD", "Figure", "Link", "Span",
    ];

    private static Getagd Lees(string voorbeeld = "ommen-hardenberg.json") => new(Rapporten.Rapport(voorbeeld).Pdf);

    [Fact]
    public void Het_pdf_is_gemarkeerd_als_getagd_met_taal_titel_in_het_venster_en_pdf_ua_in_de_xmp()
    {
        using var pdf = Lees();
        var catalogus = pdf.Catalogus.Data;

        Assert.True(((BooleanToken)((DictionaryToken)pdf.Los(catalogus["MarkInfo"])).Data["Marked"]).Data);
        Assert.Equal("nl-NL", ((StringToken)pdf.Los(catalogus["Lang"])).Data);
        Assert.True(((BooleanToken)((DictionaryToken)pdf.Los(catalogus["ViewerPreferences"])).Data["DisplayDocTitle"]).Data);
        var xmp = Encoding.UTF8.GetString(((StreamToken)pdf.Los(catalogus["Metadata"])).Data.Span);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
        Assert.Contains($"<rdf:li xml:lang=\"x-default\">{pdf.Document.Information.Title}</rdf:li>", xmp);
        Assert.Contains("<rdf:li>nl-NL</rdf:li>", xmp);
    }

    [Fact]
    public void De_structuur_gebruikt_alleen_standaardtags_en_begint_met_een_document()
    {
        using var pdf = Lees();

        Assert.Equal("Document", pdf.Wortel.Tag);
        Assert.All(pdf.Alle(), e => Assert.Contains(e.Tag, StandaardTags));
    }

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void De_koppen_volgen_de_hoofdstukken_en_slaan_geen_niveau_over(string voorbeeld)
    {
        using var pdf = Lees(voorbeeld);
        var koppen = pdf.Alle().Where(e => e.Tag is "H1" or "H2" or "H3").ToList();
        var h1 = koppen.Where(k => k.Tag == "H1").Select(k => k.Tekst).ToList();

        foreach (var hoofdstuk in new[] { "Inhoud", "Bestuurlijke samenvatting", "Wat moet er veranderen", "Scores", "A. Meerwaarde", "B. Condities", "C. Weging varianten", "Varianten", "Ontbrekende gegevens", "Bijlage D — Bronnen", "Colofon" })
        {
            Assert.Contains(hoofdstuk, h1);
        }

        var vorige = 1;
        foreach (var kop in koppen)
        {
            var niveau = kop.Tag[1] - '0';
            Assert.True(niveau <= vorige + 1, $"'{kop.Tekst}' ({kop.Tag}) volgt op een H{vorige}");
            vorige = niveau;
        }
    }

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Elke_tabel_begint_met_een_rij_kopcellen_met_scope_en_elke_rij_heeft_evenveel_cellen(string voorbeeld)
    {
        using var pdf = Lees(voorbeeld);
        var tabellen = pdf.Alle().Where(e => e.Tag == "Table").ToList();

        Assert.True(tabellen.Count > 10);
        foreach (var tabel in tabellen)
        {
            var rijen = tabel.Elementen.ToList();
            Assert.All(rijen, r => Assert.Equal("TR", r.Tag));
            var kop = rijen[0].Elementen.ToList();
            Assert.All(kop, c => Assert.Equal("TH", c.Tag));
            Assert.All(kop, c => Assert.Equal("Column", c.Attributen["Scope"]));
            Assert.All(rijen.Skip(1), r => Assert.Equal(kop.Count, r.Elementen.Count(c => c.Tag == "TD")));
        }
    }

    [Fact]
    public void Elke_figuur_heeft_een_alternatieve_tekst_met_haar_getallen()
    {
        using var pdf = Lees();
        var figuren = pdf.Alle().Where(e => e.Tag == "Figure").ToList();
        var afweging = Rapporten.Ommen.Afweging;

        Assert.Equal(2, figuren.Count);
        Assert.All(figuren, f => Assert.Matches(@"\d", f.Alt ?? ""));
        Assert.Contains($"Legitimiteit {afweging.PubliekeWaarde.Legitimiteit?.ToString() ?? "geen score"}", figuren[0].Alt);
        foreach (var vlak in afweging.Hoofdvlakken)
        {
            Assert.Contains($"{vlak.Titel} {vlak.Score?.ToString() ?? "geen score"}", figuren[1].Alt);
        }
    }

    [Fact]
    public void Kop_en_voet_van_elke_pagina_zijn_artefacten_en_alle_andere_tekst_hangt_in_de_structuur()
    {
        using var pdf = Lees();
        var inStructuur = pdf.Wortel.Inhoud().Select(i => (i.Pagina, i.Mcid)).ToHashSet();

        foreach (var pagina in pdf.Document.GetPages())
        {
            var inhoud = Getagd.Alle(pagina.GetMarkedContents()).ToList();
            var artefacten = string.Concat(inhoud.Where(i => i.IsArtifact).SelectMany(i => i.Letters).Select(l => l.Value));
            Assert.Contains($"pagina{pagina.Number}van{pdf.Document.NumberOfPages}", artefacten.Replace(" ", "", StringComparison.Ordinal));
            Assert.Contains("Afwegingskaderambtelijkefusie", artefacten.Replace(" ", "", StringComparison.Ordinal));

            var gemarkeerd = inhoud.Where(i => i.IsArtifact || inStructuur.Contains((pagina.Number, i.MarkedContentIdentifier))).SelectMany(i => i.Letters).Count();
            Assert.Equal(pagina.Letters.Count, gemarkeerd);
        }
    }

    [Fact]
    public void De_leesvolgorde_van_de_structuur_is_de_volgorde_op_de_pagina()
    {
        using var pdf = Lees();
        var bladen = pdf.Alle().Where(e => !e.Elementen.Any() || e.Tag == "Figure").ToList();

        foreach (var pagina in bladen.SelectMany(b => b.Inhoud()).Select(i => i.Pagina).Distinct())
        {
            // The first piece of each leaf element on the page, in tree order: top to bottom, and left to right in a row.
            var stukken = bladen.Select(b => b.Inhoud().FirstOrDefault(i => i.Pagina == pagina && i.Tekst.Length > 0)).OfType<Inhoud>().ToList();
            for (var i = 1; i < stukken.Count; i++)
            {
                var (a, b) = (stukken[i - 1], stukken[i]);
                var lager = b.Y < a.Y - 1;
                var rechtsOpDezelfdeRegel = Math.Abs(b.Y - a.Y) <= 1 && b.X > a.X;
                var volgendeCelKolom = b.X > a.X && b.Y <= a.Y + 40;
                Assert.True(lager || rechtsOpDezelfdeRegel || volgendeCelKolom,
                    $"pagina {pagina}: '{b.Tekst}' ({b.X:0},{b.Y:0}) komt in de structuur na '{a.Tekst}' ({a.X:0},{a.Y:0})");
            }
        }
    }

    [Fact]
    public void De_bladwijzers_noemen_elk_hoofdstuk_en_elke_subafweging_met_de_juiste_pagina()
    {
        using var pdf = Lees();
        Assert.True(pdf.Document.TryGetBookmarks(out var bladwijzers));
        var hoofdstukken = bladwijzers.Roots.ToList();
        var titels = hoofdstukken.Select(b => b.Title).ToList();

        Assert.Equal(
        [
            "Bestuurlijke samenvatting", "Wat moet er veranderen", "Scores", "A. Meerwaarde", "B. Condities", "C. Weging varianten", "Varianten",
            "Ontbrekende gegevens", "Bijlage A — De ingediende antwoorden", "Bijlage B — De gebruikte parameters", "Bijlage C — De methode",
            "Bijlage D — Bronnen", "Colofon",
        ], titels);
        var subafwegingen = hoofdstukken.Where(h => h.Title.Length > 2 && h.Title[1] == '.').SelectMany(h => h.Children).Select(c => c.Title[..2]).ToList();
        Assert.Equal(["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2"], subafwegingen);
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);
        foreach (var node in hoofdstukken.Concat(hoofdstukken.SelectMany(h => h.Children)).OfType<DocumentBookmarkNode>())
        {
            Assert.Contains(Rapporten.Plat(node.Title), paginas[node.PageNumber - 1]);
        }
    }

    [Fact]
    public void Elke_voorwaarde_staat_in_de_samenvatting_met_een_link_naar_de_pagina_van_haar_bevinding()
    {
        using var pdf = Lees();
        var afweging = Rapporten.Ommen.Afweging;
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);
        var (van, tot) = Samenvatting(paginas);
        var links = Links(pdf).Where(l => l.Pagina >= van && l.Pagina <= tot && l.Omschrijving.StartsWith("Naar de bevinding ", StringComparison.Ordinal)).ToList();
        var samenvatting = string.Join(" ", paginas.Skip(van - 1).Take(tot - van + 1));

        Assert.Equal(afweging.Voorwaarden.Count, links.Count);
        foreach (var voorwaarde in afweging.Voorwaarden)
        {
            Assert.Contains(Rapporten.Plat(voorwaarde.Titel), samenvatting);
            var link = Assert.Single(links, l => l.Omschrijving == $"Naar de bevinding {voorwaarde.Titel}");
            Assert.Contains(Rapporten.Plat(voorwaarde.Titel), paginas[link.Doel - 1]);
            Assert.Contains($"pagina {link.Doel}", link.Tekst);
        }
    }

    [Fact]
    public void Elke_bronmarkering_linkt_naar_haar_regel_in_de_bronnenlijst()
    {
        using var pdf = Lees();
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);
        var bronnen = Links(pdf).Where(l => l.Omschrijving.StartsWith("Bron ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(bronnen);
        Assert.All(bronnen, l =>
        {
            var nummer = Regex.Match(l.Omschrijving, @"^Bron (\d+):").Groups[1].Value;
            Assert.Equal($"[{nummer}]", l.Tekst);
            Assert.Contains("Bijlage D — Bronnen", string.Join(" ", paginas.Take(l.Doel)));
            Assert.Contains($"[{nummer}]", paginas[l.Doel - 1]);
        });
    }

    [Fact]
    public void In_de_bronkolom_staan_alleen_hele_markeringen_en_nooit_een_gebroken_woord()
    {
        using var pdf = Lees();
        var bevindingtabellen = pdf.Alle().Where(t => t.Tag == "Table"
            && t.Elementen.First().Elementen.Select(c => c.Tekst).SequenceEqual(["Status", "Bevinding", "Ernst", "Bron"])).ToList();

        Assert.True(bevindingtabellen.Count >= 8);
        foreach (var rij in bevindingtabellen.SelectMany(t => t.Elementen.Skip(1)))
        {
            var bron = rij.Elementen.ElementAt(3);
            Assert.Matches(@"^(\[\d+\] ?)+$", bron.Tekst);
            Assert.All(bron.Inhoud(), i => Assert.Matches(@"^\[\d+\]$", i.Tekst));
        }
    }

    public static TheoryData<string> Voorbeelden() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void De_bestuurlijke_samenvatting_is_ten_hoogste_vier_paginas_met_alle_voorwaarden(string voorbeeld)
    {
        var (afweging, _, pdf) = Rapporten.Rapport(voorbeeld);
        var paginas = Rapporten.PaginaTeksten(pdf);
        var (van, tot) = Samenvatting(paginas);
        var samenvatting = string.Join(" ", paginas.Skip(van - 1).Take(tot - van + 1));

        Assert.InRange(tot - van + 1, 1, 4);
        Assert.Contains(Teksten(afweging.Oordeel), samenvatting);
        Assert.All(afweging.Voorwaarden, v => Assert.Contains(Rapporten.Plat(v.Titel.Length > 0 ? v.Titel : v.Tekst), samenvatting));
        Assert.All(afweging.Aanbevelingen, a => Assert.Contains(Rapporten.Plat(a.Tekst), samenvatting));
    }

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Geen_regelnummers_paden_of_hashes_buiten_het_colofon_en_geen_onbekend_op_het_voorblad(string voorbeeld)
    {
        var (afweging, _, pdf) = Rapporten.Rapport(voorbeeld);
        var paginas = Rapporten.PaginaTeksten(pdf);
        var colofon = paginas.Count - 1;
        var zonderColofon = string.Join(" ", paginas.Take(colofon));

        Assert.DoesNotMatch(@"\bL\d+(-\d+)?\b", zonderColofon);
        Assert.DoesNotContain("docs/", zonderColofon);
        Assert.DoesNotContain(".md", zonderColofon);
        Assert.DoesNotContain(".txt", zonderColofon);
        Assert.DoesNotContain("sha256", zonderColofon);
        Assert.DoesNotContain(afweging.Id, zonderColofon);
        Assert.DoesNotContain("onbekend", paginas[0]);
        Assert.Contains("Colofon", paginas[colofon]);
        Assert.Contains(afweging.Regelset.Hash, paginas[colofon].Replace(" ", "", StringComparison.Ordinal));
    }

    private static string Teksten(string oordeel) => oordeel switch
    {
        Uitkomst.Oordeel.Positief => "Positief",
        Uitkomst.Oordeel.PositiefOnderVoorwaarden => "Positief onder voorwaarden",
        Uitkomst.Oordeel.Heroverwegen => "Heroverwegen",
        _ => "Onvoldoende informatie",
    };

    /// <summary>The pages (from 1) of the summary: from its heading to the page before "Wat moet er veranderen".</summary>
    private static (int Van, int Tot) Samenvatting(IReadOnlyList<string> paginas)
    {
        var van = Rapporten.Hoofdstukpagina(paginas, "Bestuurlijke samenvatting");
        var tot = Rapporten.Hoofdstukpagina(paginas, "Wat moet er veranderen") - 1;
        return (van, tot);
    }

    private sealed record Link(int Pagina, int Doel, string Omschrijving, string Tekst);

    /// <summary>Every link in the structure tree: the page it is on, the page it points to, its description and its text.</summary>
    private static List<Link> Links(Getagd pdf) =>
    [
        .. pdf.Alle().Where(e => e.Tag == "Link").Select(e =>
        {
            var annotatie = e.Kinderen.OfType<Objectverwijzing>().Single();
            var doel = (ArrayToken)pdf.Los(annotatie.Annotatie.Data["Dest"]);
            var omschrijving = pdf.Los(annotatie.Annotatie.Data["Contents"]) is StringToken s ? s.Data : ((HexToken)pdf.Los(annotatie.Annotatie.Data["Contents"])).Data;
            return new Link(annotatie.Pagina, pdf.Pagina(doel.Data[0]), omschrijving, e.Tekst);
        }),
    ];
}
