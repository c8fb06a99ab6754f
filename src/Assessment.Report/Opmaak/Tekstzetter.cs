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

    [ThreadStatic]
    private static Dictionary<(Stijl, string), float>? _breedtes;

    [ThreadStatic]
    private static Dictionary<SKColor, SKPaint>? _verf;

    public static SKFont Font(Stijl stijl)
    {
        _fonts ??= [];
        if (!_fonts.TryGetValue(stijl, out var font))
        {
            _fonts[stijl] = font = stijl.Font();
        }

        return font;
    }

    /// <summary>The width of a text in a style; widths of words are remembered, as reports repeat words a lot.</summary>
    public static float Breedte(string tekst, Stijl stijl)
    {
        _breedtes ??= [];
        if (!_breedtes.TryGetValue((stijl, tekst), out var breedte))
        {
            breedte = Font(stijl).MeasureText(tekst);
            if (_breedtes.Count > 50_000)
            {
                _breedtes.Clear();
            }

            _breedtes[(stijl, tekst)] = breedte;
        }

        return breedte;
    }

    public static IReadOnlyList<string> Zet(string tekst, Stijl stijl, float breedte)
    {
        var font = Font(stijl);
        var regels = new List<string>();
        foreach (var alinea in tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            ZetAlinea(alinea, font, stijl, breedte, regels);
        }

        return regels;
    }

    private static void ZetAlinea(string alinea, SKFont font, Stijl stijl, float breedte, List<string> regels)
    {
        var woorden = alinea.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (woorden.Length == 0)
        {
            regels.Add("");
            return;
        }

        var spatie = Breedte(" ", stijl);
        var regel = new System.Text.StringBuilder();
        var regelBreedte = 0f;
        foreach (var woord in woorden)
        {
            var woordBreedte = Breedte(woord, stijl);
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
        _verf ??= [];
        if (!_verf.TryGetValue(stijl.Kleur, out var verf))
        {
            _verf[stijl.Kleur] = verf = new SKPaint { Color = stijl.Kleur, IsAntialias = true };
        }

        if (regel.Length == 0)
        {
            return;
        }

        // Position each glyph exactly where SkiaSharp's PDF backend expects it from the font's own advances
        // (advance in font units × size / units per em, summed in single precision as Skia does): then it
        // writes each line as one text string instead of positioning every glyph separately.
        var font = Font(stijl);
        var typeface = stijl.Vet ? Lettertypen.Vet : Lettertypen.Normaal;
        Span<ushort> glyphs = regel.Length <= 512 ? stackalloc ushort[regel.Length] : new ushort[regel.Length];
        font.GetGlyphs(regel, glyphs);
        Span<float> posities = regel.Length <= 512 ? stackalloc float[regel.Length] : new float[regel.Length];
        var schaal = stijl.Grootte * 1f / Lettertypen.EenhedenPerEm;
        var positie = 0f;
        for (var i = 0; i < glyphs.Length; i++)
        {
            posities[i] = positie;
            positie += schaal * Lettertypen.Breedte(typeface, glyphs[i]);
        }

        using var blob = SKTextBlob.CreateHorizontal(regel, font, posities, 0);
        canvas.DrawText(blob, x, basislijn, verf);
    }

    /// <summary>The distance from the top of a line box to its baseline.</summary>
    public static float Stijging(Stijl stijl)
    {
        _stijgingen ??= [];
        if (!_stijgingen.TryGetValue(stijl, out var stijging))
        {
            var maten = Font(stijl).Metrics;
            var hoogte = -maten.Ascent + maten.Descent;
            _stijgingen[stijl] = stijging = ((stijl.Regelafstand - hoogte) / 2) - maten.Ascent;
        }

        return stijging;
    }

    [ThreadStatic]
    private static Dictionary<Stijl, float>? _stijgingen;
}
