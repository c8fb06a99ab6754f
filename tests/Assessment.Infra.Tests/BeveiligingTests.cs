using System.Text.RegularExpressions;

namespace Assessment.Infra.Tests;

/// <summary>
/// The security properties of what main.bicep deploys, read from the compiled ARM template: storage without
/// keys or anonymous access, an HTTPS-only app without FTP or basic-auth publishing, and a managed identity
/// with exactly the three storage data roles it needs.
/// </summary>
[Collection(InfraBouw.Collectie)]
public partial class BeveiligingTests(InfraBouw infra)
{
    // Built-in role definition ids (the same in every Azure tenant).
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [Fact]
    public void De_opslag_weigert_sleutels_anonieme_toegang_http_en_oud_tls()
    {
        var opslag = infra.Enige("Microsoft.Storage/storageAccounts").Resource["properties"]!;

        Assert.False((bool)opslag["allowSharedKeyAccess"]!);
        Assert.False((bool)opslag["allowBlobPublicAccess"]!);
        Assert.True((bool)opslag["supportsHttpsTrafficOnly"]!);
        Assert.True((bool)opslag["defaultToOAuthAuthentication"]!);
        Assert.Equal("TLS1_2", (string)opslag["minimumTlsVersion"]!);
        Assert.All(infra.VanType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => Assert.Equal("None", (string)c.Resource["properties"]!["publicAccess"]!));
    }

    [Fact]
    public void De_app_alleen_via_https_met_minimaal_tls_1_2_en_zonder_ftp_of_wachtwoorden()
    {
        var app = infra.Enige("Microsoft.Web/sites").Resource["properties"]!;
        var config = app["siteConfig"]!;

        Assert.True((bool)app["httpsOnly"]!);
        Assert.Equal("1.2", (string)config["minTlsVersion"]!);
        Assert.Equal("1.2", (string)config["scmMinTlsVersion"]!);
        Assert.Equal("Disabled", (string)config["ftpsState"]!);
        Assert.False((bool)config["remoteDebuggingEnabled"]!);

        var beleid = infra.VanType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(["ftp", "scm"], beleid.Select(b => LaatsteNaamdeel().Match((string)b.Resource["name"]!).Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(beleid, b => Assert.False((bool)b.Resource["properties"]!["allow"]!));
    }

    [Fact]
    public void De_app_is_een_linux_dotnet_isolated_worker_op_elastic_premium_met_een_eigen_identiteit()
    {
        var plan = infra.Enige("Microsoft.Web/serverfarms").Resource;
        var app = infra.Enige("Microsoft.Web/sites").Resource;

        Assert.Equal("ElasticPremium", (string)plan["sku"]!["tier"]!);
        Assert.Equal("elastic", (string)plan["kind"]!);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("functionapp,linux", (string)app["kind"]!);
        Assert.True((bool)app["properties"]!["reserved"]!);
        Assert.Equal("SystemAssigned", (string)app["identity"]!["type"]!);
        Assert.Equal("'dotnet-isolated'", AppInstellingen.Van(infra)["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("DOTNET-ISOLATED|10.0", (string)app["properties"]!["siteConfig"]!["linuxFxVersion"]!);
    }

    [Fact]
    public void De_identiteit_van_de_app_krijgt_precies_de_drie_opslagrollen()
    {
        var toewijzingen = infra.VanType("Microsoft.Authorization/roleAssignments");
        var vanDeApp = Assert.Single(toewijzingen, t => (string)t.Resource["properties"]!["principalId"]! == "[parameters('appPrincipalId')]");

        // A loop over the role ids in one variable of the module, assigned on the storage account itself.
        Assert.Equal("ServicePrincipal", (string)vanDeApp.Resource["properties"]!["principalType"]!);
        Assert.Contains("storageAccounts", (string)vanDeApp.Resource["scope"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("containers", (string)vanDeApp.Resource["scope"]!, StringComparison.Ordinal);
        var lus = (string)vanDeApp.Resource["copy"]!["count"]!;
        var variabele = Assert.Single(VariabeleVerwijzing().Matches(lus)).Groups[1].Value;
        var rollen = vanDeApp.Template["variables"]![variabele]!.AsObject().Select(r => (string)r.Value!).ToHashSet();

        Assert.Equal(new HashSet<string> { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor }, rollen);
    }

    [Fact]
    public void Wie_het_pakket_uploadt_krijgt_alleen_blob_bijdrager_op_de_pakketcontainer_en_alleen_als_opgegeven()
    {
        var toewijzingen = infra.VanType("Microsoft.Authorization/roleAssignments");
        var uitrol = Assert.Single(toewijzingen, t => (string)t.Resource["properties"]!["principalId"]! == "[parameters('uitrolPrincipalId')]");

        Assert.Contains("not(empty(parameters('uitrolPrincipalId')))", (string)uitrol.Resource["condition"]!, StringComparison.Ordinal);
        Assert.Contains("containers", (string)uitrol.Resource["scope"]!, StringComparison.Ordinal);
        var rol = (string)uitrol.Resource["properties"]!["roleDefinitionId"]!;
        var ids = Guid().Matches(rol).Select(m => m.Value)
            .Concat(VariabeleVerwijzing().Matches(rol).Select(m => (string)uitrol.Template["variables"]![m.Groups[1].Value]!))
            .ToList();
        Assert.Equal([StorageBlobDataContributor], ids);
        Assert.Equal(2, infra.VanType("Microsoft.Authorization/roleAssignments").Count);
    }

    [Fact]
    public void Nergens_een_sleutel_een_verbindingsreeks_of_een_azure_files_share()
    {
        var alles = InfraBouw.Tekst(infra.Main);

        Assert.DoesNotContain("listKeys", alles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", alles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SharedAccessSignature", alles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", alles, StringComparison.Ordinal);
        Assert.DoesNotContain("WEBSITE_CONTENTSHARE", alles, StringComparison.Ordinal);
        Assert.DoesNotContain("'AzureWebJobsStorage'", alles, StringComparison.Ordinal);
    }

    [Fact]
    public void De_app_draait_van_het_pakket_in_de_eigen_opslag_via_zijn_identiteit()
    {
        var instellingen = AppInstellingen.Van(infra);
        var pakket = instellingen["WEBSITE_RUN_FROM_PACKAGE"];

        Assert.StartsWith("format('{0}{1}/{2}', reference('opslag').primaryEndpoints.blob, parameters('pakketContainer'), parameters('pakketNaam'))", pakket, StringComparison.Ordinal);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID", instellingen.Keys); // the system-assigned identity is the default
        Assert.Contains("pakketten", InfraBouw.Tekst(infra.Main["variables"]), StringComparison.Ordinal);
        Assert.Contains(infra.VanType("Microsoft.Storage/storageAccounts/blobServices/containers"), c => InfraBouw.Tekst(c.Template["variables"]).Contains("parameters('pakketContainer')", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariabeleVerwijzing();

    /// <summary>The child name in <c>[format('{0}/{1}', parameters('naam'), 'ftp')]</c>.</summary>
    [GeneratedRegex(@"'([a-z]+)'\)\]$")]
    private static partial Regex LaatsteNaamdeel();
}
