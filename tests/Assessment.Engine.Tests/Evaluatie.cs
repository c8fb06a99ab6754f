using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Tests;

/// <summary>Looks up one rule's status for a proposal (findings and province recommendations alike).</summary>
public static class Evaluatie
{
    public static string Status(string regelId, Voorstel voorstel, Regelset? regelset = null)
    {
        regelset ??= Standaard.Regelset;
        var regel = regelset.Regels.Concat(regelset.Aanbevelingsregels).SingleOrDefault(r => r.Id == regelId)
            ?? throw new ArgumentException($"Regel '{regelId}' bestaat niet.");
        var uitkomst = Regelevaluatie.Evalueer(regelset, [regel], voorstel, new Afgeleid(voorstel))[0];
        return uitkomst.Fout is null ? uitkomst.Status : "fout: " + uitkomst.Fout;
    }
}
