using System.Collections.Frozen;
using System.Text.Json;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;
using Assessment.Engine.Velden;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Functions.Api;

/// <summary>
/// Finds, for a property of the Voorstel model, its field in the rule set's catalogue (<see cref="Regelset.Velden"/>,
/// read from the published JSON Schema): the model is walked alongside the catalogue, so a field added to the schema
/// and the model is found without a list of types here.
/// </summary>
internal static class VoorstelSchema
{
    private static (Veldcatalogus Bron, FrozenDictionary<(Type, string), Veld> Velden)? _gekoppeld;

    /// <summary>The field of property <paramref name="naam"/> (its JSON name) of model type <paramref name="type"/>, or null.</summary>
    public static Veld? Veld(IServiceProvider diensten, Type type, string naam)
    {
        var velden = diensten.GetRequiredService<Regelset>().Velden;
        if (_gekoppeld is not { } gekoppeld || !ReferenceEquals(gekoppeld.Bron, velden))
        {
            gekoppeld = (velden, Koppel(velden));
            _gekoppeld = gekoppeld;
        }

        return gekoppeld.Velden.GetValueOrDefault((type, naam));
    }

    /// <summary>Every field by the model type that holds it and its JSON name.</summary>
    internal static FrozenDictionary<(Type, string), Veld> Koppel(Veldcatalogus velden)
    {
        var uit = new Dictionary<(Type, string), Veld>();
        Loop(typeof(Voorstel), velden.Wortel, uit);
        return uit.ToFrozenDictionary();
    }

    private static void Loop(Type type, Veld groep, Dictionary<(Type, string), Veld> uit)
    {
        foreach (var veld in groep.Kinderen)
        {
            var eigenschap = type.GetProperties().FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == veld.Naam);
            if (eigenschap is null)
            {
                continue;
            }

            uit[(type, veld.Naam)] = veld;
            var eigenType = Nullable.GetUnderlyingType(eigenschap.PropertyType) ?? eigenschap.PropertyType;
            if (veld.Element is { IsGroep: true } element && Elementtype(eigenType) is { } elementType)
            {
                Loop(elementType, element, uit);
            }
            else if (veld.IsGroep)
            {
                Loop(eigenType, veld, uit);
            }
        }
    }

    private static Type? Elementtype(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
}
