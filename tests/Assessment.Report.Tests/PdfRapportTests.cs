using Assessment.Domain.Afwegingen;
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
        string[] hoofdstukken =
        [
            "Inhoud", "Bestuurlijke samenvatting", "Wat moet er veranderen", "Scores", "A. Meerwaarde", "B. Condities", "C. Weging varianten", "Varianten",
            "Ontbrekende gegevens", "Bijlage A — De ingediende antwoorden", "Bijlage B — De gebruikte parameters", "Bijlage C — De methode",
            "Bijlage D — Bronnen", "Colofon",
        ];

        var vorige = 1;
        foreach (var hoofdstuk in hoofdstukken)
        {
            var pagina = Rapporten.Hoofdstukpagina(paginas, hoofdstuk);
            Assert.True(pagina > vorige, $"'{hoofdstuk}' begint op pagina {pagina}, niet na het vorige hoofdstuk (pagina {vorige})");
            vorige = pagina;
        }

        Assert.Equal(2, Rapporten.Hoofdstukpagina(paginas, "Inhoud"));
        Assert.Equal(paginas.Count, Rapporten.Hoofdstukpagina(paginas, "Colofon"));
    }

    [Fact]
    public void Het_voorblad_noemt_titel_gemeenten_met_inwoners_vorm_datum_en_regelset_in_woorden_en_de_techniek_staat_in_het_colofon()
    {
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);
        var voorblad = paginas[0];
        var (afweging, voorstel, _) = Rapporten.Ommen;

        Assert.Contains("Bestuursdienst Ommen-Hardenberg", voorblad);
        Assert.Contains("Ommen 17.400", voorblad);
        Assert.Contains("Hardenberg 59.300", voorblad);
        Assert.Contains("Openbaar lichaam", voorblad);
        Assert.Contains("Datum van de afweging 22 november 2026", voorblad);
        Assert.Contains($"regelset versie {afweging.Regelset.Versie}", voorblad);
        Assert.DoesNotContain("Hash", voorblad);
        Assert.DoesNotContain(afweging.Id, voorblad);
        Assert.DoesNotContain("GM0175", voorblad);
        Assert.DoesNotContain("onbekend", voorblad);
        var colofon = Rapporten.Plat(paginas[^1]).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(afweging.Regelset.Hash, colofon);
        Assert.Contains(afweging.InvoerHash, colofon);
        Assert.Contains(afweging.Id, colofon);
        Assert.Contains("GM0175", colofon);
        Assert.Equal(2, voorstel.Gemeenten.Count);
    }

    [Fact]
    public void Een_onbekend_veld_op_het_voorblad_wordt_weggelaten()
    {
        var (afweging, voorstel, _) = Rapporten.Ommen;
        var zonder = voorstel with { Fase = null, Ingangsdatum = null, Samenwerking = voorstel.Samenwerking with { Reikwijdte = null }, Gemeenten = [.. voorstel.Gemeenten.Select(g => g with { Provincie = null })] };

        var voorblad = Rapporten.PaginaTeksten(PdfRapport.Maak(afweging, zonder, Rapporten.Regelset))[0];

        Assert.DoesNotContain("onbekend", voorblad);
        Assert.DoesNotContain("Fase", voorblad);
        Assert.DoesNotContain("Beoogde ingangsdatum", voorblad);
        Assert.DoesNotContain("Reikwijdte", voorblad);
        Assert.DoesNotContain("Provincie", voorblad);
        Assert.Contains("Ommen 17.400", voorblad);
    }

    [Fact]
    public void De_codes_van_het_voorstel_staan_er_in_de_woorden_van_de_regelset_zoals_op_de_vragenlijst()
    {
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);
        var bijlageA = Rapporten.Plat(string.Join(" ", paginas.Skip(Rapporten.Hoofdstukpagina(paginas, "Bijlage A") - 1).Take(4)));

        Assert.Contains("Tussenstap naar herindeling", bijlageA);
        Assert.DoesNotContain("tussenstap herindeling", bijlageA);
        Assert.Contains("Volledig takenpakket, met beleid", Rapporten.Plat(paginas[0]));
    }

    [Fact]
    public void De_samenvatting_geeft_het_oordeel_in_woorden_de_score_met_waar_hij_op_rust_en_alle_voorwaarden_naar_ernst()
    {
        var paginas = Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf);
        var van = Rapporten.Hoofdstukpagina(paginas, "Bestuurlijke samenvatting");
        var samenvatting = string.Join(" ", paginas.Skip(van - 1).Take(Rapporten.Hoofdstukpagina(paginas, "Wat moet er veranderen") - van));
        var afweging = Rapporten.Ommen.Afweging;

        Assert.Contains("Oordeel Heroverwegen", paginas[van - 1]);
        Assert.Contains($"{afweging.Score} van 100", paginas[van - 1]);
        Assert.Contains(Rapporten.Plat(afweging.OordeelToelichting), samenvatting);
        Assert.Contains(Rapporten.Plat(afweging.ScoreToelichting), samenvatting);
        Assert.Contains($"Alle voorwaarden ({afweging.Voorwaarden.Count})", samenvatting);
        Assert.True(samenvatting.IndexOf("Blokkerend (", StringComparison.Ordinal) < samenvatting.IndexOf("Kritiek (", StringComparison.Ordinal));
        foreach (var voorwaarde in afweging.Voorwaarden.Where(v => v.Ernst == Uitkomst.Ernst.Blokkerend))
        {
            Assert.Contains(Rapporten.Plat(voorwaarde.Tekst)[..60], samenvatting);
        }

        Assert.Contains("Wat het oordeel zou veranderen", samenvatting);
        Assert.Contains("Uitgewerkt in het hoofdstuk ‘Wat moet er veranderen’, pagina", samenvatting);
        Assert.Contains("De varianten in woorden", samenvatting);
        Assert.All(afweging.Varianten, v => Assert.Contains($"score {v.Score} van 100", samenvatting));
    }

    [Fact]
    public void Elke_bevinding_staat_in_het_rapport_niet_voldane_en_onbekende_met_toelichting_en_regel_voldane_op_een_regel()
    {
        var alles = Alles;

        Assert.All(Rapporten.Ommen.Afweging.Bevindingen, b =>
        {
            Assert.Contains(Rapporten.Plat(b.Titel), alles);
            if (b.Status is Uitkomst.Status.NietVoldaan or Uitkomst.Status.Onbekend)
            {
                Assert.Contains(Rapporten.Plat(b.Toelichting)[..Math.Min(50, b.Toelichting.Length)], alles);
                Assert.Contains($"regel {b.Regel}", alles);
            }
            else if (!b.Toelichting.StartsWith(b.Titel, StringComparison.Ordinal))
            {
                // A met rule is one line: its title, not its explanation.
                Assert.DoesNotContain(Rapporten.Plat(b.Toelichting)[..Math.Min(50, b.Toelichting.Length)], alles);
            }
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
        Assert.Matches(@"Bron \[\d+\]", alles);
        Assert.Contains("Berenschot (2018). Ambtelijke fusies. Eindrapportage.", alles);
        Assert.Contains("paragraaf 11.3 Het afwegingskader", alles);
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
        Assert.All(letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.Matches(@"^AFW[A-Z]{3}\+Noto Sans", l.FontName));
        Assert.Contains("één", string.Join(" ", Rapporten.PaginaTeksten(Rapporten.Ommen.Pdf)));
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
