using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assessment.Domain.Afwegingen;

/// <summary>
/// What would make a proposal sound: the smallest sets of answer changes (routes) that give the verdict
/// <see cref="Doel"/> — <c>positief</c>, or <c>positief_onder_voorwaarden</c> where the answers a municipality can
/// change cannot reach positief — ordered by total effort; or, when no route exists, the facts that stand in the way.
/// </summary>
public sealed record WatMoetErVeranderen(
    string Doel,
    IReadOnlyList<Route> Routes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] GeenRoute? GeenRoute,
    string Toelichting)
{
    /// <summary>Why <c>positief</c> cannot be reached, with the facts in the way; null when it can.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public GeenRoute? WaaromNietPositief { get; init; }
}

/// <summary>
/// One route: changes that together give the goal, none of which can be dropped, with their total effort (the sum of
/// each changed answer's <c>moeite</c>, a policy choice) and the rules they satisfy.
/// </summary>
public sealed record Route(int Moeite, IReadOnlyList<Wijziging> Wijzigingen, IReadOnlyList<string> Regels, string Samenvatting);

/// <summary>
/// One answer to change: its JSON path in the <c>Voorstel</c> (<c>$.gemeenten[1].urgentie</c>, as in problem documents),
/// its current value (null when unknown), the value it needs, and what to do, in Dutch.
/// </summary>
public sealed record Wijziging(
    string Pad,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? Huidig,
    JsonElement Nieuw,
    string Toelichting)
{
    public string Vraag { get; init; } = "";

    public int Moeite { get; init; }
}

/// <summary>Why no route exists within the answers a municipality can change, and the facts that stand in the way.</summary>
public sealed record GeenRoute(string Reden, IReadOnlyList<Feit> Feiten);

/// <summary>An answer that is a fact rather than a choice (inhabitants, a council decision taken, an expected herindeling).</summary>
public sealed record Feit(string Pad, string Vraag, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? Waarde);

/// <summary>
/// What the unknown answers decide: the best and the worst verdict and score over every completion of them, and the
/// unknown answers that move the outcome most, so a province knows which questions to ask first.
/// </summary>
public sealed record Bandbreedte(
    string BesteOordeel,
    string SlechtsteOordeel,
    int BesteScore,
    int SlechtsteScore,
    IReadOnlyList<BeslissendeVraag> BeslissendeVragen)
{
    /// <summary>How many unknown answers the bounds range over (those an open rule needs).</summary>
    public int AantalOnbekend { get; init; }

    /// <summary>
    /// False when a group of related unknown answers had more combinations than the search tries: the bounds are then
    /// those of the combinations tried, and the real range may be wider (said in <see cref="Toelichting"/>).
    /// </summary>
    public bool Volledig { get; init; } = true;

    /// <summary>The range in words, in Dutch.</summary>
    public string Toelichting { get; init; } = "";
}

/// <summary>
/// An unknown answer and its effect: how many points of the score it can decide (the spread of the score over its possible
/// answers, the other unknowns left open), and the best and the worst verdict it can give.
/// </summary>
public sealed record BeslissendeVraag(string Pad, string Vraag, int Effect)
{
    public string OordeelBijGunstig { get; init; } = "";

    public string OordeelBijOngunstig { get; init; } = "";

    public string Toelichting { get; init; } = "";
}
