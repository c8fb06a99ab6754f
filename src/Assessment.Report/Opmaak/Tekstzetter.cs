namespace Assessment.Report.Opmaak;

/// <summary>
/// Breaks text into lines that fit a width, at spaces, without hyphenation: a word wider than the line is
/// broken after a hyphen or slash where one fits, otherwise between characters. Line breaks in the text start
/// a new line. Widths come from the embedded fonts' own advances (hmtx), as the PDF writes them.
/// </summary>
public static partial class Tekstzetter
{
    /// <summary>The width of a text in a style: the sum of its glyphs' advance widths (hmtx), as the PDF's /W array gives them; no kerning.</summary>
    public static float Breedte(string tekst, Stijl stijl) => Breedte(tekst.AsSpan(), stijl);

    public static float Breedte(ReadOnlySpan<char> tekst, Stijl stijl)
    {
        var font = Lettertypen.Font(stijl);
        long eenheden = 0;
        foreach (var c in tekst)
        {
            // A character outside the BMP (a surrogate pair) is one glyph: .notdef, as the fonts have none there.
            if (!char.IsLowSurrogate(c))
            {
                eenheden += font.Breedte(font.Glyph(c));
            }
        }

        return (float)(eenheden * (double)stijl.Grootte / font.EenhedenPerEm);
    }

    public static IReadOnlyList<string> Zet(string tekst, Stijl stijl, float breedte)
    {
        var regels = new List<string>();
        foreach (var alinea in tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            ZetAlinea(alinea, stijl, breedte, regels);
        }

        return regels;
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? _regel;

    private static void ZetAlinea(string alinea, Stijl stijl, float breedte, List<string> regels)
    {
        if (!alinea.AsSpan().ContainsAnyExcept(' '))
        {
            regels.Add("");
            return;
        }

        var spatie = Breedte(" ", stijl);
        var regel = _regel ??= new System.Text.StringBuilder();
        regel.Clear();
        var regelBreedte = 0f;
        var positie = 0;

        // The words are the runs between spaces, read as spans of the paragraph (no string per word).
        while (positie < alinea.Length)
        {
            if (alinea[positie] == ' ')
            {
                positie++;
                continue;
            }

            var begin = positie;
            while (positie < alinea.Length && alinea[positie] != ' ')
            {
                positie++;
            }

            var woord = alinea.AsSpan(begin, positie - begin);
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
            var rest = woord.ToString();
            while (Breedte(rest, stijl) > breedte)
            {
                var knip = -1;
                for (var i = rest.Length - 1; i > 0; i--)
                {
                    if (rest[i - 1] is '-' or '/' && Breedte(rest[..i], stijl) <= breedte)
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

            if (Breedte(rest, stijl) <= breedte)
            {
                regel.Append(rest);
                regelBreedte = Breedte(rest, stijl);
                continue;
            }

            foreach (var teken in rest)
            {
                var tekenBreedte = Breedte(new ReadOnlySpan<char>(in teken), stijl);
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
    public static void Teken(Doek doek, string regel, float x, float basislijn, Stijl stijl)
    {
        if (regel.Length == 0)
        {
            return;
        }

        doek.Tekst(regel, stijl, x, basislijn);
    }

    /// <summary>
    /// Draws one line in which markers "[3]" are links: <paramref name="markering"/> gives a marker's named place and
    /// its description (or null to leave it plain text).
    /// </summary>
    public static void TekenMetMarkeringen(Doek doek, string regel, float x, float basislijn, Stijl stijl, Func<int, (string Anker, string Omschrijving)?>? markering)
    {
        if (markering is null || !regel.Contains('[', StringComparison.Ordinal))
        {
            Teken(doek, regel, x, basislijn, stijl);
            return;
        }

        var positie = 0;
        var links = x;
        foreach (System.Text.RegularExpressions.Match m in Markering().Matches(regel))
        {
            if (markering(int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)) is not { } doel)
            {
                continue;
            }

            var voor = regel[positie..m.Index];
            Teken(doek, voor, links, basislijn, stijl);
            links += Breedte(voor, stijl);
            var breedte = Breedte(m.Value, stijl);
            var begin = links;
            var vak = new Vak(begin, basislijn - Stijging(stijl), breedte, stijl.Regelafstand);
            doek.Link(doel.Anker, vak, doel.Omschrijving, () => Teken(doek, m.Value, begin, basislijn, stijl.MetKleur(Huisstijl.Link)));
            links += breedte;
            positie = m.Index + m.Length;
        }

        Teken(doek, regel[positie..], links, basislijn, stijl);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[(\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex Markering();

    /// <summary>The distance from the top of a line box to its baseline.</summary>
    public static float Stijging(Stijl stijl)
    {
        var font = Lettertypen.Font(stijl);
        var schaal = stijl.Grootte / font.EenhedenPerEm;
        var boven = font.Stijging * schaal;
        var onder = Math.Abs((int)font.Daling) * schaal;
        return ((stijl.Regelafstand - (boven + onder)) / 2) + boven;
    }
}
