using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Assessment.Storage;

/// <summary>Where the storage is: a connection string (Azurite locally), or the service URIs reached with the app's identity.</summary>
public sealed record Opslagadres(string? Verbinding, Uri? Tabellen, Uri? Blobs, Uri? Wachtrijen, TokenCredential? Identiteit);

/// <summary>
/// Finds the storage the way Azure Functions apps do, in one place: the <c>AzureWebJobsStorage</c> connection
/// string (Azurite locally), or its identity-based form (<c>AzureWebJobsStorage__tableServiceUri</c>,
/// <c>__blobServiceUri</c>, <c>__queueServiceUri</c>) with the app's managed identity through
/// <see cref="DefaultAzureCredential"/>. Without either, null: the app then keeps assessments in memory.
/// The function app registers the clients from <see cref="Lees"/> with Microsoft.Extensions.Azure.
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

    /// <summary>Where the storage is, or null without storage settings.</summary>
    public static Opslagadres? Lees(IConfiguration configuratie)
    {
        if (configuratie[Instelling] is { Length: > 0 } verbinding)
        {
            return new Opslagadres(verbinding, null, null, null, null);
        }

        var sectie = configuratie.GetSection(Instelling);
        if (sectie[TabelUri] is { Length: > 0 } tabellen && sectie[BlobUri] is { Length: > 0 } blobs)
        {
            var wachtrijen = sectie[WachtrijUri] is { Length: > 0 } w ? new Uri(w) : null;
            return new Opslagadres(null, new Uri(tabellen), new Uri(blobs), wachtrijen, Identiteit(sectie));
        }

        return null;
    }

    /// <summary>The Azure store over clients made from the settings, or null without storage settings.</summary>
    public static AzureOpslag? Maak(IConfiguration configuratie) => Lees(configuratie) switch
    {
        { Verbinding: { } verbinding } => new AzureOpslag(new TableServiceClient(verbinding), new BlobServiceClient(verbinding)),
        { Tabellen: { } tabellen, Blobs: { } blobs, Identiteit: { } identiteit } => new AzureOpslag(new TableServiceClient(tabellen, identiteit), new BlobServiceClient(blobs, identiteit)),
        _ => null,
    };

    /// <summary>The app's managed identity (a user-assigned one when <c>__clientId</c> is set).</summary>
    private static DefaultAzureCredential Identiteit(IConfigurationSection sectie) =>
        new(new DefaultAzureCredentialOptions { ManagedIdentityClientId = sectie[ClientId] });
}
