using Assessment.Domain.Afwegingen;

namespace Assessment.Report.Tests;

/// <summary>
/// The chapter "Wat moet er veranderen" with "Wat de open vragen beslissen", on real examples assessed by the engine:
/// where it stands, and that the routes, the facts in the way and the deciding questions are all there in words.
/// </summary>
public class AdviesHoofdstukTests
{
    private const string Ommen = "ommen-hardenberg.json";
    private const string VijfPartners = "geconstrueerd-vijf-partners-ongelijk.json";
    private const string Schijncoalitie = "geconstrueerd-schijncoalitie.json";
    private const string Bar = "bar.json";
    private const string Positief = "geconstrueerd-gelijkwaardig-positief.json";

    private static IReadOnlyList<string> Paginas(string voorbeeld) => Rapporten.PaginaTeksten(Rapporten.Rapport(voorbeeld).Pdf);

    private static string Alles(string voorbeeld) => string.Join(' ', Paginas(voorbeeld));

    private static string Woord(string oordeel) => oordeel switch
    {
        "positief" => "Positief",
        "positief_onder_voorwaarden" => "Positief onder voorwaarden",
        "heroverwegen" => "Heroverwegen",
        "onvoldoende_informatie" => "Onvoldoende informatie",
        _ => throw new ArgumentException(oordeel),
    };

    [Fact]
    public void Het_hoofdstuk_begint_op_de_pagina_na_de_samenvatting_en_eindigt_voor_de_scores()
    {
        var paginas = Paginas(Ommen);
        var afweging = Rapporten.Rapport(Ommen).Afweging;

        // The summary refers to the chapter by name and page; the chapter is the page that starts with its heading.
        var hoofdstuk = Rapporten.Hoofdstukpagina(paginas, "Wat moet er veranderen");
        var alles = string.Join(' ', paginas.Skip(hoofdstuk - 1));
        Assert.Contains(Rapporten.Plat(afweging.Aanbevelingen[^1].Tekst)[..60], paginas[hoofdstuk - 2]);
        Assert.Contains($"Uitgewerkt in het hoofdstuk ‘Wat moet er veranderen’, pagina {hoofdstuk}.", string.Join(' ', paginas.Take(hoofdstuk - 1)));
        int Plaats(string tekst) => alles.IndexOf(tekst, StringComparison.Ordinal);
        Assert.True(Plaats("Wat moet er veranderen Doel") < Plaats("Route 1 — moeite"));
        Assert.True(Plaats("Route 1 — moeite") < Plaats("Wat de open vragen beslissen"));
        var laatsteVraag = Rapporten.Plat(afweging.Bandbreedte!.BeslissendeVragen[^1].Toelichting);
        Assert.True(Plaats("Wat de open vragen beslissen") < alles.LastIndexOf(laatsteVraag, StringComparison.Ordinal));
        var scores = Rapporten.Hoofdstukpagina(paginas, "Scores");
        Assert.Contains(laatsteVraag, paginas[scores - 2]);
    }

    [Fact]
    public void Het_doel_de_toelichting_en_elke_wijziging_van_de_route_staan_erin_met_de_waarde_nu_en_straks()
    {
        var alles = Alles(Ommen);
        var advies = Rapporten.Rapport(Ommen).Afweging.WatMoetErVeranderen!;
        var route = Assert.Single(advies.Routes);

        Assert.Contains("Doel: het oordeel 'positief onder voorwaarden'.", alles);
        Assert.Contains(Rapporten.Plat(advies.Toelichting), alles);
        Assert.Contains($"Route 1 — moeite {route.Moeite}", alles);
        Assert.All(route.Wijzigingen, w => Assert.Contains(Rapporten.Plat(w.Toelichting), alles));
        Assert.Contains("Besparing verwacht na (jaren) onbekend 3 2", alles);
        Assert.Contains("Is er bij de start een besparingstaakstelling opgelegd? ja nee 2", alles);
        Assert.Contains("Twijfelt de gemeente over deelname? (Ommen) onbekend nee 4", alles);
        Assert.All(route.Regels, r => Assert.Contains($"({r})", alles));
    }

    [Fact]
    public void Codes_in_een_route_staan_er_in_de_woorden_van_de_regelset()
    {
        var alles = Alles(VijfPartners);

        Assert.Contains("Reikwijdte van de fusie Volledig takenpakket, met beleid Alleen bedrijfsvoering 4", alles);
        Assert.Contains("Reikwijdte van de fusie Volledig takenpakket, met beleid Enkele taken 4", alles);
    }

    [Fact]
    public void Elke_route_staat_met_haar_wijzigingen_en_regels_op_een_pagina()
    {
        var paginas = Paginas(VijfPartners);
        var routes = Rapporten.Rapport(VijfPartners).Afweging.WatMoetErVeranderen!.Routes;

        Assert.True(routes.Count > 1);
        for (var i = 0; i < routes.Count; i++)
        {
            var kop = $"Route {i + 1} — moeite {routes[i].Moeite}";
            var pagina = Assert.Single(paginas, p => p.Contains(kop, StringComparison.Ordinal));
            var vanaf = pagina[pagina.IndexOf(kop, StringComparison.Ordinal)..];
            Assert.All(routes[i].Wijzigingen, w => Assert.Contains(Rapporten.Plat(w.Toelichting), vanaf));
            Assert.All(routes[i].Regels, r => Assert.Contains($"({r})", vanaf));
        }
    }

    [Fact]
    public void Waarom_positief_niet_bereikbaar_is_staat_er_met_de_feiten_en_hun_antwoord_en_de_reden_een_keer()
    {
        var alles = Alles(Ommen);
        var waarom = Rapporten.Rapport(Ommen).Afweging.WatMoetErVeranderen!.WaaromNietPositief!;

        Assert.Contains("Waarom het oordeel 'positief' niet bereikbaar is", alles);
        Assert.Contains("Aantal inwoners (Ommen) 17.400", alles);
        Assert.Contains("Aantal inwoners (Hardenberg) 59.300", alles);
        Assert.All(waarom.Feiten.Where(f => f.Waarde is null), f => Assert.Contains($"{Rapporten.Plat(f.Vraag)} onbekend", alles));
        var reden = Rapporten.Plat(waarom.Reden);
        Assert.Equal(alles.IndexOf(reden, StringComparison.Ordinal), alles.LastIndexOf(reden, StringComparison.Ordinal));
    }

    [Fact]
    public void Zonder_route_staan_de_reden_en_de_feiten_die_in_de_weg_staan_erin()
    {
        var alles = Alles(Schijncoalitie);
        var advies = Rapporten.Rapport(Schijncoalitie).Afweging.WatMoetErVeranderen!;
        var geenRoute = advies.GeenRoute!;

        Assert.Empty(advies.Routes);
        Assert.DoesNotContain("Route 1", alles);
        Assert.Contains("Doel: het oordeel 'positief'.", alles);
        Assert.Contains("Waarom geen route naar 'positief' leidt", alles);
        Assert.Contains(Rapporten.Plat(geenRoute.Reden), alles);
        Assert.NotEmpty(geenRoute.Feiten);
        Assert.All(geenRoute.Feiten, f => Assert.Contains($"{Rapporten.Plat(f.Vraag)} onbekend", alles));
        Assert.DoesNotContain("Waarom het oordeel 'positief' niet bereikbaar is", alles);
    }

    [Fact]
    public void Zonder_route_naar_positief_onder_voorwaarden_staat_ook_kort_waarom_positief_niet_bereikbaar_is()
    {
        var alles = Alles(Bar);
        var advies = Rapporten.Rapport(Bar).Afweging.WatMoetErVeranderen!;

        Assert.Equal(Uitkomst.Oordeel.PositiefOnderVoorwaarden, advies.Doel);
        Assert.Contains("Waarom geen route naar 'positief onder voorwaarden' leidt", alles);
        Assert.Contains(Rapporten.Plat(advies.GeenRoute!.Reden), alles);
        Assert.Contains("Stand van het raadsbesluit (Barendrecht) onbekend", alles);
        Assert.Contains("Waarom het oordeel 'positief' niet bereikbaar is", alles);
        Assert.Contains(Rapporten.Plat(advies.WaaromNietPositief!.Reden), alles);
        Assert.Contains("Ambtelijke formatie (fte) (Ridderkerk) onbekend", alles);
    }

    [Fact]
    public void Bij_een_positief_oordeel_zegt_het_hoofdstuk_in_een_zin_dat_er_niets_hoeft_te_veranderen()
    {
        var (afweging, _, pdf) = Rapporten.Rapport(Positief);
        var paginas = Rapporten.PaginaTeksten(pdf);
        var alles = string.Join(' ', paginas);

        Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Oordeel);
        Assert.Null(afweging.WatMoetErVeranderen);
        Assert.Null(afweging.Bandbreedte);
        Assert.Contains("Wat moet er veranderen Het oordeel is positief; er hoeft niets te veranderen.", alles);
        Assert.DoesNotContain("Doel:", alles);
        Assert.DoesNotContain("Wat de open vragen beslissen", alles);
        Assert.True(alles.IndexOf("Wat moet er veranderen", StringComparison.Ordinal) < alles.IndexOf("Scores", StringComparison.Ordinal));
    }

    [Fact]
    public void De_bandbreedte_toont_het_beste_en_slechtste_oordeel_en_elke_beslissende_vraag()
    {
        var alles = Alles(Schijncoalitie);
        var bandbreedte = Rapporten.Rapport(Schijncoalitie).Afweging.Bandbreedte!;

        Assert.Contains("Wat de open vragen beslissen", alles);
        Assert.Contains(Rapporten.Plat(bandbreedte.Toelichting), alles);
        Assert.Contains($"gunstig uitvallen {Woord(bandbreedte.BesteOordeel)} {bandbreedte.BesteScore} van 100", alles);
        Assert.Contains($"ongunstig uitvallen {Woord(bandbreedte.SlechtsteOordeel)} {bandbreedte.SlechtsteScore} van 100", alles);
        Assert.Equal(10, bandbreedte.BeslissendeVragen.Count);
        Assert.All(bandbreedte.BeslissendeVragen, v => Assert.Contains(
            $"{Rapporten.Plat(v.Vraag)} {(v.Effect == 1 ? "1 punt" : $"{v.Effect} punten")} {Woord(v.OordeelBijGunstig)} {Woord(v.OordeelBijOngunstig)} {Rapporten.Plat(v.Toelichting)}",
            alles));
    }
}
