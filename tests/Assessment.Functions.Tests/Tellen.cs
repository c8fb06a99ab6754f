using Azure.Data.Tables;

namespace Assessment.Functions.Tests;

/// <summary>Counts stored assessments by the prefix their titles were given in a test.</summary>
internal static class Tellen
{
    public static async Task<int> AfwegingenAsync(TableClient tabel, string titelBegin)
    {
        try
        {
            var filter = TableClient.CreateQueryFilter($"Titel ge {titelBegin} and Titel lt {titelBegin + "~"}");
            var aantal = 0;
            await foreach (var _ in tabel.QueryAsync<TableEntity>(filter, select: ["Titel"]))
            {
                aantal++;
            }

            return aantal;
        }
        catch (Azure.RequestFailedException fout) when (fout.Status == 404)
        {
            return 0;
        }
    }
}
