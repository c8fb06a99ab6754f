using System.Text;
using Assessment.Report.Rapport;
using UglyToad.PdfPig;

namespace Assessment.Report.Tests;

public class PdfRapportTests
{
    private static string Alles => string.Join(' ', Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf));

    [Fact]
    public void De_hoofdstukken_staan_in_de_voorgeschreven_volgorde()
    {
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);
        string[] koppen =
        [
            "Deelnemende gemeenten", "Samenvatting", "Wat moet er veranderen", "Wat de open vragen beslissen", "Scores", "Publieke waarde (Public Value-model)", "A. Meerwaarde",
            "B. Condities", "C. Weging varianten", "Varianten", "Ontbrekende gegevens",
            "Bijlage A — De ingediende antwoorden", "Bijlage B — De gebruikte parameters", "Bijlage C — De methode",
        ];

        var vorige = -1;
        foreach (var kop in koppen)
        {
            var pagina = paginas.Select((t, i) => (t, i)).First(p => p.i >= Math.Max(vorige, 0) && p.t.Contains(kop, StringComparison.Ordinal)).i;
            Assert.True(pagina >= vorige, $"'{kop}' staat op pagina {pagina + 1}, vóór het vorige hoofdstuk (pagina {vorige + 1})");
            vorige = pagina;
        }
    }

    [Fact]
    public void Het_voorblad_noemt_titel_gemeenten_met_inwoners_vorm_datum_en_regelset()
    {
        var voorblad = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf)[0];
        var (afweging, voorstel, _) = Rapporten.Ommen;

        Assert.Contains("Bestuursdienst Ommen-Hardenberg", voorblad);
        Assert.Contains("Ommen 17.400", voorblad);
        Assert.Contains("Hardenberg 59.300", voorblad);
        Assert.Contains("Openbaar lichaam", voorblad);
        Assert.Contains("22 november 2026", voorblad);
        Assert.Contains($"versie {afweging.Regelset.Versie}", voorblad);
        Assert.Contains(afweging.Regelset.Hash[..30], Rapporten.Plat(voorblad.Replace(" ", "", StringComparison.Ordinal)).Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(2, voorstel.Gemeenten.Count);
    }

    [Fact]
    public void De_codes_van_het_voorstel_staan_er_in_de_woorden_van_de_regelset_zoals_op_de_vragenlijst()
    {
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);
        var bijlageA = Rapporten.Plat(string.Join(" ", paginas.SkipWhile(p => !p.Contains("Bijlage A", StringComparison.Ordinal)).Take(4)));

        Assert.Contains("Tussenstap naar herindeling", bijlageA);
        Assert.DoesNotContain("tussenstap herindeling", bijlageA);
        Assert.Contains("Volledig takenpakket, met beleid", Rapporten.Plat(paginas[0]));
    }

    [Fact]
    public void De_samenvatting_geeft_het_oordeel_in_woorden_de_score_en_de_drie_belangrijkste_voorwaarden()
    {
        var samenvatting = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf)[1];
        var afweging = Rapporten.Ommen.Afweging;

        Assert.Contains("Oordeel", samenvatting);
        Assert.Contains("Heroverwegen", samenvatting);
        Assert.Contains($"{afweging.Score} van 100", samenvatting);
        Assert.Contains(Rapporten.Plat(afweging.OordeelToelichting), samenvatting);
        Assert.Contains("De drie belangrijkste voorwaarden", samenvatting);
        foreach (var voorwaarde in afweging.Voorwaarden.Take(3))
        {
            Assert.Contains(Rapporten.Plat(voorwaarde.Tekst)[..60], samenvatting);
        }
    }

    [Fact]
    public void Elke_bevinding_staat_in_het_rapport_met_titel_en_toelichting()
    {
        var alles = Alles;

        Assert.All(Rapporten.Ommen.Afweging.Bevindingen, b =>
        {
            Assert.Contains(Rapporten.Plat(b.Titel), alles);
            Assert.Contains(Rapporten.Plat(b.Toelichting)[..Math.Min(80, b.Toelichting.Length)], alles);
        });
    }

    [Fact]
    public void Status_staat_er_in_woorden_naast_de_kleur()
    {
        var alles = Alles;

        Assert.Contains("Niet voldaan", alles);
        Assert.Contains("Onbekend", alles);
        Assert.Contains("Voldaan", alles);
        Assert.Contains("Niet van toepassing", alles);
    }

    [Fact]
    public void Elke_pagina_heeft_pagina_x_van_y()
    {
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);

        for (var i = 0; i < paginas.Count; i++)
        {
            Assert.Contains($"pagina {i + 1} van {paginas.Count}", paginas[i]);
        }
    }

    [Fact]
    public void Varianten_en_ontbrekende_gegevens_staan_erin()
    {
        var alles = Alles;
        var afweging = Rapporten.Ommen.Afweging;

        Assert.Contains("Herindeling (ter vergelijking)", alles);
        Assert.Contains("het voorgestelde model", alles);
        Assert.All(afweging.OntbrekendeGegevens, o => Assert.Contains(Rapporten.Plat(o.Vraag), alles));
    }

    [Fact]
    public void De_bijlagen_tonen_de_antwoorden_en_de_parameters_met_hun_herkomst()
    {
        var alles = Alles;

        Assert.Contains("Gevoelde urgentie", alles);
        Assert.Contains("Beleidskeuze", alles);
        Assert.Contains("maxPartnersVolledig", alles);
        Assert.Contains("Bron 001", alles);
    }

    [Fact]
    public void Het_pdf_heeft_titel_auteur_onderwerp_en_taal()
    {
        using var document = PdfDocument.Open(Rapporten.Ommen.Pdf);
        var info = document.Information;

        Assert.StartsWith("Afwegingskader ambtelijke fusie: Bestuursdienst Ommen-Hardenberg", info.Title);
        Assert.Equal("Afwegingskader ambtelijke fusie", info.Author);
        Assert.Contains("heroverwegen", info.Subject);
        Assert.Equal("nl-NL", ((UglyToad.PdfPig.Tokens.StringToken)document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
    }

    [Fact]
    public void Het_lettertype_is_ingebed_en_de_tekst_is_echte_tekst()
    {
        using var document = PdfDocument.Open(Rapporten.Ommen.Pdf);
        var letters = document.GetPage(1).Letters;

        Assert.NotEmpty(letters);
        Assert.All(letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.Contains("NotoSans", l.FontName));
        Assert.Contains("FontFile2", Encoding.Latin1.GetString(Rapporten.Ommen.Pdf));
    }

    [Fact]
    public void Dezelfde_afweging_geeft_byte_voor_byte_hetzelfde_pdf()
    {
        var (afweging, voorstel, pdf) = Rapporten.Ommen;

        var nogEens = PdfRapport.Maak(afweging, voorstel, Rapporten.Regelset);

        Assert.Equal(pdf, nogEens);
    }

    [Fact]
    public async Task Gelijktijdig_renderen_geeft_dezelfde_bytes()
    {
        var (afweging, voorstel, pdf) = Rapporten.Ommen;

        var resultaten = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PdfRapport.Maak(afweging, voorstel, Rapporten.Regelset))));

        Assert.All(resultaten, r => Assert.Equal(pdf, r));
    }

    [Fact]
    public void Een_ander_moment_geeft_een_andere_datum_in_het_pdf()
    {
        var (afweging, voorstel, pdf) = Rapporten.Ommen;

        var later = PdfRapport.Maak(afweging with { AangemaaktOp = afweging.AangemaaktOp.AddDays(1) }, voorstel, Rapporten.Regelset);

        Assert.NotEqual(pdf, later);
        Assert.Contains("23 november 2026", Rapporten.PaginaTeksten(later)[0]);
    }
}
