using System.Text.Json.Nodes;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Tests.Regels;

/// <summary>
/// Runs the rule tests written as data in <c>rules/regels/**/ID.tests.json</c> (beside each rule): each case starts from
/// <c>basis.json</c>, sets some answers and expects one rule's status. Rules are tested like code.
/// </summary>
public class RegelgevallenTests
{
    public sealed record Geval(string Bestand, string Regel, string Naam, JsonObject Zet, string Verwacht)
    {
        public override string ToString() => $"{Regel}: {Naam}";
    }

    private static readonly Lazy<IReadOnlyList<Geval>> AlleGevallen = new(LeesGevallen);

    private static IReadOnlyList<Geval> LeesGevallen()
    {
        var map = Standaard.Map(Path.Combine("rules", RegelsetLader.RegelMap));
        var gevallen = new List<Geval>();
        foreach (var bestand in Directory.GetFiles(map, "*" + RegelsetLader.TestAchtervoegsel, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var json = JsonNode.Parse(File.ReadAllText(bestand))!.AsObject();
            var regel = Path.GetFileName(bestand)[..^RegelsetLader.TestAchtervoegsel.Length];
            foreach (var geval in json["gevallen"]!.AsArray())
            {
                gevallen.Add(new Geval(
                    Path.GetRelativePath(map, bestand),
                    regel,
                    (string)geval!["naam"]!,
                    geval["zet"]?.AsObject() ?? [],
                    (string)geval["verwacht"]!));
            }
        }

        return gevallen;
    }

    public static TheoryData<Geval> Gevallen() => [.. AlleGevallen.Value];

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Regel_geeft_de_verwachte_status(Geval geval)
    {
        var bouwer = VoorstelBouwer.Basis();
        string? alsVorm = null;
        foreach (var (pad, waarde) in geval.Zet)
        {
            // "samenwerking.vorm": "herindeling" is no valid input: it asks for the herindeling variant of the proposal.
            if (pad == "samenwerking.vorm" && (string?)waarde == Waarden.Vorm.Herindeling)
            {
                alsVorm = Waarden.Vorm.Herindeling;
                continue;
            }

            bouwer.Zet(pad, waarde);
        }

        var voorstel = bouwer.Bouw();
        var status = Evaluatie.Status(geval.Regel, alsVorm is null ? voorstel : Beoordelaar.AlsVorm(voorstel, alsVorm));

        Assert.True(geval.Verwacht == status, $"{geval.Bestand} · {geval.Regel} · '{geval.Naam}': verwacht {geval.Verwacht}, kreeg {status}.");
    }

    [Fact]
    public void Elke_regel_heeft_een_geval_voor_voldaan_en_voor_niet_voldaan()
    {
        var ontbrekend = new List<string>();
        foreach (var regel in Standaard.Regelset.Regels.Concat(Standaard.Regelset.Aanbevelingsregels))
        {
            var statussen = AlleGevallen.Value.Where(g => g.Regel == regel.Id).Select(g => g.Verwacht).ToHashSet();
            foreach (var nodig in Nodig(regel))
            {
                if (!statussen.Contains(nodig))
                {
                    ontbrekend.Add($"{regel.Id} mist een geval '{nodig}'");
                }
            }
        }

        Assert.True(ontbrekend.Count == 0, string.Join("\n", ontbrekend));
    }

    [Fact]
    public void Elk_geval_noemt_een_bestaande_regel()
    {
        var ids = Standaard.Regelset.Regels.Concat(Standaard.Regelset.Aanbevelingsregels).Select(r => r.Id).ToHashSet();

        Assert.Empty(AlleGevallen.Value.Where(g => !ids.Contains(g.Regel)).Select(g => $"{g.Bestand}: {g.Regel}"));
    }

    [Fact]
    public void Op_het_basisvoorstel_is_elke_bevindingsregel_voldaan_of_niet_van_toepassing()
    {
        var afweging = Standaard.Beoordelaar.Beoordeel(VoorstelBouwer.Basis().Bouw());

        Assert.Empty(afweging.Bevindingen
            .Where(b => b.Status is not (Uitkomst.Status.Voldaan or Uitkomst.Status.NietVanToepassing))
            .Select(b => $"{b.Regel}: {b.Status}"));
    }

    private static IEnumerable<string> Nodig(Regel regel)
    {
        yield return Uitkomst.Status.Voldaan;
        yield return Uitkomst.Status.NietVoldaan;
        if (regel.Vereist.Count > 0)
        {
            yield return Uitkomst.Status.Onbekend;
        }

        if (regel.VanToepassingExpressie is not null)
        {
            yield return Uitkomst.Status.NietVanToepassing;
        }
    }
}
