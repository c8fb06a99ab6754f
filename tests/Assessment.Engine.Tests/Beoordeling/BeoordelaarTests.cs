using Assessment.Domain.Afwegingen;
using Assessment.Domain.Json;
using Assessment.Engine.Beoordeling;

namespace Assessment.Engine.Tests.Beoordeling;

/// <summary>Properties of a whole assessment with the shipped rule set.</summary>
public class BeoordelaarTests
{
    [Fact]
    public void Dezelfde_invoer_geeft_byte_voor_byte_dezelfde_json_op_id_en_tijdstip_na()
    {
        var een = new Beoordelaar(Standaard.Regelset).Beoordeel(VoorstelBouwer.Basis().Zet("gemeenten[0].urgentie", 2).Bouw());
        var twee = new Beoordelaar(Standaard.Regelset).Beoordeel(VoorstelBouwer.Basis().Zet("gemeenten[0].urgentie", 2).Bouw());

        Assert.NotEqual(een.Id, twee.Id);
        Assert.Equal(
            ContractJson.Schrijf(een with { Id = "x", AangemaaktOp = VasteKlok.Moment }),
            ContractJson.Schrijf(twee with { Id = "x", AangemaaktOp = VasteKlok.Moment }));
    }

    [Fact]
    public void De_invoerhash_hangt_niet_af_van_opmaak_volgorde_of_expliciete_nulls()
    {
        var compact = Standaard.Lezer.Lees("""{"titel":"T","gemeenten":[{"naam":"A","inwoners":10},{"naam":"B","inwoners":20}],"samenwerking":{"vorm":"centrumgemeente"}}""").Voorstel!;
        var ruim = Standaard.Lezer.Lees("""
            {
              "samenwerking": { "gastgemeente": null, "vorm": "centrumgemeente" },
              "condities": null,
              "titel": "T",
              "gemeenten": [ { "inwoners": 10, "naam": "A", "urgentie": null }, { "naam": "B", "inwoners": 20 } ]
            }
            """).Voorstel!;

        Assert.Equal(Beoordelaar.InvoerHash(compact), Beoordelaar.InvoerHash(ruim));
        Assert.NotEqual(Beoordelaar.InvoerHash(compact), Beoordelaar.InvoerHash(compact with { Titel = "U" }));
    }

    [Fact]
    public void De_afweging_noemt_de_regelset_en_gebruikt_de_vaste_klok()
    {
        var afweging = Standaard.Beoordelaar.Beoordeel(VoorstelBouwer.Basis().Bouw());

        Assert.Equal(Standaard.Regelset.Versie, afweging.Regelset.Versie);
        Assert.Equal(Standaard.Regelset.Hash, afweging.Regelset.Hash);
        Assert.Equal(VasteKlok.Moment, afweging.AangemaaktOp);
        Assert.StartsWith("sha256:", afweging.InvoerHash);
    }

    [Fact]
    public void Het_basisvoorstel_is_positief_met_alle_drie_de_hoofdvlakken_en_acht_subafwegingen()
    {
        var afweging = Standaard.Beoordelaar.Beoordeel(VoorstelBouwer.Basis().Bouw());

        Assert.Equal(Uitkomst.Oordeel.Positief, afweging.Oordeel);
        Assert.Equal(["meerwaarde", "condities", "weging_varianten"], afweging.Hoofdvlakken.Select(h => h.Code));
        Assert.Equal(["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2"], afweging.Hoofdvlakken.SelectMany(h => h.Subafwegingen).Select(s => s.Code));
        Assert.All(afweging.Hoofdvlakken.SelectMany(h => h.Subafwegingen), s => Assert.NotNull(s.Score));
        Assert.Equal(100, afweging.Dekking);
        Assert.Empty(afweging.OntbrekendeGegevens);
    }

    [Fact]
    public void Elke_bevinding_heeft_een_bron_een_factor_uit_de_woordenlijst_en_een_Nederlandse_toelichting()
    {
        var afweging = Standaard.Beoordelaar.Beoordeel(VoorstelBouwer.Minimaal().Bouw());

        Assert.All(afweging.Bevindingen, b =>
        {
            Assert.NotEmpty(b.Bronnen);
            Assert.Contains(b.Factor, Uitkomst.Factoren);
            Assert.Contains(b.Dimensie, Uitkomst.Dimensie.Alle);
            Assert.False(string.IsNullOrWhiteSpace(b.Toelichting), b.Regel);
        });
    }

    [Fact]
    public void Alleen_verplichte_velden_geeft_onvoldoende_informatie_en_een_lijst_ontbrekende_gegevens()
    {
        var afweging = Standaard.Beoordelaar.Beoordeel(VoorstelBouwer.Minimaal().Bouw());

        Assert.Equal(Uitkomst.Oordeel.OnvoldoendeInformatie, afweging.Oordeel);
        Assert.Contains(afweging.OntbrekendeGegevens, o => o.Veld == "gemeenten[0].urgentie" && o.Vraag == "Gevoelde urgentie (Oostwold)");
        Assert.Contains(afweging.Bevindingen, b => b.Status == Uitkomst.Status.Onbekend);
        Assert.Contains(afweging.Bevindingen, b => b.Factor == "aantal_partners" && b.Status == Uitkomst.Status.Voldaan);
    }

    [Fact]
    public void Elke_afweging_bevat_de_herinnering_aan_frictiejaren_en_de_dip_in_draagvlak()
    {
        var afweging = Standaard.Beoordelaar.Beoordeel(VoorstelBouwer.Basis().Bouw());

        Assert.Contains(afweging.Bevindingen, b => b.Regel.StartsWith("CL5", StringComparison.Ordinal));
        Assert.Contains(afweging.Bevindingen, b => b.Regel.StartsWith("CL6", StringComparison.Ordinal));
    }

    [Fact]
    public void Alle_regels_samen_beslaan_elke_factor_en_alle_drie_de_domeinen()
    {
        var regels = Standaard.Regelset.Regels;

        Assert.Equal(Uitkomst.Factoren.Order(), regels.Select(r => r.Factor).Distinct().Order());
        Assert.Equal(Uitkomst.Dimensie.Alle.Order(), regels.Select(r => r.Dimensie).Distinct().Order());
        Assert.Contains(regels, r => r.Sleutel);
    }
}
