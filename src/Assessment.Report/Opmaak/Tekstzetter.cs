using SkiaSharp;

namespace Assessment.Report.Opmaak;

/// <summary>
/// Breaks text into lines that fit a width, at spaces, without hyphenation: a word wider than the line is
/// broken between characters. Line breaks in the text start a new line. Fonts are cached per style.
/// </summary>
public static class Tekstzetter
{
    [ThreadStatic]
    private static Dictionary<Stijl, SKFont>? _fonts;

    public static SKFont Font(Stijl stijl)
    {
        _fonts ??= [];
        if (!_fonts.TryGetValue(stijl, out var font))
        {
            _fonts[stijl] = font = stijl.Font();
        }

        return font;
    }

    public static float Breedte(string tekst, Stijl stijl) => Font(stijl).MeasureText(tekst);

    public static IReadOnlyList<string> Zet(string tekst, Stijl stijl, float breedte)
    {
        var font = Font(stijl);
        var regels = new List<string>();
        foreach (var alinea in tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            ZetAlinea(alinea, font, breedte, regels);
        }

        return regels;
    }

    private static void ZetAlinea(string alinea, SKFont font, float breedte, List<string> regels)
    {
        var woorden = alinea.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (woorden.Length == 0)
        {
            regels.Add("");
            return;
        }

        var spatie = font.MeasureText(" ");
        var regel = new System.Text.StringBuilder();
        var regelBreedte = 0f;
        foreach (var woord in woorden)
        {
            var woordBreedte = font.MeasureText(woord);
            if (regel.Length > 0 && regelBreedte + spatie + woordBreedte <= breedte)
            {
                regel.Append(' ').Append(woord);
                regelBreedte += spatie + woordBreedte;
                continue;
            }

            if (regel.Length > 0)
            {
                regels.Add(regel.ToString());
                regel.Clear();
                regelBreedte = 0;
            }

            if (woordBreedte <= breedte)
            {
                regel.Append(woord);
                regelBreedte = woordBreedte;
                continue;
            }

            // A word wider than the line (a long code or URL): break it after a hyphen or slash where one
            // fits, otherwise between characters. No hyphen is ever added.
            var rest = woord;
            while (font.MeasureText(rest) > breedte)
            {
                var knip = -1;
                for (var i = rest.Length - 1; i > 0; i--)
                {
                    if (rest[i - 1] is '-' or '/' && font.MeasureText(rest.AsSpan(0, i)) <= breedte)
                    {
                        knip = i;
                        break;
                    }
                }

                if (knip < 0)
                {
                    break;
                }

                regels.Add(rest[..knip]);
                rest = rest[knip..];
            }

            if (font.MeasureText(rest) <= breedte)
            {
                regel.Append(rest);
                regelBreedte = font.MeasureText(rest);
                continue;
            }

            foreach (var teken in rest)
            {
                var tekenBreedte = font.MeasureText(teken.ToString());
                if (regel.Length > 0 && regelBreedte + tekenBreedte > breedte)
                {
                    regels.Add(regel.ToString());
                    regel.Clear();
                    regelBreedte = 0;
                }

                regel.Append(teken);
                regelBreedte += tekenBreedte;
            }
        }

        if (regel.Length > 0)
        {
            regels.Add(regel.ToString());
        }
    }

    /// <summary>Draws one line with its baseline at <paramref name="basislijn"/>.</summary>
    public static void Teken(SKCanvas canvas, string regel, float x, float basislijn, Stijl stijl)
    {
        using var verf = new SKPaint { Color = stijl.Kleur, IsAntialias = true };
        canvas.DrawText(regel, x, basislijn, Font(stijl), verf);
    }

    /// <summary>The distance from the top of a line box to its baseline.</summary>
    public static float Stijging(Stijl stijl)
    {
        var maten = Font(stijl).Metrics;
        var hoogte = -maten.Ascent + maten.Descent;
        return ((stijl.Regelafstand - hoogte) / 2) - maten.Ascent;
    }
}
