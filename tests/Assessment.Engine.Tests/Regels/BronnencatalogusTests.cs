using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Tests.Regels;

/// <summary>
/// The catalogue of source documents (kader.json <c>documenten</c>): every cited document is in it, what it says about a
/// document (title, authors, publisher, year, chapters) stands in the document's own text, and the loader refuses a rule
/// set that cites a document a reader cannot look up.
/// </summary>
public partial class BronnencatalogusTests
{
    private static IReadOnlyList<Brondocument> Documenten => Standaard.Regelset.Kader.Documenten;

    [Fact]
    public void De_catalogus_noemt_elk_document_in_bronnen_precies_eenmaal()
    {
        var bestanden = Directory.GetFiles(Standaard.Map("bronnen"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(bestanden, Documenten.Select(d => d.Document).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> Bestanden() => [.. Standaard.Regelset.Kader.Documenten.Select(d => d.Document)];

    [Theory]
    [MemberData(nameof(Bestanden))]
    public void Titel_auteurs_uitgever_en_jaar_staan_in_de_tekst_van_het_document_zelf(string bestand)
    {
        var document = Documenten.Single(d => d.Document == bestand);
        var tekst = Normaal(File.ReadAllText(Standaard.Map(Path.Combine("bronnen", bestand))));

        Assert.Contains(Normaal(document.Titel.Replace(" (SETA)", "", StringComparison.Ordinal)), tekst, StringComparison.OrdinalIgnoreCase);
        foreach (var auteur in document.Auteurs)
        {
            Assert.Contains(Normaal(auteur.Split(' ')[^1]), tekst, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var instelling in new[] { document.Uitgever, document.Opdrachtgever }.OfType<string>())
        {
            Assert.Contains(Normaal(instelling.Replace("Provincies ", "", StringComparison.Ordinal)), tekst, StringComparison.OrdinalIgnoreCase);
        }

        if (document.Jaar is { } jaar)
        {
            Assert.Contains(jaar.ToString(System.Globalization.CultureInfo.InvariantCulture), tekst, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Bestanden))]
    public void Elk_onderdeel_van_de_indeling_begint_op_de_regel_met_zijn_kop(string bestand)
    {
        var document = Documenten.Single(d => d.Document == bestand);
        var regels = File.ReadAllLines(Standaard.Map(Path.Combine("bronnen", bestand)));

        Assert.NotEmpty(document.Indeling);
        foreach (var onderdeel in document.Indeling)
        {
            var kop = regels[onderdeel.VanafRegel - 1];
            if (onderdeel.Nummer is { } hoofdstuk && !hoofdstuk.Contains('.', StringComparison.Ordinal) && kop.Contains("Hoofdstuk", StringComparison.Ordinal))
            {
                // 002 opens chapters 8, 9 and 11 with their introduction, on a line "Hoofdstuk 1" before "Hoofdstuk 8".
                Assert.Matches(@"^\s*Hoofdstuk \d+", kop);
            }
            else if (onderdeel.Nummer is { } nummer)
            {
                // "8 . Horizontal" and "2.1  Inleiding" as the texts write them; chapter 2 of 002 is on a line "Hoofdstuk 2".
                Assert.Matches(@"(^|\s)" + Regex.Escape(nummer).Replace(@"\.", @"\s?\.", StringComparison.Ordinal) + @"\.?(\s|:|$)", kop);
            }
            else
            {
                // Unnumbered parts (001 is OCR text: 'Saumerwalting' for Samenvatting): the heading starts with the title's first letters.
                Assert.StartsWith(onderdeel.Titel[..2], kop.Trim().TrimStart('*', '#', ' '), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Elke_bron_van_een_regel_valt_in_een_onderdeel_van_een_gecatalogiseerd_document()
    {
        var regelset = Standaard.Regelset;
        var bronnen = regelset.Regels.Concat(regelset.Aanbevelingsregels).SelectMany(r => r.Bronnen).ToList();

        Assert.NotEmpty(bronnen);
        Assert.All(bronnen, b => Assert.NotNull(regelset.Kader.Document(b.Document)?.OnderdeelBij(b.Plaats)));
    }

    [Fact]
    public void Een_plaats_in_regels_wordt_het_hoofdstuk_of_de_paragraaf_van_het_document()
    {
        var berenschot = Standaard.Regelset.Kader.Document("002_7287778b7ae905cd.txt")!;

        Assert.Equal("paragraaf 11.3 Het afwegingskader", berenschot.OnderdeelBij("hoofdstuk 11.3, L9502-9580")!.Omschrijving);
        Assert.Equal("paragraaf 11.2 De checklist", berenschot.OnderdeelBij("L9403-9406")!.Omschrijving);
        Assert.Equal("hoofdstuk 1 Inleiding", berenschot.OnderdeelBij("L1-3")!.Omschrijving);
        Assert.Null(berenschot.OnderdeelBij("hoofdstuk 11.3"));

        var overbeeke = Standaard.Regelset.Kader.Document("000_1db821b8b828a30c.txt")!;
        Assert.Equal(25, overbeeke.OnderdeelBij("L470")!.Pagina);
    }

    [Fact]
    public void Een_regelset_die_een_document_buiten_de_catalogus_citeert_wordt_geweigerd()
    {
        var regel = TijdelijkeRegelset.Regel();
        regel["Properties"]!["bronnen"] = new JsonArray(new JsonObject { ["document"] = "005_0123456789abcdef.txt", ["plaats"] = "L1-2" });
        using var set = new TijdelijkeRegelset([regel]);

        var fout = Assert.Throws<RegelsetFout>(() => RegelsetLader.Laad(set.Map));

        Assert.Contains("regel B1-TEST-VERTROUWEN: het document '005_0123456789abcdef.txt' staat niet in kader.json 'documenten'", fout.Message);
    }

    [Fact]
    public void Een_regelset_zonder_catalogus_of_met_een_ongeordende_indeling_wordt_geweigerd()
    {
        using var zonder = new TijdelijkeRegelset([TijdelijkeRegelset.Regel()]);
        var kader = JsonNode.Parse(File.ReadAllText(Path.Combine(zonder.Map, "kader.json")))!.AsObject();
        kader.Remove("documenten");
        zonder.Schrijf("kader.json", kader);
        Assert.Contains("'documenten' ontbreekt", Assert.Throws<RegelsetFout>(() => RegelsetLader.Laad(zonder.Map)).Message);

        using var ongeordend = new TijdelijkeRegelset([TijdelijkeRegelset.Regel()]);
        kader = JsonNode.Parse(File.ReadAllText(Path.Combine(ongeordend.Map, "kader.json")))!.AsObject();
        var indeling = kader["documenten"]![0]!["indeling"]!.AsArray();
        indeling[1]!["vanafRegel"] = 2;
        ongeordend.Schrijf("kader.json", kader);
        Assert.Contains("'indeling' staat in de volgorde van het document", Assert.Throws<RegelsetFout>(() => RegelsetLader.Laad(ongeordend.Map)).Message);
    }

    [Fact]
    public void De_catalogus_vult_alleen_in_wat_het_document_zegt()
    {
        var korsten = Standaard.Regelset.Kader.Document("001_8cc305bc8c951e2c.txt")!;

        Assert.Null(korsten.Jaar);
        Assert.Null(korsten.Uitgever);
        Assert.NotNull(korsten.Toelichting);
        Assert.Empty(Standaard.Regelset.Kader.Document("002_7287778b7ae905cd.txt")!.Auteurs);
    }

    private static string Normaal(string tekst) => Witruimte().Replace(tekst.Replace('\'', '’').Replace("*", "", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
