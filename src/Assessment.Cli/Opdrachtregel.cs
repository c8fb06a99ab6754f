using System.Text;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Json;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;
using Assessment.Engine.Validatie;
using Assessment.Toepassing;

namespace Assessment.Cli;

/// <summary>
/// The command line: <c>evaluate &lt;voorstel.json | map&gt;</c> prints the Afweging JSON on stdout and exits 0
/// whatever the verdict; invalid input prints a problem document on stderr and exits 2. A folder gives one
/// JSON line per file. The rule set is loaded and compiled once per process. Reading, assessing and rendering go
/// through the one application service (<see cref="IAfwegingsdienst"/>) the function app uses, without storage.
/// Output is written as UTF-8 bytes straight from the serializer.
/// </summary>
public static class Opdrachtregel
{
    public const int Gelukt = 0;
    public const int OngeldigeInvoer = 2;
    public const int VerkeerdGebruik = 64;
    public const int RegelsetOnbruikbaar = 70;

    public const string Gebruik = """
        Afwegingskader ambtelijke fusie

        Gebruik:
          afwegingskader evaluate <voorstel.json | map> [opties]

        Beoordeelt een voorstel (JSON, zie rules/schema/voorstel.schema.json) en schrijft de Afweging als JSON
        naar stdout. Een map: elk *.json-bestand erin, één JSON-regel per bestand.

        Opties:
          --pdf <bestand>          schrijf ook het rapport (PDF); alleen bij één voorstel
          --parameters <bestand>   provinciale parameters die beleidskeuzes overschrijven
          --regels <map>           een andere regelset dan de meegeleverde (rules/)
          --compact                JSON op één regel
          --zonder-advies          alleen het oordeel: zonder 'wat moet er veranderen' en 'bandbreedte'
                                   (sneller; die velden zijn dan null)

        Exitcodes: 0 beoordeeld (welk oordeel ook), 2 ongeldige invoer (probleem op stderr),
                   64 verkeerd gebruik, 70 regelset onbruikbaar.
        """;

    private static readonly byte[] NieuweRegel = "\n"u8.ToArray();

    public static async Task<int> Voer(string[] args, Stream uit, TextWriter fout)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await (args.Length == 0 ? fout : new StreamWriter(uit, leaveOpen: true) { AutoFlush = true }).WriteLineAsync(Gebruik);
            return args.Length == 0 ? VerkeerdGebruik : Gelukt;
        }

        if (args[0] != "evaluate")
        {
            await fout.WriteLineAsync($"Onbekende opdracht '{args[0]}'.\n\n{Gebruik}");
            return VerkeerdGebruik;
        }

        string? pad = null, parameters = null, regels = null, pdf = null;
        var (compact, metAdvies) = (false, true);
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--parameters" when i + 1 < args.Length:
                    parameters = args[++i];
                    break;
                case "--pdf" when i + 1 < args.Length:
                    pdf = args[++i];
                    break;
                case "--regels" when i + 1 < args.Length:
                    regels = args[++i];
                    break;
                case "--compact":
                    compact = true;
                    break;
                case "--zonder-advies":
                    metAdvies = false;
                    break;
                case var optie when optie.StartsWith("--", StringComparison.Ordinal):
                    await fout.WriteLineAsync($"Onbekende of onvolledige optie '{optie}'.\n\n{Gebruik}");
                    return VerkeerdGebruik;
                case var waarde when pad is null:
                    pad = waarde;
                    break;
                default:
                    await fout.WriteLineAsync($"Eén voorstel of map tegelijk; '{args[i]}' is te veel.\n\n{Gebruik}");
                    return VerkeerdGebruik;
            }
        }

        if (pad is null)
        {
            await fout.WriteLineAsync($"Noem het voorstel of de map.\n\n{Gebruik}");
            return VerkeerdGebruik;
        }

        Regelset regelset;
        try
        {
            regelset = regels is null ? RegelsetLader.LaadStandaard(parameters) : RegelsetLader.Laad(regels, parameters);
        }
        catch (RegelsetFout ex)
        {
            await fout.WriteLineAsync(ex.Message);
            return RegelsetOnbruikbaar;
        }

        var dienst = Afwegingsdienst.ZonderOpslag(regelset);
        if (Directory.Exists(pad))
        {
            if (pdf is not null)
            {
                await fout.WriteLineAsync($"--pdf schrijft het rapport van één voorstel; '{pad}' is een map.\n\n{Gebruik}");
                return VerkeerdGebruik;
            }

            return await BeoordeelMap(pad, dienst, uit, metAdvies);
        }

        var (uitvoer, probleem, afweging, voorstel) = BeoordeelBestand(pad, dienst, compact, metAdvies);
        if (probleem is not null)
        {
            await fout.WriteLineAsync(ProbleemJson.Schrijf(probleem, compact));
            return OngeldigeInvoer;
        }

        if (pdf is not null)
        {
            try
            {
                var rapport = await dienst.RenderAsync(afweging!, voorstel!, CancellationToken.None);
                await File.WriteAllBytesAsync(pdf, rapport.Pdf!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await fout.WriteLineAsync($"Het rapport kan niet worden geschreven naar '{pdf}': {ex.Message}");
                return OngeldigeInvoer;
            }
        }

        await uit.WriteAsync(uitvoer);
        await uit.WriteAsync(NieuweRegel);
        await uit.FlushAsync();
        return Gelukt;
    }

    private static async Task<int> BeoordeelMap(string map, IAfwegingsdienst dienst, Stream uit, bool metAdvies)
    {
        var code = Gelukt;
        foreach (var bestand in Directory.GetFiles(map, "*.json").Order(StringComparer.Ordinal))
        {
            var naam = JsonTekst(Path.GetFileName(bestand));
            var (uitvoer, probleem, _, _) = BeoordeelBestand(bestand, dienst, compact: true, metAdvies);
            if (probleem is not null)
            {
                code = OngeldigeInvoer;
                await uit.WriteAsync(Encoding.UTF8.GetBytes($"{{\"bestand\":{naam},\"probleem\":{ProbleemJson.Schrijf(probleem, compact: true)}}}\n"));
            }
            else
            {
                await uit.WriteAsync(Encoding.UTF8.GetBytes($"{{\"bestand\":{naam},\"afweging\":"));
                await uit.WriteAsync(uitvoer);
                await uit.WriteAsync(Encoding.UTF8.GetBytes("}\n"));
            }
        }

        await uit.FlushAsync();
        return code;
    }

    private static (byte[]? Uitvoer, Probleem? Probleem, Afweging? Afweging, Voorstel? Voorstel) BeoordeelBestand(
        string bestand, IAfwegingsdienst dienst, bool compact, bool metAdvies)
    {
        byte[] inhoud;
        try
        {
            var info = new FileInfo(bestand);
            if (!info.Exists)
            {
                return (null, Leesprobleem($"Het bestand '{bestand}' bestaat niet."), null, null);
            }

            // Do not read a huge file whole just to refuse it.
            if (info.Length > Invoergrens.MaximaleGrootte)
            {
                return (null, Invoergrens.TeGroot(info.Length), null, null);
            }

            inhoud = File.ReadAllBytes(bestand);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Leesprobleem($"Het bestand '{bestand}' kan niet worden gelezen: {ex.Message}"), null, null);
        }

        var resultaat = dienst.Lees(inhoud);
        if (resultaat.Voorstel is not { } voorstel)
        {
            return (null, resultaat.Probleem, null, null);
        }

        var afweging = dienst.Beoordeel(voorstel, metAdvies);
        return (ContractJson.SchrijfUtf8(afweging, compact), null, afweging, voorstel);
    }

    private static Probleem Leesprobleem(string detail) => new()
    {
        Title = "Bestand niet leesbaar",
        Status = 400,
        Detail = detail,
    };

    private static string JsonTekst(string tekst) =>
        System.Text.Json.Nodes.JsonValue.Create(tekst).ToJsonString();
}
