using Assessment.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.Functions.Hosting;

/// <summary>
/// Storage the standard way: the clients registered with Microsoft.Extensions.Azure from the settings
/// <see cref="Opslagkeuze"/> reads (a connection string locally, the managed identity in Azure), the Azure store
/// over them, and a health probe that asks the table service. Without storage settings: memory, no history.
/// </summary>
public static class Opslagregistratie
{
    public static IServiceCollection AddAfwegingOpslag(this IServiceCollection diensten, IConfiguration configuratie)
    {
        var gezondheid = diensten.AddHealthChecks();
        if (Opslagkeuze.Lees(configuratie) is not { } adres)
        {
            var geheugen = new GeheugenOpslag();
            diensten.AddSingleton<IAfwegingOpslag>(geheugen);
            diensten.AddSingleton<IIndieningOpslag>(geheugen);
            return diensten;
        }

        diensten.AddAzureClients(clients =>
        {
            if (adres.Verbinding is { } verbinding)
            {
                clients.AddTableServiceClient(verbinding);
                clients.AddBlobServiceClient(verbinding);
            }
            else
            {
                clients.AddTableServiceClient(adres.Tabellen!);
                clients.AddBlobServiceClient(adres.Blobs!);
                clients.UseCredential(adres.Identiteit!);
            }
        });
        diensten.AddSingleton(s => new AzureOpslag(s.GetRequiredService<TableServiceClient>(), s.GetRequiredService<BlobServiceClient>()));
        diensten.AddSingleton<IAfwegingOpslag>(s => s.GetRequiredService<AzureOpslag>());
        diensten.AddSingleton<IRapportOpslag>(s => s.GetRequiredService<AzureOpslag>());
        diensten.AddSingleton<IIndieningOpslag>(s => s.GetRequiredService<AzureOpslag>());
        gezondheid.AddCheck<Opslagprobe>("opslag", HealthStatus.Unhealthy, timeout: TimeSpan.FromSeconds(2));
        return diensten;
    }
}

/// <summary>Whether the storage answers: one cheap call to the table service.</summary>
public sealed class Opslagprobe(TableServiceClient tabellen) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in tabellen.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy("De opslag antwoordt.");
        }
        catch (Exception fout) when (fout is Azure.RequestFailedException or HttpRequestException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("De opslag antwoordt niet.", fout);
        }
    }
}
