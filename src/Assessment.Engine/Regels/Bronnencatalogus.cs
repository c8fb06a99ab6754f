using System.Text.Json;
using System.Text.RegularExpressions;
using Assessment.Domain.Afwegingen;

namespace Assessment.Engine.Regels;

/// <summary>
/// The catalogue of source documents (<c>documenten</c> in kader.json): read, checked, and held against every citation
/// of the rule set, so a rule cannot cite a document a reader cannot look up, nor a line before its first section.
/// </summary>
internal static partial class Bronnencatalogus
{
    public const string Lid = "documenten";

    /// <summary>Reads <c>documenten</c> from kader.json; every fault is added to <paramref name="fouten"/>.</summary>
    public static IReadOnlyList<Brondocument> Lees(JsonElement kader, List<string> fouten)
    {
        if (!kader.TryGetProperty(Lid, out var lijst) || lijst.ValueKind != JsonValueKind.Array || lijst.GetArrayLength() == 0)
        {
            fouten.Add($"kader.json: '{Lid}' ontbreekt: noem elk brondocument dat de regels citeren, met titel, soort en indeling.");
            return [];
        }

        var documenten = new List<Brondocument>();
        var index = 0;
        foreach (var d in lijst.EnumerateArray())
        {
            var waar = $"kader.json {Lid}[{index++}]";
            if (d.ValueKind != JsonValueKind.Object)
            {
                fouten.Add($"{waar}: een document is een object.");
                continue;
            }

            var document = Tekst(d, "document");
            var titel = Tekst(d, "titel");
            var soort = Tekst(d, "soort");
            if (document is null || !Bestandsnaam().IsMatch(document))
            {
                fouten.Add($"{waar}: 'document' is de bestandsnaam zoals de regels hem citeren (bijv. 002_7287778b7ae905cd.txt).");
                continue;
            }

            waar = $"kader.json {Lid} {document}";
            if (titel is null || soort is null)
            {
                fouten.Add($"{waar}: 'titel' en 'soort' zijn verplicht.");
            }

            int? jaar = null;
            if (d.TryGetProperty("jaar", out var j))
            {
                if (j.ValueKind == JsonValueKind.Number && j.TryGetInt32(out var getal) && getal is >= 1900 and <= 2100)
                {
                    jaar = getal;
                }
                else
                {
                    fouten.Add($"{waar}: 'jaar' is een jaartal (laat het weg als het document geen jaar noemt).");
                }
            }

            var auteurs = new List<string>();
            if (d.TryGetProperty("auteurs", out var a))
            {
                if (a.ValueKind == JsonValueKind.Array && a.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(x.GetString())))
                {
                    auteurs.AddRange(a.EnumerateArray().Select(x => x.GetString()!));
                }
                else
                {
                    fouten.Add($"{waar}: 'auteurs' is een lijst namen.");
                }
            }

            var indeling = LeesIndeling(d, waar, fouten);
            if (documenten.Any(x => x.Document == document))
            {
                fouten.Add($"{waar}: het document staat twee keer in '{Lid}'.");
                continue;
            }

            documenten.Add(new Brondocument(document, titel ?? "", soort ?? "", indeling)
            {
                Ondertitel = Tekst(d, "ondertitel"),
                Auteurs = auteurs,
                Uitgever = Tekst(d, "uitgever"),
                Opdrachtgever = Tekst(d, "opdrachtgever"),
                Jaar = jaar,
                Toelichting = Tekst(d, "toelichting"),
            });
        }

        return documenten;
    }

    private static List<Onderdeel> LeesIndeling(JsonElement d, string waar, List<string> fouten)
    {
        var indeling = new List<Onderdeel>();
        if (!d.TryGetProperty("indeling", out var lijst) || lijst.ValueKind != JsonValueKind.Array || lijst.GetArrayLength() == 0)
        {
            fouten.Add($"{waar}: 'indeling' ontbreekt: de hoofdstukken en paragrafen van het document, elk met 'vanafRegel' en 'titel'.");
            return indeling;
        }

        foreach (var o in lijst.EnumerateArray())
        {
            var regel = o.ValueKind == JsonValueKind.Object && o.TryGetProperty("vanafRegel", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var n) && n >= 1 ? n : (int?)null;
            var titel = o.ValueKind == JsonValueKind.Object ? Tekst(o, "titel") : null;
            if (regel is null || titel is null)
            {
                fouten.Add($"{waar}: elk onderdeel van 'indeling' heeft een 'vanafRegel' (1 of meer) en een 'titel'.");
                continue;
            }

            if (indeling.Count > 0 && regel <= indeling[^1].VanafRegel)
            {
                fouten.Add($"{waar}: 'indeling' staat in de volgorde van het document; '{titel}' (regel {regel}) komt na regel {indeling[^1].VanafRegel}.");
            }

            int? pagina = o.TryGetProperty("pagina", out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var pg) && pg >= 1 ? pg : null;
            if (pagina is null && o.TryGetProperty("pagina", out _))
            {
                fouten.Add($"{waar}: 'pagina' van '{titel}' is een paginanummer uit de inhoudsopgave van het document.");
            }

            indeling.Add(new Onderdeel(regel.Value, titel) { Nummer = Tekst(o, "nummer"), Pagina = pagina });
        }

        return indeling;
    }

    /// <summary>
    /// Every citation of the rule set (the framework, the rules, their severity sources and the parameters) names a
    /// document of the catalogue, and a line that falls within its indeling.
    /// </summary>
    public static void ControleerCitaten(Kader kader, IEnumerable<Regel> regels, IEnumerable<Parameter> parameters, List<string> fouten)
    {
        if (kader.Documenten.Count == 0)
        {
            return;
        }

        var citaten = new List<(string Waar, Bron Bron)>();
        citaten.AddRange(kader.Bronnen.Select(b => ("kader.json bronnen", b)));
        foreach (var vlak in kader.Hoofdvlakken)
        {
            citaten.Add(($"kader.json hoofdvlak {vlak.Code}", vlak.Bron));
            citaten.AddRange(vlak.Subafwegingen.Select(s => ($"kader.json subafweging {s.Code}", s.Bron)));
        }

        foreach (var dimensie in kader.Dimensies)
        {
            citaten.Add(($"kader.json dimensie {dimensie.Code}", dimensie.Bron));
            citaten.AddRange(dimensie.Indicatoren.Select(i => ($"kader.json indicator {i.Code}", i.Bron)));
        }

        citaten.AddRange(kader.Faalfactoren.SelectMany(f => f.Bronnen.Select(b => ($"kader.json faalfactor {f.Code}", b))));
        foreach (var regel in regels)
        {
            citaten.AddRange(regel.Bronnen.Select(b => ($"regel {regel.Id}", b)));
            if (regel.ErnstOnderbouwing is { } ernst)
            {
                citaten.Add(($"regel {regel.Id} ernstOnderbouwing", ernst.Bron));
            }
        }

        citaten.AddRange(parameters.Where(p => p.Bron is not null).Select(p => ($"{p.Bestand} parameter {p.Naam}", p.Bron!)));

        var documenten = kader.Documenten.ToDictionary(d => d.Document, StringComparer.Ordinal);
        foreach (var (waar, bron) in citaten)
        {
            if (!documenten.TryGetValue(bron.Document, out var document))
            {
                fouten.Add($"{waar}: het document '{bron.Document}' staat niet in kader.json '{Lid}'; een lezer moet elke bron kunnen opzoeken.");
            }
            else if (Brondocument.EersteRegel(bron.Plaats) is { } regel && document.OnderdeelBij(bron.Plaats) is null)
            {
                fouten.Add($"{waar}: regel {regel} van '{bron.Document}' valt vóór het eerste onderdeel van zijn indeling.");
            }
        }
    }

    private static string? Tekst(JsonElement e, string naam) =>
        e.TryGetProperty(naam, out var w) && w.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(w.GetString()) ? w.GetString() : null;

    [GeneratedRegex(@"^\d{3}_[0-9a-f]{16}\.txt$")]
    private static partial Regex Bestandsnaam();
}
