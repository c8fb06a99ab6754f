namespace Assessment.Engine.Validatie;

/// <summary>
/// A problem document (RFC 9457) in Dutch. For invalid input, <see cref="Errors"/> names every invalid
/// field: <see cref="Fout.Pad"/> as a JSON path (<c>$.gemeenten[1].inwoners</c>) and
/// <see cref="Fout.Location"/> as a JSON Pointer fragment, as the NLGov problem-details extension does.
/// </summary>
public sealed record Probleem
{
    public string Type { get; init; } = "about:blank";
    public required string Title { get; init; }
    public required int Status { get; init; }
    public required string Detail { get; init; }
    public string? Instance { get; init; }
    public IReadOnlyList<Fout> Errors { get; init; } = [];
}

/// <summary>One invalid field.</summary>
/// <param name="In">Where the field is: always <c>body</c> for a proposal.</param>
/// <param name="Location">JSON Pointer as a URI fragment, e.g. <c>#/gemeenten/1/inwoners</c>.</param>
/// <param name="Pad">JSON path, e.g. <c>$.gemeenten[1].inwoners</c>.</param>
/// <param name="Code">A stable machine code (the schema keyword, or <c>json</c>, <c>dubbel</c>, ...).</param>
/// <param name="Detail">What is wrong, in Dutch.</param>
public sealed record Fout(string In, string Location, string Pad, string Code, string Detail);

public static class ProbleemTypen
{
    public const string OngeldigVoorstel = "https://afwegingskader.nl/problemen/ongeldig-voorstel";
    public const string OngeldigeJson = "https://afwegingskader.nl/problemen/ongeldige-json";
    public const string TeGroot = "https://afwegingskader.nl/problemen/te-groot";
}
