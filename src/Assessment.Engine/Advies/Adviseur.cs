using System.Globalization;
using System.Text.Json;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;

namespace Assessment.Engine.Advies;

/// <summary>
/// The advice on an Afweging: what must change to make the proposal sound (<see cref="WatMoetErVeranderen"/>) and what
/// the unknown answers decide (<see cref="Bandbreedte"/>). Both are exact for the rule set; see
/// <see cref="Routezoeker"/> and <see cref="Bandbreedtebepaling"/>, and <c>docs/scoremethode.md</c>.
/// </summary>
internal sealed class Adviseur
{
    /// <summary>At most this many alternative routes.</summary>
    public const int AantalRoutes = 5;

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private readonly Regelset _regelset;
    private readonly Herbeoordeling _herbeoordeling;
    private readonly Antwoordruimte _ruimte;
    private readonly Vragen _vragen;

    public Adviseur(Regelset regelset, Voorstel voorstel, Regeluitkomst[] uitkomsten, Vragen vragen)
    {
        _regelset = regelset;
        _herbeoordeling = new Herbeoordeling(regelset, voorstel, uitkomsten);
        _ruimte = new Antwoordruimte(regelset);
        _vragen = vragen;
    }

    public WatMoetErVeranderen? WatMoetErVeranderen()
    {
        var oordeel = _herbeoordeling.Weging.Oordeel;
        if (oordeel == Uitkomst.Oordeel.Positief)
        {
            return null;
        }

        var zoeker = new Routezoeker(_herbeoordeling, _ruimte);
        var positief = zoeker.Zoek(Uitkomst.Oordeel.Positief, AantalRoutes);
        if (positief.Routes.Count > 0)
        {
            return new WatMoetErVeranderen(Uitkomst.Oordeel.Positief, Routes(zoeker, positief, Uitkomst.Oordeel.Positief), null,
                $"{Uitleg(positief.Routes.Count, Uitkomst.Oordeel.Positief)} {Volledigheid(positief)}".Trim());
        }

        var waarom = GeenRoute(positief, Uitkomst.Oordeel.Positief);
        if (Weging.Rang(oordeel) >= Weging.Rang(Uitkomst.Oordeel.PositiefOnderVoorwaarden))
        {
            return new WatMoetErVeranderen(Uitkomst.Oordeel.Positief, [], waarom, $"Er is geen route naar het oordeel 'positief'. {Volledigheid(positief)}".Trim())
            {
                WaaromNietPositief = waarom,
            };
        }

        var onderVoorwaarden = zoeker.Zoek(Uitkomst.Oordeel.PositiefOnderVoorwaarden, AantalRoutes);
        var resultaat = onderVoorwaarden.Routes.Count > 0
            ? new WatMoetErVeranderen(Uitkomst.Oordeel.PositiefOnderVoorwaarden, Routes(zoeker, onderVoorwaarden, Uitkomst.Oordeel.PositiefOnderVoorwaarden), null,
                $"Het hoogst bereikbare oordeel is 'positief onder voorwaarden'; voor 'positief' staan feiten in de weg die de gemeenten niet kunnen veranderen. {Uitleg(onderVoorwaarden.Routes.Count, Uitkomst.Oordeel.PositiefOnderVoorwaarden)} {Volledigheid(onderVoorwaarden)}".Trim())
            : new WatMoetErVeranderen(Uitkomst.Oordeel.PositiefOnderVoorwaarden, [], GeenRoute(onderVoorwaarden, Uitkomst.Oordeel.PositiefOnderVoorwaarden),
                $"Er is geen route naar het oordeel 'positief onder voorwaarden', en dus ook niet naar 'positief'. {Volledigheid(onderVoorwaarden)}".Trim());
        return resultaat with { WaaromNietPositief = waarom };
    }

    /// <summary>What the routes are, in words.</summary>
    private static string Uitleg(int aantal, string doel) =>
        $"{(aantal == 1 ? "Eén route geeft" : $"{aantal} routes geven")} het oordeel '{Beoordelaar.Oordeelwoord(doel)}'; geen wijziging in een route kan vervallen. "
        + "De moeite van een route is de som van de moeite per gewijzigd antwoord (1 tot 5, een beleidskeuze); de goedkoopste staat bovenaan.";

    public Bandbreedte? Bandbreedte()
    {
        var bepaling = new Bandbreedtebepaling(_herbeoordeling, _ruimte);
        var aantal = bepaling.Onbekend().Count;
        if (aantal == 0)
        {
            return null;
        }

        var beste = bepaling.Uiterste(gunstig: true);
        var slechtste = bepaling.Uiterste(gunstig: false);
        var beslissend = bepaling.Beslissend().Take(10).Select(b => new BeslissendeVraag(Pad(b.Pad), _vragen.Van(b.Pad), b.Spreiding)
        {
            OordeelBijGunstig = b.Gunstig,
            OordeelBijOngunstig = b.Ongunstig,
            Toelichting = b.Gunstig == b.Ongunstig
                ? $"Scheelt tot {Weging.Aantal(b.Spreiding, "punt", "punten")} in de score ({b.LaagsteScore} tot {b.HoogsteScore}); het oordeel blijft '{Beoordelaar.Oordeelwoord(b.Gunstig)}'."
                : $"Bepaalt of het oordeel '{Beoordelaar.Oordeelwoord(b.Ongunstig)}' of '{Beoordelaar.Oordeelwoord(b.Gunstig)}' wordt "
                    + (b.Spreiding == 0 ? $"(score {b.LaagsteScore})." : $"(score {b.LaagsteScore} tot {b.HoogsteScore})."),
        });
        var bereik = beste.Oordeel == slechtste.Oordeel
            ? $"is het oordeel steeds '{Beoordelaar.Oordeelwoord(beste.Oordeel)}'"
            : $"ligt het oordeel tussen '{Beoordelaar.Oordeelwoord(slechtste.Oordeel)}' en '{Beoordelaar.Oordeelwoord(beste.Oordeel)}'";
        var toelichting = $"Over alle mogelijke antwoorden op {(aantal == 1 ? "de ene open vraag" : $"de {aantal} open vragen")} {bereik} "
            + $"en ligt de score tussen {slechtste.Score} en {beste.Score}."
            + (bepaling.Afgekapt
                ? $" Let op: niet elke combinatie is doorgerekend (meer dan {Bandbreedtebepaling.MaxKeuzesPerGroep} per groep samenhangende antwoorden); de werkelijke bandbreedte kan ruimer zijn."
                : "");
        return new Bandbreedte(beste.Oordeel, slechtste.Oordeel, beste.Score, slechtste.Score, [.. beslissend])
        {
            AantalOnbekend = aantal,
            Volledig = !bepaling.Afgekapt,
            Toelichting = toelichting,
        };
    }

    /// <summary>The routes in words, with the values of ordered answers lowered as far as the goal allows.</summary>
    private IReadOnlyList<Domain.Afwegingen.Route> Routes(Routezoeker zoeker, Routezoeker.Resultaat resultaat, string doel)
    {
        var lijst = new List<Domain.Afwegingen.Route>();
        foreach (var route in resultaat.Routes)
        {
            var wijzigingen = Verlaag(route.Wijzigingen, doel);
            var (voorstel, uitkomsten, _) = _herbeoordeling.Weeg(wijzigingen);
            var regels = uitkomsten.Where((u, i) => u.Status == Uitkomst.Status.Voldaan && _herbeoordeling.Uitkomsten[i].Status != Uitkomst.Status.Voldaan)
                .Select(u => u.Regel.Id).ToList();
            var stappen = wijzigingen.Select(w => Wijziging(w.Key, w.Value)).ToList();
            lijst.Add(new Domain.Afwegingen.Route(zoeker.Moeite(wijzigingen), stappen, regels,
                string.Join(" ", stappen.Select(s => s.Toelichting))));
        }

        return lijst;
    }

    /// <summary>
    /// Each ordered answer is changed to its best value by the search; for the advice, the least better value that still
    /// reaches the goal is as good (and what a municipality would do). A better answer never gives a worse verdict
    /// (tested), so per answer the least value that reaches the goal is found by halving the better values, with the
    /// other answers as the route (and the answers lowered before) has them.
    /// </summary>
    private SortedDictionary<string, object?> Verlaag(SortedDictionary<string, object?> wijzigingen, string doel)
    {
        var resultaat = new SortedDictionary<string, object?>(wijzigingen, StringComparer.Ordinal);
        var (voorstel, uitkomsten, _) = _herbeoordeling.Weeg(resultaat);
        foreach (var pad in wijzigingen.Keys)
        {
            var antwoord = _ruimte.Van(pad)!;
            if (!antwoord.IsGeordend || antwoord.IsLijst)
            {
                continue;
            }

            var beter = _ruimte.BetereWaarden(antwoord, _herbeoordeling.Voorstel, VoorstelWijziger.Lees(_herbeoordeling.Voorstel, pad)).ToList();
            var (laag, hoog) = (0, beter.Count - 1); // the best value, the route's, reaches the goal
            (Voorstel, Regeluitkomst[])? gekozen = null;
            while (laag < hoog)
            {
                var midden = (laag + hoog) / 2;
                var proef = _herbeoordeling.Weeg(voorstel, uitkomsten, [new KeyValuePair<string, object?>(pad, beter[midden])]);
                if (Weging.Rang(proef.Weging.Oordeel) >= Weging.Rang(doel))
                {
                    (hoog, gekozen) = (midden, (proef.Voorstel, proef.Uitkomsten));
                }
                else
                {
                    laag = midden + 1;
                }
            }

            // The search found the best value reaches the goal; a lower one was found that does too.
            if (gekozen is { } g)
            {
                resultaat[pad] = beter[hoog];
                (voorstel, uitkomsten) = g;
            }
        }

        return resultaat;
    }

    private Domain.Afwegingen.Wijziging Wijziging(string pad, object? nieuw)
    {
        var antwoord = _ruimte.Van(pad)!;
        var huidig = VoorstelWijziger.Lees(_herbeoordeling.Voorstel, pad);
        var actie = (antwoord.Actie ?? "Wijzig het antwoord in {nieuw}")
            .Replace("{gemeente}", Gemeentenaam(pad), StringComparison.Ordinal)
            .Replace("{nieuw}", Woord(antwoord, nieuw), StringComparison.Ordinal)
            .Replace("{huidig}", Woord(antwoord, huidig), StringComparison.Ordinal)
            .Replace("{toegevoegd}", Woord(antwoord, Toegevoegd(huidig, nieuw)), StringComparison.Ordinal);
        var vraag = _vragen.Van(pad);
        var nodig = antwoord.IsGeordend && !antwoord.IsLijst && antwoord.Veld.Typen is not ["boolean"] ? $"ten minste {Woord(antwoord, nieuw)}" : Woord(antwoord, nieuw);
        var toelichting = huidig is null
            ? $"{actie} (nu onbekend; nodig: {nodig})."
            : actie + ".";
        return new Domain.Afwegingen.Wijziging(Pad(pad), Json(huidig), Json(nieuw)!.Value, toelichting) { Vraag = vraag, Moeite = antwoord.Moeite };
    }

    /// <summary>Why no route reaches the goal: the rules no change can satisfy, and the facts they rest on.</summary>
    private GeenRoute GeenRoute(Routezoeker.Resultaat resultaat, string doel)
    {
        var regels = resultaat.Onoplosbaar.Select(i => _herbeoordeling.Uitkomsten[i].Regel).ToList();
        var feiten = new List<Feit>();
        foreach (var regel in regels)
        {
            foreach (var pad in regel.Vereist.Concat(regel.VanToepassingLeest).SelectMany(v => Antwoordruimte.Concreet(v.Pad, _herbeoordeling.Voorstel)).Distinct(StringComparer.Ordinal))
            {
                if (_ruimte.Van(pad) is { Veranderbaar: false } && feiten.All(f => f.Pad != Pad(pad)))
                {
                    feiten.Add(new Feit(Pad(pad), _vragen.Van(pad), Json(VoorstelWijziger.Lees(_herbeoordeling.Voorstel, pad))));
                }
            }

            foreach (var afgeleid in regel.LeestAfgeleid)
            {
                foreach (var feit in AfgeleideFeiten(afgeleid))
                {
                    if (feiten.All(f => f.Pad != feit.Pad))
                    {
                        feiten.Add(feit);
                    }
                }
            }
        }

        var reden = regels.Count == 0
            ? $"Geen combinatie van antwoorden die de gemeenten kunnen veranderen, geeft het oordeel '{Beoordelaar.Oordeelwoord(doel)}'."
            : $"Geen combinatie van antwoorden die de gemeenten kunnen veranderen, geeft het oordeel '{Beoordelaar.Oordeelwoord(doel)}'. "
              + (regels.Count == 1 ? "Deze voorwaarde hangt" : "Deze voorwaarden hangen") + " af van feiten: "
              + Weging.Opsomming(regels.Select(r => Weging.Kleine(r.Titel))) + ".";
        var onbekend = feiten.Count(f => f.Waarde is null);
        if (onbekend > 0)
        {
            reden += $" {(onbekend == 1 ? "Eén van die feiten is" : $"{onbekend} van die feiten zijn")} nog onbekend: valt het antwoord gunstig uit, "
                + "dan kan het oordeel beter zijn (zie wat de open vragen beslissen).";
        }

        return new GeenRoute(reden, feiten);
    }

    /// <summary>The facts behind a derived fact a rule reads: the number of partners, or each partner's inhabitants.</summary>
    private IEnumerable<Feit> AfgeleideFeiten(string afgeleid)
    {
        var voorstel = _herbeoordeling.Voorstel;
        return afgeleid switch
        {
            nameof(Afgeleid.AantalPartners) => [new Feit("$.gemeenten", "Aantal deelnemende gemeenten", JsonSerializer.SerializeToElement(voorstel.Gemeenten.Count))],
            nameof(Afgeleid.GrootsteAandeel) or nameof(Afgeleid.GrootteVerhouding) or nameof(Afgeleid.GrootsteInwoners)
                or nameof(Afgeleid.KleinsteInwoners) or nameof(Afgeleid.TotaalInwoners)
                => voorstel.Gemeenten.Select((g, i) => new Feit(
                    $"$.gemeenten[{i}].inwoners", _vragen.Van($"gemeenten[{i}].inwoners"), JsonSerializer.SerializeToElement(g.Inwoners))),
            _ => [],
        };
    }

    private static string Volledigheid(Routezoeker.Resultaat resultaat) => resultaat.Volledig
        ? ""
        : resultaat.Routes.Count > 0
            ? "Let op: de zoektocht is gestopt bij de grens van het aantal combinaties; er kunnen goedkopere routes bestaan dan de gevonden."
            : "Let op: de zoektocht is gestopt bij de grens van het aantal combinaties; er kan toch een route bestaan.";

    private string Gemeentenaam(string pad) =>
        Antwoordruimte.Gemeente(pad) is { } i && i < _herbeoordeling.Voorstel.Gemeenten.Count ? _herbeoordeling.Voorstel.Gemeenten[i].Naam : "de partners";

    private static IEnumerable<string>? Toegevoegd(object? huidig, object? nieuw) =>
        nieuw is IEnumerable<string> n ? n.Except((huidig as IEnumerable<string>) ?? [], StringComparer.Ordinal) : null;

    /// <summary>A value in words: the Dutch word of a code, "ja"/"nee", a number the Dutch way, a list joined.</summary>
    private string Woord(Antwoordruimte.Antwoord antwoord, object? waarde) => waarde switch
    {
        null => "onbekend",
        bool b => b ? "ja" : "nee",
        string s => antwoord.Veld.Keuzes is null ? s : Weging.Kleine(antwoord.Veld.Woord(s)),
        IEnumerable<string> lijst => lijst.Any() ? Weging.Opsomming(lijst.Select(c => antwoord.Veld.Woord(c).ToLower(Nl))) : "geen",
        IFormattable f => f.ToString("#,##0.##", Nl),
        _ => waarde.ToString() ?? "",
    };

    private static JsonElement? Json(object? waarde) => waarde is null ? null : JsonSerializer.SerializeToElement(waarde, waarde.GetType());

    /// <summary>A concrete path as in the problem documents: <c>$.gemeenten[1].urgentie</c>.</summary>
    private static string Pad(string pad) => "$." + pad;
}
