using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assessment.Cli;

namespace Assessment.Engine.Tests.Cli;

public sealed class OpdrachtregelTests : IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("afwegingskader-cli-").FullName;

    public void Dispose() => Directory.Delete(_map, recursive: true);

    private string Bestand(string naam, string inhoud)
    {
        var pad = Path.Combine(_map, naam);
        File.WriteAllText(pad, inhoud);
        return pad;
    }

    private static async Task<(int Code, string Uit, string Fout)> Voer(params string[] args)
    {
        using var uit = new MemoryStream();
        var fout = new StringWriter();
        var code = await Opdrachtregel.Voer(args, uit, fout);
        return (code, System.Text.Encoding.UTF8.GetString(uit.ToArray()), fout.ToString());
    }

    [Fact]
    public async Task Evaluate_schrijft_de_afweging_als_json_en_eindigt_met_0()
    {
        var (code, uit, fout) = await Voer("evaluate", Bestand("voorstel.json", VoorstelBouwer.Basis().Json()));

        Assert.Equal(0, code);
        Assert.Empty(fout);
        var afweging = JsonNode.Parse(uit)!;
        Assert.Equal("positief", (string)afweging["oordeel"]!);
        Assert.NotNull(afweging["regelset"]!["hash"]);
        Assert.NotNull(afweging["publiekeWaarde"]!["legitimiteit"]);
    }

    [Fact]
    public async Task Evaluate_eindigt_ook_met_0_bij_een_negatief_oordeel()
    {
        var (code, uit, _) = await Voer("evaluate", Bestand("voorstel.json", VoorstelBouwer.Minimaal().Json()));

        Assert.Equal(0, code);
        Assert.Equal("onvoldoende_informatie", (string)JsonNode.Parse(uit)!["oordeel"]!);
    }

    [Fact]
    public async Task Evaluate_geeft_wat_moet_er_veranderen_en_de_bandbreedte_en_zonder_advies_laat_het_ze_weg()
    {
        var voorstel = Bestand("voorstel.json", VoorstelBouwer.Basis().Zet("condities.cultuurplan", false).Zet("gemeenten[0].draagvlakRaad", null).Json());

        var (_, met, _) = await Voer("evaluate", voorstel);
        var (code, zonder, _) = await Voer("evaluate", voorstel, "--zonder-advies");

        var advies = JsonNode.Parse(met)!;
        Assert.Equal("positief", (string)advies["watMoetErVeranderen"]!["doel"]!);
        Assert.Equal("$.condities.cultuurplan", (string)advies["watMoetErVeranderen"]!["routes"]![0]!["wijzigingen"]![0]!["pad"]!);
        Assert.Equal("positief_onder_voorwaarden", (string)advies["bandbreedte"]!["besteOordeel"]!); // the plan is missing whatever the council says
        Assert.Equal(0, code);
        var kaal = JsonNode.Parse(zonder)!.AsObject();
        Assert.Equal((string)advies["oordeel"]!, (string)kaal["oordeel"]!);
        Assert.True(kaal.ContainsKey("watMoetErVeranderen") && kaal["watMoetErVeranderen"] is null);
        Assert.True(kaal.ContainsKey("bandbreedte") && kaal["bandbreedte"] is null);
    }

    [Fact]
    public async Task Ongeldige_invoer_geeft_een_probleem_op_stderr_en_exitcode_2()
    {
        var (code, uit, fout) = await Voer("evaluate", Bestand("voorstel.json", VoorstelBouwer.Basis().Zet("gemeenten[0].urgentie", 9).Json()));

        Assert.Equal(2, code);
        Assert.Empty(uit);
        var probleem = JsonNode.Parse(fout)!;
        Assert.Equal(400, (int)probleem["status"]!);
        Assert.Equal("$.gemeenten[0].urgentie", (string)probleem["errors"]![0]!["pad"]!);
    }

    [Fact]
    public async Task Afgebroken_json_geeft_exitcode_2_met_de_plaats()
    {
        var (code, _, fout) = await Voer("evaluate", Bestand("kapot.json", "{\"titel\": \"x\",\n \"gemeenten\": ["));

        Assert.Equal(2, code);
        Assert.Contains("regel 2", (string)JsonNode.Parse(fout)!["detail"]!);
    }

    [Fact]
    public async Task Een_bestand_dat_niet_bestaat_geeft_exitcode_2()
    {
        var (code, _, fout) = await Voer("evaluate", Path.Combine(_map, "bestaat-niet.json"));

        Assert.Equal(2, code);
        Assert.Contains("bestaat niet", fout);
    }

    [Fact]
    public async Task Met_pdf_schrijft_evaluate_ook_het_rapport()
    {
        var pdf = Path.Combine(_map, "rapport.pdf");

        var (code, uit, _) = await Voer("evaluate", Bestand("voorstel.json", VoorstelBouwer.Basis().Json()), "--pdf", pdf);

        Assert.Equal(0, code);
        Assert.NotNull(JsonNode.Parse(uit)!["oordeel"]);
        var bytes = File.ReadAllBytes(pdf);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.Contains("/Lang(nl-NL)", System.Text.Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public async Task Pdf_bij_een_map_is_verkeerd_gebruik()
    {
        var (code, _, fout) = await Voer("evaluate", Standaard.Map("examples"), "--pdf", Path.Combine(_map, "x.pdf"));

        Assert.Equal(64, code);
        Assert.Contains("één voorstel", fout);
    }

    [Fact]
    public async Task Een_onschrijfbaar_pdf_pad_geeft_een_melding_en_geen_crash()
    {
        var (code, _, fout) = await Voer("evaluate", Bestand("voorstel.json", VoorstelBouwer.Basis().Json()), "--pdf", Path.Combine(_map, "bestaat-niet", "x.pdf"));

        Assert.Equal(2, code);
        Assert.Contains("kan niet worden geschreven", fout);
    }

    [Fact]
    public async Task Een_map_geeft_een_json_regel_per_bestand_en_exitcode_2_als_er_een_ongeldig_is()
    {
        Bestand("a.json", VoorstelBouwer.Basis().Json());
        Bestand("b.json", VoorstelBouwer.Minimaal().Json());
        Bestand("c.json", "{");
        Bestand("leesmij.txt", "geen voorstel");

        var (code, uit, _) = await Voer("evaluate", _map);

        var regels = uit.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, code);
        Assert.Equal(3, regels.Length);
        Assert.Equal("positief", (string)JsonNode.Parse(regels[0])!["afweging"]!["oordeel"]!);
        Assert.Equal("b.json", (string)JsonNode.Parse(regels[1])!["bestand"]!);
        Assert.Equal("Ongeldige JSON", (string)JsonNode.Parse(regels[2])!["probleem"]!["title"]!);
    }

    [Fact]
    public async Task Een_map_met_alleen_geldige_voorstellen_eindigt_met_0()
    {
        var (code, uit, _) = await Voer("evaluate", Standaard.Map("examples"));

        Assert.Equal(0, code);
        Assert.All(uit.Split('\n', StringSplitOptions.RemoveEmptyEntries), regel => Assert.NotNull(JsonNode.Parse(regel)!["afweging"]));
    }

    [Fact]
    public async Task Provinciale_parameters_veranderen_de_hash_van_de_regelset()
    {
        var standaard = JsonNode.Parse((await Voer("evaluate", Bestand("v.json", VoorstelBouwer.Basis().Json()))).Uit)!;
        var naam = Standaard.Regelset.Parameters.Values.First(p => p.Herkomst == "beleidskeuze").Naam;
        var overschrijving = Bestand("provincie.json", new JsonObject
        {
            ["parameters"] = new JsonObject { [naam] = TijdelijkeRegelset.Parameter(Standaard.Regelset.Parameter(naam) + 1) },
        }.ToJsonString());

        var (code, uit, _) = await Voer("evaluate", Path.Combine(_map, "v.json"), "--parameters", overschrijving);

        Assert.Equal(0, code);
        Assert.NotEqual((string)standaard["regelset"]!["hash"]!, (string)JsonNode.Parse(uit)!["regelset"]!["hash"]!);
    }

    [Theory]
    [InlineData(new string[0], 64)]
    [InlineData(new[] { "beoordeel", "x.json" }, 64)]
    [InlineData(new[] { "evaluate" }, 64)]
    [InlineData(new[] { "evaluate", "a.json", "b.json" }, 64)]
    [InlineData(new[] { "evaluate", "a.json", "--onbekend" }, 64)]
    [InlineData(new[] { "--help" }, 0)]
    public async Task Verkeerd_gebruik_geeft_uitleg_en_exitcode_64(string[] args, int verwacht)
    {
        var (code, uit, fout) = await Voer(args);

        Assert.Equal(verwacht, code);
        Assert.Contains("afwegingskader evaluate", uit + fout);
    }

    [Fact]
    public async Task Een_onbruikbare_regelset_geeft_exitcode_70_met_de_reden()
    {
        var (code, _, fout) = await Voer("evaluate", Bestand("v.json", VoorstelBouwer.Basis().Json()), "--regels", _map);

        Assert.Equal(70, code);
        Assert.Contains("kader.json", fout);
    }

    [Fact]
    public void Het_programma_als_proces_schrijft_json_op_stdout_en_een_probleem_op_stderr()
    {
        var goed = Bestand("goed.json", VoorstelBouwer.Basis().Json());
        var fout = Bestand("fout.json", VoorstelBouwer.Basis().Zet("samenwerking.vorm", "fusie").Json());

        var (codeGoed, uitGoed, _) = Proces("evaluate", goed, "--compact");
        var (codeFout, uitFout, errFout) = Proces("evaluate", fout);

        Assert.Equal(0, codeGoed);
        Assert.Single(uitGoed.Trim().Split('\n'));
        Assert.Equal("positief", JsonDocument.Parse(uitGoed).RootElement.GetProperty("oordeel").GetString());
        Assert.Equal(2, codeFout);
        Assert.Empty(uitFout);
        Assert.Equal("$.samenwerking.vorm", JsonDocument.Parse(errFout).RootElement.GetProperty("errors")[0].GetProperty("pad").GetString());
    }

    private static (int Code, string Uit, string Fout) Proces(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "afwegingskader.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync();
        var fout = proces.StandardError.ReadToEndAsync();
        Assert.True(proces.WaitForExit(TimeSpan.FromSeconds(60)), "de CLI reageert niet");
        return (proces.ExitCode, uit.Result, fout.Result);
    }
}
