using System.Diagnostics;

namespace Assessment.Report.Tests;

/// <summary>
/// The report as another reader sees it: poppler (Debian poppler-utils) says it is tagged, with every font embedded as
/// a subset with a Unicode mapping, and renders every page to PNG in artifacts/rapport/ of the repository, to look at.
/// </summary>
public class PopplerTests
{
    private static readonly string Uitvoer = Path.Combine(Wortel(), "artifacts", "rapport");

    public static TheoryData<string> Voorbeelden() => ["ommen-hardenberg.json", "geconstrueerd-gelijkwaardig-positief.json", "geconstrueerd-minimaal.json"];

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Pdfinfo_noemt_het_rapport_getagd_met_titel_en_taal_en_pdffonts_ingebed_met_unicode(string voorbeeld)
    {
        var pdf = Schrijf(voorbeeld);

        var info = Voer("pdfinfo", pdf);
        Assert.Contains("Tagged:          yes", info);
        Assert.Contains("Title:           Afwegingskader ambtelijke fusie:", info);
        Assert.Contains("Page size:       595.28 x 841.89 pts (A4)", info);
        Assert.DoesNotContain("Syntax Error", info);
        var fonts = Voer("pdffonts", pdf).Split('\n').Skip(2).Where(r => r.Length > 0).ToList();
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, f => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes yes yes", f));
    }

    [Theory]
    [MemberData(nameof(Voorbeelden))]
    public void Elke_pagina_wordt_een_png_om_te_bekijken(string voorbeeld)
    {
        var pdf = Schrijf(voorbeeld);
        var naam = Path.GetFileNameWithoutExtension(voorbeeld);
        foreach (var oud in Directory.GetFiles(Uitvoer, naam + "-*.png"))
        {
            File.Delete(oud);
        }

        Voer("pdftoppm", "-r", "60", "-png", pdf, Path.Combine(Uitvoer, naam));

        var paginas = Rapporten.PaginaTeksten(Rapporten.Rapport(voorbeeld).Pdf).Count;
        var pngs = Directory.GetFiles(Uitvoer, naam + "-*.png");
        Assert.Equal(paginas, pngs.Length);
        Assert.All(pngs, png => Assert.True(new FileInfo(png).Length > 2_000, $"{png} is leeg"));
    }

    private static string Schrijf(string voorbeeld)
    {
        Directory.CreateDirectory(Uitvoer);
        var pad = Path.Combine(Uitvoer, Path.GetFileNameWithoutExtension(voorbeeld) + ".pdf");
        File.WriteAllBytes(pad, Rapporten.Rapport(voorbeeld).Pdf);
        return pad;
    }

    private static string Voer(string programma, params string[] argumenten)
    {
        var start = new ProcessStartInfo(programma) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in argumenten)
        {
            start.ArgumentList.Add(argument);
        }

        Process proces;
        try
        {
            proces = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{programma} ontbreekt: installeer poppler-utils (apt-get install poppler-utils; .ci/run doet dat).");
        }

        using (proces)
        {
            var uit = proces.StandardOutput.ReadToEndAsync();
            var fout = proces.StandardError.ReadToEndAsync();
            Assert.True(proces.WaitForExit(60_000), $"{programma} stopt niet");
            Assert.True(proces.ExitCode == 0, $"{programma} faalt: {fout.Result}");
            return uit.Result + fout.Result;
        }
    }

    private static string Wortel()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Assessment.sln")))
        {
            map = map.Parent;
        }

        return map?.FullName ?? throw new InvalidOperationException("De repository (Assessment.sln) is niet gevonden.");
    }
}
