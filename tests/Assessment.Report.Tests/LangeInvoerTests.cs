using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Report.Opmaak;
using Assessment.Report.Rapport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Assessment.Report.Tests;

/// <summary>
/// A maximal report: 50 municipalities, 80 findings with long Dutch and Frisian texts. Everything must be
/// there, readable, inside the margins and without text running over other text.
/// </summary>
public class LangeInvoerTests
{
    private static readonly string[] Namen = ["Súdwest-Fryslân", "Noardeast-Fryslân", "Dantumadiel", "Tytsjerksteradiel", "Eindhoven", "’s-Hertogenbosch", "Gemeente Één"];

    private static readonly Lazy<(Afweging Afweging, Voorstel Voorstel, byte[] Pdf)> LazyMaximaal = new(Maak);

    private static (Afweging, Voorstel, byte[]) Maak()
    {
        var (basis, voorstel) = Rapporten.Beoordeel("ommen-hardenberg.json");
        var gemeenten = Enumerable.Range(0, 50).Select(i => new Gemeente
        {
            Naam = $"{Namen[i % Namen.Length]} {i + 1}",
            Inwoners = 1000 + (i * 3517),
            CbsCode = $"GM{i + 1:0000}",
            Provincie = "Fryslân",
        }).ToList();
        var lang = "De coöperatie van één ambtelijke organisatie voor Súdwest-Fryslân en de partners vraagt om één gedeelde visie, "
            + "een eerlijke verdeelsleutel en ruim aandacht voor de frictiekosten in de eerste twee jaar; de ĳverige medewerkers "
            + "verdienen duidelijkheid over hun plaats, hun werk en de cultuur van de nieuwe organisatie.";
        var bevindingen = Enumerable.Range(0, 80).Select(i => basis.Bevindingen[i % basis.Bevindingen.Count] with
        {
            Regel = $"B1-LANGE-TEST-{i + 1}",
            Titel = $"Bevinding {i + 1}: coöperatie van één organisatie ({Namen[i % Namen.Length]})",
            Toelichting = string.Join(' ', Enumerable.Repeat(lang, 1 + (i % 4))),
        }).ToList();
        var afweging = basis with { Bevindingen = bevindingen };
        var groot = voorstel with { Gemeenten = gemeenten, Titel = "Coöperatie van één ambtelijke organisatie voor vijftig gemeenten in Súdwest-Fryslân en omstreken" };
        return (afweging, groot, PdfRapport.Maak(afweging, groot, Rapporten.Regelset));
    }

    [Fact]
    public void Alle_gemeenten_en_alle_bevindingen_staan_erin_met_hun_diakrieten()
    {
        var (afweging, voorstel, pdf) = LazyMaximaal.Value;
        var alles = string.Join(' ', Rapporten.PaginaTeksten(pdf));

        Assert.All(voorstel.Gemeenten, g => Assert.Contains(g.Naam, alles));
        Assert.All(afweging.Bevindingen, b => Assert.Contains(b.Titel, alles));
        Assert.Contains("één", alles);
        Assert.Contains("coöperatie", alles);
        Assert.Contains("Súdwest-Fryslân", alles);
        Assert.Contains("ĳverige", alles);
    }

    [Fact]
    public void Geen_letter_valt_buiten_de_marges()
    {
        using var document = PdfDocument.Open(LazyMaximaal.Value.Pdf);
        var inhoud = PdfSchrijver.Inhoud;

        foreach (var pagina in document.GetPages())
        {
            foreach (var letter in pagina.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var x = letter.BoundingBox.Left;
                var rechts = letter.BoundingBox.Right;
                Assert.True(x >= inhoud.Left - 1 && rechts <= inhoud.Right + 1, $"pagina {pagina.Number}: '{letter.Value}' op x {x:0.0}–{rechts:0.0}");
                var vanBoven = pagina.Height - letter.BoundingBox.Top;
                Assert.True(vanBoven >= 20 && pagina.Height - letter.BoundingBox.Bottom <= pagina.Height - 15, $"pagina {pagina.Number}: '{letter.Value}' buiten de pagina");
            }
        }
    }

    [Fact]
    public void Geen_woord_overlapt_een_ander_woord()
    {
        using var document = PdfDocument.Open(LazyMaximaal.Value.Pdf);

        foreach (var pagina in document.GetPages())
        {
            var woorden = pagina.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            for (var i = 0; i < woorden.Count; i++)
            {
                for (var j = i + 1; j < woorden.Count; j++)
                {
                    var overlap = Overlap(woorden[i].BoundingBox, woorden[j].BoundingBox);
                    Assert.True(overlap < 0.5, $"pagina {pagina.Number}: '{woorden[i].Text}' en '{woorden[j].Text}' overlappen ({overlap:0.00} pt²)");
                }
            }
        }
    }

    [Fact]
    public void Lange_tabellen_lopen_door_met_de_kop_op_elke_pagina()
    {
        var paginas = Rapporten.PaginaTeksten(LazyMaximaal.Value.Pdf);
        var metBevindingen = paginas.Where(p => p.Contains("Bevinding ", StringComparison.Ordinal) && p.Contains("coöperatie", StringComparison.Ordinal)).ToList();

        Assert.True(metBevindingen.Count > 5);
        Assert.All(metBevindingen, p => Assert.Contains("Status Bevinding Ernst Bron", p));
    }

    private static double Overlap(PdfRectangle a, PdfRectangle b)
    {
        var breedte = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var hoogte = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
        return breedte > 0 && hoogte > 0 ? breedte * hoogte : 0;
    }
}
