namespace Assessment.Toepassing;

/// <summary>The settings of the application service (section <c>Afwegingskader</c>; app setting <c>Afwegingskader__Naam</c>).</summary>
public sealed class Afwegingsopties
{
    public const string Sectie = "Afwegingskader";

    /// <summary>A province's own values for policy choices (a JSON file), or null for the published ones.</summary>
    public string? Parameters { get; set; }

    /// <summary>Another rule-set folder than the bundled <c>rules/</c>, or null.</summary>
    public string? Regels { get; set; }

    /// <summary>
    /// Folders of earlier published rule-set versions, so assessments stored under them keep their report after
    /// an upgrade (matched by hash). Empty: only the current rule set.
    /// </summary>
    public List<string> EerdereRegelsets { get; set; } = [];
}
