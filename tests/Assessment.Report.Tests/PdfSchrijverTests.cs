using System.IO.Compression;
using Assessment.Report.Opmaak;
using Assessment.Report.Opmaak.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
using UglyToad.PdfPig.Tokens;

namespace Assessment.Report.Tests;

/// <summary>
/// The report's own PDF writer, part by part: text measurement, the embedded font subsets and their widths, the
/// structure tree with its parent tree, and text that extracts as written.
/// </summary>
public class PdfSchrijverTests
{
    /// <summary>Widths as PDFsharp 6.2.4 measured them (the writer before this one), so lines break where they did.</summary>
    [Theory]
    [InlineData(9.5f, false, 145.312f, "Afwegingskader ambtelijke fusie")]
    [InlineData(9.5f, false, 75.8385f, "pagina 12 van 34")]
    [InlineData(9.5f, false, 2.47f, " ")]
    [InlineData(9.5f, false, 120.764f, "B1-GROOTTEVERHOUDING")]
    [InlineData(9.5f, false, 261.744f, "één, beëindigd, coördinatie, ruïne, ĳsbaan, Ĳmuiden, één…")]
    [InlineData(9.5f, false, 161.234f, "€ 1.234.567,89 — “quote” ‘x’ • ≤ ≥ → ±")]
    [InlineData(9.5f, false, 158.4125f, "Fryslân, Súdwest-Fryslân, ûnderwiis")]
    [InlineData(9.5f, false, 98.2395f, "WAVAYAToTaTe fi fl ffi")]
    [InlineData(9.5f, false, 27.0465f, "\u00A0nbsp\u00A0")]
    [InlineData(9.5f, false, 103.987f, "Öç Ø Å ß ÿ Ÿ Ž ž Ł ł œ Œ")]
    [InlineData(9.5f, false, 22.04f, "ǅ 漢 😀")]
    [InlineData(8f, false, 79.6f, "terugverdieneffecten")]
    [InlineData(8.5f, true, 249.3305f, "één, beëindigd, coördinatie, ruïne, ĳsbaan, Ĳmuiden, één…")]
    [InlineData(8.5f, true, 91.2305f, "0123456789 %&()/+-*=")]
    [InlineData(16f, true, 285.696f, "Fryslân, Súdwest-Fryslân, ûnderwiis")]
    [InlineData(24f, true, 266.52f, "WAVAYAToTaTe fi fl ffi")]
    public void Een_tekst_is_even_breed_als_voorheen_zodat_regels_op_dezelfde_plek_breken(float grootte, bool vet, float breedte, string tekst)
    {
        Assert.Equal(breedte, Tekstzetter.Breedte(tekst, new Stijl(grootte, vet, Huisstijl.Tekst)), 0.001f);
    }

    [Fact]
    public void De_afstand_tot_de_basislijn_is_als_voorheen()
    {
        Assert.Equal(10.0985f, Tekstzetter.Stijging(Huisstijl.Gewoon), 0.0001f);
        Assert.Equal(8.504f, Tekstzetter.Stijging(Huisstijl.Klein), 0.0001f);
        Assert.Equal(23.712f, Tekstzetter.Stijging(Huisstijl.Titel), 0.0001f);
    }

    [Fact]
    public void Elk_lettertype_is_een_ingebedde_subset_met_de_breedtes_uit_hmtx_en_alle_gebruikte_glyphs()
    {
        using var document = PdfDocument.Open(Rapporten.Ommen.Pdf);
        var fonts = Fonts(document).ToList();

        Assert.Equal(2, fonts.Count);
        foreach (var (type0, cid, bestand) in fonts)
        {
            var naam = ((NameToken)type0.Data["BaseFont"]).Data;
            var origineel = naam.EndsWith("Bold", StringComparison.Ordinal) ? Lettertypen.Vet : Lettertypen.Normaal;
            Assert.Equal("Identity-H", ((NameToken)type0.Data["Encoding"]).Data);
            Assert.True(type0.Data.ContainsKey("ToUnicode"));
            Assert.Equal("Identity", ((NameToken)cid.Data["CIDToGIDMap"]).Data);
            var breedtes = Breedtes((ArrayToken)Los(document, cid.Data["W"]));

            // PdfPig reads the subset; its advance widths are the /W widths and the original hmtx.
            var subset = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bestand));
            var eigen = new TrueType(bestand);
            Assert.True(bestand.Length < origineel.Bestand.Length, $"{naam}: subset {bestand.Length} bytes, origineel {origineel.Bestand.Length}");
            Assert.True(breedtes.Count > 50);
            foreach (var (glyph, breedte) in breedtes)
            {
                Assert.Equal(origineel.Breedte((ushort)glyph), breedte);
                Assert.True(subset.TryGetAdvanceWidth(glyph, g => g, out var pdfpig));
                Assert.Equal(breedte, pdfpig);
                // A glyph in the subset may end in up to three bytes of padding: its data starts with the original's.
                Assert.True(eigen.GlyphData(glyph).StartsWith(origineel.GlyphData(glyph)), $"{naam}: glyph {glyph} is anders dan in het origineel");
                if (origineel.GlyphData(glyph).Length > 0)
                {
                    Assert.True(subset.TryGetPath(glyph, g => g, out var pad) && pad.Count > 0, $"{naam}: glyph {glyph} heeft geen omtrek");
                }
            }

            // Glyphs that are neither used nor part of a used composite are empty.
            var nodig = Subset.MetOnderdelen(origineel, breedtes.Keys.Select(g => (ushort)g));
            Assert.All(Enumerable.Range(0, eigen.AantalGlyphs).Where(g => !nodig.Contains((ushort)g)), g => Assert.Equal(0, eigen.GlyphData(g).Length));
        }
    }

    [Fact]
    public void Een_subset_houdt_de_onderdelen_van_samengestelde_glyphs()
    {
        var font = Lettertypen.Normaal;
        var samengesteld = "éëïöüâûúĳÉÖ".Select(font.Glyph).Where(g => font.Onderdelen(g).Any()).ToList();
        Assert.NotEmpty(samengesteld);

        var subset = new TrueType(Subset.Maak(font, samengesteld));

        foreach (var glyph in samengesteld)
        {
            Assert.True(subset.GlyphData(glyph).StartsWith(font.GlyphData(glyph)));
            Assert.All(font.Onderdelen(glyph), o => Assert.True(subset.GlyphData(o).Length > 0, $"onderdeel {o} van glyph {glyph} ontbreekt"));
        }

        Assert.Equal(0, subset.GlyphData(font.Glyph('x')).Length);
        Assert.Equal(font.Breedte(font.Glyph('x')), subset.Breedte(font.Glyph('x')));
    }

    [Fact]
    public void Tekst_met_diakrieten_komt_er_letterlijk_uit_zonder_ligaturen()
    {
        const string tekst = "Fryslân: één coördinator, ruïne, ĳsbaan, Ĳmuiden, ûnderwiis, Súdwest, officieel fluïde – „citaat” € 12,50";
        var pdf = PdfSchrijver.Schrijf(
            [new Kop("Toets", Huisstijl.Kop1), new Alinea(tekst, Huisstijl.Gewoon)],
            new Documentgegevens("Toets", "Afwegingskader", "Toets van de tekst", "toets", Rapporten.Moment),
            new Paginarand("kop", "rechts", "voet"));

        var pagina = Assert.Single(Rapporten.PaginaTeksten(pdf));
        Assert.Contains(tekst, pagina);
        Assert.DoesNotContain('\uFB01', pagina);
        Assert.DoesNotContain('\uFB02', pagina);
    }

    [Theory]
    [InlineData("ommen-hardenberg.json")]
    [InlineData("geconstrueerd-minimaal.json")]
    public void Elke_markering_op_een_pagina_hoort_bij_precies_een_element_en_de_parent_tree_wijst_dat_element_aan(string voorbeeld)
    {
        using var document = PdfDocument.Open(Rapporten.Rapport(voorbeeld).Pdf);
        var wortel = (DictionaryToken)Los(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var paginas = Paginas(document);

        // Every marked content of the tree, with the element that holds it.
        var inBoom = new Dictionary<(IndirectReference Pagina, int Mcid), List<IndirectReference>>();
        var werk = new Stack<(IToken Kind, IndirectReference? Element, IndirectReference? Pagina)>();
        werk.Push((wortel.Data["K"], null, null));
        while (werk.Count > 0)
        {
            var (kind, element, pagina) = werk.Pop();
            switch (kind)
            {
                case IndirectReferenceToken r when Los(document, r) is DictionaryToken d && d.Data.ContainsKey("S"):
                    var pg = d.Data.TryGetValue("Pg", out var p) ? ((IndirectReferenceToken)p).Data : pagina;
                    if (d.Data.TryGetValue("K", out var k))
                    {
                        werk.Push((k, r.Data, pg));
                    }

                    break;
                case ArrayToken lijst:
                    foreach (var item in lijst.Data)
                    {
                        werk.Push((item, element, pagina));
                    }

                    break;
                case NumericToken mcid:
                    Voeg((pagina!.Value, mcid.Int), element!.Value);
                    break;
                case DictionaryToken { Data: var mcr } when mcr.TryGetValue("MCID", out var m):
                    Voeg((((IndirectReferenceToken)mcr["Pg"]).Data, ((NumericToken)m).Int), element!.Value);
                    break;
            }
        }

        void Voeg((IndirectReference, int) sleutel, IndirectReference element)
        {
            if (!inBoom.TryGetValue(sleutel, out var lijst))
            {
                inBoom[sleutel] = lijst = [];
            }

            lijst.Add(element);
        }

        var ouderboom = Nummers(document, (DictionaryToken)Los(document, wortel.Data["ParentTree"]));
        var opPaginas = 0;
        foreach (var pagina in document.GetPages())
        {
            var verwijzing = paginas[pagina.Number - 1];
            var sleutel = ((NumericToken)((DictionaryToken)document.Structure.GetObject(verwijzing).Data).Data["StructParents"]).Int;
            var elementen = ((ArrayToken)Los(document, ouderboom[sleutel])).Data;
            var mcids = Getagd.Alle(pagina.GetMarkedContents()).Where(i => !i.IsArtifact && i.MarkedContentIdentifier >= 0).Select(i => i.MarkedContentIdentifier).ToList();
            Assert.Equal(mcids.Count, mcids.Distinct().Count());
            Assert.Equal(elementen.Count, mcids.Count);
            foreach (var mcid in mcids)
            {
                var houders = Assert.Single(inBoom[(verwijzing, mcid)]);
                Assert.Equal(houders, ((IndirectReferenceToken)elementen[mcid]).Data);
                opPaginas++;
            }
        }

        Assert.Equal(inBoom.Count, opPaginas);
        Assert.Equal(ouderboom.Keys.Max() + 1, ((NumericToken)wortel.Data["ParentTreeNextKey"]).Int);
    }

    [Fact]
    public void Elke_link_heeft_een_structparent_naar_het_link_element_dat_haar_bevat()
    {
        using var document = PdfDocument.Open(Rapporten.Ommen.Pdf);
        var wortel = (DictionaryToken)Los(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var ouderboom = Nummers(document, (DictionaryToken)Los(document, wortel.Data["ParentTree"]));
        var aantal = 0;

        foreach (var verwijzing in Paginas(document))
        {
            var pagina = (DictionaryToken)document.Structure.GetObject(verwijzing).Data;
            if (!pagina.Data.TryGetValue("Annots", out var annots))
            {
                continue;
            }

            Assert.Equal("S", ((NameToken)pagina.Data["Tabs"]).Data);
            foreach (var annotatie in ((ArrayToken)Los(document, annots)).Data.Cast<IndirectReferenceToken>())
            {
                var a = (DictionaryToken)Los(document, annotatie);
                var element = (DictionaryToken)Los(document, ouderboom[((NumericToken)a.Data["StructParent"]).Int]);
                Assert.Equal("Link", ((NameToken)element.Data["S"]).Data);
                var objr = ((ArrayToken)element.Data["K"]).Data.OfType<DictionaryToken>().Single(d => d.Data.ContainsKey("Obj"));
                Assert.Equal(annotatie.Data, ((IndirectReferenceToken)objr.Data["Obj"]).Data);
                Assert.Equal(verwijzing, ((IndirectReferenceToken)objr.Data["Pg"]).Data);
                Assert.Equal(4, ((NumericToken)a.Data["F"]).Int);
                aantal++;
            }
        }

        Assert.True(aantal > 100, $"{aantal} links");
    }

    private static IToken Los(PdfDocument document, IToken token) => token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;

    private static List<IndirectReference> Paginas(PdfDocument document) =>
        [.. ((ArrayToken)((DictionaryToken)Los(document, document.Structure.Catalog.CatalogDictionary.Data["Pages"])).Data["Kids"]).Data.Cast<IndirectReferenceToken>().Select(r => r.Data)];

    /// <summary>A number tree with its entries in /Nums of the root (as the writer makes it).</summary>
    private static Dictionary<int, IToken> Nummers(PdfDocument document, DictionaryToken boom)
    {
        var nummers = ((ArrayToken)Los(document, boom.Data["Nums"])).Data;
        var uit = new Dictionary<int, IToken>();
        for (var i = 0; i < nummers.Count; i += 2)
        {
            uit.Add(((NumericToken)nummers[i]).Int, nummers[i + 1]);
        }

        return uit;
    }

    /// <summary>The /W array of a CIDFont: "first [w1 w2 ...]" and "first last w" runs.</summary>
    private static Dictionary<int, int> Breedtes(ArrayToken w)
    {
        var uit = new Dictionary<int, int>();
        for (var i = 0; i < w.Data.Count;)
        {
            var eerste = ((NumericToken)w.Data[i]).Int;
            if (w.Data[i + 1] is ArrayToken lijst)
            {
                for (var j = 0; j < lijst.Data.Count; j++)
                {
                    uit[eerste + j] = ((NumericToken)lijst.Data[j]).Int;
                }

                i += 2;
            }
            else
            {
                for (var g = eerste; g <= ((NumericToken)w.Data[i + 1]).Int; g++)
                {
                    uit[g] = ((NumericToken)w.Data[i + 2]).Int;
                }

                i += 3;
            }
        }

        return uit;
    }

    /// <summary>Every Type0 font of the pages with its descendant CIDFont and the decompressed FontFile2.</summary>
    private static IEnumerable<(DictionaryToken Type0, DictionaryToken Cid, byte[] Bestand)> Fonts(PdfDocument document)
    {
        var gezien = new HashSet<IndirectReference>();
        foreach (var verwijzing in Paginas(document))
        {
            var pagina = (DictionaryToken)document.Structure.GetObject(verwijzing).Data;
            var bronnen = (DictionaryToken)Los(document, pagina.Data["Resources"]);
            foreach (var font in ((DictionaryToken)Los(document, bronnen.Data["Font"])).Data.Values.Cast<IndirectReferenceToken>())
            {
                if (!gezien.Add(font.Data))
                {
                    continue;
                }

                var type0 = (DictionaryToken)Los(document, font);
                var cid = (DictionaryToken)Los(document, ((ArrayToken)Los(document, type0.Data["DescendantFonts"])).Data[0]);
                var beschrijving = (DictionaryToken)Los(document, cid.Data["FontDescriptor"]);
                var stroom = (StreamToken)Los(document, beschrijving.Data["FontFile2"]);
                using var zlib = new ZLibStream(new MemoryStream(stroom.Data.ToArray()), CompressionMode.Decompress);
                using var uit = new MemoryStream();
                zlib.CopyTo(uit);
                yield return (type0, cid, uit.ToArray());
            }
        }
    }
}
