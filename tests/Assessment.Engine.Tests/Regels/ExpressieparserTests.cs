using System.Linq.Expressions;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Assessment.Engine.Tests.Regels;

/// <summary>
/// The loader parses the rules with a parser of its own configuration (<see cref="Expressieparser"/>: no scan of the
/// process's assemblies, every expression once, ahead on all cores). These tests keep it equal to RulesEngine's
/// <c>RuleExpressionParser</c>, which a province's rule author knows from RulesEngine's documentation.
/// </summary>
public class ExpressieparserTests
{
    private static readonly ReSettings RulesEngineInstellingen = new()
    {
        IsExpressionCaseSensitive = true,
        CustomTypes = [typeof(Enumerable), typeof(Math)],
    };

    private static ParameterExpression[] Invoer(Regelset regelset) =>
        [Expression.Parameter(typeof(Voorstel), "v"), Expression.Parameter(typeof(Afgeleid), "a"), Expression.Parameter(regelset.ParameterObject.GetType(), "p")];

    /// <summary>Every expression of the shipped rule set: conditions, applicability and the placeholders of the texts.</summary>
    private static List<string> AlleExpressies(Regelset regelset) =>
    [
        .. regelset.Regels.Concat(regelset.Aanbevelingsregels)
            .SelectMany(r => new[] { r.Expressie, r.VanToepassingExpressie }
                .Concat(new[] { r.Toelichting?.Voldaan, r.Toelichting?.NietVoldaan, r.Tekst }.OfType<string>().SelectMany(Sjabloon.Expressies)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal),
    ];

    [Fact]
    public void Leest_elke_expressie_van_de_regelset_tot_dezelfde_boom_als_RulesEngine()
    {
        var regelset = Standaard.Regelset;
        var invoer = Invoer(regelset);
        var onze = new Expressieparser(invoer, RulesEngineInstellingen.CustomTypes!);
        var rulesEngine = new RuleExpressionParser(RulesEngineInstellingen);
        var expressies = AlleExpressies(regelset);

        Assert.True(expressies.Count > 150, $"maar {expressies.Count} expressies gevonden");
        foreach (var expressie in expressies)
        {
            var verwacht = rulesEngine.Parse(expressie, invoer, null);
            var boom = onze.Parse(expressie);
            Assert.Equal(verwacht.Type, boom.Type);
            Assert.Equal(verwacht.ToString(), boom.ToString());
        }
    }

    [Fact]
    public void Vooraf_parsen_op_alle_kernen_geeft_dezelfde_bomen_als_een_voor_een()
    {
        var regelset = Standaard.Regelset;
        var expressies = AlleExpressies(regelset);
        var vooraf = new Expressieparser(Invoer(regelset), RulesEngineInstellingen.CustomTypes!);
        vooraf.ParseVooraf(expressies);
        var eenVoorEen = new Expressieparser(Invoer(regelset), RulesEngineInstellingen.CustomTypes!);

        foreach (var expressie in expressies)
        {
            Assert.Equal(eenVoorEen.Parse(expressie).ToString(), vooraf.Parse(expressie).ToString());
        }
    }

    [Fact]
    public void Een_ongeldige_expressie_vooraf_wordt_overgeslagen_en_faalt_daarna_met_de_melding_van_de_parser()
    {
        var parser = new Expressieparser(Invoer(Standaard.Regelset), RulesEngineInstellingen.CustomTypes!);

        parser.ParseVooraf(["v.Gemeenten.Count >= ", "v.Gemeenten.Count >= 2"]);

        Assert.Equal(typeof(bool), parser.Parse("v.Gemeenten.Count >= 2").Type);
        var fout = Assert.ThrowsAny<Exception>(() => parser.Parse("v.Gemeenten.Count >= "));
        Assert.Contains("xpression expected", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kent_geen_enums_uit_de_System_namespace_en_weigert_ze_met_de_melding_van_de_parser()
    {
        var parser = new Expressieparser(Invoer(Standaard.Regelset), RulesEngineInstellingen.CustomTypes!);

        var fout = Assert.ThrowsAny<Exception>(() => parser.Parse("StringComparison.Ordinal == StringComparison.Ordinal"));

        Assert.Contains("StringComparison", fout.Message, StringComparison.Ordinal);
    }
}
