using System.Globalization;
using System.Text.Json;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Json;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;
using Assessment.Engine.Velden;
using Assessment.Report.Opmaak;

namespace Assessment.Report.Rapport;

/// <summary>
/// The PDF afwegingskader: the report a province attaches to its advice and a municipality puts before its council,
/// as a tagged, accessible PDF (PDF/UA-1). Two layers in one document: a bestuurlijke samenvatting of at most four
/// pages that a reader of the advice reads alone (the verdict and what it means, the score with what it rests on,
/// every condition by severity with a link to its finding, what would change the verdict, the recommendations, the
/// variants in words), then the onderbouwing (what must change, scores, the findings per plane and sub-afweging with
/// unmet and unknown ones first and met ones on one line, variants, missing answers) and the appendices (answers,
/// parameters, method, sources, colophon). Composed from sections that only describe content (the layout layer
/// places it). Deterministic: the same Afweging gives the same bytes.
/// </summary>
public static class PdfRapport
{
    /// <summary>The tallest table row before it is split between lines: a page, less room for the repeated header.</summary>
    internal static readonly float MaxRij = PdfSchrijver.InhoudHoogte - 40;

    public const string AnkerSamenvatting = "samenvatting";
    public const string AnkerWatMoetErVeranderen = "wat-moet-er-veranderen";
    public const string AnkerBronnen = "bronnen";

    /// <summary>The named place of a rule's finding in the onderbouwing.</summary>
    public static string AnkerBevinding(string regel) => "bevinding-" + regel;

    public static byte[] Maak(Afweging afweging, Voorstel voorstel, Regelset regelset)
    {
        var (blokken, gegevens, rand) = Opmaken(afweging, voorstel, regelset);
        return PdfSchrijver.Schrijf(blokken, gegevens, rand);
    }

    /// <summary>The report's content as blocks, with its document properties and running header and footer (the benchmark prints the same content from HTML).</summary>
    internal static (List<IBlok> Blokken, Documentgegevens Gegevens, Paginarand Rand) Opmaken(Afweging afweging, Voorstel voorstel, Regelset regelset)
    {
        var opbouw = new Opbouw(afweging, voorstel, regelset);
        var gemeenten = Teksten.Opsomming(voorstel.Gemeenten.Select(g => g.Naam));
        var gegevens = new Documentgegevens(
            Titel: $"Afwegingskader ambtelijke fusie: {afweging.Titel}",
            Auteur: "Afwegingskader ambtelijke fusie",
            Onderwerp: $"Afweging van de voorgenomen ambtelijke fusie van {gemeenten}: {Teksten.OordeelInZin(afweging.Oordeel)}",
            Trefwoorden: $"ambtelijke fusie; afwegingskader; {string.Join(", ", voorstel.Gemeenten.Select(g => g.Naam))}",
            Aangemaakt: afweging.AangemaaktOp);
        var rand = new Paginarand("Afwegingskader ambtelijke fusie", afweging.Titel, $"Regelset {afweging.Regelset.Versie}");
        return (opbouw.Blokken(), gegevens, rand);
    }

    /// <summary>The composition of one report: its blocks, its table of contents and its numbered sources.</summary>
    private sealed class Opbouw(Afweging afweging, Voorstel voorstel, Regelset regelset)
    {
        private readonly List<(string Titel, int Niveau, string Anker)> _inhoud = [];
        private readonly Bronnenlijst _bronnen = new(regelset);
        private readonly HashSet<string> _bevindingen = [.. afweging.Bevindingen.Select(b => b.Regel)];

        public List<IBlok> Blokken()
        {
            var blokken = new List<IBlok>();
            blokken.AddRange(Voorblad());
            blokken.AddRange(Inhoudsopgave());
            blokken.AddRange(Samenvatting());
            blokken.AddRange(AdviesHoofdstuk.Maak(afweging, regelset, Hoofdstuk, Paragraaf));
            blokken.AddRange(Scores());
            foreach (var vlak in regelset.Kader.Hoofdvlakken)
            {
                blokken.AddRange(Hoofdvlak(vlak));
            }

            blokken.AddRange(Varianten());
            blokken.AddRange(OntbrekendeGegevens());
            blokken.AddRange(BijlageAntwoorden());
            blokken.AddRange(BijlageParameters());
            blokken.AddRange(BijlageMethode());
            blokken.AddRange(BijlageBronnen());
            blokken.AddRange(Colofon());
            return blokken;
        }

        /// <summary>A chapter heading (H1) with its place in the table of contents and the outline.</summary>
        private Kop Hoofdstuk(string titel, string anker)
        {
            _inhoud.Add((titel, 1, anker));
            return new Kop(titel, Huisstijl.Kop1, 0) { Anker = anker, Bladwijzer = 1 };
        }

        /// <summary>A section heading (H2) in the outline, and in the table of contents when asked.</summary>
        private Kop Paragraaf(string titel, string anker, bool inInhoud)
        {
            if (inInhoud)
            {
                _inhoud.Add((titel, 2, anker));
            }

            return new Kop(titel, Huisstijl.Kop2) { Anker = anker, Bladwijzer = 2 };
        }

        private IEnumerable<IBlok> Voorblad()
        {
            yield return new Ruimte(70);
            yield return new Alinea("Afwegingskader ambtelijke fusie", Huisstijl.Kop2.MetKleur(Huisstijl.Accent), 6);
            yield return new Kop(afweging.Titel, Huisstijl.Titel, 0);
            yield return new Alinea(
                "Beoordeling van een voorgenomen ambtelijke fusie met het vaste afwegingskader voor provincies en gemeenten: "
                + "is de fusie verstandig, effectief en duurzaam?", Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs), 18);

            yield return new Kop("Deelnemende gemeenten", Huisstijl.Kop3, 4) { Niveau = 2 };
            var metProvincie = voorstel.Gemeenten.Any(g => g.Provincie is not null);
            yield return new Tabel(
                metProvincie ? [new Kolom("Gemeente", 45), new Kolom("Inwoners", 20), new Kolom("Provincie", 35)] : [new Kolom("Gemeente", 60), new Kolom("Inwoners", 40)],
                [.. voorstel.Gemeenten.Select(g => (IReadOnlyList<Cel>)
                [
                    Cel.Tekst(g.Naam, Huisstijl.Tabel),
                    Cel.Tekst(Teksten.Getal(g.Inwoners), Huisstijl.Tabel),
                    .. metProvincie ? [Cel.Tekst(g.Provincie ?? "", Huisstijl.Tabel)] : Array.Empty<Cel>(),
                ])],
                MaxRij);

            var s = voorstel.Samenwerking;
            var kenmerken = new List<(string, string)> { ("Vorm", Teksten.Vorm(s.Vorm, regelset)) };
            if (s.Reikwijdte is not null)
            {
                kenmerken.Add(("Reikwijdte", regelset.Woord("samenwerking.reikwijdte", s.Reikwijdte)));
            }

            if (s.Gastgemeente is not null)
            {
                kenmerken.Add(("Gastgemeente", s.Gastgemeente));
            }

            if (voorstel.Fase is not null)
            {
                kenmerken.Add(("Fase", regelset.Woord("fase", voorstel.Fase)));
            }

            if (voorstel.Ingangsdatum is { } d)
            {
                kenmerken.Add(("Beoogde ingangsdatum", Teksten.Datum(d)));
            }

            if (voorstel.Indiener is { } indiener && (indiener.Organisatie ?? indiener.Rol) is not null)
            {
                kenmerken.Add(("Ingediend door", string.Join(", ", new[] { indiener.Organisatie, indiener.Rol is null ? null : regelset.Woord("indiener.rol", indiener.Rol) }.OfType<string>())));
            }

            kenmerken.Add(("Datum van de afweging", Teksten.Datum(afweging.AangemaaktOp)));
            kenmerken.Add(("Beoordeeld met", $"{regelset.Kader.Naam}, regelset versie {afweging.Regelset.Versie} (geldig vanaf {Teksten.Datum(afweging.Regelset.GeldigVanaf)})"));
            yield return new Kop("Het voorstel", Huisstijl.Kop3, 6) { Niveau = 2 };
            yield return new Tabel(
                [new Kolom("Gegeven", 30), new Kolom("Waarde", 70)],
                [.. kenmerken.Select(k => (IReadOnlyList<Cel>)[Cel.Tekst(k.Item1, Huisstijl.TabelVet), Cel.Tekst(k.Item2, Huisstijl.Tabel)])],
                MaxRij);
            yield return new PaginaEinde();
        }

        private IEnumerable<IBlok> Inhoudsopgave()
        {
            yield return new Kop("Inhoud", Huisstijl.Kop1, 0);
            yield return new Alinea(
                "Dit rapport heeft twee lagen. De bestuurlijke samenvatting is geschreven om zelfstandig te lezen, bijvoorbeeld als bijlage bij een advies "
                + "aan Gedeputeerde Staten of de gemeenteraad: het oordeel, alle voorwaarden en wat het oordeel zou veranderen. De onderbouwing daarna geeft "
                + "per hoofdvlak en subafweging de bevindingen met hun bronnen; de bijlagen geven de antwoorden, de drempels, de methode, de bronnen en de "
                + "verantwoording. Elke voorwaarde in de samenvatting verwijst naar de pagina van haar bevinding; elke bronverwijzing [n] naar de bronnenlijst.",
                Huisstijl.Gewoon, 10);
            yield return new Opmaak.Inhoudsopgave(_inhoud);
            yield return new PaginaEinde();
        }

        private IEnumerable<IBlok> Samenvatting()
        {
            yield return Hoofdstuk("Bestuurlijke samenvatting", AnkerSamenvatting);
            yield return new Tekening(50, (doek, vak) => TekenOordeel(doek, vak)) { Tag = "P" };
            yield return new Ruimte(8);
            yield return new Alinea(afweging.OordeelToelichting, Huisstijl.Gewoon);
            yield return new Alinea(Betekenis(afweging.Oordeel), Huisstijl.Gewoon, 6);

            yield return new Kop("Waar de score op rust", Huisstijl.Kop2);
            var telling = afweging.Bevindingen.GroupBy(b => b.Status).ToDictionary(g => g.Key, g => g.Count());
            int Aantal(string status) => telling.GetValueOrDefault(status);
            yield return new Alinea(
                $"De totaalscore is {afweging.Score} van 100. Ze rust op {afweging.Bevindingen.Count} bevindingen: {Aantal(Uitkomst.Status.Voldaan)} voldaan, "
                + $"{Aantal(Uitkomst.Status.NietVoldaan)} niet voldaan, {Aantal(Uitkomst.Status.Onbekend)} onbekend en {Aantal(Uitkomst.Status.NietVanToepassing)} "
                + $"niet van toepassing; {afweging.Dekking}% van het gewicht van de toepasselijke regels kon worden beoordeeld. "
                + (afweging.ScoreToelichting.Length > 0 ? afweging.ScoreToelichting : "Het oordeel volgt uit de voorwaarden, niet uit de score alleen."),
                Huisstijl.Gewoon, 6);

            foreach (var blok in Voorwaarden())
            {
                yield return blok;
            }

            foreach (var blok in WatVerandertHetOordeel())
            {
                yield return blok;
            }

            if (afweging.Aanbevelingen.Count > 0)
            {
                yield return new Kop("Aanbevelingen", Huisstijl.Kop2);
                foreach (var groep in afweging.Aanbevelingen.GroupBy(a => a.Aan))
                {
                    yield return new Kop($"Aan de {groep.Key}", Huisstijl.Kop3, 4);
                    yield return new Lijst([.. groep.Select(a => $"{a.Tekst} {_bronnen.Tekst(a.Bronnen)}")], Huisstijl.Gewoon) { Markeringen = _bronnen.Doel };
                }
            }

            if (afweging.Varianten.Count > 0)
            {
                yield return new Kop("De varianten in woorden", Huisstijl.Kop2);
                yield return new Lijst(
                    [.. afweging.Varianten.Select(v =>
                        $"{Teksten.Vorm(v.Vorm, regelset)}{(v.Voorgesteld ? " (voorgesteld)" : "")}: {Teksten.OordeelInZin(v.Oordeel)}, score {v.Score} van 100, "
                        + (v.AantalVoorwaarden == 1 ? "1 voorwaarde." : $"{Teksten.Getal(v.AantalVoorwaarden)} voorwaarden."))],
                    Huisstijl.Gewoon);
            }

            yield return new PaginaEinde();
        }

        /// <summary>Every condition, grouped by severity, each with a link to the page of its finding.</summary>
        private IEnumerable<IBlok> Voorwaarden()
        {
            yield return new Kop(afweging.Voorwaarden.Count == 0 ? "Voorwaarden" : $"Alle voorwaarden ({afweging.Voorwaarden.Count})", Huisstijl.Kop2);
            if (afweging.Voorwaarden.Count == 0)
            {
                yield return new Alinea("Er zijn geen voorwaarden: aan alle blokkerende, kritieke en belangrijke voorwaarden is voldaan.", Huisstijl.Gewoon);
                yield break;
            }

            yield return new Alinea(
                "Een voorwaarde is vervuld als de bevinding waar ze bij hoort 'voldaan' wordt. De kolom Bevinding verwijst naar de pagina in de onderbouwing.",
                Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs), 4);
            foreach (var groep in afweging.Voorwaarden.GroupBy(v => v.Ernst).OrderBy(g => Teksten.ErnstVolgorde(g.Key)))
            {
                // Blocking conditions with what to do; the others by their title (what to do is at their finding), so the
                // summary stays within four pages however many conditions there are.
                var metTekst = groep.Key == Uitkomst.Ernst.Blokkerend;
                yield return new Kop($"{Teksten.Ernst(groep.Key)} ({groep.Count()})", Huisstijl.Kop3, 6);
                yield return new Tabel(
                    [new Kolom("Voorwaarde", 66), new Kolom("Status", 16), new Kolom("Bevinding", 18)],
                    [.. groep.Select(v => (IReadOnlyList<Cel>)
                    [
                        new Cel(metTekst || v.Titel.Length == 0
                            ? [.. v.Titel.Length > 0 ? [new Celdeel(v.Titel, Huisstijl.TabelVet)] : Array.Empty<Celdeel>(), new Celdeel(v.Tekst, Huisstijl.Tabel)]
                            : [new Celdeel(v.Titel, Huisstijl.Tabel)]),
                        new Cel([new Celdeel(Teksten.Status(v.Status), Huisstijl.TabelVet.MetKleur(Teksten.KleurVanStatus(v.Status)))], (d, vak) => Teksten.TekenStatus(d, vak, v.Status)),
                        _bevindingen.Contains(v.Regel)
                            ? new Cel([new Celdeel($"pagina {Celdeel.PaginaPlek}", Huisstijl.TabelLink) { Doel = AnkerBevinding(v.Regel), Omschrijving = $"Naar de bevinding {(v.Titel.Length > 0 ? v.Titel : v.Regel)}" }])
                            : Cel.Tekst("", Huisstijl.Tabel),
                    ])],
                    MaxRij);
            }
        }

        private IEnumerable<IBlok> WatVerandertHetOordeel()
        {
            if (afweging.WatMoetErVeranderen is not { } advies)
            {
                yield break;
            }

            yield return new Kop("Wat het oordeel zou veranderen", Huisstijl.Kop2);
            yield return new Alinea($"Doel: het oordeel '{Teksten.OordeelInZin(advies.Doel)}'. {advies.Toelichting}", Huisstijl.Gewoon, 4);
            if (advies.Routes.Count > 0)
            {
                yield return new Lijst([.. advies.Routes.Take(3).Select((r, i) => $"Route {i + 1} (moeite {r.Moeite}): {r.Samenvatting}")], Huisstijl.Gewoon);
            }
            else if (advies.GeenRoute is { } geen && !advies.Toelichting.Contains(geen.Reden, StringComparison.Ordinal))
            {
                yield return new Alinea(geen.Reden, Huisstijl.Gewoon, 4);
            }

            if (afweging.Bandbreedte is { } band && band.Toelichting.Length > 0)
            {
                yield return new Alinea(band.Toelichting, Huisstijl.Gewoon, 4);
            }

            yield return new Verwijzing($"Uitgewerkt in het hoofdstuk ‘Wat moet er veranderen’, pagina {Celdeel.PaginaPlek}.", AnkerWatMoetErVeranderen, Huisstijl.Gewoon.MetKleur(Huisstijl.Link), 6);
        }

        private static string Betekenis(string oordeel) => oordeel switch
        {
            Uitkomst.Oordeel.Positief =>
                "Wat betekent dit? Op basis van de gegeven antwoorden is de ambtelijke fusie verstandig, effectief en duurzaam. Houd rekening met de frictiejaren en de dip in draagvlak in de eerste twee jaar.",
            Uitkomst.Oordeel.PositiefOnderVoorwaarden =>
                "Wat betekent dit? De ambtelijke fusie kan verstandig, effectief en duurzaam zijn, mits de voorwaarden hieronder worden vervuld. Wat er nodig is voor 'positief', staat in het hoofdstuk Wat moet er veranderen.",
            Uitkomst.Oordeel.Heroverwegen =>
                "Wat betekent dit? Zoals het voorstel nu is, is de ambtelijke fusie niet verstandig, effectief en duurzaam. Heroverweeg het voorstel (zie het hoofdstuk Wat moet er veranderen) of onderzoek een andere vorm (zie Varianten).",
            _ =>
                "Wat betekent dit? Er ontbreken te veel antwoorden op sleutelvragen om een oordeel te geven. Vul de ontbrekende gegevens aan (zie het hoofdstuk Ontbrekende gegevens; welke vragen het meest beslissen, staat in het hoofdstuk Wat moet er veranderen) en laat het voorstel opnieuw beoordelen.",
        };

        /// <summary>The verdict badge: its words are the paragraph's text, the coloured shape and sign are decoration.</summary>
        private void TekenOordeel(Doek doek, Vak vak)
        {
            var kleur = Teksten.KleurVanOordeel(afweging.Oordeel);
            var links = vak.Links;
            var boven = vak.Boven;
            var onder = vak.Onder;
            doek.Artefact(() =>
            {
                doek.AfgerondeRechthoek(kleur, links, boven, 250, onder - boven, 6);
                var midden = boven + ((onder - boven) / 2);
                doek.Ellips(Huisstijl.Wit, links + 23 - 12.5f, midden - 12.5f, 25, 25);
                Teksten.TekenStatus(doek, new Vak(links + 12, midden - 11, 22, 22), Teksten.TekenVanOordeel(afweging.Oordeel));
            });
            var stijl = new Stijl(10, false, Huisstijl.Wit);
            var groot = new Stijl(14, true, Huisstijl.Wit);
            Tekstzetter.Teken(doek, "Oordeel", links + 44, boven + 19, stijl);
            Tekstzetter.Teken(doek, Teksten.Oordeel(afweging.Oordeel), links + 44, boven + 37, groot);

            var rechts = links + 270;
            Tekstzetter.Teken(doek, "Totaalscore", rechts, boven + 19, Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs));
            Tekstzetter.Teken(doek, $"{afweging.Score} van 100", rechts, boven + 37, new Stijl(14, true, Huisstijl.Tekst));
            Tekstzetter.Teken(doek, "Dekking", rechts + 110, boven + 19, Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs));
            Tekstzetter.Teken(doek, $"{afweging.Dekking}%", rechts + 110, boven + 37, new Stijl(14, true, Huisstijl.Tekst));
        }

        private IEnumerable<IBlok> Scores()
        {
            yield return Hoofdstuk("Scores", "scores");
            yield return new Alinea(
                "Een score is het aandeel van het gewicht van de beoordeelde regels waaraan is voldaan (0 tot 100). Regels met een onbekend antwoord "
                + "of die niet van toepassing zijn, tellen niet mee; zie de bijlage Methode.", Huisstijl.Gewoon, 6);
            yield return new Kop("Publieke waarde (Public Value-model)", Huisstijl.Kop2);
            var pw = afweging.PubliekeWaarde;
            yield return Staafdiagram.Maak("van de scores per domein van het Public Value-model",
            [
                ("Publieke waarde", pw.PubliekeWaarde, 0),
                ("Legitimiteit", pw.Legitimiteit, 0),
                ("Organisatie en besturing", pw.OrganisatieEnBesturing, 0),
            ]);
            yield return new Kop("Hoofdvlakken en subafwegingen", Huisstijl.Kop2);
            yield return Staafdiagram.Maak("van de scores per hoofdvlak en subafweging",
            [
                .. afweging.Hoofdvlakken.SelectMany(h =>
                    new[] { (h.Titel, h.Score, 0) }.Concat(h.Subafwegingen.Select(s => ($"{s.Code} {s.Titel}", s.Score, 1)))),
            ]);
            yield return new PaginaEinde();
        }

        private IEnumerable<IBlok> Hoofdvlak(KaderHoofdvlak vlak)
        {
            var score = afweging.Hoofdvlakken.FirstOrDefault(h => h.Code == vlak.Code);
            var letter = vlak.Subafwegingen.FirstOrDefault()?.Code[..1] ?? "";
            yield return Hoofdstuk($"{letter}. {vlak.Titel}", "hoofdvlak-" + vlak.Code);
            yield return new Alinea($"{vlak.Omschrijving} Score: {Teksten.Score(score?.Score)}. {_bronnen.Tekst([vlak.Bron])}", Huisstijl.Gewoon, 4) { Markeringen = _bronnen.Doel };
            foreach (var sub in vlak.Subafwegingen)
            {
                var subScore = score?.Subafwegingen.FirstOrDefault(s => s.Code == sub.Code)?.Score;
                var bevindingen = afweging.Bevindingen.Where(b => b.Subafweging == sub.Code).ToList();
                yield return Paragraaf($"{sub.Code} {sub.Titel} — {Teksten.Score(subScore)}", "subafweging-" + sub.Code, inInhoud: true);
                yield return new Alinea($"{sub.Vraag} {_bronnen.Tekst([sub.Bron])}", Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs), 4) { Markeringen = _bronnen.Doel };
                if (bevindingen.Count == 0)
                {
                    yield return new Alinea("Geen bevindingen bij deze subafweging.", Huisstijl.Gewoon);
                    continue;
                }

                var open = bevindingen.Where(b => b.Status is Uitkomst.Status.NietVoldaan or Uitkomst.Status.Onbekend)
                    .OrderBy(b => b.Status == Uitkomst.Status.NietVoldaan ? 0 : 1).ThenBy(b => Teksten.ErnstVolgorde(b.Ernst)).ToList();
                if (open.Count > 0)
                {
                    yield return new Kop("Niet voldaan en onbekend", Huisstijl.Kop3, 4);
                    yield return new Tabel(
                        [new Kolom("Status", 15), new Kolom("Bevinding", 58), new Kolom("Ernst", 13), new Kolom("Bron", 14)],
                        [.. open.Select(Rij)],
                        MaxRij)
                    { RijAnkers = [.. open.Select(b => (string?)AnkerBevinding(b.Regel))] };
                }

                var rest = bevindingen.Where(b => b.Status is Uitkomst.Status.Voldaan or Uitkomst.Status.NietVanToepassing)
                    .OrderBy(b => b.Status == Uitkomst.Status.Voldaan ? 0 : 1).ToList();
                if (rest.Count > 0)
                {
                    yield return new Kop("Voldaan en niet van toepassing", Huisstijl.Kop3, 4);
                    yield return new Tabel(
                        [new Kolom("Status", 15), new Kolom("Bevinding", 58), new Kolom("Ernst", 13), new Kolom("Bron", 14)],
                        [.. rest.Select(KorteRij)],
                        MaxRij)
                    { RijAnkers = [.. rest.Select(b => (string?)AnkerBevinding(b.Regel))] };
                }
            }

            yield return new PaginaEinde();
        }

        private IReadOnlyList<Cel> Rij(Bevinding b) =>
        [
            StatusCel(b.Status),
            new Cel([new Celdeel(b.Titel, Huisstijl.TabelVet), new Celdeel(_bronnen.MetMarkeringen(b.Toelichting, b.Bronnen.FirstOrDefault()?.Document), Huisstijl.Tabel), new Celdeel($"regel {b.Regel}", Huisstijl.Klein)]),
            Cel.Tekst(Teksten.Ernst(b.Ernst), Huisstijl.Tabel),
            new Cel(_bronnen.Markeringen(b.Bronnen)) { Naast = true },
        ];

        /// <summary>A met or not applicable rule on one line: its title; the explanation is in the rule set.</summary>
        private IReadOnlyList<Cel> KorteRij(Bevinding b) =>
        [
            StatusCel(b.Status),
            new Cel([new Celdeel(b.Titel, Huisstijl.Tabel)]),
            Cel.Tekst(Teksten.Ernst(b.Ernst), Huisstijl.Tabel),
            new Cel(_bronnen.Markeringen(b.Bronnen)) { Naast = true },
        ];

        private static Cel StatusCel(string status) =>
            new([new Celdeel(Teksten.Status(status), Huisstijl.TabelVet.MetKleur(Teksten.KleurVanStatus(status)))], (d, vak) => Teksten.TekenStatus(d, vak, status));

        private IEnumerable<IBlok> Varianten()
        {
            yield return Hoofdstuk("Varianten", "varianten");
            yield return new Alinea(
                "Hetzelfde voorstel, met dezelfde antwoorden, beoordeeld onder elke vorm van ambtelijke fusie en vergeleken met een herindeling "
                + "(subafwegingen C1 en C2). Bij een centrumgemeente zonder genoemde gastgemeente is de grootste partner als gastgemeente genomen.",
                Huisstijl.Gewoon, 6);
            yield return new Tabel(
                [new Kolom("Vorm", 34), new Kolom("Score", 14), new Kolom("Oordeel", 32), new Kolom("Voorwaarden", 20)],
                [.. afweging.Varianten.Select(v => (IReadOnlyList<Cel>)
                [
                    new Cel([new Celdeel(Teksten.Vorm(v.Vorm, regelset), v.Voorgesteld ? Huisstijl.TabelVet : Huisstijl.Tabel), .. v.Voorgesteld ? [new Celdeel("het voorgestelde model", Huisstijl.Klein)] : Array.Empty<Celdeel>()]),
                    Cel.Tekst($"{v.Score} van 100", Huisstijl.Tabel),
                    new Cel([new Celdeel(Teksten.Oordeel(v.Oordeel), Huisstijl.Tabel)], (d, vak) => Teksten.TekenStatus(d, vak, Teksten.TekenVanOordeel(v.Oordeel))),
                    Cel.Tekst(Teksten.Getal(v.AantalVoorwaarden), Huisstijl.Tabel),
                ])],
                MaxRij);
            foreach (var vergelijking in afweging.Vergelijkingen)
            {
                yield return new Kop($"{vergelijking.Subafweging}: {vergelijking.Vraag}", Huisstijl.Kop2);
                yield return new Alinea(vergelijking.Conclusie, Huisstijl.Gewoon, 3);
                yield return new Alinea(vergelijking.Toelichting, Huisstijl.Gewoon, 6);
            }

            yield return new PaginaEinde();
        }

        private IEnumerable<IBlok> OntbrekendeGegevens()
        {
            yield return Hoofdstuk("Ontbrekende gegevens", "ontbrekende-gegevens");
            if (afweging.OntbrekendeGegevens.Count == 0)
            {
                yield return new Alinea("Alle vragen die de regels nodig hebben, zijn beantwoord.", Huisstijl.Gewoon);
                yield return new PaginaEinde();
                yield break;
            }

            yield return new Alinea(
                $"{afweging.OntbrekendeGegevens.Count} antwoorden zijn onbekend. De bevindingen die ze nodig hebben, staan op 'onbekend' en tellen niet mee in de "
                + "scores. Een onbekend antwoord telt nooit als 'nee' of als 'ja'.", Huisstijl.Gewoon, 6);
            var titels = afweging.Bevindingen.DistinctBy(b => b.Regel).ToDictionary(b => b.Regel, b => b.Titel);
            yield return new Tabel(
                [new Kolom("Vraag", 40), new Kolom("Raakt de bevindingen", 60)],
                [.. afweging.OntbrekendeGegevens.Select(o => (IReadOnlyList<Cel>)
                [
                    Cel.Tekst(o.Vraag, Huisstijl.Tabel),
                    new Cel([.. o.Regels.Select(r => titels.TryGetValue(r, out var t)
                        ? new Celdeel(t, Huisstijl.TabelLink) { Doel = AnkerBevinding(r), Omschrijving = $"Naar de bevinding {t}" }
                        : new Celdeel(r, Huisstijl.Tabel))]),
                ])],
                MaxRij);
            yield return new PaginaEinde();
        }

        private IEnumerable<IBlok> BijlageAntwoorden()
        {
            yield return Hoofdstuk("Bijlage A — De ingediende antwoorden", "bijlage-antwoorden");
            yield return new Alinea("Alle vragen van het kader met het gegeven antwoord; 'onbekend' betekent dat het antwoord ontbrak.", Huisstijl.Gewoon, 6);
            using var document = JsonDocument.Parse(ContractJson.SchrijfUtf8(voorstel));
            var rijen = new List<IReadOnlyList<Cel>>();
            Antwoorden(regelset.Velden.Wortel, document.RootElement, "", true, rijen);
            yield return new Tabel([new Kolom("Vraag", 55), new Kolom("Antwoord", 45)], rijen, MaxRij);
            yield return new PaginaEinde();
        }

        /// <summary>
        /// One row per question of the rule set's fields, in the schema's order, with the answer given. Top-level groups
        /// and each municipality get a heading row; questions of a group inside a group carry the group's name.
        /// </summary>
        private static void Antwoorden(Veld groep, JsonElement? waarde, string voorvoegsel, bool bovenaan, List<IReadOnlyList<Cel>> rijen)
        {
            foreach (var veld in groep.Kinderen)
            {
                JsonElement? kind = waarde is { ValueKind: JsonValueKind.Object } w && w.TryGetProperty(veld.Naam, out var k) ? k : null;
                if (veld.Element is { IsGroep: true } element)
                {
                    var i = 0;
                    foreach (var lid in kind is { ValueKind: JsonValueKind.Array } lijst ? lijst.EnumerateArray().ToList() : [])
                    {
                        var naam = lid.ValueKind == JsonValueKind.Object && lid.TryGetProperty("naam", out var n) ? n.GetString() : $"{i + 1}";
                        rijen.Add([Cel.Tekst($"{veld.Titel}: {naam}", Huisstijl.TabelVet), Cel.Tekst("", Huisstijl.Tabel)]);
                        Antwoorden(element, lid, "", false, rijen);
                        i++;
                    }
                }
                else if (veld.IsGroep && bovenaan)
                {
                    rijen.Add([Cel.Tekst(veld.Titel, Huisstijl.TabelVet), Cel.Tekst(kind is null or { ValueKind: JsonValueKind.Null } ? "onbekend" : "", Huisstijl.Tabel)]);
                    Antwoorden(veld, kind, "", false, rijen);
                }
                else if (veld.IsGroep)
                {
                    Antwoorden(veld, kind, veld.Titel + ": ", false, rijen);
                }
                else
                {
                    rijen.Add([Cel.Tekst(voorvoegsel + veld.Titel, Huisstijl.Tabel), Cel.Tekst(Teksten.Antwoord(kind, veld.Woord), Huisstijl.Tabel)]);
                }
            }
        }

        private IEnumerable<IBlok> BijlageParameters()
        {
            yield return Hoofdstuk("Bijlage B — De gebruikte parameters", "bijlage-parameters");
            yield return new Alinea(
                "De bronnen geven bijna geen getallen. Elke drempel is daarom een benoemde parameter met zijn herkomst: 'bron' (de tekst noemt het getal) of "
                + "'beleidskeuze' (een keuze van het kader, die een provincie kan aanpassen).", Huisstijl.Gewoon, 6);
            yield return new Tabel(
                [new Kolom("Parameter", 30), new Kolom("Waarde", 12), new Kolom("Herkomst en toelichting", 58)],
                [.. regelset.Parameters.Values.OrderBy(p => p.Naam, StringComparer.Ordinal).Select(p => (IReadOnlyList<Cel>)
                [
                    new Cel([new Celdeel(p.Naam, Huisstijl.TabelVet), new Celdeel(p.Omschrijving, Huisstijl.Tabel)]),
                    Cel.Tekst($"{p.Waarde.ToString("0.##", Teksten.Nl)} {p.Eenheid}", Huisstijl.Tabel),
                    new Cel(
                    [
                        new Celdeel(p.Herkomst == Parameter.HerkomstBron && p.Bron is not null ? $"Bron {_bronnen.Tekst([p.Bron])}" : p.Herkomst == Parameter.HerkomstBron ? "Bron" : "Beleidskeuze", Huisstijl.TabelVet),
                        .. p.Toelichting is null ? Array.Empty<Celdeel>() : [new Celdeel(_bronnen.MetMarkeringen(p.Toelichting, p.Bron?.Document), Huisstijl.Tabel)],
                        new Celdeel($"Geldig vanaf {Teksten.Datum(p.GeldigVanaf)}", Huisstijl.Klein),
                    ]),
                ])],
                MaxRij);
            yield return new PaginaEinde();
        }

        private IEnumerable<IBlok> BijlageMethode()
        {
            yield return Hoofdstuk("Bijlage C — De methode", "bijlage-methode");
            string[] alineas =
            [
                $"Het kader ({regelset.Kader.Naam}, versie {regelset.Versie}) volgt de drie hoofdvlakken en acht subafwegingen van het Berenschot-rapport "
                + $"voor de provincies Zuid-Holland en Gelderland {_bronnen.Tekst(regelset.Kader.Bronnen)}: Meerwaarde, Condities en Weging varianten. Elke regel hoort bij "
                + "één subafweging en bij één domein van het Public Value-model (publieke waarde, legitimiteit, organisatie en besturing).",
                "Elke regel is voldaan, niet voldaan, onbekend (een antwoord dat de regel nodig heeft ontbreekt; de regel wordt dan niet uitgerekend) "
                + "of niet van toepassing. Een score is 100 × het gewicht van de voldane regels gedeeld door het gewicht van de voldane en niet-voldane regels, "
                + "binnen de band van het oordeel, zodat de score nooit het tegendeel van het oordeel lijkt te zeggen.",
                "Het oordeel: is aan een blokkerende voorwaarde niet voldaan, dan 'heroverwegen'; is meer dan de toegestane fractie van de sleutelvragen "
                + "onbekend, dan 'onvoldoende informatie'; blijft de meerwaarde onder de drempel, dan 'heroverwegen'; zijn er voorwaarden, dan 'positief "
                + "onder voorwaarden'; anders 'positief'. Voorwaarden zijn de niet-voldane blokkerende, kritieke en belangrijke regels en de onbekende "
                + "blokkerende en kritieke regels.",
                "De drempels staan in bijlage B met hun herkomst. Dezelfde invoer met dezelfde regelset geeft altijd dezelfde afweging; het colofon legt "
                + "met de kenmerken van de regelset en het voorstel vast welke regels en welke antwoorden zijn gebruikt. De volledige beschrijving van de "
                + $"methode (de scoremethode) hoort bij regelset versie {regelset.Versie} en wordt met het kader gepubliceerd.",
            ];
            foreach (var alinea in alineas)
            {
                yield return new Alinea(alinea, Huisstijl.Gewoon) { Markeringen = _bronnen.Doel };
            }

            yield return new PaginaEinde();
        }

        private IEnumerable<IBlok> BijlageBronnen()
        {
            yield return Hoofdstuk("Bijlage D — Bronnen", AnkerBronnen);
            yield return new Alinea(
                "De bronverwijzingen [n] in dit rapport, met het hoofdstuk of de paragraaf van het document waarop ze rusten (en de pagina waar het document "
                + "paginanummers heeft). Het kader noemt de bron van elke regel; de tekst van de documenten hoort bij het kader.",
                Huisstijl.Gewoon, 6);
            var ingangen = _bronnen.Ingangen;
            var documenten = regelset.Kader.Documenten.Where(d => ingangen.Any(i => i.Document == d.Document)).ToList();
            yield return new Kop("De documenten", Huisstijl.Kop2, 4);
            yield return new Lijst([.. documenten.Select(d => Bronnenlijst.Document(d) + (d.Toelichting is null ? "" : " " + d.Toelichting))], Huisstijl.Tabel);
            yield return new Kop("De verwijzingen", Huisstijl.Kop2, 4);
            yield return new Tabel(
                [new Kolom("Nr.", 8), new Kolom("Document en plaats", 92)],
                [.. ingangen.Select(i => (IReadOnlyList<Cel>)[Cel.Tekst($"[{i.Nummer}]", Huisstijl.TabelVet), Cel.Tekst(Bronnenlijst.KorteVerwijzing(i), Huisstijl.Tabel)])],
                MaxRij)
            { RijAnkers = [.. ingangen.Select(i => (string?)Bronnenlijst.Anker(i.Nummer))] };
            yield return new PaginaEinde();
        }

        private IEnumerable<IBlok> Colofon()
        {
            yield return Hoofdstuk("Colofon", "colofon");
            yield return new Alinea("De technische herkomst van dit rapport, om de afweging te kunnen herhalen en na te gaan.", Huisstijl.Gewoon, 6);
            yield return new Tabel(
                [new Kolom("Gegeven", 30), new Kolom("Waarde", 70)],
                [
                    [Cel.Tekst("Kenmerk van de afweging", Huisstijl.TabelVet), Cel.Tekst(afweging.Id, Huisstijl.Tabel)],
                    [Cel.Tekst("Gemaakt op", Huisstijl.TabelVet), Cel.Tekst(afweging.AangemaaktOp.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", Teksten.Nl), Huisstijl.Tabel)],
                    [Cel.Tekst("Regelset", Huisstijl.TabelVet), Cel.Tekst($"versie {afweging.Regelset.Versie}, geldig vanaf {Teksten.Datum(afweging.Regelset.GeldigVanaf)}", Huisstijl.Tabel)],
                    [Cel.Tekst("Hash van de regelset", Huisstijl.TabelVet), Cel.Tekst(afweging.Regelset.Hash, Huisstijl.Tabel)],
                    [Cel.Tekst("Hash van het voorstel", Huisstijl.TabelVet), Cel.Tekst(afweging.InvoerHash, Huisstijl.Tabel)],
                    [Cel.Tekst("CBS-codes", Huisstijl.TabelVet), Cel.Tekst(string.Join(", ", voorstel.Gemeenten.Select(g => g.CbsCode is null ? $"{g.Naam}: onbekend" : $"{g.Naam}: {g.CbsCode}")), Huisstijl.Tabel)],
                    [Cel.Tekst("Document", Huisstijl.TabelVet), Cel.Tekst("Getagde PDF volgens PDF/UA-1 (ISO 14289-1), taal nl-NL, met inhoudsopgave, bladwijzers en interne koppelingen.", Huisstijl.Tabel)],
                ],
                MaxRij);
        }
    }
}
