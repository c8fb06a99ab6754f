using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assessment.Infra.Tests;

/// <summary>
/// CI's gate on infra/: every Bicep file compiles and lints with the Bicep CLI from NuGet, with every warning
/// treated as an error, and every parameter file builds.
/// </summary>
[Collection(InfraBouw.Collectie)]
public class BicepBouwTests(InfraBouw infra)
{
    [Fact]
    public void Elk_bicep_bestand_bouwt_zonder_waarschuwingen()
    {
        Assert.True(infra.Bouw.Code == 0 && infra.Bouw.Meldingen.Count == 0, infra.Bouw.ToString());
        Assert.Contains("main.bicep", InfraBouw.BicepBestanden);
        Assert.All(InfraBouw.BicepBestanden, b => Assert.True(infra.Templates.ContainsKey(b), $"{b} gaf geen ARM-template\n{infra.Bouw}"));
        Assert.All(infra.Templates.Values, t => Assert.Equal("0.49.2", ((string)t["metadata"]!["_generator"]!["version"]!)[..6]));
    }

    [Fact]
    public void Elk_bestand_is_opgemaakt_zoals_bicep_format_het_doet()
    {
        Assert.True(infra.Opmaak.Code == 0 && infra.Opmaak.Meldingen.Count == 0, infra.Opmaak.ToString());
        Assert.Equal(InfraBouw.BicepBestanden.Count() + InfraBouw.ParameterBestanden.Count(), infra.Opgemaakt.Count);
        Assert.All(infra.Opgemaakt, b => Assert.True(
            b.Value == File.ReadAllText(Path.Combine(Repo.Infra, b.Key)),
            $"infra/{b.Key} is not formatted: run  bicep format infra/{b.Key}  (the CLI is in the NuGet package Azure.Bicep.CommandLine.linux-x64, tools/bicep)"));
    }

    [Fact]
    public void De_linter_vindt_niets_in_templates_en_parameterbestanden()
    {
        Assert.True(infra.Lint.Code == 0 && infra.Lint.Meldingen.Count == 0, infra.Lint.ToString());
    }

    [Fact]
    public void Elk_parameterbestand_bouwt_voor_zijn_omgeving()
    {
        Assert.True(infra.Parameters.Code == 0 && infra.Parameters.Meldingen.Count == 0, infra.Parameters.ToString());
        Assert.Equal(["productie", "test"], InfraBouw.ParameterBestanden.Order(StringComparer.Ordinal));
        Assert.All(InfraBouw.ParameterBestanden, omgeving =>
        {
            var waarden = infra.Parameterwaarden[omgeving];
            Assert.Equal(omgeving, (string)waarden["omgeving"]!["value"]!);
            Assert.Equal(InfraBouw.Provincie, (string)waarden["provincie"]!["value"]!);
            Assert.Equal("westeurope", (string)waarden["location"]!["value"]!);
        });
    }

    [Fact]
    public void Productie_is_zone_redundant_en_bewaart_langer_dan_test()
    {
        int Getal(string omgeving, string naam) => (int)infra.Parameterwaarden[omgeving][naam]!["value"]!;

        Assert.Equal("Standard_ZRS", (string)infra.Parameterwaarden["productie"]["opslagSku"]!["value"]!);
        Assert.True(Getal("productie", "logBewaardagen") > Getal("test", "logBewaardagen"));
        Assert.True(Getal("productie", "herstelDagen") > Getal("test", "herstelDagen"));
        Assert.True(Getal("productie", "maximumInstanties") > Getal("test", "maximumInstanties"));
    }

    [Fact]
    public void Een_onbekende_provincie_wordt_bij_het_bouwen_geweigerd()
    {
        Assert.NotEqual(0, infra.OnbekendeProvincie.Code);
        Assert.Contains("BCP033", infra.OnbekendeProvincie.Uitvoer, StringComparison.Ordinal);
    }

    [Fact]
    public void De_bicepconfig_maakt_van_elke_regel_een_fout_op_twee_tijd_en_netwerkgebonden_regels_na()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Infra, "bicepconfig.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var kern = config.RootElement.GetProperty("analyzers").GetProperty("core");
        var regels = kern.GetProperty("rules").EnumerateObject().ToDictionary(r => r.Name, r => r.Value.GetProperty("level").GetString());

        Assert.True(kern.GetProperty("enabled").GetBoolean());
        Assert.True(regels.Count >= 40, $"maar {regels.Count} regels");
        Assert.Equal(["use-recent-api-versions", "use-recent-module-versions"], regels.Where(r => r.Value != "error").Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(regels.Where(r => r.Value != "error"), r => Assert.Equal("off", r.Value));
    }

    [Fact]
    public void Een_bevinding_van_de_linter_laat_de_bouw_falen()
    {
        // The same bicepconfig.json on a file with an unused parameter: an error, and a failing exit code.
        Assert.NotEqual(0, infra.LintMetFout.Code);
        Assert.Contains("Error no-unused-params", infra.LintMetFout.Uitvoer, StringComparison.Ordinal);
        Assert.NotEmpty(infra.LintMetFout.Meldingen);
    }

    [Fact]
    public void De_uitvoer_geeft_het_https_adres_van_de_app()
    {
        var uitvoer = infra.Main["outputs"]!.AsObject();

        Assert.Equal(["appNaam", "appUrl", "opslagNaam", "pakket"], uitvoer.Select(u => u.Key).Order(StringComparer.Ordinal));
        Assert.StartsWith("[format('https://{0}'", (string)uitvoer["appUrl"]!["value"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Omgeving_en_provincie_zijn_verplicht_en_de_regio_is_een_parameter()
    {
        var parameters = infra.Main["parameters"]!.AsObject();

        Assert.Equal(["omgeving", "provincie"], parameters.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["productie", "test"], parameters["omgeving"]!["allowedValues"]!.AsArray().Select(w => (string)w!).Order(StringComparer.Ordinal));
        Assert.Equal(12, parameters["provincie"]!["allowedValues"]!.AsArray().Count);
        Assert.Equal("[resourceGroup().location]", (string)parameters["location"]!["defaultValue"]!);
    }
}
