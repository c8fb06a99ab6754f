namespace Assessment.Report.Opmaak;

/// <summary>A point on the page, in points from the top-left corner.</summary>
public readonly record struct Punt(float X, float Y);

/// <summary>An entry of the PDF outline (bookmarks): its title and level (1 = chapter, 2 = section).</summary>
public sealed record Bladwijzer(string Titel, int Niveau);

/// <summary>
/// The unit of page layout: a horizontal slice of content with a fixed height that is never split across
/// pages (a line of a paragraph, a table row, a chart). Blocks turn themselves into strips; the
/// <see cref="Paginering"/> places strips on pages. A strip draws itself at the position it is given.
/// A strip also carries its place in the document's structure (PDF/UA): the structure elements it opens
/// before it draws (<see cref="Open"/>) and how many it closes after (<see cref="Sluit"/>), so the
/// structure tree follows the reading order, which is the order of the strips.
/// </summary>
public sealed class Strook(float hoogte, Action<Doek, Punt, float> teken)
{
    public float Hoogte { get; } = hoogte;

    /// <summary>Draws the strip with its top-left corner at the point, within the given width.</summary>
    public Action<Doek, Punt, float> Teken { get; } = teken;

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

    /// <summary>The structure elements (PDF tags: H1, P, L, LI, Table, TR, ...) opened before the strip draws.</summary>
    public IReadOnlyList<string> Open { get; init; } = [];

    /// <summary>How many open structure elements are closed after the strip has drawn.</summary>
    public int Sluit { get; init; }

    /// <summary>A named place a link, the table of contents or a page reference can point to.</summary>
    public string? Anker { get; init; }

    /// <summary>An outline entry pointing to this strip.</summary>
    public Bladwijzer? Bladwijzer { get; init; }

    public static Strook Ruimte(float hoogte) => new(hoogte, (_, _, _) => { }) { IsRuimte = true };

    public static Strook Pagina() => new(0, (_, _, _) => { }) { NieuwePagina = true, IsRuimte = true };

    /// <summary>The same strip with other structure, anchor or outline entry (for blocks that wrap others).</summary>
    public Strook Met(IReadOnlyList<string>? open = null, int? sluit = null, object? groep = null) => new(Hoogte, Teken)
    {
        HoudBijVolgende = HoudBijVolgende,
        IsRuimte = IsRuimte,
        NieuwePagina = NieuwePagina,
        Tabelkop = Tabelkop,
        Groep = groep ?? Groep,
        Open = open ?? Open,
        Sluit = sluit ?? Sluit,
        Anker = Anker,
        Bladwijzer = Bladwijzer,
    };
}

/// <summary>A piece of content that lays itself out in a given width as strips.</summary>
public interface IBlok
{
    IEnumerable<Strook> Stroken(float breedte);
}
