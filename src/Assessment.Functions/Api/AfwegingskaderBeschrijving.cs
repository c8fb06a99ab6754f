using Assessment.Domain.Afwegingen;
using Assessment.Engine.Regels;

namespace Assessment.Functions.Api;

/// <summary>The framework as everyone reads it: criteria, parameters with provenance, sources, version and hash.</summary>
public sealed record AfwegingskaderBeschrijving(
    string Naam,
    string Versie,
    string Hash,
    DateOnly GeldigVanaf,
    string Omschrijving,
    IReadOnlyList<Bron> Bronnen,
    IReadOnlyList<KaderHoofdvlak> Hoofdvlakken,
    IReadOnlyList<KaderDimensie> Dimensies,
    IReadOnlyList<RegelBeschrijving> Regels,
    IReadOnlyList<AanbevelingsregelBeschrijving> Aanbevelingsregels,
    IReadOnlyList<Parameter> Parameters,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Keuzes)
{
    /// <summary>The failure factors of the sources; from several present at once the verdict is heroverwegen.</summary>
    public IReadOnlyList<Faalfactor> Faalfactoren { get; init; } = [];

    /// <summary>The source documents the rules cite: title, authors, publisher, year, kind and their own chapters and sections.</summary>
    public IReadOnlyList<Brondocument> Documenten { get; init; } = [];

    public static AfwegingskaderBeschrijving Van(Regelset regelset) => new(
        regelset.Kader.Naam,
        regelset.Versie,
        regelset.Hash,
        regelset.Kader.GeldigVanaf,
        regelset.Kader.Omschrijving,
        regelset.Kader.Bronnen,
        regelset.Kader.Hoofdvlakken,
        regelset.Kader.Dimensies,
        [.. regelset.Regels.Select(r => new RegelBeschrijving(
            r.Id, r.Titel, r.Factor, r.Hoofdvlak, r.Subafweging, r.Dimensie, r.Ernst, r.Gewicht, r.Sleutel,
            [.. r.Vereist.Select(v => v.Pad)], r.Parameters, r.Voorwaarde, r.Advies, r.Bronnen)
        {
            ErnstOnderbouwing = r.ErnstOnderbouwing,
            Faalfactor = r.Faalfactor,
            Indicatoren = r.Indicatoren,
        })],
        [.. regelset.Aanbevelingsregels.Select(r => new AanbevelingsregelBeschrijving(r.Id, r.Titel, r.Factor, r.Aan!, r.Tekst!, r.Bronnen))],
        [.. regelset.Parameters.Values.OrderBy(p => p.Naam, StringComparer.Ordinal)],
        regelset.Keuzes)
    {
        Faalfactoren = regelset.Kader.Faalfactoren,
        Documenten = regelset.Kader.Documenten,
    };
}

public sealed record RegelBeschrijving(
    string Id,
    string Titel,
    string Factor,
    string Hoofdvlak,
    string Subafweging,
    string Dimensie,
    string Ernst,
    decimal Gewicht,
    bool Sleutel,
    IReadOnlyList<string> Vereist,
    IReadOnlyList<string> Parameters,
    string? Voorwaarde,
    string? Advies,
    IReadOnlyList<Bron> Bronnen)
{
    /// <summary>The source sentence that grades the rule's severity.</summary>
    public ErnstOnderbouwing? ErnstOnderbouwing { get; init; }

    public string? Faalfactor { get; init; }

    public IReadOnlyList<string> Indicatoren { get; init; } = [];
}

public sealed record AanbevelingsregelBeschrijving(string Id, string Titel, string Factor, string Aan, string Tekst, IReadOnlyList<Bron> Bronnen);

/// <summary>The answer of the health endpoint when healthy: the rule set, and each probe's status (<c>gezond</c> or <c>verminderd</c>).</summary>
public sealed record Gezondheid(string Status, string RegelsetVersie, string RegelsetHash)
{
    public IReadOnlyDictionary<string, string> Onderdelen { get; init; } = new Dictionary<string, string>();
}
