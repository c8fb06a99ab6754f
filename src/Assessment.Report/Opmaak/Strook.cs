using SkiaSharp;

namespace Assessment.Report.Opmaak;

/// <summary>
/// The unit of page layout: a horizontal slice of content with a fixed height that is never split across
/// pages (a line of a paragraph, a table row, a chart). Blocks turn themselves into strips; the
/// <see cref="Paginering"/> places strips on pages. A strip draws itself at the position it is given.
/// </summary>
public sealed class Strook(float hoogte, Action<SKCanvas, SKPoint, float> teken)
{
    public float Hoogte { get; } = hoogte;

    /// <summary>Draws the strip with its top-left corner at the point, within the given width.</summary>
    public Action<SKCanvas, SKPoint, float> Teken { get; } = teken;

    /// <summary>Keep on the same page as the next strip (headings, the first line of a paragraph after it).</summary>
    public bool HoudBijVolgende { get; init; }

    /// <summary>Only space: dropped at the top of a page.</summary>
    public bool IsRuimte { get; init; }

    /// <summary>Start a new page before this strip.</summary>
    public bool NieuwePagina { get; init; }

    /// <summary>The header strips of the table this row belongs to, repeated at the top of a new page.</summary>
    public IReadOnlyList<Strook>? Tabelkop { get; init; }

    /// <summary>Strips of one group (a keep-together block) share an object; the group moves to a new page whole when it fits on one.</summary>
    public object? Groep { get; init; }

    public static Strook Ruimte(float hoogte) => new(hoogte, (_, _, _) => { }) { IsRuimte = true };

    public static Strook Pagina() => new(0, (_, _, _) => { }) { NieuwePagina = true, IsRuimte = true };
}

/// <summary>A piece of content that lays itself out in a given width as strips.</summary>
public interface IBlok
{
    IEnumerable<Strook> Stroken(float breedte);
}
