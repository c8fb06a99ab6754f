using System.Globalization;
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

    /// <summary>The Afweging, with the advice on what to change and what the unknowns decide.</summary>
    public Afweging Beoordeel(Voorstel voorstel) => Beoordeel(voorstel, metAdvies: true);

    /// <param name="metAdvies">
    /// False to leave out <see cref="Afweging.WatMoetErVeranderen"/> and <see cref="Afweging.Bandbreedte"/> when only the
    /// verdict is needed (they cost a search).
    /// </param>
    public Afweging Beoordeel(Voorstel voorstel, bool metAdvies)
    {
        var afgeleid = new Afgeleid(voorstel);
        var uitkomsten = Regelevaluatie.Evalueer(regelset, regelset.Regels, voorstel, afgeleid);
        var vragen = new Vragen(regelset, voorstel);
        var weging = Weging.Bereken(regelset, uitkomsten, voorstel.Fase, vragen.Van, volledig: true);
        var invoer = new object[] { voorstel, afgeleid, regelset.ParameterObject };
        var varianten = Varianten(voorstel, uitkomsten, weging, vragen);
        var advies = metAdvies ? new Advies.Adviseur(regelset, voorstel, uitkomsten, vragen) : null;

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
            Vervulling = weging.Vervulling,
            ScoreBand = weging.Band,
            ScoreToelichting = ScoreToelichting(weging),
            Faalfactoren = weging.Faalfactoren,
            Hoofdvlakken = weging.Hoofdvlakken,
            PubliekeWaarde = weging.PubliekeWaarde,
            PubliekeWaardeDomeinen = weging.Domeinen,
            Bevindingen = [.. uitkomsten.Select(u => Bevinding(u, invoer, vragen))],
            Voorwaarden = weging.Voorwaarden,
            VoorwaardenKop = Termijn.Kop(voorstel.Fase),
            Aanbevelingen = [.. Aanbevelingen(uitkomsten, voorstel, afgeleid)],
            OntbrekendeGegevens = OntbrekendeGegevens(uitkomsten, vragen),
            Varianten = [.. varianten.Select(v => v.Variant)],
            Vergelijkingen = Vergelijkingen(voorstel, varianten),
            WatMoetErVeranderen = advies?.WatMoetErVeranderen(),
            Bandbreedte = advies?.Bandbreedte(),
        };
    }

    /// <summary>The score in words, so it is never read without its verdict and its basis.</summary>
    private static string ScoreToelichting(Weging.Resultaat w) =>
        $"De score {w.Score} ligt in de band {w.Band.Van}–{w.Band.Tot} van het oordeel '{Oordeelwoord(w.Oordeel)}'. Binnen die band geeft hij aan in welke mate aan het kader is voldaan: "
        + $"{w.Vervulling}% van het gewicht van de toepasselijke regels is voldaan (een onbekend antwoord telt als nog niet aangetoond); van {w.Dekking}% van dat gewicht is het antwoord bekend.";

    internal static string Oordeelwoord(string oordeel) => oordeel switch
    {
        Uitkomst.Oordeel.Positief => "positief",
        Uitkomst.Oordeel.PositiefOnderVoorwaarden => "positief onder voorwaarden",
        Uitkomst.Oordeel.Heroverwegen => "heroverwegen",
        _ => "onvoldoende informatie",
    };

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
            _ => regel.Toelichting!.Onbekend + " Ontbreekt: " + Weging.Zin(string.Join("; ", u.Ontbrekend.Select(vragen.Van))),
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

    /// <summary>A variant with what the comparison needs: its outcomes and its weighing.</summary>
    private sealed record Gewogen(Variant Variant, Regeluitkomst[] Uitkomsten, Weging.Resultaat Weging);

    /// <summary>
    /// The same proposal weighed under each form, by the same rules and the same method: a rule whose question does
    /// not arise for a form is listed with the reason the rule set gives, not silently passed.
    /// </summary>
    private List<Gewogen> Varianten(Voorstel voorstel, Regeluitkomst[] basis, Weging.Resultaat voorgesteld, Vragen vragen)
    {
        var vormen = Waarden.Vorm.Varianten.Contains(voorstel.Samenwerking.Vorm)
            ? Waarden.Vorm.Varianten
            : [voorstel.Samenwerking.Vorm, .. Waarden.Vorm.Varianten];
        var lijst = new List<Gewogen>(vormen.Count);
        foreach (var vorm in vormen)
        {
            var eigen = vorm == voorstel.Samenwerking.Vorm;
            var uitkomsten = basis;
            var weging = voorgesteld;
            if (!eigen)
            {
                var variant = AlsVorm(voorstel, vorm);
                if (Regelevaluatie.EvalueerVariant(regelset, basis, voorstel, variant, new Afgeleid(variant, voorstel.Samenwerking.Vorm)) is { } anders)
                {
                    uitkomsten = anders;
                    weging = Weging.Bereken(regelset, anders, voorstel.Fase, vragen.Van, volledig: false);
                }
            }

            var vervallen = new List<VervallenRegel>();
            for (var i = 0; i < basis.Length && !eigen; i++)
            {
                if (basis[i].Status != Uitkomst.Status.NietVanToepassing && uitkomsten[i].Status == Uitkomst.Status.NietVanToepassing)
                {
                    vervallen.Add(new VervallenRegel(basis[i].Regel.Id, basis[i].Regel.Titel, basis[i].Regel.Toelichting?.NietVanToepassing ?? ""));
                }
            }

            lijst.Add(new Gewogen(
                new Variant(vorm, eigen, weging.Score, weging.Oordeel, weging.AantalVoorwaarden)
                {
                    Meerwaarde = weging.Meerwaarde,
                    Condities = weging.Condities,
                    Vervulling = weging.Vervulling,
                    Faalfactoren = [.. weging.Faalfactoren.Select(f => f.Code)],
                    VervallenRegels = vervallen,
                },
                uitkomsten,
                weging));
        }

        return lijst;
    }

    /// <summary>
    /// Sub-afwegingen C1 and C2 in words (002 L9569-9580): for C1 the proposal against the other of separate body and
    /// centrumgemeente, for C2 against herindeling; per pair, which offers more meerwaarde and which the more
    /// favourable conditions, with the rules that make the difference.
    /// </summary>
    private IReadOnlyList<Vergelijking> Vergelijkingen(Voorstel voorstel, List<Gewogen> varianten)
    {
        var eigen = varianten.Single(v => v.Variant.Voorgesteld);
        var c1Alternatief = voorstel.Samenwerking.Vorm == Waarden.Vorm.Centrumgemeente ? Waarden.Vorm.OpenbaarLichaam : Waarden.Vorm.Centrumgemeente;
        var vragen = regelset.Kader.Hoofdvlakken.SelectMany(h => h.Subafwegingen).ToDictionary(s => s.Code, s => s.Vraag, StringComparer.Ordinal);
        return
        [
            Vergelijk("C1", vragen.GetValueOrDefault("C1", ""), eigen, varianten.Single(v => v.Variant.Vorm == c1Alternatief)),
            Vergelijk("C2", vragen.GetValueOrDefault("C2", ""), eigen, varianten.Single(v => v.Variant.Vorm == Waarden.Vorm.Herindeling)),
        ];
    }

    private Vergelijking Vergelijk(string subafweging, string vraag, Gewogen eigen, Gewogen alternatief)
    {
        var verschillen = new List<Verschil>();
        var (gewogen, vervallen, alleenAnders) = (new List<Verschil>(), new List<string>(), new List<string>());
        for (var i = 0; i < eigen.Uitkomsten.Length; i++)
        {
            var (a, b) = (eigen.Uitkomsten[i], alternatief.Uitkomsten[i]);
            if (a.Status == b.Status || a.Regel.Ernst == Uitkomst.Ernst.Informatie)
            {
                continue;
            }

            var verschil = new Verschil(a.Regel.Id, a.Regel.Titel, a.Regel.Ernst, a.Status, b.Status);
            verschillen.Add(verschil);
            if (b.Status == Uitkomst.Status.NietVanToepassing)
            {
                vervallen.Add(Weging.Kleine(a.Regel.Titel));
            }
            else if (a.Status == Uitkomst.Status.NietVanToepassing)
            {
                alleenAnders.Add($"{Weging.Kleine(a.Regel.Titel)} ({Statuswoord(b.Status)})");
            }
            else
            {
                gewogen.Add(verschil);
            }
        }

        var (vormEigen, vormAnders) = (Vormwoord(eigen.Variant.Vorm), Vormwoord(alternatief.Variant.Vorm));

        // Added value on the same footing: only the meerwaarde questions both forms answer count, so a question that
        // does not arise for one form cannot raise its score.
        var (meerwaardeEigen, meerwaardeAnders) = (GedeeldeMeerwaarde(eigen, alternatief), GedeeldeMeerwaarde(alternatief, eigen));
        var meerwaarde = Vergelijk(meerwaardeAnders, meerwaardeEigen);
        var condities = VergelijkCondities(alternatief.Weging, eigen.Weging);
        var weeg = Weging.Rang(alternatief.Variant.Oordeel) >= Weging.Rang(Uitkomst.Oordeel.PositiefOnderVoorwaarden)
            ? "; weeg die vorm serieus."
            : $", al luidt het oordeel ook dan '{Oordeelwoord(alternatief.Variant.Oordeel)}'.";
        var conclusie = (meerwaarde, condities) switch
        {
            ( > 0, > 0) => $"{Hoofdletter(vormAnders)} biedt meer meerwaarde onder gunstiger condities dan het voorstel als {vormEigen}{weeg}",
            ( >= 0, > 0) => $"{Hoofdletter(vormAnders)} biedt evenveel meerwaarde onder gunstiger condities dan het voorstel als {vormEigen}{weeg}",
            ( > 0, 0) => $"{Hoofdletter(vormAnders)} biedt meer meerwaarde onder even gunstige condities als het voorstel als {vormEigen}{weeg}",
            ( > 0, < 0) => $"{Hoofdletter(vormAnders)} biedt meer meerwaarde, maar onder minder gunstige condities dan het voorstel als {vormEigen}: een afweging die de gemeenten zelf moeten maken.",
            ( < 0, > 0) => $"{Hoofdletter(vormAnders)} biedt gunstiger condities, maar minder meerwaarde dan het voorstel als {vormEigen}: een afweging die de gemeenten zelf moeten maken.",
            (0, 0) => $"Het voorstel als {vormEigen} en {vormAnders} bieden evenveel meerwaarde onder even gunstige condities.",
            _ => $"Het voorstel als {vormEigen} biedt {(meerwaarde < 0 ? "meer" : "evenveel")} meerwaarde onder {(condities < 0 ? "gunstiger" : "even gunstige")} condities dan {vormAnders}.",
        };
        var toelichting = $"Meerwaarde, op de vragen die voor beide vormen gelden: {Score(meerwaardeEigen)} als {vormEigen}, {Score(meerwaardeAnders)} als {vormAnders}. "
            + $"Condities: als {vormEigen} {Condities(eigen)}; als {vormAnders} {Condities(alternatief)}. "
            + (verschillen.Count == 0 ? "Geen regel komt onder de twee vormen anders uit." : "")
            + (gewogen.Count == 0 ? "" : $"Anders uit onder de twee vormen: "
                + Weging.Opsomming(gewogen.Take(8).Select(v => $"{Weging.Kleine(v.Titel)} ({Statuswoord(v.StatusVoorgesteld)} als {vormEigen}, {Statuswoord(v.StatusAlternatief)} als {vormAnders})"))
                + (gewogen.Count > 8 ? $" en {gewogen.Count - 8} meer" : "") + ". ")
            + (alleenAnders.Count == 0 ? "" : $"Alleen bij {vormAnders}: " + Weging.Opsomming(alleenAnders.Take(8)) + (alleenAnders.Count > 8 ? $" en {alleenAnders.Count - 8} meer" : "") + ". ")
            + (vervallen.Count == 0 ? "" : $"Bij {vormAnders} vervallen: " + Weging.Opsomming(vervallen.Take(8)) + (vervallen.Count > 8 ? $" en {vervallen.Count - 8} meer" : "") + " (elk met de reden bij de variant).");
        return new Vergelijking(subafweging, vraag, eigen.Variant.Vorm, alternatief.Variant.Vorm, conclusie, toelichting.Trim(), verschillen);
    }

    /// <summary>The Meerwaarde score of <paramref name="g"/> over the meerwaarde rules that apply under both forms.</summary>
    private static int? GedeeldeMeerwaarde(Gewogen g, Gewogen ander)
    {
        double voldaan = 0, beoordeeld = 0;
        for (var i = 0; i < g.Uitkomsten.Length; i++)
        {
            var u = g.Uitkomsten[i];
            if (u.Regel.Hoofdvlak == Uitkomst.Hoofdvlak.Meerwaarde && u.Telt && ander.Uitkomsten[i].Status != Uitkomst.Status.NietVanToepassing)
            {
                beoordeeld += u.Regel.GewichtAlsGetal;
                voldaan += u.Status == Uitkomst.Status.Voldaan ? u.Regel.GewichtAlsGetal : 0;
            }
        }

        return beoordeeld == 0 ? null : (int)Math.Round(100 * voldaan / beoordeeld, MidpointRounding.AwayFromZero);
    }

    /// <summary>+1 when <paramref name="a"/> is higher than <paramref name="b"/>, −1 when lower, 0 when equal or not comparable.</summary>
    private static int Vergelijk(int? a, int? b) => a is { } x && b is { } y ? Math.Sign(x - y) : 0;

    /// <summary>
    /// +1 when the conditions of <paramref name="a"/> are more favourable: a better verdict, else fewer failure factors,
    /// else fewer conditions, else a higher Condities score.
    /// </summary>
    private static int VergelijkCondities(Weging.Resultaat a, Weging.Resultaat b)
    {
        var verschil = Math.Sign(Weging.Rang(a.Oordeel) - Weging.Rang(b.Oordeel));
        if (verschil == 0)
        {
            verschil = Math.Sign(b.Faalfactoren.Count - a.Faalfactoren.Count);
        }

        if (verschil == 0)
        {
            verschil = Math.Sign(b.AantalVoorwaarden - a.AantalVoorwaarden);
        }

        return verschil == 0 ? Vergelijk(a.Condities, b.Condities) : verschil;
    }

    private static string Condities(Gewogen g) =>
        $"'{Oordeelwoord(g.Variant.Oordeel)}' met {Weging.Aantal(g.Variant.AantalVoorwaarden, "voorwaarde", "voorwaarden")}"
        + (g.Weging.Faalfactoren.Count == 0 ? "" : $" en {Weging.Aantal(g.Weging.Faalfactoren.Count, "faalfactor", "faalfactoren")}");

    private static string Score(int? score) => score is { } s ? s.ToString(CultureInfo.InvariantCulture) : "niet te beoordelen";

    private static string Hoofdletter(string tekst) => tekst.Length == 0 ? tekst : char.ToUpperInvariant(tekst[0]) + tekst[1..];

    private static string Statuswoord(string status) => status switch
    {
        Uitkomst.Status.Voldaan => "voldaan",
        Uitkomst.Status.NietVoldaan => "niet voldaan",
        Uitkomst.Status.Onbekend => "onbekend",
        _ => "niet van toepassing",
    };

    private static string Vormwoord(string vorm) => vorm switch
    {
        Waarden.Vorm.OpenbaarLichaam => "een openbaar lichaam",
        Waarden.Vorm.Bedrijfsvoeringsorganisatie => "een bedrijfsvoeringsorganisatie",
        Waarden.Vorm.Centrumgemeente => "een centrumgemeenteconstructie",
        Waarden.Vorm.Herindeling => "een herindeling",
        _ => "een privaatrechtelijke constructie",
    };

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
