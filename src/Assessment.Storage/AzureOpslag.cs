using System.Globalization;
using System.Text.Json;
using Assessment.Domain.Afwegingen;
using Assessment.Domain.Json;
using Assessment.Domain.Voorstellen;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Assessment.Storage;

/// <summary>
/// Assessments in Azure Table and Blob storage (Azurite locally).
/// <list type="bullet">
/// <item><c>Afwegingen</c>: one entity per assessment (PartitionKey = id): the summary users query.</item>
/// <item><c>AfwegingenPerGemeente</c> / <c>AfwegingenPerProvincie</c>: PartitionKey = CBS code (or name) / province,
/// RowKey = inverted time + id, so a partition reads newest first and pages with a continuation token.</item>
/// <item><c>Invoer</c>: PartitionKey = rule-set hash, RowKey = input hash → id; claimed first, so the same
/// proposal under the same rule set becomes one assessment, also when two arrive at once.</item>
/// <item>Blob container <c>afwegingen</c>: <c>{id}/voorstel.json</c>, <c>{id}/afweging.json</c>, <c>{id}/rapport.pdf</c>
/// (payloads stay out of entities, whose properties are limited to 64 KB).</item>
/// </list>
/// Every write after the claim is an overwrite, so a retry after a failure completes the same assessment.
/// </summary>
public sealed class AzureOpslag(TableServiceClient tabellen, BlobServiceClient blobs) : IAfwegingOpslag, IRapportOpslag, IIndieningOpslag
{
    public const string Container = "afwegingen";
    private const int Wachtpogingen = 25;
    private static readonly TimeSpan Wachttijd = TimeSpan.FromMilliseconds(200);
    private readonly TableClient _afwegingen = tabellen.GetTableClient("Afwegingen");
    private readonly TableClient _perGemeente = tabellen.GetTableClient("AfwegingenPerGemeente");
    private readonly TableClient _perProvincie = tabellen.GetTableClient("AfwegingenPerProvincie");
    private readonly TableClient _invoer = tabellen.GetTableClient("Invoer");
    private readonly TableClient _ongeldig = tabellen.GetTableClient("OngeldigeIndieningen");
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(Container);

    private readonly SemaphoreSlim _inrichting = new(1, 1);
    private volatile bool _ingericht;

    public bool HeeftHistorie => true;

    /// <summary>Creates the tables and the container if they do not exist yet (once; retried after a failure).</summary>
    public async Task InrichtenAsync(CancellationToken annulering)
    {
        if (_ingericht)
        {
            return;
        }

        await _inrichting.WaitAsync(annulering);
        try
        {
            if (!_ingericht)
            {
                await MaakAanAsync(annulering);
                _ingericht = true;
            }
        }
        finally
        {
            _inrichting.Release();
        }
    }

    private async Task MaakAanAsync(CancellationToken annulering)
    {
        foreach (var tabel in new[] { _afwegingen, _perGemeente, _perProvincie, _invoer, _ongeldig })
        {
            await tabel.CreateIfNotExistsAsync(annulering);
        }

        await _container.CreateIfNotExistsAsync(cancellationToken: annulering);
    }

    public async Task<Bewaard> BewaarAsync(OpgeslagenAfweging afweging, string oorsprong, CancellationToken annulering)
    {
        await InrichtenAsync(annulering);
        var a = afweging.Afweging;
        var claim = new TableEntity(Sleutel(a.Regelset.Hash), Sleutel(a.InvoerHash)) { ["Id"] = a.Id };
        try
        {
            await _invoer.AddEntityAsync(claim, annulering);
        }
        catch (RequestFailedException fout) when (fout.Status == 409)
        {
            var bestaand = (await _invoer.GetEntityAsync<TableEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: annulering)).Value.GetString("Id");

            // Another submission of the same proposal may be writing it right now: give it a moment to finish.
            for (var poging = 0; poging < Wachtpogingen; poging++)
            {
                if (await ZoekAsync(bestaand, annulering) is { } eerder)
                {
                    return new Bewaard(eerder, true);
                }

                await Task.Delay(Wachttijd, annulering);
            }

            // An earlier attempt claimed this input but never finished (it failed or was stopped): complete it
            // under the claimed id, so the proposal still becomes exactly one assessment.
            afweging = afweging with { Afweging = a with { Id = bestaand } };
        }

        await SchrijfAsync(afweging, oorsprong, annulering);
        return new Bewaard(afweging, false);
    }

    public async Task<OpgeslagenAfweging?> ZoekOpInvoerAsync(string regelsetHash, string invoerHash, CancellationToken annulering)
    {
        await InrichtenAsync(annulering);
        var claim = await _invoer.GetEntityIfExistsAsync<TableEntity>(Sleutel(regelsetHash), Sleutel(invoerHash), cancellationToken: annulering);

        // A claim whose assessment is not written yet (being written now, or an attempt that failed) is no answer:
        // the caller assesses, and BewaarAsync settles it as before.
        return claim.HasValue && claim.Value!.GetString("Id") is { } id ? await ZoekAsync(id, annulering) : null;
    }

    private async Task SchrijfAsync(OpgeslagenAfweging opgeslagen, string oorsprong, CancellationToken annulering)
    {
        var a = opgeslagen.Afweging;
        await _container.GetBlobClient($"{a.Id}/voorstel.json").UploadAsync(BinaryData.FromBytes(ContractJson.SchrijfUtf8(opgeslagen.Voorstel)), overwrite: true, annulering);
        await _container.GetBlobClient($"{a.Id}/afweging.json").UploadAsync(BinaryData.FromBytes(ContractJson.SchrijfUtf8(a, compact: true)), overwrite: true, annulering);

        var samenvatting = Samenvatting(opgeslagen, oorsprong);
        var index = Omgekeerd(a.AangemaaktOp) + "_" + a.Id;
        foreach (var gemeente in opgeslagen.Voorstel.Gemeenten)
        {
            await _perGemeente.UpsertEntityAsync(Kopie(samenvatting, GemeenteSleutel(gemeente), index), TableUpdateMode.Replace, annulering);
        }

        foreach (var provincie in opgeslagen.Voorstel.Gemeenten.Select(g => g.Provincie).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await _perProvincie.UpsertEntityAsync(Kopie(samenvatting, Sleutel(provincie.Trim().ToLowerInvariant()), index), TableUpdateMode.Replace, annulering);
        }

        // The main entity last: its presence means the assessment is complete.
        await _afwegingen.UpsertEntityAsync(Kopie(samenvatting, a.Id, ""), TableUpdateMode.Replace, annulering);
    }

    public async Task<OpgeslagenAfweging?> ZoekAsync(string id, CancellationToken annulering)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100 || id.IndexOfAny(['/', '\\', '#', '?']) >= 0)
        {
            return null;
        }

        await InrichtenAsync(annulering);
        var entiteit = await _afwegingen.GetEntityIfExistsAsync<TableEntity>(id, "", cancellationToken: annulering);
        if (!entiteit.HasValue)
        {
            return null;
        }

        var voorstel = await LeesAsync($"{id}/voorstel.json", ContractJsonContext.Default.Voorstel, annulering);
        var afweging = await LeesAsync($"{id}/afweging.json", ContractJsonContext.Default.Afweging, annulering);
        return voorstel is null || afweging is null ? null : new OpgeslagenAfweging(afweging, voorstel);
    }

    public async Task<Historiepagina> HistorieAsync(string cbsCode, int aantal, string? vervolg, CancellationToken annulering)
    {
        await InrichtenAsync(annulering);
        return await PaginaAsync(_perGemeente, TableClient.CreateQueryFilter($"PartitionKey eq {cbsCode}"), aantal, vervolg, annulering);
    }

    public async Task<Historiepagina> ProvincieAsync(string provincie, DateTimeOffset van, DateTimeOffset tot, int aantal, string? vervolg, CancellationToken annulering)
    {
        await InrichtenAsync(annulering);

        // Row keys are inverted time: the newest (tot) has the smallest key.
        var partitie = Sleutel(provincie.Trim().ToLowerInvariant());
        var vanaf = Omgekeerd(tot);
        var totEnMet = Omgekeerd(van) + "~";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey ge {vanaf} and RowKey le {totEnMet}");
        return await PaginaAsync(_perProvincie, filter, aantal, vervolg, annulering);
    }

    private static async Task<Historiepagina> PaginaAsync(TableClient tabel, string filter, int aantal, string? vervolg, CancellationToken annulering)
    {
        await foreach (var pagina in tabel.QueryAsync<TableEntity>(filter, aantal, cancellationToken: annulering).AsPages(vervolg, aantal))
        {
            return new Historiepagina([.. pagina.Values.Select(Regel)], pagina.ContinuationToken);
        }

        return new Historiepagina([], null);
    }

    public async Task BewaarRapportAsync(string id, byte[] pdf, CancellationToken annulering)
    {
        await InrichtenAsync(annulering);
        await _container.GetBlobClient($"{id}/rapport.pdf").UploadAsync(BinaryData.FromBytes(pdf), overwrite: true, annulering);
    }

    public async Task<byte[]?> ZoekRapportAsync(string id, CancellationToken annulering)
    {
        await InrichtenAsync(annulering);
        var blob = _container.GetBlobClient($"{id}/rapport.pdf");
        try
        {
            return (await blob.DownloadContentAsync(annulering)).Value.Content.ToArray();
        }
        catch (RequestFailedException fout) when (fout.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// A refused filing: the content as a blob <c>ongeldig/{hash}</c>, and an entity (PartitionKey = month,
    /// RowKey = content hash) with the reason. The same filing twice is kept once.
    /// </summary>
    public async Task BewaarOngeldigAsync(ReadOnlyMemory<byte> inhoud, string probleemJson, string bron, CancellationToken annulering)
    {
        await InrichtenAsync(annulering);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(inhoud.Span));
        await _container.GetBlobClient($"ongeldig/{hash}").UploadAsync(BinaryData.FromBytes(inhoud), overwrite: true, annulering);
        var nu = DateTimeOffset.UtcNow;
        await _ongeldig.UpsertEntityAsync(
            new TableEntity(nu.ToString("yyyy-MM", CultureInfo.InvariantCulture), hash)
            {
                ["Ontvangen"] = nu,
                ["Bron"] = Sleutel(bron),
                ["Probleem"] = probleemJson.Length > 30_000 ? probleemJson[..30_000] : probleemJson,
                ["Blob"] = $"{Container}/ongeldig/{hash}",
            },
            TableUpdateMode.Replace,
            annulering);
    }

    private async Task<T?> LeesAsync<T>(string naam, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken annulering)
    {
        try
        {
            var inhoud = await _container.GetBlobClient(naam).DownloadContentAsync(annulering);
            return JsonSerializer.Deserialize(inhoud.Value.Content.ToMemory().Span, type);
        }
        catch (RequestFailedException fout) when (fout.Status == 404)
        {
            return default;
        }
    }

    private static TableEntity Samenvatting(OpgeslagenAfweging opgeslagen, string oorsprong)
    {
        var a = opgeslagen.Afweging;
        return new TableEntity
        {
            ["Id"] = a.Id,
            ["AangemaaktOp"] = a.AangemaaktOp,
            ["Titel"] = a.Titel,
            ["Gemeenten"] = string.Join("; ", opgeslagen.Voorstel.Gemeenten.Select(g => g.CbsCode is null ? g.Naam : $"{g.Naam} ({g.CbsCode})")),
            ["Oordeel"] = a.Oordeel,
            ["Score"] = a.Score,
            ["Dekking"] = a.Dekking,
            ["ScoreMeerwaarde"] = a.Hoofdvlakken.FirstOrDefault(h => h.Code == Uitkomst.Hoofdvlak.Meerwaarde)?.Score,
            ["ScoreCondities"] = a.Hoofdvlakken.FirstOrDefault(h => h.Code == Uitkomst.Hoofdvlak.Condities)?.Score,
            ["ScoreWegingVarianten"] = a.Hoofdvlakken.FirstOrDefault(h => h.Code == Uitkomst.Hoofdvlak.WegingVarianten)?.Score,
            ["RegelsetVersie"] = a.Regelset.Versie,
            ["RegelsetHash"] = a.Regelset.Hash,
            ["InvoerHash"] = a.InvoerHash,
            ["Oorsprong"] = oorsprong,
        };
    }

    private static TableEntity Kopie(TableEntity bron, string partitie, string rij)
    {
        var kopie = new TableEntity(partitie, rij);
        foreach (var (naam, waarde) in bron)
        {
            if (naam is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp"))
            {
                kopie[naam] = waarde;
            }
        }

        return kopie;
    }

    private static Historieregel Regel(TableEntity e) => new(
        e.GetString("Id"),
        e.GetDateTimeOffset("AangemaaktOp") ?? default,
        e.GetString("Titel"),
        e.GetString("Oordeel"),
        e.GetInt32("Score") ?? 0,
        e.GetString("RegelsetVersie"),
        e.GetString("Oorsprong"));

    /// <summary>The municipality's partition: its CBS code, or its name when the code is unknown.</summary>
    private static string GemeenteSleutel(Gemeente gemeente) =>
        gemeente.CbsCode ?? "naam-" + Sleutel(gemeente.Naam.Trim().ToLowerInvariant());

    /// <summary>Newest first: the ticks until the end of time, zero-padded.</summary>
    private static string Omgekeerd(DateTimeOffset moment) =>
        (DateTimeOffset.MaxValue.UtcTicks - moment.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>A key without the characters Table storage forbids in keys.</summary>
    private static string Sleutel(string waarde) =>
        string.Concat(waarde.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c));
}

/// <summary>Where the PDF reports are kept, next to their assessment.</summary>
public interface IRapportOpslag
{
    Task BewaarRapportAsync(string id, byte[] pdf, CancellationToken annulering);

    Task<byte[]?> ZoekRapportAsync(string id, CancellationToken annulering);
}
