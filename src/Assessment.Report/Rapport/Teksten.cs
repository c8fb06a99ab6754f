using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;
using Assessment.Report.Opmaak;

namespace Assessment.Report.Rapport;

/// <summary>The words and signs the report uses for the contract's codes. Colour never carries meaning alone: every coloured sign has its word.</summary>
internal static partial class Teksten
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Oordeel(string code) => code switch
    {
        Uitkomst.Oordeel.Positief => "Positief",
        Uitkomst.Oordeel.PositiefOnderVoorwaarden => "Positief onder voorwaarden",
        Uitkomst.Oordeel.Heroverwegen => "Heroverwegen",
        Uitkomst.Oordeel.OnvoldoendeInformatie => "Onvoldoende informatie",
        _ => code,
    };

    /// <summary>A verdict inside a sentence: "het oordeel 'positief onder voorwaarden'".</summary>
    public static string OordeelInZin(string code) => Oordeel(code).ToLower(Nl);

    public static string Status(string code) => code switch
    {
        Uitkomst.Status.Voldaan => "Voldaan",
        Uitkomst.Status.NietVoldaan => "Niet voldaan",
        Uitkomst.Status.Onbekend => "Onbekend",
        Uitkomst.Status.NietVanToepassing => "Niet van toepassing",
        _ => code,
    };

    /// <summary>Blokkerend first, informatie last (the order of <see cref="Uitkomst.Ernst.Alle"/>).</summary>
    public static int ErnstVolgorde(string code) => Uitkomst.Ernst.Alle.ToList().IndexOf(code) is var i and >= 0 ? i : int.MaxValue;

    /// <summary>"Ommen en Hardenberg", "A, B en C".</summary>
    public static string Opsomming(IEnumerable<string> woorden)
    {
        var lijst = woorden.ToList();
        return lijst.Count <= 1 ? string.Join("", lijst) : $"{string.Join(", ", lijst.Take(lijst.Count - 1))} en {lijst[^1]}";
    }

    public static string Ernst(string code) => code.Length == 0 ? code : char.ToUpper(code[0], Nl) + code[1..];

    /// <summary>A form of cooperation in the rule set's words; herindeling is the variant the report adds for comparison.</summary>
    public static string Vorm(string code, Regelset regelset) =>
        code == "herindeling" ? "Herindeling (ter vergelijking)" : regelset.Woord("samenwerking.vorm", code);

    /// <summary>An answer in words; a code in the words of the rule set (<paramref name="woord"/>).</summary>
    public static string Antwoord(JsonElement? waarde, Func<string, string> woord) => waarde switch
    {
        null or { ValueKind: JsonValueKind.Null } => "onbekend",
        { ValueKind: JsonValueKind.True } => "ja",
        { ValueKind: JsonValueKind.False } => "nee",
        { ValueKind: JsonValueKind.Number } g when g.TryGetInt64(out var n) => Getal(n),
        { ValueKind: JsonValueKind.Number } g => g.GetDecimal().ToString("#,##0.##", Nl),
        { ValueKind: JsonValueKind.Array } lijst => lijst.GetArrayLength() == 0 ? "geen" : string.Join(", ", lijst.EnumerateArray().Select(e => Antwoord(e, woord))),
        { ValueKind: JsonValueKind.String } tekst => woord(tekst.GetString()!),
        _ => waarde.Value.GetRawText(),
    };

    /// <summary>
    /// The answer at a JSON path of the advice (<c>$.gemeenten[1].raadsbesluit</c>) in words, its codes in the words of
    /// the rule set's field (<c>gemeenten[].raadsbesluit</c>), as on the questionnaire and in bijlage A.
    /// </summary>
    public static string Antwoord(JsonElement? waarde, string pad, Regelset regelset)
    {
        var veld = Index().Replace(pad.StartsWith("$.", StringComparison.Ordinal) ? pad[2..] : pad, "[]");
        return Antwoord(waarde, code => regelset.Woord(veld, code));
    }

    /// <summary>"1 punt", "41 punten".</summary>
    public static string Punten(int n) => n == 1 ? "1 punt" : $"{Getal(n)} punten";

    public static string Getal(long n) => n.ToString("N0", Nl);

    public static string Datum(DateTimeOffset moment) => moment.ToString("d MMMM yyyy", Nl);

    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    public static string Score(int? score) => score is { } s ? $"{s} van 100" : "geen score (niets beoordeeld)";

    public static Kleur KleurVanStatus(string status) => status switch
    {
        Uitkomst.Status.Voldaan => Huisstijl.Groen,
        Uitkomst.Status.NietVoldaan => Huisstijl.Rood,
        Uitkomst.Status.Onbekend => Huisstijl.Oranje,
        _ => Huisstijl.Grijs,
    };

    public static Kleur KleurVanOordeel(string oordeel) => oordeel switch
    {
        Uitkomst.Oordeel.Positief => Huisstijl.Groen,
        Uitkomst.Oordeel.PositiefOnderVoorwaarden => Huisstijl.Accent,
        Uitkomst.Oordeel.Heroverwegen => Huisstijl.Rood,
        _ => Huisstijl.Oranje,
    };

    public static string TekenVanOordeel(string oordeel) => oordeel switch
    {
        Uitkomst.Oordeel.Positief => Uitkomst.Status.Voldaan,
        Uitkomst.Oordeel.PositiefOnderVoorwaarden => Uitkomst.Status.Voldaan,
        Uitkomst.Oordeel.Heroverwegen => Uitkomst.Status.NietVoldaan,
        _ => Uitkomst.Status.Onbekend,
    };

    /// <summary>A status sign in a square: a check, a cross, a question mark or a dash in a coloured disc (decoration: the word is beside it).</summary>
    public static void TekenStatus(Doek doek, Vak vak, string status) => doek.Sjabloon("status-" + status, vak, (d, v) => TekenTeken(d, v, status));

    private static void TekenTeken(Doek doek, Vak vak, string status)
    {
        var (x, y, r) = (vak.X + (vak.Breedte / 2), vak.Y + (vak.Hoogte / 2), vak.Breedte / 2);
        doek.Ellips(KleurVanStatus(status), x - r, y - r, 2 * r, 2 * r);
        var pen = new Pen(Huisstijl.Wit, vak.Breedte / 7, Rond: true);
        switch (status)
        {
            case Uitkomst.Status.Voldaan:
                doek.Lijnen(pen, new Punt(x - (r * 0.45f), y + (r * 0.02f)), new Punt(x - (r * 0.1f), y + (r * 0.38f)), new Punt(x + (r * 0.5f), y - (r * 0.35f)));
                break;
            case Uitkomst.Status.NietVoldaan:
                doek.Lijn(pen, x - (r * 0.4f), y - (r * 0.4f), x + (r * 0.4f), y + (r * 0.4f));
                doek.Lijn(pen, x + (r * 0.4f), y - (r * 0.4f), x - (r * 0.4f), y + (r * 0.4f));
                break;
            case Uitkomst.Status.Onbekend:
                doek.Boog(pen, x - (r * 0.32f), y - (r * 0.62f), r * 0.64f, r * 0.6f, 180, 250);
                doek.Lijn(pen, x + (r * 0.05f), y - (r * 0.05f), x, y + (r * 0.15f));
                doek.Ellips(Huisstijl.Wit, x - (r / 8), y + (r * 0.5f) - (r / 8), r / 4, r / 4);
                break;
            default:
                doek.Lijn(pen, x - (r * 0.45f), y, x + (r * 0.45f), y);
                break;
        }
    }

    [GeneratedRegex(@"\[\d*\]")]
    private static partial Regex Index();
}
