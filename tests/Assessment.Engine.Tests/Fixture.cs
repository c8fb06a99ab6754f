using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Engine.Validatie;
using Assessment.Engine.Velden;

namespace Assessment.Engine.Tests;

/// <summary>The shipped rule set, loaded and compiled once for all tests.</summary>
public static class Standaard
{
    private static readonly Lazy<Regelset> LazyRegelset = new(() => RegelsetLader.LaadStandaard());

    public static Regelset Regelset => LazyRegelset.Value;

    private static readonly Lazy<Beoordelaar> LazyBeoordelaar = new(() => new Beoordelaar(Regelset, new VasteKlok()));

    public static Beoordelaar Beoordelaar => LazyBeoordelaar.Value;

    /// <summary>The fields of the published schema alone (with the words for their codes), for tests that only read proposals.</summary>
    public static Veldcatalogus Velden { get; } = Veldcatalogus.Laad(Map("rules"));

    /// <summary>The check against the published schema.</summary>
    public static Schemacontrole Schema { get; } = Schemacontrole.Maak(Velden);

    public static VoorstelLezer Lezer { get; } = new(Schema);

    /// <summary>
    /// A reader for points of the answer space as the advice search walks it (every answer over its whole domain, the
    /// main motive too): the property and brute-force tests compare the search with exactly that space.
    /// </summary>
    public static VoorstelLezer RuimteLezer { get; } = new(Schema) { WeigertTegenstrijdigheden = false };

    public static string Map(string naam) => Path.Combine(AppContext.BaseDirectory, naam);
}

/// <summary>A clock fixed at 2026-11-22 12:00 UTC, so ids and timestamps are reproducible in tests.</summary>
public sealed class VasteKlok : TimeProvider
{
    public static readonly DateTimeOffset Moment = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Moment;
}
