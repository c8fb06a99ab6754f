using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Assessment.Cli;
using UglyToad.PdfPig;

namespace Assessment.Functions.Tests;

/// <summary>
/// One application service renders the report for every entry point: the PDF of a stored assessment from the API,
/// the zelftoets download and the CLI's <c>--pdf</c> are the same document for the same proposal — the same pages,
/// outline and text, apart from the assessment's own id and the minute it was made.
/// </summary>
public partial class RapportGelijkTests(Werker app) : IClassFixture<Werker>, IDisposable
{
    private const string Voorbeeld = "geconstrueerd-vijf-partners-ongelijk.json";
    private readonly HttpClient _client = app.Client;
    private readonly string _map = Directory.CreateTempSubdirectory("rapport-gelijk-").FullName;

    public void Dispose()
    {
        Directory.Delete(_map, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task De_api_de_zelftoets_en_de_opdrachtregel_geven_hetzelfde_rapport()
    {
        var voorstel = Werker.Voorbeeld(Voorbeeld);

        // The API: store the assessment, then fetch its report.
        var aangemaakt = await _client.PostAsync("/api/v1/afwegingen", new StringContent(voorstel, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var apiId = (string)JsonNode.Parse(await aangemaakt.Content.ReadAsStringAsync())!["id"]!;
        var api = await _client.GetByteArrayAsync($"/api/v1/afwegingen/{apiId}/rapport");

        // The zelftoets's download button: the same proposal posted with Accept: application/pdf.
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/zelftoetsen") { Content = new StringContent(voorstel, Encoding.UTF8, "application/json") };
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        var zelftoetsAntwoord = await _client.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, zelftoetsAntwoord.StatusCode);
        var zelftoets = await zelftoetsAntwoord.Content.ReadAsByteArrayAsync();

        // The command line.
        var invoer = Path.Combine(_map, Voorbeeld);
        await File.WriteAllTextAsync(invoer, voorstel);
        var pdfPad = Path.Combine(_map, "rapport.pdf");
        using var uit = new MemoryStream();
        Assert.Equal(0, await Opdrachtregel.Voer(["evaluate", invoer, "--pdf", pdfPad], uit, TextWriter.Null));
        var cliId = (string)JsonNode.Parse(uit.ToArray())!["id"]!;
        var cli = await File.ReadAllBytesAsync(pdfPad);

        var verwacht = Inhoud(api, apiId);
        Assert.True(verwacht.Paginas.Count > 20, $"maar {verwacht.Paginas.Count} pagina's");
        foreach (var (naam, pdf, id) in new[] { ("de zelftoets", zelftoets, IdVan(zelftoets, apiId)), ("de opdrachtregel", cli, cliId) })
        {
            var inhoud = Inhoud(pdf, id);
            Assert.Equal(verwacht.Titel, inhoud.Titel);
            Assert.Equal(verwacht.Bladwijzers, inhoud.Bladwijzers);
            Assert.Equal(verwacht.Paginas.Count, inhoud.Paginas.Count);
            for (var i = 0; i < verwacht.Paginas.Count; i++)
            {
                Assert.True(verwacht.Paginas[i] == inhoud.Paginas[i], $"{naam}, pagina {i + 1} verschilt van die van de API");
            }
        }
    }

    /// <summary>The id a zelftoets report carries (it is not stored): the one in its colophon that is not the API's.</summary>
    private static string IdVan(byte[] pdf, string anderId)
    {
        using var document = PdfDocument.Open(pdf);
        var tekst = string.Concat(document.GetPages().Select(p => p.Text));
        return Uuid().Matches(tekst).Select(m => m.Value).First(id => id != anderId);
    }

    /// <summary>Title, outline and the text of every page, with the assessment's id and the minute of its making masked.</summary>
    private static (string Titel, List<string> Bladwijzers, List<string> Paginas) Inhoud(byte[] pdf, string id)
    {
        using var document = PdfDocument.Open(pdf);
        var bladwijzers = document.TryGetBookmarks(out var boom) ? boom.GetNodes().Select(b => $"{b.Level} {b.Title}").ToList() : [];
        var paginas = document.GetPages()
            .Select(p => Tijdstip().Replace(p.Text.Replace(id, "«id»", StringComparison.Ordinal), "«tijd»"))
            .ToList();
        return (document.Information.Title ?? "", bladwijzers, paginas);
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\d{1,2}:\d{2} UTC")]
    private static partial Regex Tijdstip();
}
