namespace Assessment.Engine.Beoordeling;

/// <summary>The parameters the verdict itself uses (in <c>rules/parameters/oordeel.json</c>).</summary>
public static class Oordeelparameters
{
    public const string MaxAandeelOnbekendeSleutelregels = "maxAandeelOnbekendeSleutelregels";
    public const string MinScoreMeerwaarde = "minScoreMeerwaarde";

    /// <summary>From how many distinct failure factors (kader.json) present at once the verdict is heroverwegen.</summary>
    public const string MinFaalfactorenHeroverwegen = "minFaalfactorenHeroverwegen";

    public static IReadOnlyList<string> Namen { get; } = [MaxAandeelOnbekendeSleutelregels, MinScoreMeerwaarde, MinFaalfactorenHeroverwegen];
}
