using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Beoordeling;

/// <summary>
/// The Dutch question for a concrete field (the schema's title), with the municipality's name for
/// per-municipality answers: "Gevoelde urgentie (Westerdam)". Remembered per assessment.
/// </summary>
internal sealed class Vragen(Regelset regelset, Voorstel voorstel)
{
    private readonly Dictionary<string, string> _gezien = new(StringComparer.Ordinal);

    public string Van(string veld)
    {
        if (_gezien.TryGetValue(veld, out var vraag))
        {
            return vraag;
        }

        var titel = regelset.Titels.GetValueOrDefault(Algemeen(veld), veld);
        vraag = titel;
        if (veld.StartsWith("gemeenten[", StringComparison.Ordinal))
        {
            var sluit = veld.IndexOf(']', StringComparison.Ordinal);
            if (int.TryParse(veld.AsSpan(10, sluit - 10), out var i) && i < voorstel.Gemeenten.Count)
            {
                vraag = $"{titel} ({voorstel.Gemeenten[i].Naam})";
            }
        }

        _gezien[veld] = vraag;
        return vraag;
    }

    /// <summary><c>gemeenten[1].urgentie</c> → <c>gemeenten[].urgentie</c>.</summary>
    private static string Algemeen(string veld)
    {
        var open = veld.IndexOf('[', StringComparison.Ordinal);
        var sluit = open < 0 ? -1 : veld.IndexOf(']', open);
        return sluit < 0 ? veld : string.Concat(veld.AsSpan(0, open + 1), Algemeen(veld[sluit..]));
    }
}
