using Assessment.Domain.Json;
using Assessment.Functions.Api;
using Assessment.Toepassing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Assessment.Functions.Functies;

/// <summary>
/// The provincial API (function key): make an assessment, fetch it and its report, a municipality's history.
/// Thin: the edge checks the request and chooses the status; the application service does the work.
/// </summary>
public sealed class AfwegingFuncties(IAfwegingsdienst dienst)
{
    [Function("MaakAfweging")]
    public async Task<IActionResult> MaakAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.Afwegingen)] HttpRequest verzoek)
    {
        var (inhoud, formaat, geweigerd) = await Verzoeken.LeesVoorstelAsync(verzoek);
        if (geweigerd is not null)
        {
            return Problemen.Resultaat(geweigerd);
        }

        var beoordeling = await dienst.BeoordeelEnBewaarAsync(inhoud, "api", verzoek.HttpContext.RequestAborted);
        if (beoordeling.Bewaard is not { } bewaard)
        {
            return Problemen.Resultaat(Problemen.VoorInvoer(beoordeling.Probleem!));
        }

        // The same proposal under the same rule set is one assessment: a second submission gets the existing one, with 200.
        var afweging = bewaard.Afweging.Afweging;
        var status = bewaard.BestondAl ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        var locatie = $"/api/v1/afwegingen/{afweging.Id}";
        if (formaat != Verzoeken.Pdf)
        {
            return new InhoudResultaat(ContractJson.SchrijfUtf8(afweging, compact: true), Verzoeken.Json, status, locatie);
        }

        var rapport = await dienst.RapportAsync(bewaard.Afweging, verzoek.HttpContext.RequestAborted);
        return rapport.Pdf is { } pdf ? new InhoudResultaat(pdf, Verzoeken.Pdf, status, locatie) : RegelsetOnbekend(rapport);
    }

    [Function("HaalAfweging")]
    public async Task<IActionResult> HaalAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.Afweging)] HttpRequest verzoek, string id) =>
        await dienst.ZoekAsync(id, verzoek.HttpContext.RequestAborted) is { } gevonden
            ? new InhoudResultaat(ContractJson.SchrijfUtf8(gevonden.Afweging, compact: true), Verzoeken.Json)
            : Problemen.Resultaat(Problemen.NietGevonden($"Er is geen afweging met kenmerk '{id}'."));

    [Function("HaalRapport")]
    public async Task<IActionResult> RapportAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.Rapport)] HttpRequest verzoek, string id)
    {
        if (await dienst.ZoekAsync(id, verzoek.HttpContext.RequestAborted) is not { } gevonden)
        {
            return Problemen.Resultaat(Problemen.NietGevonden($"Er is geen afweging met kenmerk '{id}'."));
        }

        var rapport = await dienst.RapportAsync(gevonden, verzoek.HttpContext.RequestAborted);
        return rapport.Pdf is { } pdf ? new InhoudResultaat(pdf, Verzoeken.Pdf) : RegelsetOnbekend(rapport);
    }

    [Function("ZoekAfwegingen")]
    public async Task<IActionResult> HistorieAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.Afwegingen)] HttpRequest verzoek)
    {
        var cbsCode = verzoek.Query["cbsCode"].ToString();
        if (string.IsNullOrWhiteSpace(cbsCode) || !System.Text.RegularExpressions.Regex.IsMatch(cbsCode, "^GM[0-9]{4}$"))
        {
            return OngeldigeZoekvraag("cbsCode", "pattern", "Geef de gemeente op met cbsCode, bijvoorbeeld ?cbsCode=GM0363.", "cbsCode moet de vorm GM0000 hebben.");
        }

        var aantalTekst = verzoek.Query["aantal"].ToString();
        var aantal = 20;
        if (aantalTekst.Length > 0 && (!int.TryParse(aantalTekst, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out aantal) || aantal is < 1 or > 100))
        {
            return OngeldigeZoekvraag("aantal", "maximum", "aantal moet tussen 1 en 100 liggen.", "aantal moet tussen 1 en 100 liggen.");
        }

        if (!dienst.HeeftHistorie)
        {
            return Problemen.Resultaat(Problemen.Maak(
                StatusCodes.Status501NotImplemented,
                "Historie niet beschikbaar",
                "De historie per gemeente vraagt duurzame opslag: stel AzureWebJobsStorage in. Een afweging is wel op te halen via de Location van haar aanmaak."));
        }

        var vervolg = verzoek.Query["vervolg"].ToString();
        try
        {
            var pagina = await dienst.HistorieAsync(cbsCode, aantal, vervolg.Length == 0 ? null : vervolg, verzoek.HttpContext.RequestAborted);
            return new InhoudResultaat(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(pagina, JsonOpties.Web), Verzoeken.Json);
        }
        catch (Azure.RequestFailedException fout) when (fout.Status == 400)
        {
            return OngeldigeZoekvraag("vervolg", "vervolg", "Het vervolgteken is ongeldig; gebruik het 'vervolg' uit het vorige antwoord.", "Onbekend vervolgteken.");
        }
    }

    /// <summary>The assessment's rule set is not loaded here (an earlier version that was not kept): say so, do not render with another.</summary>
    private static IActionResult RegelsetOnbekend(Rapportuitkomst rapport) =>
        Problemen.Resultaat(Problemen.Maak(
            StatusCodes.Status409Conflict,
            "Rapport niet beschikbaar",
            $"Deze afweging is gemaakt met regelset {rapport.RegelsetOnbekend}, die deze dienst niet meer laadt. Een rapport met een andere regelset zou de afweging verkeerd weergeven; vraag de beheerder die versie te laden (Afwegingskader:EerdereRegelsets)."));

    /// <summary>A 400 problem for one invalid query parameter.</summary>
    private static IActionResult OngeldigeZoekvraag(string parameter, string code, string detail, string melding) =>
        Problemen.Resultaat(new Engine.Validatie.Probleem
        {
            Status = 400,
            Title = "Ongeldige zoekvraag",
            Detail = detail,
            Errors = [new Engine.Validatie.Fout("query", "#/" + parameter, parameter, code, melding)],
        });
}
