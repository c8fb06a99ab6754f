using Assessment.Domain.Afwegingen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using RulesEngine.Models;

namespace Assessment.Engine.Tests.Regels;

/// <summary>
/// The engine compiles each rule once with RulesEngine's own expression parser and calls the compiled
/// delegates directly (see docs/performance.md). This test keeps that honest: for every worked example and
/// every rule whose answers are known, RulesEngine's executor (<c>ExecuteAllRulesAsync</c> on the same
/// workflows) reaches the same verdict as our evaluation.
/// </summary>
public class RulesEngineConformiteitTests
{
    public static TheoryData<string> Voorbeelden() =>
        [.. Directory.GetFiles(Standaard.Map("examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public async Task RulesEngine_zelf_komt_tot_dezelfde_uitkomst_als_de_gecompileerde_regels(string bestand)
    {
        var regelset = Standaard.Regelset;
        var voorstel = regelset.Lezer.Lees(File.ReadAllBytes(Path.Combine(Standaard.Map("examples"), bestand))).Voorstel!;
        var afgeleid = new Afgeleid(voorstel);
        var engine = new RulesEngine.RulesEngine([.. regelset.Workflows.Where(w => w.Rules.Any())], new ReSettings { IsExpressionCaseSensitive = true });
        var invoer = new[] { new RuleParameter("v", voorstel), new RuleParameter("a", afgeleid), new RuleParameter("p", regelset.ParameterObject) };
        var onze = Regelevaluatie.Evalueer(regelset, [.. regelset.Regels, .. regelset.Aanbevelingsregels], voorstel, afgeleid)
            .Where(u => u.Telt)
            .ToDictionary(u => u.Regel.Id, u => u.Status == Uitkomst.Status.Voldaan);

        var vergeleken = 0;
        foreach (var workflow in regelset.Workflows.Where(w => w.Rules.Any()))
        {
            foreach (var resultaat in await engine.ExecuteAllRulesAsync(workflow.WorkflowName, invoer))
            {
                if (onze.TryGetValue(resultaat.Rule.RuleName, out var voldaan))
                {
                    Assert.True(string.IsNullOrEmpty(resultaat.ExceptionMessage), $"{resultaat.Rule.RuleName}: {resultaat.ExceptionMessage}");
                    Assert.True(voldaan == resultaat.IsSuccess, $"{bestand} · {resultaat.Rule.RuleName}: wij {voldaan}, RulesEngine {resultaat.IsSuccess}");
                    vergeleken++;
                }
            }
        }

        Assert.Equal(onze.Count, vergeleken);
    }
}
