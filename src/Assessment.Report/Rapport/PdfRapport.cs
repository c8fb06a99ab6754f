using System.Text.Json;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Json;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Regels;
using Assessment.Engine.Velden;
using Assessment.Report.Opmaak;
using SkiaSharp;

namespace Assessment.Report.Rapport;

/// <summary>
/// The PDF afwegingskader: the report a province attaches to its advice and a municipality puts before its
/// council. Composed from sections that only describe content (the layout layer places it): cover,
/// samenvatting, wat moet er veranderen (with what the open questions decide), scores, the three planes with
/// their findings, varianten, ontbrekende gegevens and the appendices (answers, parameters, method).
/// Deterministic: the same Afweging gives the same bytes.
/// </summary>
public static class PdfRapport
{
    /// <summary>The tallest table row before it is split between lines: a page, less room for the repeated header.</summary>
    internal static readonly float MaxRij = PdfSchrijver.Inhoud.Height - 40;

    public static byte[] Maak(Afweging afweging, Voorstel voorstel, Regelset regelset)
    {
        var blokken = new List<IBlok>();
        blokken.AddRange(Voorblad(afweging, voorstel, regelset));
        blokken.AddRange(Samenvatting(afweging));
        blokken.AddRange(AdviesHoofdstuk.Maak(afweging, regelset));
        blokken.AddRange(Scores(afweging));
        foreach (var vlak in regelset.Kader.Hoofdvlakken)
        {
            blokken.AddRange(Hoofdvlak(afweging, vlak));
        }

        blokken.AddRange(Varianten(afweging, regelset));
        blokken.AddRange(OntbrekendeGegevens(afweging));
        blokken.AddRange(BijlageAntwoorden(voorstel, regelset));
        blokken.AddRange(BijlageParameters(regelset));
        blokken.AddRange(BijlageMethode(regelset));

        var gemeenten = string.Join(", ", voorstel.Gemeenten.Select(g => g.Naam));
        var gegevens = new Documentgegevens(
            Titel: $"Afwegingskader ambtelijke fusie: {afweging.Titel}",
            Auteur: "Afwegingskader ambtelijke fusie",
            Onderwerp: $"Afweging van de voorgenomen ambtelijke fusie van {gemeenten}: {Teksten.Oordeel(afweging.Oordeel).ToLowerInvariant()}",
            Trefwoorden: $"ambtelijke fusie; afwegingskader; {gemeenten}",
            Aangemaakt: afweging.AangemaaktOp);
        var rand = new Paginarand(
            "Afwegingskader ambtelijke fusie",
            afweging.Titel,
            $"Regelset {afweging.Regelset.Versie} · kenmerk {afweging.Id}");
        return PdfSchrijver.Schrijf(blokken, gegevens, rand);
    }

    private static IEnumerable<IBlok> Voorblad(Afweging afweging, Voorstel voorstel, Regelset regelset)
    {
        yield return new Ruimte(90);
        yield return new Alinea("Afwegingskader ambtelijke fusie", Huisstijl.Kop2.MetKleur(Huisstijl.Accent), 6);
        yield return new Alinea(afweging.Titel, Huisstijl.Titel, 10);
        yield return new Alinea(
            "Beoordeling van een voorgenomen ambtelijke fusie met het vaste afwegingskader voor provincies en gemeenten: "
            + "is de fusie verstandig, effectief en duurzaam?", Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs), 18);

        yield return new Kop("Deelnemende gemeenten", Huisstijl.Kop3, 4);
        yield return new Tabel(
            [new Kolom("Gemeente", 40), new Kolom("Inwoners", 20), new Kolom("CBS-code", 15), new Kolom("Provincie", 25)],
            [.. voorstel.Gemeenten.Select(g => (IReadOnlyList<Cel>)
            [
                Cel.Tekst(g.Naam, Huisstijl.Tabel),
                Cel.Tekst(Teksten.Getal(g.Inwoners), Huisstijl.Tabel),
                Cel.Tekst(g.CbsCode ?? "onbekend", Huisstijl.Tabel),
                Cel.Tekst(g.Provincie ?? "onbekend", Huisstijl.Tabel),
            ])],
            MaxRij);

        var s = voorstel.Samenwerking;
        var kenmerken = new List<(string, string)>
        {
            ("Vorm", Teksten.Vorm(s.Vorm, regelset)),
            ("Reikwijdte", s.Reikwijdte is null ? "onbekend" : regelset.Woord("samenwerking.reikwijdte", s.Reikwijdte)),
        };
        if (s.Gastgemeente is not null)
        {
            kenmerken.Add(("Gastgemeente", s.Gastgemeente));
        }

        kenmerken.Add(("Fase", voorstel.Fase is null ? "onbekend" : regelset.Woord("fase", voorstel.Fase)));
        kenmerken.Add(("Beoogde ingangsdatum", voorstel.Ingangsdatum is { } d ? Teksten.Datum(d) : "onbekend"));
        kenmerken.Add(("Datum van de afweging", Teksten.Datum(afweging.AangemaaktOp)));
        kenmerken.Add(("Regelset", $"versie {afweging.Regelset.Versie}, geldig vanaf {Teksten.Datum(afweging.Regelset.GeldigVanaf)}"));
        kenmerken.Add(("Hash van de regelset", afweging.Regelset.Hash));
        kenmerken.Add(("Hash van het voorstel", afweging.InvoerHash));
        kenmerken.Add(("Kenmerk", afweging.Id));
        yield return new Kop("Het voorstel", Huisstijl.Kop3, 6);
        yield return new Tabel(
            [new Kolom("Kenmerk", 30), new Kolom("Waarde", 70)],
            [.. kenmerken.Select(k => (IReadOnlyList<Cel>)[Cel.Tekst(k.Item1, Huisstijl.TabelVet), Cel.Tekst(k.Item2, Huisstijl.Tabel)])],
            MaxRij);
        yield return new PaginaEinde();
    }

    private static IEnumerable<IBlok> Samenvatting(Afweging afweging)
    {
        yield return new Kop("Samenvatting", Huisstijl.Kop1, 0);
        yield return new Tekening(50, (canvas, vak) => TekenOordeel(canvas, vak, afweging));
        yield return new Ruimte(8);
        yield return new Alinea(afweging.OordeelToelichting, Huisstijl.Gewoon);
        var telling = afweging.Bevindingen.GroupBy(b => b.Status).ToDictionary(g => g.Key, g => g.Count());
        int Aantal(string status) => telling.GetValueOrDefault(status);
        yield return new Alinea(
            $"Het kader telt {afweging.Bevindingen.Count} bevindingen: {Aantal(Uitkomst.Status.Voldaan)} voldaan, "
            + $"{Aantal(Uitkomst.Status.NietVoldaan)} niet voldaan, {Aantal(Uitkomst.Status.Onbekend)} onbekend en "
            + $"{Aantal(Uitkomst.Status.NietVanToepassing)} niet van toepassing. De totaalscore is {afweging.Score} van 100 over de "
            + $"beoordeelde regels; {afweging.Dekking}% van het gewicht van de toepasselijke regels kon worden beoordeeld.",
            Huisstijl.Gewoon);
        yield return new Alinea(Betekenis(afweging.Oordeel), Huisstijl.Gewoon, 8);

        yield return new Kop("De drie belangrijkste voorwaarden", Huisstijl.Kop2);
        if (afweging.Voorwaarden.Count == 0)
        {
            yield return new Alinea("Er zijn geen voorwaarden: aan alle blokkerende, kritieke en belangrijke voorwaarden is voldaan.", Huisstijl.Gewoon);
        }
        else
        {
            yield return new Lijst([.. afweging.Voorwaarden.Take(3).Select(v => $"{Teksten.Ernst(v.Ernst)}: {v.Tekst}")], Huisstijl.Gewoon, Genummerd: true);
            if (afweging.Voorwaarden.Count > 3)
            {
                yield return new Alinea(
                    $"In totaal zijn er {afweging.Voorwaarden.Count} voorwaarden. Ze staan alle bij de bevindingen per hoofdvlak (status 'niet voldaan' of 'onbekend').",
                    Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs));
            }
        }

        if (afweging.Aanbevelingen.Count > 0)
        {
            yield return new Kop("Aanbevelingen", Huisstijl.Kop2);
            yield return new Lijst(
                [.. afweging.Aanbevelingen.Select(a => $"Aan de {a.Aan}: {a.Tekst} (bron {string.Join("; ", a.Bronnen.Select(Teksten.Bron))})")],
                Huisstijl.Gewoon);
        }

        yield return new PaginaEinde();
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

    private static void TekenOordeel(SKCanvas canvas, SKRect vak, Afweging afweging)
    {
        var kleur = Teksten.KleurVanOordeel(afweging.Oordeel);
        var badge = new SKRect(vak.Left, vak.Top, vak.Left + 250, vak.Bottom);
        canvas.DrawRoundRect(badge, 6, 6, Verf.Vul(kleur));
        var teken = new SKRect(badge.Left + 12, badge.MidY - 11, badge.Left + 34, badge.MidY + 11);
        canvas.DrawCircle(teken.MidX, teken.MidY, 12.5f, Verf.Vul(SKColors.White));

        Teksten.TekenStatus(canvas, teken, Teksten.TekenVanOordeel(afweging.Oordeel));
        var stijl = new Stijl(10, false, SKColors.White);
        var groot = new Stijl(14, true, SKColors.White);
        Tekstzetter.Teken(canvas, "Oordeel", badge.Left + 44, badge.Top + 19, stijl);
        Tekstzetter.Teken(canvas, Teksten.Oordeel(afweging.Oordeel), badge.Left + 44, badge.Top + 37, groot);

        var rechts = badge.Right + 20;
        Tekstzetter.Teken(canvas, "Totaalscore", rechts, vak.Top + 19, Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs));
        Tekstzetter.Teken(canvas, $"{afweging.Score} van 100", rechts, vak.Top + 37, new Stijl(14, true, Huisstijl.Tekst));
        Tekstzetter.Teken(canvas, "Dekking", rechts + 110, vak.Top + 19, Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs));
        Tekstzetter.Teken(canvas, $"{afweging.Dekking}%", rechts + 110, vak.Top + 37, new Stijl(14, true, Huisstijl.Tekst));
    }

    private static IEnumerable<IBlok> Scores(Afweging afweging)
    {
        yield return new Kop("Scores", Huisstijl.Kop1, 0);
        yield return new Alinea(
            "Een score is het aandeel van het gewicht van de beoordeelde regels waaraan is voldaan (0 tot 100). Regels met een onbekend antwoord "
            + "of die niet van toepassing zijn, tellen niet mee; zie de bijlage Methode.", Huisstijl.Gewoon, 6);
        yield return new Kop("Publieke waarde (Public Value-model)", Huisstijl.Kop2);
        var pw = afweging.PubliekeWaarde;
        yield return Staafdiagram.Maak(
        [
            ("Publieke waarde", pw.PubliekeWaarde, 0),
            ("Legitimiteit", pw.Legitimiteit, 0),
            ("Organisatie en besturing", pw.OrganisatieEnBesturing, 0),
        ]);
        yield return new Kop("Hoofdvlakken en subafwegingen", Huisstijl.Kop2);
        yield return Staafdiagram.Maak(
        [
            .. afweging.Hoofdvlakken.SelectMany(h =>
                new[] { (h.Titel, h.Score, 0) }.Concat(h.Subafwegingen.Select(s => ($"{s.Code} {s.Titel}", s.Score, 1)))),
        ]);
        yield return new PaginaEinde();
    }

    private static IEnumerable<IBlok> Hoofdvlak(Afweging afweging, KaderHoofdvlak vlak)
    {
        var score = afweging.Hoofdvlakken.FirstOrDefault(h => h.Code == vlak.Code);
        var letter = vlak.Subafwegingen.FirstOrDefault()?.Code[..1] ?? "";
        yield return new Kop($"{letter}. {vlak.Titel}", Huisstijl.Kop1, 0);
        yield return new Alinea($"{vlak.Omschrijving} Score: {Teksten.Score(score?.Score)}.", Huisstijl.Gewoon, 4);
        foreach (var sub in vlak.Subafwegingen)
        {
            var subScore = score?.Subafwegingen.FirstOrDefault(s => s.Code == sub.Code)?.Score;
            var bevindingen = afweging.Bevindingen.Where(b => b.Subafweging == sub.Code).ToList();
            yield return new Kop($"{sub.Code} {sub.Titel} — {Teksten.Score(subScore)}", Huisstijl.Kop2);
            yield return new Alinea($"{sub.Vraag} (bron {Teksten.Bron(sub.Bron)})", Huisstijl.Gewoon.MetKleur(Huisstijl.Grijs), 4);
            if (bevindingen.Count == 0)
            {
                yield return new Alinea("Geen bevindingen bij deze subafweging.", Huisstijl.Gewoon);
                continue;
            }

            yield return new Tabel(
                [new Kolom("Status", 15), new Kolom("Bevinding", 55), new Kolom("Ernst", 11), new Kolom("Bron", 19)],
                [.. bevindingen.Select(Rij)],
                MaxRij);
        }

        yield return new PaginaEinde();
    }

    private static IReadOnlyList<Cel> Rij(Bevinding b) =>
    [
        new Cel([new Celdeel(Teksten.Status(b.Status), Huisstijl.TabelVet.MetKleur(Teksten.KleurVanStatus(b.Status)))], (c, vak) => Teksten.TekenStatus(c, vak, b.Status)),
        new Cel([new Celdeel(b.Titel, Huisstijl.TabelVet), new Celdeel(b.Toelichting, Huisstijl.Tabel)]),
        Cel.Tekst(Teksten.Ernst(b.Ernst), Huisstijl.Tabel),
        new Cel([.. b.Bronnen.Select(br => new Celdeel(Teksten.Bron(br), Huisstijl.Tabel)), new Celdeel(b.Regel, Huisstijl.Klein)]),
    ];

    private static IEnumerable<IBlok> Varianten(Afweging afweging, Regelset regelset)
    {
        yield return new Kop("Varianten", Huisstijl.Kop1, 0);
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
                new Cel([new Celdeel(Teksten.Oordeel(v.Oordeel), Huisstijl.Tabel)], (c, vak) => Teksten.TekenStatus(c, vak, Teksten.TekenVanOordeel(v.Oordeel))),
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

    private static IEnumerable<IBlok> OntbrekendeGegevens(Afweging afweging)
    {
        yield return new Kop("Ontbrekende gegevens", Huisstijl.Kop1, 0);
        if (afweging.OntbrekendeGegevens.Count == 0)
        {
            yield return new Alinea("Alle vragen die de regels nodig hebben, zijn beantwoord.", Huisstijl.Gewoon);
            yield return new PaginaEinde();
            yield break;
        }

        yield return new Alinea(
            $"{afweging.OntbrekendeGegevens.Count} antwoorden zijn onbekend. De bevindingen die ze nodig hebben, staan op 'onbekend' en tellen niet mee in de "
            + "scores. Een onbekend antwoord telt nooit als 'nee' of als 'ja'.", Huisstijl.Gewoon, 6);
        var titels = afweging.Bevindingen.ToDictionary(b => b.Regel, b => b.Titel);
        yield return new Tabel(
            [new Kolom("Vraag", 34), new Kolom("Veld", 22), new Kolom("Raakt de bevindingen", 44)],
            [.. afweging.OntbrekendeGegevens.Select(o => (IReadOnlyList<Cel>)
            [
                Cel.Tekst(o.Vraag, Huisstijl.Tabel),
                Cel.Tekst(o.Veld, Huisstijl.Klein),
                new Cel([.. o.Regels.Select(r => new Celdeel(titels.TryGetValue(r, out var t) ? $"{t} ({r})" : r, Huisstijl.Tabel))]),
            ])],
            MaxRij);
        yield return new PaginaEinde();
    }

    private static IEnumerable<IBlok> BijlageAntwoorden(Voorstel voorstel, Regelset regelset)
    {
        yield return new Kop("Bijlage A — De ingediende antwoorden", Huisstijl.Kop1, 0);
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

    private static IEnumerable<IBlok> BijlageParameters(Regelset regelset)
    {
        yield return new Kop("Bijlage B — De gebruikte parameters", Huisstijl.Kop1, 0);
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
                    new Celdeel(p.Herkomst == Parameter.HerkomstBron ? $"Bron {(p.Bron is null ? "" : Teksten.Bron(p.Bron))}" : "Beleidskeuze", Huisstijl.TabelVet),
                    .. p.Toelichting is null ? Array.Empty<Celdeel>() : [new Celdeel(p.Toelichting, Huisstijl.Tabel)],
                    new Celdeel($"Geldig vanaf {Teksten.Datum(p.GeldigVanaf)}", Huisstijl.Klein),
                ]),
            ])],
            MaxRij);
        yield return new PaginaEinde();
    }

    private static IEnumerable<IBlok> BijlageMethode(Regelset regelset)
    {
        yield return new Kop("Bijlage C — De methode", Huisstijl.Kop1, 0);
        string[] alineas =
        [
            $"Het kader ({regelset.Kader.Naam}, versie {regelset.Versie}) volgt de drie hoofdvlakken en acht subafwegingen van het Berenschot-rapport "
            + "voor de provincies Zuid-Holland en Gelderland (bron 002, hoofdstuk 11.3): Meerwaarde, Condities en Weging varianten. Elke regel hoort bij "
            + "één subafweging en bij één domein van het Public Value-model (publieke waarde, legitimiteit, organisatie en besturing).",
            "Elke regel is voldaan, niet voldaan, onbekend (een antwoord dat de regel nodig heeft ontbreekt; de regel wordt dan niet uitgerekend) "
            + "of niet van toepassing. Een score is 100 × het gewicht van de voldane regels gedeeld door het gewicht van de voldane en niet-voldane regels.",
            "Het oordeel: is aan een blokkerende voorwaarde niet voldaan, dan 'heroverwegen'; is meer dan de toegestane fractie van de sleutelvragen "
            + "onbekend, dan 'onvoldoende informatie'; blijft de meerwaarde onder de drempel, dan 'heroverwegen'; zijn er voorwaarden, dan 'positief "
            + "onder voorwaarden'; anders 'positief'. Voorwaarden zijn de niet-voldane blokkerende, kritieke en belangrijke regels en de onbekende "
            + "blokkerende en kritieke regels.",
            "De drempels staan in bijlage B met hun herkomst. Dezelfde invoer met dezelfde regelset geeft altijd dezelfde afweging; de hash van de "
            + "regelset op het voorblad legt vast welke regels zijn gebruikt. De volledige beschrijving staat in docs/scoremethode.md.",
        ];
        foreach (var alinea in alineas)
        {
            yield return new Alinea(alinea, Huisstijl.Gewoon);
        }

        yield return new Kop("Bronnen", Huisstijl.Kop2);
        yield return new Tabel(
            [new Kolom("Bron", 12), new Kolom("Document", 88)],
            [.. Teksten.Bronnen.Select(b => (IReadOnlyList<Cel>)[Cel.Tekst(b.Nummer, Huisstijl.TabelVet), Cel.Tekst(b.Omschrijving, Huisstijl.Tabel)])],
            MaxRij);
    }
}
