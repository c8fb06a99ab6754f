// Application Insights on a Log Analytics workspace: the Functions host sends its requests, traces and the
// isolated worker's logs and traces (OpenTelemetry, Azure Monitor exporter) there.

@description('Azure region.')
param location string

@description('Name of the Log Analytics workspace.')
param werkruimteNaam string

@description('Name of the Application Insights component.')
param inzichtNaam string

@description('How many days Log Analytics keeps the logs.')
@minValue(30)
@maxValue(730)
param bewaardagen int

@description('Tags for every resource.')
param tags { *: string }

resource werkruimte 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: werkruimteNaam
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: bewaardagen
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource inzicht 'Microsoft.Insights/components@2020-02-02' = {
  name: inzichtNaam
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: werkruimte.id
    IngestionMode: 'LogAnalytics'
    RetentionInDays: bewaardagen
  }
}
