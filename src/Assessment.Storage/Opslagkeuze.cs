using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Assessment.Storage;

/// <summary>
/// Finds the storage the way Azure Functions apps do, in one place: the <c>AzureWebJobsStorage</c> connection
/// string (Azurite locally), or its identity-based form (<c>AzureWebJobsStorage__tableServiceUri</c>,
/// <c>__blobServiceUri</c>, <c>__queueServiceUri</c>) with the app's managed identity through
/// <see cref="DefaultAzureCredential"/>. Without either, null: the app then keeps assessments in memory.
/// </summary>
public static class Opslagkeuze
{
    public const string Instelling = "AzureWebJobsStorage";

    // The identity-based form, as the Functions host reads it: AzureWebJobsStorage__<name> in app settings.
    public const string TabelUri = "tableServiceUri";
    public const string BlobUri = "blobServiceUri";
    public const string WachtrijUri = "queueServiceUri";
    public const string ClientId = "clientId";

    /// <summary>Every setting under <see cref="Instelling"/> this class reads (infra/ must set what Azure needs of them).</summary>
    public static IReadOnlyList<string> IdentiteitsInstellingen { get; } = [TabelUri, BlobUri, WachtrijUri, ClientId];

    public static AzureOpslag? Maak(IConfiguration configuratie)
    {
        if (configuratie[Instelling] is { Length: > 0 } verbinding)
        {
            return new AzureOpslag(new TableServiceClient(verbinding), new BlobServiceClient(verbinding));
        }

        var sectie = configuratie.GetSection(Instelling);
        if (sectie[TabelUri] is { Length: > 0 } tabellen && sectie[BlobUri] is { Length: > 0 } blobs)
        {
            var identiteit = Identiteit(sectie);
            return new AzureOpslag(new TableServiceClient(new Uri(tabellen), identiteit), new BlobServiceClient(new Uri(blobs), identiteit));
        }

        return null;
    }

    /// <summary>The queue service of the same storage (for filings), or null without storage.</summary>
    public static Azure.Storage.Queues.QueueServiceClient? Wachtrijen(IConfiguration configuratie)
    {
        var opties = new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.Base64 };
        if (configuratie[Instelling] is { Length: > 0 } verbinding)
        {
            return new Azure.Storage.Queues.QueueServiceClient(verbinding, opties);
        }

        var sectie = configuratie.GetSection(Instelling);
        return sectie[WachtrijUri] is { Length: > 0 } wachtrijen
            ? new Azure.Storage.Queues.QueueServiceClient(new Uri(wachtrijen), Identiteit(sectie), opties)
            : null;
    }

    /// <summary>The blob service of the same storage (for filings dropped as blobs), or null without storage.</summary>
    public static BlobServiceClient? Blobs(IConfiguration configuratie)
    {
        if (configuratie[Instelling] is { Length: > 0 } verbinding)
        {
            return new BlobServiceClient(verbinding);
        }

        var sectie = configuratie.GetSection(Instelling);
        return sectie[BlobUri] is { Length: > 0 } blobs
            ? new BlobServiceClient(new Uri(blobs), Identiteit(sectie))
            : null;
    }

    /// <summary>The app's managed identity (a user-assigned one when <c>__clientId</c> is set).</summary>
    private static DefaultAzureCredential Identiteit(IConfigurationSection sectie) =>
        new(new DefaultAzureCredentialOptions { ManagedIdentityClientId = sectie[ClientId] });
}
