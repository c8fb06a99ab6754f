using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Voorstellen;
using Assessment.Engine.Validatie;
using Assessment.Engine.Velden;
using RulesEngine.Models;

namespace Assessment.Engine.Regels;

/// <summary>
/// Loads a rule-set folder (see <c>rules/README.md</c>), checks it thoroughly and compiles every expression
/// once (parsed as RulesEngine parses it, see <see cref="Expressieparser"/>). A rule set with any fault is refused as a whole, with every
/// fault named: a province that edits a rule learns at load, not in an advice.
/// </summary>
public static partial class RegelsetLader
{
    public const string StandaardMap = "rules";

    /// <summary>The folder of the rules within a rule set: one subfolder per workflow.</summary>
    public const string RegelMap = "regels";

    /// <summary>The cases of rule <c>ID.json</c> are in <c>ID.tests.json</c> beside it.</summary>
    public const string TestAchtervoegsel = ".tests.json";

    private static readonly ReSettings Instellingen = new()
    {
        IsExpressionCaseSensitive = true,
        UseFastExpressionCompiler = true,
        CustomTypes = [typeof(Enumerable), typeof(Math)],
    };

    /// <summary>The rule set shipped next to the running program (<c>rules/</c> in its folder).</summary>
    public static Regelset LaadStandaard(string? parameterOverschrijving = null) =>
        Laad(Path.Combine(AppContext.BaseDirectory, StandaardMap), parameterOverschrijving);

    public static Regelset Laad(string map, string? parameterOverschrijving = null) =>
        Laad(map, parameterOverschrijving, Tweetrapscompilatie.Moment.Achteraf);

    /// <summary>Loads a rule set, its rule functions compiled to IL at <paramref name="compilatie"/>.</summary>
    internal static Regelset Laad(string map, string? parameterOverschrijving, Tweetrapscompilatie.Moment compilatie)
    {
        try
        {
            return LaadMap(map, parameterOverschrijving, compilatie);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new RegelsetFout($"De regelset in '{map}' is niet bruikbaar: {ex.Message}");
        }
    }

    private static Regelset LaadMap(string map, string? parameterOverschrijving, Tweetrapscompilatie.Moment compilatie)
    {
        if (!Directory.Exists(map))
        {
            throw new RegelsetFout($"De map met regels '{map}' bestaat niet.");
        }

        _ = Task.Run(Expressieparser.WarmOp);
        var fouten = new List<string>();
        var kader = LeesKader(Path.Combine(map, "kader.json"), fouten, out var workflowVolgorde, out var aanbevelingenWorkflow);

        var velden = Veldcatalogus.Laad(map, fouten);
        // The schema (JsonSchema.Net builds it and checks it against the 2020-12 meta-schema) and RulesEngine's own
        // check of the workflows need nothing from the rules: they run beside the rules on another thread, their
        // faults reported where they were before.
        var schemaFouten = new List<string>();
        var schemaPlaats = fouten.Count;
        var schemaTaak = Task.Run(() => Schemacontrole.Maak(velden, schemaFouten));

        // The fields a valid proposal always has: a rule reads them without declaring them in 'vereist'.
        var verplicht = new HashSet<string>(velden.Alle.Where(v => v.AltijdBekend).Select(v => v.Pad), StringComparer.Ordinal) { VeldPad.Overdragend };
        foreach (var veld in verplicht.Where(v => v.StartsWith("gemeenten[].", StringComparison.Ordinal)).ToList())
        {
            verplicht.Add(VeldPad.Overdragend + veld["gemeenten".Length..]);
        }

        var parameters = LeesParameters(map, parameterOverschrijving, fouten);
        var parameterObject = MaakParameterObject(parameters);

        var parser = new Expressieparser(
            [Expression.Parameter(typeof(Voorstel), "v"), Expression.Parameter(typeof(Afgeleid), "a"), Expression.Parameter(parameterObject.GetType(), "p")],
            Instellingen.CustomTypes ?? []);

        var regels = new List<Regel>();
        var aanbevelingen = new List<Regel>();
        var gelezen = LeesWorkflows(Path.Combine(map, RegelMap), fouten);
        foreach (var naam in gelezen.Keys.Except(workflowVolgorde.Append(aanbevelingenWorkflow)))
        {
            fouten.Add($"{RegelMap}/{naam}: de workflow '{naam}' staat niet in kader.json (workflows of aanbevelingen).");
        }

        List<Workflow> workflows = [.. workflowVolgorde.Append(aanbevelingenWorkflow).Where(gelezen.ContainsKey).Select(naam => gelezen[naam].Workflow)];
        var workflowTaak = Task.Run(() => ControleerWorkflows(workflows));

        parser.ParseVooraf(workflows.SelectMany(w => w.Rules).SelectMany(Expressies));
        var context = new Context(pad => Grenzen(velden, pad), kader, verplicht, parameters, parser, new Tweetrapscompilatie(), fouten);
        foreach (var naam in workflowVolgorde.Append(aanbevelingenWorkflow))
        {
            if (!gelezen.TryGetValue(naam, out var gevonden))
            {
                fouten.Add($"kader.json noemt de workflow '{naam}', maar de map {RegelMap}/{naam} met zijn regels ontbreekt.");
                continue;
            }

            var isAanbeveling = naam == aanbevelingenWorkflow;
            foreach (var (rule, bestand) in gevonden.Workflow.Rules.Zip(gevonden.Bestanden))
            {
                var regel = MaakRegel(rule, bestand.Inhoud, naam, bestand.Naam, isAanbeveling, context);
                if (regel is null)
                {
                    continue;
                }

                if (!isAanbeveling && bestand.Map != regel.Subafweging)
                {
                    fouten.Add($"{bestand.Naam}: de regel hoort bij subafweging {regel.Subafweging} en staat dus in {RegelMap}/{naam}/{regel.Subafweging}/.");
                }

                (isAanbeveling ? aanbevelingen : regels).Add(regel);
            }
        }

        ControleerKader(kader, regels, fouten);
        Bronnencatalogus.ControleerCitaten(kader, regels.Concat(aanbevelingen), parameters.Values, fouten);
        foreach (var veld in regels.SelectMany(r => r.Vereist.Concat(r.VanToepassingLeest)).Select(v => v.Pad.Replace(VeldPad.Overdragend + "[]", "gemeenten[]", StringComparison.Ordinal))
                     .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                     .Where(v => velden.Zoek(v) is { } gevonden && !gevonden.Kenmerken.ContainsKey("veranderbaar")))
        {
            fouten.Add($"{Veldcatalogus.KenmerkenBestand}: '{veld}' wordt door een regel gelezen; zeg of een gemeente het kan veranderen ('veranderbaar', met 'moeite' en 'actie').");
        }

        foreach (var dubbel in regels.Concat(aanbevelingen).GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            fouten.Add($"De regel-id '{dubbel.Key}' komt {dubbel.Count()} keer voor.");
        }

        foreach (var ongebruikt in parameters.Keys.Except(regels.Concat(aanbevelingen).SelectMany(r => r.Parameters)).Except(Beoordeling.Oordeelparameters.Namen))
        {
            fouten.Add($"De parameter '{ongebruikt}' ({parameters[ongebruikt].Bestand}) wordt door geen regel gebruikt.");
        }

        var schema = schemaTaak.GetAwaiter().GetResult();
        fouten.InsertRange(schemaPlaats, schemaFouten);
        if (fouten.Count == 0 && workflowTaak.GetAwaiter().GetResult() is { } workflowFout)
        {
            fouten.Add(workflowFout);
        }

        if (fouten.Count > 0 || schema is null)
        {
            throw new RegelsetFout($"De regelset in '{map}' is niet bruikbaar ({fouten.Count} fouten):\n- " + string.Join("\n- ", fouten));
        }

        var hash = BerekenHash(map, parameterOverschrijving);
        return new Regelset(kader, hash, regels, aanbevelingen, parameters, schema, workflows, parameterObject, context.AantalPaden, context.Compilatie.Compileer(compilatie));
    }

    /// <summary>The expressions of a rule as read from its file: condition, applicability, placeholders of its texts.</summary>
    private static IEnumerable<string> Expressies(Rule rule)
    {
        static string? Tekst(JsonElement? element) => element is { ValueKind: JsonValueKind.String } tekst ? tekst.GetString() : null;
        JsonElement? Eigenschap(string naam) => rule.Properties?.GetValueOrDefault(naam) is JsonElement element ? element : null;
        var toelichting = Eigenschap("toelichting") is { ValueKind: JsonValueKind.Object } t ? t : (JsonElement?)null;
        JsonElement? Toelichting(string naam) => toelichting is { } t && t.TryGetProperty(naam, out var deel) ? deel : null;
        string?[] teksten = [Tekst(Eigenschap("tekst")), Tekst(Toelichting("voldaan")), Tekst(Toelichting("nietVoldaan"))];
        return new[] { rule.Expression, Tekst(Eigenschap("vanToepassing")) }
            .Concat(teksten.OfType<string>().SelectMany(Sjabloon.Expressies))
            .OfType<string>()
            .Where(e => !string.IsNullOrWhiteSpace(e));
    }

    /// <summary>RulesEngine's own check of the workflows (names, expressions, structure): null, or its objection.</summary>
    private static string? ControleerWorkflows(List<Workflow> workflows)
    {
        try
        {
            _ = new RulesEngine.RulesEngine([.. workflows.Where(w => w.Rules.Any())], Instellingen);
            return null;
        }
        catch (Exception ex) when (ex is RulesEngine.Exceptions.RuleValidationException or ArgumentException)
        {
            return "RulesEngine weigert de workflows: " + ex.Message;
        }
    }

    private sealed record Context(
        Func<string, (decimal Min, decimal Max)?> Grenzen,
        Kader Kader,
        HashSet<string> Verplicht,
        IReadOnlyDictionary<string, Parameter> Parameters,
        Expressieparser Parser,
        Tweetrapscompilatie Compilatie,
        List<string> Fouten)
    {
        private readonly Dictionary<string, VeldPad> _paden = new(StringComparer.Ordinal);

        /// <summary>One <see cref="VeldPad"/> per field, shared by all rules, so each is resolved once per proposal.</summary>
        public int AantalPaden => _paden.Count;

        public VeldPad Pad(string pad)
        {
            if (!_paden.TryGetValue(pad, out var veldPad))
            {
                _paden[pad] = veldPad = VeldPad.Maak(pad, _paden.Count);
            }

            return veldPad;
        }
    }

    private static Regel? MaakRegel(Rule rule, JsonElement element, string workflow, string bestand, bool isAanbeveling, Context c)
    {
        var waar = $"{bestand}: regel '{rule.RuleName}'";
        var fouten = c.Fouten;
        var aantalFouten = fouten.Count;
        if (!element.TryGetProperty("Properties", out var p) || p.ValueKind != JsonValueKind.Object)
        {
            fouten.Add($"{waar}: 'Properties' met de metadata ontbreekt.");
            return null;
        }

        if (!RegelId().IsMatch(rule.RuleName ?? ""))
        {
            fouten.Add($"{waar}: de id moet uit hoofdletters, cijfers en streepjes bestaan (bijv. B1-URGENTIE-BREED).");
        }

        string Tekst(string naam, bool nodig = true)
        {
            if (p.TryGetProperty(naam, out var w) && w.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(w.GetString()))
            {
                return w.GetString()!;
            }

            if (nodig)
            {
                fouten.Add($"{waar}: '{naam}' ontbreekt of is leeg.");
            }

            return "";
        }

        var factor = Tekst("factor");
        if (factor.Length > 0 && !Uitkomst.Factoren.Contains(factor))
        {
            fouten.Add($"{waar}: factor '{factor}' staat niet in de vaste woordenlijst ({string.Join(", ", Uitkomst.Factoren)}).");
        }

        var titel = Tekst("titel");
        var bronnen = LeesBronnen(p, waar, fouten);
        var vereistTekst = p.TryGetProperty("vereist", out var vereistElement) && vereistElement.ValueKind == JsonValueKind.Array
            ? vereistElement.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        var vereist = new List<VeldPad>();
        foreach (var pad in vereistTekst)
        {
            try
            {
                vereist.Add(c.Pad(pad));
            }
            catch (RegelsetFout ex)
            {
                fouten.Add($"{waar}: {ex.Message}");
            }
        }

        var gedeclareerdeParameters = p.TryGetProperty("parameters", out var pe) && pe.ValueKind == JsonValueKind.Array
            ? pe.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        foreach (var onbekend in gedeclareerdeParameters.Where(n => !c.Parameters.ContainsKey(n)))
        {
            fouten.Add($"{waar}: de parameter '{onbekend}' bestaat niet in rules/parameters.");
        }

        // Compile the condition with RulesEngine's parser and compare what it reads with what it declares.
        var conditie = CompileerDrieWaardig(rule.Expression, waar, "Expression", c);
        var analyse = Analyseer(rule.Expression, c);
        var vanToepassingTekst = p.TryGetProperty("vanToepassing", out var vt) && vt.ValueKind == JsonValueKind.String ? vt.GetString() : null;
        Func<object[], bool?>? vanToepassing = null;
        IReadOnlyList<VeldPad> vanToepassingLeest = [];
        var tAnalyse = vanToepassingTekst is null ? null : Analyseer(vanToepassingTekst, c);
        if (vanToepassingTekst is not null)
        {
            vanToepassing = CompileerDrieWaardig(vanToepassingTekst, waar, "vanToepassing", c);
            if (tAnalyse is not null)
            {
                vanToepassingLeest = [.. tAnalyse.Velden.Where(v => !c.Verplicht.Contains(v)).Select(c.Pad)];
                foreach (var par in tAnalyse.GebruikteParameters.Except(gedeclareerdeParameters))
                {
                    fouten.Add($"{waar}: vanToepassing gebruikt de parameter '{par}' maar 'parameters' noemt hem niet.");
                }
            }
        }

        if (analyse is not null)
        {
            var gelezen = analyse.Velden.Where(v => !c.Verplicht.Contains(v)).ToHashSet(StringComparer.Ordinal);
            var verklaard = vereistTekst.ToHashSet(StringComparer.Ordinal);
            foreach (var ontbreekt in gelezen.Except(verklaard).Order(StringComparer.Ordinal))
            {
                fouten.Add($"{waar}: de expressie leest '{ontbreekt}', maar 'vereist' noemt dat veld niet.");
            }

            foreach (var teveel in verklaard.Except(gelezen).Order(StringComparer.Ordinal))
            {
                fouten.Add($"{waar}: 'vereist' noemt '{teveel}', maar de expressie leest dat veld niet.");
            }

            foreach (var par in analyse.GebruikteParameters.Except(gedeclareerdeParameters))
            {
                fouten.Add($"{waar}: de expressie gebruikt de parameter '{par}' maar 'parameters' noemt hem niet.");
            }
        }

        Sjabloon SjabloonVan(string tekst, string veld)
        {
            foreach (var expressie in Sjabloon.Expressies(tekst))
            {
                if (Analyseer(expressie, c) is { } sAnalyse)
                {
                    foreach (var v in sAnalyse.Velden.Where(v => !c.Verplicht.Contains(v) && !vereistTekst.Contains(v)))
                    {
                        fouten.Add($"{waar}: de tekst '{veld}' leest '{v}', dat niet in 'vereist' staat.");
                    }
                }
            }

            try
            {
                return Sjabloon.Maak(tekst, e => Compileer<object>(e, waar, veld, c) ?? (_ => ""));
            }
            catch (RegelsetFout ex)
            {
                fouten.Add($"{waar}: {ex.Message}");
                return Sjabloon.Leeg;
            }
        }

        var vormafhankelijkheid = (analyse?.Vormafhankelijkheid ?? Vormafhankelijkheid.Geen)
            | (tAnalyse?.Vormafhankelijkheid ?? Vormafhankelijkheid.Geen);
        var parameterBeschrijvingen = gedeclareerdeParameters.Where(c.Parameters.ContainsKey).Select(n => BeschrijfParameter(c.Parameters[n])).ToList();

        if (isAanbeveling)
        {
            var tekst = Tekst("tekst");
            var aan = Tekst("aan");
            return fouten.Count > aantalFouten || conditie is null ? null : new Regel
            {
                Id = rule.RuleName!,
                Workflow = workflow,
                Expressie = rule.Expression,
                VanToepassingExpressie = vanToepassingTekst,
                Factor = factor,
                Titel = titel,
                Bronnen = bronnen,
                Vereist = vereist,
                Parameters = gedeclareerdeParameters,
                Aan = aan,
                Tekst = tekst,
                Vormafhankelijkheid = vormafhankelijkheid,
                ParameterBeschrijvingen = parameterBeschrijvingen,
                Conditie = conditie,
                VanToepassing = vanToepassing,
                VanToepassingLeest = vanToepassingLeest,
                VoldaanTekst = SjabloonVan(tekst, "tekst"),
                NietVoldaanTekst = Sjabloon.Leeg,
            };
        }

        var hoofdvlak = Tekst("hoofdvlak");
        var subafweging = Tekst("subafweging");
        var kaderVlak = c.Kader.Hoofdvlakken.FirstOrDefault(h => h.Code == hoofdvlak);
        if (kaderVlak is null)
        {
            fouten.Add($"{waar}: hoofdvlak '{hoofdvlak}' bestaat niet (kies uit {string.Join(", ", c.Kader.Hoofdvlakken.Select(h => h.Code))}).");
        }
        else if (kaderVlak.Subafwegingen.All(s => s.Code != subafweging))
        {
            fouten.Add($"{waar}: subafweging '{subafweging}' hoort niet bij hoofdvlak '{hoofdvlak}' (kies uit {string.Join(", ", kaderVlak.Subafwegingen.Select(s => s.Code))}).");
        }

        var dimensie = Tekst("dimensie");
        if (c.Kader.Dimensies.All(d => d.Code != dimensie))
        {
            fouten.Add($"{waar}: dimensie '{dimensie}' bestaat niet (kies uit {string.Join(", ", c.Kader.Dimensies.Select(d => d.Code))}).");
        }

        var ernst = Tekst("ernst");
        if (!Uitkomst.Ernst.Alle.Contains(ernst))
        {
            fouten.Add($"{waar}: ernst '{ernst}' bestaat niet (kies uit {string.Join(", ", Uitkomst.Ernst.Alle)}).");
        }

        var gewicht = p.TryGetProperty("gewicht", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetDecimal() : -1;
        if (gewicht is < 0 or > 5)
        {
            fouten.Add($"{waar}: 'gewicht' moet een getal van 0 tot en met 5 zijn.");
        }
        else if (ernst == Uitkomst.Ernst.Informatie && gewicht != 0)
        {
            fouten.Add($"{waar}: een regel met ernst 'informatie' telt niet mee in de score; geef hem gewicht 0.");
        }

        var sleutel = p.TryGetProperty("sleutel", out var s) && s.ValueKind == JsonValueKind.True;
        var ernstOnderbouwing = LeesErnstOnderbouwing(p, waar, fouten);
        var faalfactor = p.TryGetProperty("faalfactor", out var ff) && ff.ValueKind == JsonValueKind.String ? ff.GetString() : null;
        if (faalfactor is not null)
        {
            if (c.Kader.Faalfactoren.All(f => f.Code != faalfactor))
            {
                fouten.Add($"{waar}: faalfactor '{faalfactor}' staat niet in kader.json (kies uit {string.Join(", ", c.Kader.Faalfactoren.Select(f => f.Code))}).");
            }

            if (ernst is not (Uitkomst.Ernst.Blokkerend or Uitkomst.Ernst.Kritiek or Uitkomst.Ernst.Belangrijk))
            {
                fouten.Add($"{waar}: alleen een blokkerende, kritieke of belangrijke regel stelt een faalfactor vast.");
            }
        }

        var indicatoren = p.TryGetProperty("indicatoren", out var ind) && ind.ValueKind == JsonValueKind.Array
            ? ind.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        var eigenIndicatoren = c.Kader.Dimensies.FirstOrDefault(d => d.Code == dimensie)?.Indicatoren ?? [];
        foreach (var code in indicatoren.Where(code => eigenIndicatoren.All(i => i.Code != code)))
        {
            fouten.Add($"{waar}: indicator '{code}' hoort niet bij het domein '{dimensie}' van de regel (of bestaat niet).");
        }
        Toelichting? toelichting = null;
        if (p.TryGetProperty("toelichting", out var t) && t.ValueKind == JsonValueKind.Object)
        {
            string Deel(string naam, bool nodig) =>
                t.TryGetProperty(naam, out var d) && d.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(d.GetString())
                    ? d.GetString()!
                    : nodig ? Mis(naam) : "";
            string Mis(string naam)
            {
                fouten.Add($"{waar}: toelichting.{naam} ontbreekt.");
                return "";
            }

            toelichting = new Toelichting(
                Deel("voldaan", true),
                Deel("nietVoldaan", true),
                Deel("onbekend", vereist.Count > 0),
                Deel("nietVanToepassing", vanToepassingTekst is not null));
        }
        else
        {
            fouten.Add($"{waar}: 'toelichting' met voldaan/nietVoldaan/onbekend/nietVanToepassing ontbreekt.");
        }

        var voorwaarde = Tekst("voorwaarde", nodig: ernst is Uitkomst.Ernst.Blokkerend or Uitkomst.Ernst.Kritiek or Uitkomst.Ernst.Belangrijk);
        var advies = Tekst("advies", nodig: ernst == Uitkomst.Ernst.Advies);
        if (fouten.Count > aantalFouten || conditie is null || toelichting is null)
        {
            return null;
        }

        return new Regel
        {
            Id = rule.RuleName!,
            Workflow = workflow,
            Expressie = rule.Expression,
            VanToepassingExpressie = vanToepassingTekst,
            Factor = factor,
            Titel = titel,
            Bronnen = bronnen,
            Vereist = vereist,
            Parameters = gedeclareerdeParameters,
            Hoofdvlak = hoofdvlak,
            Subafweging = subafweging,
            Dimensie = dimensie,
            Ernst = ernst,
            Gewicht = gewicht,
            Sleutel = sleutel,
            ErnstOnderbouwing = ernstOnderbouwing,
            Faalfactor = faalfactor,
            Indicatoren = indicatoren,
            Toelichting = toelichting,
            Voorwaarde = voorwaarde.Length == 0 ? null : voorwaarde,
            Advies = advies.Length == 0 ? null : advies,
            Vormafhankelijkheid = vormafhankelijkheid,
            LeestAfgeleid = [.. (analyse?.Afgeleiden ?? []).Union(tAnalyse?.Afgeleiden ?? [], StringComparer.Ordinal)],
            ParameterBeschrijvingen = parameterBeschrijvingen,
            HoofdvlakIndex = c.Kader.Hoofdvlakken.ToList().FindIndex(h => h.Code == hoofdvlak),
            SubafwegingIndex = c.Kader.Hoofdvlakken.SelectMany(h => h.Subafwegingen).ToList().FindIndex(sa => sa.Code == subafweging),
            DimensieIndex = c.Kader.Dimensies.ToList().FindIndex(d => d.Code == dimensie),
            Conditie = conditie,
            VanToepassing = vanToepassing,
            VanToepassingLeest = vanToepassingLeest,
            VoldaanTekst = SjabloonVan(toelichting.Voldaan, "toelichting.voldaan"),
            NietVoldaanTekst = SjabloonVan(toelichting.NietVoldaan, "toelichting.nietVoldaan"),
        };
    }

    private static string BeschrijfParameter(Parameter p)
    {
        var herkomst = p.Herkomst == Parameter.HerkomstBron ? $"bron: {p.Bron?.Document} {p.Bron?.Plaats}" : "beleidskeuze";
        return $"{p.Naam} = {p.Waarde.ToString(CultureInfo.InvariantCulture)} ({herkomst})";
    }

    private static Func<object[], T>? Compileer<T>(string? expressie, string waar, string veld, Context c)
    {
        if (string.IsNullOrWhiteSpace(expressie))
        {
            c.Fouten.Add($"{waar}: '{veld}' is leeg.");
            return null;
        }

        try
        {
            return c.Compilatie.Voeg(c.Parser.Lambda<T>(expressie), snel: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            c.Fouten.Add($"{waar}: '{veld}' is geen geldige expressie: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Compiles a condition three-valued (see <see cref="DrieWaardigeVertaling"/>): true, false, or null when the
    /// known answers cannot decide it.
    /// </summary>
    private static Func<object[], bool?>? CompileerDrieWaardig(string? expressie, string waar, string veld, Context c)
    {
        if (string.IsNullOrWhiteSpace(expressie))
        {
            c.Fouten.Add($"{waar}: '{veld}' is leeg.");
            return null;
        }

        Expression boom;
        try
        {
            boom = c.Parser.Parse(expressie);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            c.Fouten.Add($"{waar}: '{veld}' is geen geldige expressie: {ex.Message}");
            return null;
        }

        try
        {
            return c.Compilatie.Voeg(c.Parser.Omhul<bool?>(DrieWaardigeVertaling.VertaalExpressie(boom, c.Parser.Parameters, c.Grenzen)), snel: false);
        }
        catch (RegelsetFout ex)
        {
            c.Fouten.Add($"{waar}: '{veld}': {ex.Message}");
            return null;
        }
    }

    /// <summary>The range (minimum..maximum) the schema allows for a numeric field, by its path in the rules' notation.</summary>
    private static (decimal Min, decimal Max)? Grenzen(Veldcatalogus velden, string pad) =>
        velden.Zoek(pad) is { } veld && (veld.Minimum is not null || veld.Maximum is not null)
            ? (veld.Minimum ?? decimal.MinValue, veld.Maximum ?? decimal.MaxValue)
            : null;

    private static ExpressieAnalyse? Analyseer(string? expressie, Context c)
    {
        if (string.IsNullOrWhiteSpace(expressie))
        {
            return null;
        }

        try
        {
            var boom = c.Parser.Parse(expressie);
            return ExpressieAnalyse.Analyseer(boom, c.Parser.Parameters[0], c.Parser.Parameters[1], c.Parser.Parameters[2]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null; // Compileer already reported the syntax error.
        }
    }

    /// <summary>The quoted source sentence behind a rule's severity; every finding rule needs one.</summary>
    private static ErnstOnderbouwing? LeesErnstOnderbouwing(JsonElement p, string waar, List<string> fouten)
    {
        if (!p.TryGetProperty("ernstOnderbouwing", out var e) || e.ValueKind != JsonValueKind.Object)
        {
            fouten.Add($"{waar}: 'ernstOnderbouwing' ontbreekt: citeer de zin uit de bron die de ernst van de regel draagt.");
            return null;
        }

        string Deel(string naam) => e.TryGetProperty(naam, out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() ?? "" : "";
        var herkomst = Deel("herkomst");
        var citaat = Deel("citaat");
        var toelichting = Deel("toelichting");
        var bron = e.TryGetProperty("bron", out var b) && b.ValueKind == JsonValueKind.Object
            ? new Bron(b.TryGetProperty("document", out var d) ? d.GetString() ?? "" : "", b.TryGetProperty("plaats", out var pl) ? pl.GetString() ?? "" : "")
            : new Bron("", "");
        if (herkomst is not (Parameter.HerkomstBron or Parameter.HerkomstBeleidskeuze))
        {
            fouten.Add($"{waar}: ernstOnderbouwing.herkomst is 'bron' of 'beleidskeuze'.");
        }

        if (string.IsNullOrWhiteSpace(citaat) || string.IsNullOrWhiteSpace(toelichting) || !BronDocument().IsMatch(bron.Document) || string.IsNullOrWhiteSpace(bron.Plaats))
        {
            fouten.Add($"{waar}: ernstOnderbouwing vraagt een 'citaat', een 'bron' (document en plaats) en een 'toelichting'.");
        }

        return new ErnstOnderbouwing(herkomst, citaat, bron, toelichting);
    }

    private static List<Bron> LeesBronnen(JsonElement p, string waar, List<string> fouten)
    {
        var bronnen = new List<Bron>();
        if (p.TryGetProperty("bronnen", out var b) && b.ValueKind == JsonValueKind.Array)
        {
            foreach (var bron in b.EnumerateArray())
            {
                var document = bron.TryGetProperty("document", out var d) ? d.GetString() ?? "" : "";
                var plaats = bron.TryGetProperty("plaats", out var pl) ? pl.GetString() ?? "" : "";
                if (!BronDocument().IsMatch(document) || string.IsNullOrWhiteSpace(plaats))
                {
                    fouten.Add($"{waar}: een bron heeft een document als '002_7287778b7ae905cd.txt' en een plaats (hoofdstuk of regels) nodig.");
                }

                bronnen.Add(new Bron(document, plaats));
            }
        }

        if (bronnen.Count == 0)
        {
            fouten.Add($"{waar}: elke regel noemt minstens één bron.");
        }

        return bronnen;
    }

    /// <summary>
    /// The rule files as RulesEngine workflows: each folder under <c>regels/</c> is one workflow, each
    /// <c>ID.json</c> in it (in a folder per sub-afweging) one rule, with its cases in <c>ID.tests.json</c> beside it.
    /// </summary>
    /// <remarks>Each file is read and parsed once: its JSON is kept (<c>Inhoud</c>) for building the rule.</remarks>
    private static Dictionary<string, (Workflow Workflow, List<(string Naam, string Map, JsonElement Inhoud)> Bestanden)> LeesWorkflows(string regelMap, List<string> fouten)
    {
        var gelezen = new Dictionary<string, (Workflow, List<(string, string, JsonElement)>)>(StringComparer.Ordinal);
        if (!Directory.Exists(regelMap))
        {
            fouten.Add($"De map {RegelMap}/ met de regels ontbreekt.");
            return gelezen;
        }

        foreach (var workflowMap in Directory.GetDirectories(regelMap).Order(StringComparer.Ordinal))
        {
            var naam = Path.GetFileName(workflowMap);
            var bestanden = Directory.GetFiles(workflowMap, "*.json", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(TestAchtervoegsel, StringComparison.Ordinal))
                .Select(f => (Pad: f, Naam: Path.GetRelativePath(Path.GetDirectoryName(regelMap)!, f).Replace('\\', '/'), Map: Path.GetFileName(Path.GetDirectoryName(f)!)))
                .OrderBy(f => f.Naam, StringComparer.Ordinal)
                .ToList();
            var rules = new List<Rule>();
            var inhoud = new List<(string, string, JsonElement)>();
            foreach (var (pad, bestandsnaam, submap) in bestanden)
            {
                JsonElement element;
                using (var document = JsonDocument.Parse(File.ReadAllBytes(pad), new JsonDocumentOptions { AllowDuplicateProperties = false }))
                {
                    element = document.RootElement.Clone();
                }

                var rule = LeesRule(element);
                if (rule.RuleName != Path.GetFileNameWithoutExtension(pad))
                {
                    fouten.Add($"{bestandsnaam}: het bestand heet naar zijn regel, maar de regel heet '{rule.RuleName}'.");
                }

                rules.Add(rule);
                inhoud.Add((bestandsnaam, submap, element));
            }

            gelezen[naam] = (new Workflow { WorkflowName = naam, Rules = rules }, inhoud);
        }

        return gelezen;
    }

    /// <summary>The RulesEngine rule of a rule file; <paramref name="r"/> outlives it (a clone), so its properties are shared, not copied.</summary>
    private static Rule LeesRule(JsonElement r) => new()
    {
        RuleName = r.TryGetProperty("RuleName", out var rn) ? rn.GetString() : null,
        Expression = r.TryGetProperty("Expression", out var ex) ? ex.GetString() : null,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        SuccessEvent = r.TryGetProperty("SuccessEvent", out var se) ? se.GetString() : Uitkomst.Status.Voldaan,
        Properties = r.TryGetProperty("Properties", out var props) && props.ValueKind == JsonValueKind.Object
            ? props.EnumerateObject().ToDictionary(e => e.Name, e => (object)e.Value)
            : null,
    };

    private static Kader LeesKader(string pad, List<string> fouten, out IReadOnlyList<string> workflows, out string aanbevelingen)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(pad));
        var k = document.RootElement;
        workflows = [.. k.GetProperty("workflows").EnumerateArray().Select(w => w.GetString()!)];
        aanbevelingen = k.GetProperty("aanbevelingen").GetString()!;
        static Bron BronVan(JsonElement e) => new(e.GetProperty("document").GetString()!, e.GetProperty("plaats").GetString()!);
        return new Kader(
            k.GetProperty("naam").GetString()!,
            k.GetProperty("versie").GetString()!,
            DateOnly.ParseExact(k.GetProperty("geldigVanaf").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            k.GetProperty("omschrijving").GetString()!,
            [.. k.GetProperty("bronnen").EnumerateArray().Select(BronVan)],
            [.. k.GetProperty("hoofdvlakken").EnumerateArray().Select(h => new KaderHoofdvlak(
                h.GetProperty("code").GetString()!,
                h.GetProperty("titel").GetString()!,
                h.GetProperty("omschrijving").GetString()!,
                BronVan(h.GetProperty("bron")),
                [.. h.GetProperty("subafwegingen").EnumerateArray().Select(s => new KaderSubafweging(
                    s.GetProperty("code").GetString()!,
                    s.GetProperty("titel").GetString()!,
                    s.GetProperty("vraag").GetString()!,
                    BronVan(s.GetProperty("bron"))))]))],
            [.. k.GetProperty("dimensies").EnumerateArray().Select(d => new KaderDimensie(
                d.GetProperty("code").GetString()!,
                d.GetProperty("titel").GetString()!,
                d.GetProperty("omschrijving").GetString()!,
                BronVan(d.GetProperty("bron")))
            {
                Indicatoren = d.TryGetProperty("indicatoren", out var indicatoren)
                    ? [.. indicatoren.EnumerateArray().Select(i => new Indicator(
                        i.GetProperty("code").GetString()!,
                        i.GetProperty("tekst").GetString()!,
                        BronVan(i.GetProperty("bron")),
                        i.TryGetProperty("beoordeling", out var b) ? b.GetString() ?? "" : "",
                        i.TryGetProperty("toelichting", out var t) ? t.GetString() : null))]
                    : [],
            })])
        {
            Faalfactoren = k.TryGetProperty("faalfactoren", out var faalfactoren)
                ? [.. faalfactoren.EnumerateArray().Select(f => new Faalfactor(
                    f.GetProperty("code").GetString()!,
                    f.GetProperty("titel").GetString()!,
                    [.. f.GetProperty("bronnen").EnumerateArray().Select(BronVan)]))]
                : [],
            Documenten = Bronnencatalogus.Lees(k, fouten),
        };
    }

    /// <summary>
    /// The checks that span rules and the framework: every Public Value indicator is judged by a rule or says why it
    /// can only be judged after the start, and every failure factor is established by at least one rule.
    /// </summary>
    private static void ControleerKader(Kader kader, IReadOnlyList<Regel> regels, List<string> fouten)
    {

        var gebruikt = regels.SelectMany(r => r.Indicatoren).ToHashSet(StringComparer.Ordinal);
        foreach (var indicator in kader.Dimensies.SelectMany(d => d.Indicatoren))
        {
            switch (indicator.Beoordeling)
            {
                case Indicator.DoorRegels when !gebruikt.Contains(indicator.Code):
                    fouten.Add($"kader.json: indicator {indicator.Code} heet door regels beoordeeld, maar geen regel noemt hem in 'indicatoren'.");
                    break;
                case Indicator.NaDeStart when string.IsNullOrWhiteSpace(indicator.Toelichting):
                    fouten.Add($"kader.json: indicator {indicator.Code} is pas na de start te beoordelen; zeg in 'toelichting' waarom.");
                    break;
                case Indicator.NaDeStart when gebruikt.Contains(indicator.Code):
                    fouten.Add($"kader.json: indicator {indicator.Code} heet pas na de start te beoordelen, maar een regel noemt hem.");
                    break;
                case not (Indicator.DoorRegels or Indicator.NaDeStart):
                    fouten.Add($"kader.json: indicator {indicator.Code} heeft 'beoordeling' '{Indicator.DoorRegels}' of '{Indicator.NaDeStart}' nodig.");
                    break;
            }
        }

        var gevestigd = regels.Select(r => r.Faalfactor).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var faalfactor in kader.Faalfactoren.Where(f => !gevestigd.Contains(f.Code)))
        {
            fouten.Add($"kader.json: de faalfactor '{faalfactor.Code}' wordt door geen regel vastgesteld (zet 'faalfactor' bij de regel die hem toetst).");
        }
    }

    private static Dictionary<string, Parameter> LeesParameters(string map, string? overschrijving, List<string> fouten)
    {
        var parameters = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        var parameterMap = Path.Combine(map, "parameters");
        foreach (var bestand in Directory.GetFiles(parameterMap, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var parameter in LeesParameterBestand(bestand, fouten))
            {
                if (!parameters.TryAdd(parameter.Naam, parameter))
                {
                    fouten.Add($"{Path.GetFileName(bestand)}: de parameter '{parameter.Naam}' staat ook in {parameters[parameter.Naam].Bestand}.");
                }
            }
        }

        if (overschrijving is not null)
        {
            if (!File.Exists(overschrijving))
            {
                throw new RegelsetFout($"Het parameterbestand '{overschrijving}' bestaat niet.");
            }

            foreach (var parameter in LeesParameterBestand(overschrijving, fouten))
            {
                if (!parameters.TryGetValue(parameter.Naam, out var oud))
                {
                    fouten.Add($"{Path.GetFileName(overschrijving)}: de parameter '{parameter.Naam}' bestaat niet en kan dus niet worden overschreven.");
                }
                else if (oud.Herkomst == Parameter.HerkomstBron && parameter.Herkomst != Parameter.HerkomstBron)
                {
                    fouten.Add($"{Path.GetFileName(overschrijving)}: '{parameter.Naam}' komt uit de bron ({oud.Bron?.Document} {oud.Bron?.Plaats}); een provincie kan hem alleen vervangen met een andere bron.");
                }
                else
                {
                    parameters[parameter.Naam] = parameter;
                }
            }
        }

        return parameters;
    }

    private static IEnumerable<Parameter> LeesParameterBestand(string bestand, List<string> fouten)
    {
        var naam = Path.GetFileName(bestand);
        using var document = JsonDocument.Parse(File.ReadAllBytes(bestand), new JsonDocumentOptions { AllowDuplicateProperties = false });
        var lijst = new List<Parameter>();
        foreach (var e in document.RootElement.GetProperty("parameters").EnumerateObject())
        {
            var p = e.Value;
            var waar = $"{naam}: parameter '{e.Name}'";
            string? Tekst(string veld) => p.TryGetProperty(veld, out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
            var herkomst = Tekst("herkomst");
            Bron? bron = p.TryGetProperty("bron", out var b) && b.ValueKind == JsonValueKind.Object
                ? new Bron(b.GetProperty("document").GetString() ?? "", b.GetProperty("plaats").GetString() ?? "")
                : null;
            if (!p.TryGetProperty("waarde", out var w) || w.ValueKind != JsonValueKind.Number)
            {
                fouten.Add($"{waar}: 'waarde' moet een getal zijn.");
                continue;
            }

            if (herkomst is not (Parameter.HerkomstBron or Parameter.HerkomstBeleidskeuze))
            {
                fouten.Add($"{waar}: 'herkomst' is 'bron' of 'beleidskeuze'.");
            }
            else if (herkomst == Parameter.HerkomstBron && (bron is null || !BronDocument().IsMatch(bron.Document)))
            {
                fouten.Add($"{waar}: herkomst 'bron' vraagt een 'bron' met document en plaats.");
            }
            else if (herkomst == Parameter.HerkomstBeleidskeuze && string.IsNullOrWhiteSpace(Tekst("toelichting")))
            {
                fouten.Add($"{waar}: een beleidskeuze heeft een 'toelichting' nodig: waarom deze waarde?");
            }

            if (!DateOnly.TryParseExact(Tekst("geldigVanaf"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var geldig))
            {
                fouten.Add($"{waar}: 'geldigVanaf' moet een datum JJJJ-MM-DD zijn.");
            }

            if (string.IsNullOrWhiteSpace(Tekst("omschrijving")))
            {
                fouten.Add($"{waar}: 'omschrijving' ontbreekt.");
            }

            lijst.Add(new Parameter(e.Name, w.GetDecimal(), Tekst("eenheid") ?? "", Tekst("omschrijving") ?? "", herkomst ?? "", bron, Tekst("toelichting"), geldig, naam));
        }

        return lijst;
    }

    /// <summary>
    /// The parameters as one object <c>p</c> with a decimal property per parameter (a class made at run time, as
    /// RulesEngine's <c>Utils.GetTypedObject</c> makes it, without its C# <c>dynamic</c> binder).
    /// </summary>
    private static object MaakParameterObject(IReadOnlyDictionary<string, Parameter> parameters)
    {
        if (parameters.Count == 0)
        {
            return new object();
        }

        var geordend = parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var type = DynamicClassFactory.CreateType([.. geordend.Select(p => new DynamicProperty(p.Key, typeof(decimal)))], createParameterCtor: true);
        var waarde = Activator.CreateInstance(type)!;
        foreach (var (naam, parameter) in geordend)
        {
            type.GetProperty(naam)!.SetValue(waarde, parameter.Waarde);
        }

        return waarde;
    }

    private static string BerekenHash(string map, string? overschrijving)
    {
        var bestanden = Directory.GetFiles(map, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(map, f).Replace('\\', '/').StartsWith("tests/", StringComparison.Ordinal) && !f.EndsWith(TestAchtervoegsel, StringComparison.Ordinal))
            .Select(f => (Naam: Path.GetRelativePath(map, f).Replace('\\', '/'), Pad: f))
            .Order()
            .ToList();
        if (overschrijving is not null)
        {
            bestanden.Add(("overschrijving/" + Path.GetFileName(overschrijving), overschrijving));
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (naam, pad) in bestanden)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(naam + "\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(pad).Replace("\r\n", "\n", StringComparison.Ordinal)));
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)+$")]
    private static partial Regex RegelId();

    [GeneratedRegex(@"^\d{3}_[0-9a-f]{16}\.txt$")]
    private static partial Regex BronDocument();
}
