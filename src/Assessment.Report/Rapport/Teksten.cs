using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;
using Assessment.Report.Opmaak;
using SkiaSharp;

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

    /// <summary>"002_7287778b7ae905cd.txt", "hoofdstuk 8.2.2, L6148-6198" → "002 h. 8.2.2, r. 6148-6198" (see the source list in bijlage C).</summary>
    public static string Bron(Bron bron) =>
        $"{bron.Document[..Math.Min(3, bron.Document.Length)]} {KortePlaats(bron.Plaats)}";

    private static string KortePlaats(string plaats) =>
        Regex.Replace(
            plaats.Replace("hoofdstuk ", "h. ", StringComparison.Ordinal).Replace("paragraaf ", "§ ", StringComparison.Ordinal),
            @"\bL(\d)", "r. $1");

    public static readonly IReadOnlyList<(string Nummer, string Omschrijving)> Bronnen =
    [
        ("000", "Overbeeke (2015), Inspireren tot integreren — waarom ambtelijke integraties toenemen"),
        ("001", "Samen en toch apart (SETA): menukaart, succes- en faalfactoren van ambtelijke fusies"),
        ("002", "Berenschot, Ambtelijke fusies — eindrapportage voor de provincies Zuid-Holland en Gelderland"),
        ("003", "Masterscriptie over ambtelijke samenwerking in Overijssel (Tubbergen-Dinkelland, Ommen-Hardenberg, DSZ)"),
        ("004", "BZK (2017), Succesvol samenwerken in de bedrijfsvoering"),
    ];

    public static SKColor KleurVanStatus(string status) => status switch
    {
        Uitkomst.Status.Voldaan => Huisstijl.Groen,
        Uitkomst.Status.NietVoldaan => Huisstijl.Rood,
        Uitkomst.Status.Onbekend => Huisstijl.Oranje,
        _ => Huisstijl.Grijs,
    };

    public static SKColor KleurVanOordeel(string oordeel) => oordeel switch
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

    /// <summary>A status sign in a square: a check, a cross, a question mark or a dash in a coloured disc.</summary>
    public static void TekenStatus(SKCanvas canvas, SKRect vak, string status)
    {
        canvas.DrawCircle(vak.MidX, vak.MidY, vak.Width / 2, Verf.Vul(KleurVanStatus(status)));
        var pen = Verf.Lijn(SKColors.White, vak.Width / 7, rond: true);
        var (x, y, r) = (vak.MidX, vak.MidY, vak.Width / 2);
        switch (status)
        {
            case Uitkomst.Status.Voldaan:
                using (var pad = new SKPath())
                {
                    pad.MoveTo(x - (r * 0.45f), y + (r * 0.02f));
                    pad.LineTo(x - (r * 0.1f), y + (r * 0.38f));
                    pad.LineTo(x + (r * 0.5f), y - (r * 0.35f));
                    canvas.DrawPath(pad, pen);
                }

                break;
            case Uitkomst.Status.NietVoldaan:
                canvas.DrawLine(x - (r * 0.4f), y - (r * 0.4f), x + (r * 0.4f), y + (r * 0.4f), pen);
                canvas.DrawLine(x + (r * 0.4f), y - (r * 0.4f), x - (r * 0.4f), y + (r * 0.4f), pen);
                break;
            case Uitkomst.Status.Onbekend:
                using (var pad = new SKPath())
                {
                    pad.AddArc(new SKRect(x - (r * 0.32f), y - (r * 0.62f), x + (r * 0.32f), y - (r * 0.02f)), 180, 250);
                    pad.LineTo(x, y + (r * 0.15f));
                    canvas.DrawPath(pad, pen);
                }

                canvas.DrawCircle(x, y + (r * 0.5f), r / 8, Verf.Vul(SKColors.White));

                break;
            default:
                canvas.DrawLine(x - (r * 0.45f), y, x + (r * 0.45f), y, pen);
                break;
        }
    }

    [GeneratedRegex(@"\[\d*\]")]
    private static partial Regex Index();
}
