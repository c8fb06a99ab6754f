using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using CsCheck;

namespace Assessment.Engine.Tests.Eigenschappen;

/// <summary>
/// Property tests of the three-valued (Kleene) evaluation over random proposals and random completions of their
/// unknown answers (fixed seed, so CI is reproducible): a decided rule keeps its status whatever the unknown answers
/// turn out to be, and a rule is <c>onbekend</c> only where the unknown answers it names can still decide it either way.
/// </summary>
public class DrieWaardigeEvaluatieTests
{
    private const string Zaad = "0N0XIzNsQ0O2";
    private const int Aantal = 400;

    /// <summary>Up to this many completions of a rule's unknown answers are all tried; beyond it, this many at random.</summary>
    private const int Volledig = 1024;
    private static readonly Voorstelruimte Ruimte = Voorstelruimte.Gedeeld;

    [Fact]
    public void Een_besliste_regel_houdt_zijn_status_bij_elke_aanvulling_van_de_onbekende_antwoorden()
    {
        Gen.Int.Sample(getal =>
        {
            var random = new Random(getal);
            var volledig = Ruimte.Volledig(random);
            var deels = Ruimte.Maskeer(volledig, random, kans: 0.35);
            var voor = Statussen(deels);
            var na = Statussen(volledig);

            var afwijkend = voor.Where(s => s.Value.Status != Uitkomst.Status.Onbekend && s.Value.Status != na[s.Key].Status)
                .Select(s => $"{s.Key}: {s.Value.Status} met onbekende antwoorden, {na[s.Key].Status} aangevuld").ToList();
            Assert.True(afwijkend.Count == 0, string.Join("\n", afwijkend) + "\nvoorstel: " + deels.ToJsonString() + "\naangevuld: " + volledig.ToJsonString());
        }, iter: Aantal, seed: Zaad);
    }

    [Fact]
    public void Een_regel_is_alleen_onbekend_als_de_ontbrekende_antwoorden_hem_nog_beide_kanten_op_kunnen_beslissen()
    {
        Gen.Int.Sample(getal =>
        {
            var random = new Random(getal);
            var deels = Ruimte.Maskeer(Ruimte.Volledig(random), random, kans: 0.35);
            foreach (var (regel, uitkomst) in Statussen(deels).Where(s => s.Value.Status == Uitkomst.Status.Onbekend))
            {
                var gevonden = StatussenBijAanvullingen(deels, regel, uitkomst.Ontbrekend, random);
                Assert.True(gevonden.Count >= 2,
                    $"{regel} is onbekend (ontbreekt: {string.Join(", ", uitkomst.Ontbrekend)}), maar elke aanvulling daarvan geeft {string.Join("/", gevonden)}.\nvoorstel: {deels.ToJsonString()}");
            }
        }, iter: Aantal, seed: Zaad);
    }

    [Fact]
    public void Elke_partner_faalt_zodra_een_bekende_partner_faalt_ook_als_een_andere_onbekend_is()
    {
        var voorstel = VoorstelBouwer.Basis()
            .Zet("gemeenten", JsonNode.Parse("""[{"naam":"A","inwoners":20000,"urgentie":1},{"naam":"B","inwoners":20000,"urgentie":2},{"naam":"C","inwoners":20000}]"""))
            .Bouw();

        Assert.Equal(Uitkomst.Status.NietVoldaan, Evaluatie.Status("B1-URGENTIE-BREED", voorstel));
    }

    [Fact]
    public void Onwaar_en_onbekend_is_onwaar_waar_of_onbekend_is_waar()
    {
        using var set = new TijdelijkeRegelset([
            TijdelijkeRegelset.Regel(id: "B1-TEST-EN", expressie: "v.Condities.GedeeldeVisie == true && v.Condities.VertrouwenBestuurlijk >= 3", vereist: ["condities.gedeeldeVisie", "condities.vertrouwenBestuurlijk"]),
            TijdelijkeRegelset.Regel(id: "B1-TEST-OF", expressie: "v.Condities.GedeeldeVisie == true || v.Condities.VertrouwenBestuurlijk >= 3", vereist: ["condities.gedeeldeVisie", "condities.vertrouwenBestuurlijk"]),
            TijdelijkeRegelset.Regel(id: "B1-TEST-ENIG", expressie: "v.Gemeenten.Any(g => g.Twijfelt == true)", vereist: ["gemeenten[].twijfelt"]),
        ]);
        var regelset = RegelsetLader.Laad(set.Map);
        var voorstel = VoorstelBouwer.Basis()
            .Zet("condities.gedeeldeVisie", null).Zet("condities.vertrouwenBestuurlijk", 2)
            .Zet("gemeenten[0].twijfelt", null).Zet("gemeenten[1].twijfelt", true)
            .Bouw();

        Assert.Equal(Uitkomst.Status.NietVoldaan, Evaluatie.Status("B1-TEST-EN", voorstel, regelset));
        Assert.Equal(Uitkomst.Status.Onbekend, Evaluatie.Status("B1-TEST-OF", voorstel, regelset));
        Assert.Equal(Uitkomst.Status.Voldaan, Evaluatie.Status("B1-TEST-ENIG", voorstel, regelset));
    }

    [Fact]
    public void Een_regel_die_op_een_onbekend_antwoord_test_of_een_onbekende_methode_gebruikt_wordt_geweigerd()
    {
        using var set = new TijdelijkeRegelset([
            TijdelijkeRegelset.Regel(id: "B1-TEST-NULL", expressie: "v.Condities.GedeeldeVisie == null", vereist: ["condities.gedeeldeVisie"]),
            TijdelijkeRegelset.Regel(id: "B1-TEST-METHODE", expressie: "v.Gemeenten.Reverse().Any(g => g.Twijfelt == true)", vereist: ["gemeenten[].twijfelt"]),
        ]);

        var melding = Assert.Throws<RegelsetFout>(() => RegelsetLader.Laad(set.Map)).Message;

        Assert.Contains("B1-TEST-NULL", melding);
        Assert.Contains("een vergelijking met null", melding);
        Assert.Contains("B1-TEST-METHODE", melding);
        Assert.Contains("de LINQ-methode Reverse", melding);
    }

    private static Dictionary<string, Regeluitkomst> Statussen(JsonObject json)
    {
        var voorstel = Lees(json);
        return Regelevaluatie.Evalueer(Standaard.Regelset, Standaard.Regelset.Regels, voorstel, new Afgeleid(voorstel)).ToDictionary(u => u.Regel.Id);
    }

    /// <summary>
    /// The statuses one rule takes over completions of the given unknown answers: every completion when there are at
    /// most <see cref="Volledig"/>, otherwise that many random ones. Stops as soon as two statuses are found.
    /// </summary>
    private static HashSet<string> StatussenBijAanvullingen(JsonObject deels, string regelId, IReadOnlyList<string> ontbrekend, Random random)
    {
        var regel = Standaard.Regelset.Regels.Single(r => r.Id == regelId);
        var domeinen = ontbrekend.Select(pad => Ruimte.Domein(deels, pad)).ToList();
        var totaal = domeinen.Aggregate(1L, (n, d) => n * Math.Max(1, d.Count));
        var statussen = new HashSet<string>();
        for (long i = 0; i < Math.Min(totaal, Volledig) && statussen.Count < 2; i++)
        {
            var aangevuld = deels.DeepClone().AsObject();
            var rest = totaal <= Volledig ? i : random.NextInt64(totaal);
            for (var v = 0; v < ontbrekend.Count; v++)
            {
                var domein = domeinen[v];
                JsonPad.Zet(aangevuld, ontbrekend[v], domein[(int)(rest % domein.Count)]?.DeepClone());
                rest /= domein.Count;
            }

            var voorstel = Lees(aangevuld);
            statussen.Add(Regelevaluatie.Evalueer(Standaard.Regelset, [regel], voorstel, new Afgeleid(voorstel))[0].Status);
        }

        return statussen;
    }

    private static Voorstel Lees(JsonObject json)
    {
        var resultaat = Standaard.RuimteLezer.Lees(json.ToJsonString());
        return resultaat.Voorstel ?? throw new InvalidOperationException(
            "De generator maakte een ongeldig voorstel: " + string.Join("; ", resultaat.Probleem!.Errors.Select(f => f.Pad + ": " + f.Detail)) + "\n" + json.ToJsonString());
    }
}
