using System.Security.Cryptography;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Json;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Beoordeling;

/// <summary>
/// Weighs a valid <see cref="Voorstel"/> against a <see cref="Regelset"/> and returns the explained
/// <see cref="Afweging"/>: findings, scores per sub-afweging, plane and Public Value domain, the verdict,
/// conditions, recommendations, missing answers, and the same proposal under each alternative form.
/// Deterministic: apart from <c>id</c> and <c>aangemaaktOp</c>, the same input and rule set give the same result.
/// Thread-safe; create one per rule set and reuse it.
/// </summary>
public sealed class Beoordelaar(Regelset regelset, TimeProvider? klok = null)
{
    private readonly TimeProvider _klok = klok ?? TimeProvider.System;

    public Regelset Regelset => regelset;

    public Afweging Beoordeel(Voorstel voorstel)
    {
        var afgeleid = new Afgeleid(voorstel);
        var uitkomsten = Regelevaluatie.Evalueer(regelset, regelset.Regels, voorstel, afgeleid);
        var weging = Weging.Bereken(regelset, uitkomsten, volledig: true);
        var invoer = new object[] { voorstel, afgeleid, regelset.ParameterObject };
        var vragen = new Vragen(regelset, voorstel);

        return new Afweging
        {
            Id = Guid.CreateVersion7(_klok.GetUtcNow()).ToString(),
            AangemaaktOp = _klok.GetUtcNow(),
            InvoerHash = InvoerHash(voorstel),
            Regelset = new RegelsetVersie(regelset.Versie, regelset.Hash, regelset.Kader.GeldigVanaf),
            Titel = voorstel.Titel,
            Oordeel = weging.Oordeel,
            OordeelToelichting = weging.OordeelToelichting,
            Score = weging.Score,
            Dekking = weging.Dekking,
            Hoofdvlakken = weging.Hoofdvlakken,
            PubliekeWaarde = weging.PubliekeWaarde,
            Bevindingen = [.. uitkomsten.Select(u => Bevinding(u, invoer, vragen))],
            Voorwaarden = weging.Voorwaarden,
            Aanbevelingen = [.. Aanbevelingen(uitkomsten, voorstel, afgeleid)],
            OntbrekendeGegevens = OntbrekendeGegevens(uitkomsten, vragen),
            Varianten = Varianten(voorstel, uitkomsten, weging),
        };
    }

    /// <summary>The SHA-256 of the proposal in canonical form: absent and null answers, and layout, do not matter.</summary>
    public static string InvoerHash(Voorstel voorstel)
    {
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(ContractJson.SchrijfUtf8(voorstel)));
    }

    private static Bevinding Bevinding(Regeluitkomst u, object[] invoer, Vragen vragen)
    {
        var regel = u.Regel;
        var toelichting = u.Status switch
        {
            Uitkomst.Status.Voldaan => regel.VoldaanTekst.Vul(invoer),
            Uitkomst.Status.NietVoldaan => regel.NietVoldaanTekst.Vul(invoer),
            Uitkomst.Status.NietVanToepassing => regel.Toelichting!.NietVanToepassing,
            _ when u.Fout is not null => "Deze regel kon voor dit voorstel niet worden beoordeeld door een fout in de regel zelf; meld dit bij de beheerder van het afwegingskader.",
            _ when u.Ontbrekend.Count == 0 => regel.Toelichting!.Onbekend,
            _ => regel.Toelichting!.Onbekend + " Ontbreekt: " + string.Join("; ", u.Ontbrekend.Select(vragen.Van)) + ".",
        };

        return new Bevinding
        {
            Regel = regel.Id,
            Factor = regel.Factor,
            Titel = regel.Titel,
            Hoofdvlak = regel.Hoofdvlak,
            Subafweging = regel.Subafweging,
            Dimensie = regel.Dimensie,
            Status = u.Status,
            Ernst = regel.Ernst,
            Gewicht = regel.Gewicht,
            Toelichting = toelichting,
            Bronnen = regel.Bronnen,
            OntbrekendeVelden = u.Ontbrekend,
            Parameters = regel.ParameterBeschrijvingen,
        };
    }

    private IEnumerable<Aanbeveling> Aanbevelingen(Regeluitkomst[] uitkomsten, Voorstel voorstel, Afgeleid afgeleid)
    {
        foreach (var u in uitkomsten.Where(u => u.Status == Uitkomst.Status.NietVoldaan && u.Regel.Ernst == Uitkomst.Ernst.Advies))
        {
            yield return new Aanbeveling(u.Regel.Id, "gemeenten", u.Regel.Advies!, u.Regel.Bronnen);
        }

        var invoer = new object[] { voorstel, afgeleid, regelset.ParameterObject };
        foreach (var u in Regelevaluatie.Evalueer(regelset, regelset.Aanbevelingsregels, voorstel, afgeleid)
                     .Where(u => u.Status == Uitkomst.Status.Voldaan))
        {
            yield return new Aanbeveling(u.Regel.Id, u.Regel.Aan!, u.Regel.VoldaanTekst.Vul(invoer), u.Regel.Bronnen);
        }
    }

    private static IReadOnlyList<OntbrekendGegeven> OntbrekendeGegevens(Regeluitkomst[] uitkomsten, Vragen vragen)
    {
        var perVeld = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var volgorde = new List<string>();
        foreach (var u in uitkomsten)
        {
            foreach (var veld in u.Ontbrekend)
            {
                if (!perVeld.TryGetValue(veld, out var regels))
                {
                    perVeld[veld] = regels = [];
                    volgorde.Add(veld);
                }

                if (!regels.Contains(u.Regel.Id))
                {
                    regels.Add(u.Regel.Id);
                }
            }
        }

        return [.. volgorde.Select(veld => new OntbrekendGegeven(veld, vragen.Van(veld), perVeld[veld]))];
    }

    /// <summary>
    /// The Dutch question for a concrete field (the schema's title), with the municipality's name for
    /// per-municipality answers: "Gevoelde urgentie (Westerdam)". Remembered per assessment.
    /// </summary>
    private sealed class Vragen(Regelset regelset, Voorstel voorstel)
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

    private IReadOnlyList<Variant> Varianten(Voorstel voorstel, Regeluitkomst[] basis, Weging.Resultaat voorgesteld)
    {
        var vormen = Waarden.Vorm.Varianten.Contains(voorstel.Samenwerking.Vorm)
            ? Waarden.Vorm.Varianten
            : [voorstel.Samenwerking.Vorm, .. Waarden.Vorm.Varianten];
        var lijst = new List<Variant>(vormen.Count);
        foreach (var vorm in vormen)
        {
            if (vorm == voorstel.Samenwerking.Vorm)
            {
                lijst.Add(new Variant(vorm, true, voorgesteld.Score, voorgesteld.Oordeel, voorgesteld.AantalVoorwaarden));
                continue;
            }

            var variant = AlsVorm(voorstel, vorm);
            var uitkomsten = Regelevaluatie.EvalueerVariant(regelset, basis, voorstel, variant, new Afgeleid(variant, voorstel.Samenwerking.Vorm));
            var weging = uitkomsten is null ? voorgesteld : Weging.Bereken(regelset, uitkomsten, volledig: false);
            lijst.Add(new Variant(vorm, false, weging.Score, weging.Oordeel, weging.AantalVoorwaarden));
        }

        return lijst;
    }

    /// <summary>The same proposal under another form; a centrumgemeente variant without a named host takes the largest partner.</summary>
    internal static Voorstel AlsVorm(Voorstel voorstel, string vorm)
    {
        var gast = voorstel.Samenwerking.Gastgemeente;
        if (vorm == Waarden.Vorm.Centrumgemeente && gast is null)
        {
            gast = new Afgeleid(voorstel).GrootstePartner;
        }

        return voorstel with { Samenwerking = voorstel.Samenwerking with { Vorm = vorm, Gastgemeente = gast } };
    }
}
