using SkiaSharp;

namespace Assessment.Report.Opmaak;

/// <summary>
/// Paints for fills and strokes, made once per thread and reused: a report draws thousands of rows and
/// signs, and a new native paint for each costs time and finalizer work.
/// </summary>
public static class Verf
{
    [ThreadStatic]
    private static Dictionary<(SKColor Kleur, float Breedte, bool Rond), SKPaint>? _cache;

    [ThreadStatic]
    private static Dictionary<SKColor, SKPaint>? _streep;

    /// <summary>A thin dashed stroke of the colour (for an empty bar).</summary>
    public static SKPaint Streep(SKColor kleur)
    {
        _streep ??= [];
        if (!_streep.TryGetValue(kleur, out var verf))
        {
            verf = new SKPaint
            {
                Color = kleur,
                IsAntialias = true,
                IsStroke = true,
                StrokeWidth = 0.7f,
                PathEffect = SKPathEffect.CreateDash([2, 2], 0),
            };
            _streep[kleur] = verf;
        }

        return verf;
    }

    /// <summary>A fill paint of the colour.</summary>
    public static SKPaint Vul(SKColor kleur) => Haal(kleur, 0, false);

    /// <summary>A stroke paint of the colour and width, with round caps when asked.</summary>
    public static SKPaint Lijn(SKColor kleur, float breedte, bool rond = false) => Haal(kleur, breedte, rond);

    private static SKPaint Haal(SKColor kleur, float breedte, bool rond)
    {
        _cache ??= [];
        if (!_cache.TryGetValue((kleur, breedte, rond), out var verf))
        {
            verf = new SKPaint
            {
                Color = kleur,
                IsAntialias = true,
                IsStroke = breedte > 0,
                StrokeWidth = breedte,
                StrokeCap = rond ? SKStrokeCap.Round : SKStrokeCap.Butt,
            };
            _cache[(kleur, breedte, rond)] = verf;
        }

        return verf;
    }
}
