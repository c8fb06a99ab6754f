// The function app: a Linux Elastic Premium plan (EP1) running the .NET 10 isolated worker
// (FUNCTIONS_WORKER_RUNTIME dotnet-isolated, stack DOTNET-ISOLATED|10.0) from the package in blob storage, with a
// system-assigned managed identity and every storage connection made with that identity (no keys, no Azure Files
// content share).
//
// Why Elastic Premium and not Flex Consumption: the filing function VerwerkIndieningBlob is a polling blob
// trigger ([BlobTrigger] in src/Assessment.Functions/Functies/IndieningFuncties.cs), which Flex Consumption does
// not run (it supports only the Event Grid based blob trigger, which needs an event subscription on the blobs
// extension's webhook and so a second deployment step after the code is there). Premium keeps at least one
// instance warm (the rule set is compiled at start) and runs from a package URL with the managed identity.
// See docs/architecture.md.

@description('Azure region.')
param location string

@description('Function app name (also the host name <naam>.azurewebsites.net).')
param naam string

@description('Plan SKU: EP1 (1 vCPU, 3.5 GB), EP2 or EP3.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param planSku string

@description('Instances always running (at least 1 on Premium).')
@minValue(1)
@maxValue(20)
param minimumInstanties int

@description('Maximum instances the plan scales out to.')
@minValue(1)
@maxValue(100)
param maximumInstanties int

@description('The storage account (AzureWebJobsStorage and the app\'s own storage).')
param opslagNaam string

@description('Blob container holding the deployment package.')
param pakketContainer string

@description('Blob name of the deployment package in that container.')
param pakketNaam string

@description('The Application Insights component.')
param inzichtNaam string

@description('Request time-out in seconds (Afwegingskader:TimeoutSeconden).')
@minValue(1)
@maxValue(230)
param timeoutSeconden int

@description('A province\'s parameter file inside the package, relative to its root (Afwegingskader:Parameters); empty for the framework\'s own values.')
param parameterBestand string

@description('Origins allowed to call the API from a browser (Afwegingskader:CorsOorsprongen); the questionnaire at / needs none.')
param corsOorsprongen string[]

@description('Tags for every resource.')
param tags { *: string }

resource opslag 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: opslagNaam
}

resource inzicht 'Microsoft.Insights/components@2020-02-02' existing = {
  name: inzichtNaam
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: 'plan-${naam}'
  location: location
  tags: tags
  kind: 'elastic'
  sku: {
    name: planSku
    tier: 'ElasticPremium'
  }
  properties: {
    reserved: true // Linux
    maximumElasticWorkerCount: maximumInstanties
    zoneRedundant: false
  }
}

// The settings the Functions host and the app read. tests/Assessment.Infra.Tests compares these names with
// the ones the code reads (Opslagkeuze and every "Afwegingskader:..." key in src/).
var instellingen = [
  { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
  { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet-isolated' }
  // The questionnaire is served at / by the app (routePrefix ""): not the host's default home page.
  { name: 'AzureWebJobsDisableHomepage', value: 'true' }
  // Host and app storage with the managed identity: service URIs instead of a connection string with a key.
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__blobServiceUri', value: opslag.properties.primaryEndpoints.blob }
  { name: 'AzureWebJobsStorage__queueServiceUri', value: opslag.properties.primaryEndpoints.queue }
  { name: 'AzureWebJobsStorage__tableServiceUri', value: opslag.properties.primaryEndpoints.table }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: inzicht.properties.ConnectionString }
  // Run from the package blob, fetched with the system-assigned identity (no SAS, no Azure Files share).
  {
    name: 'WEBSITE_RUN_FROM_PACKAGE'
    value: '${opslag.properties.primaryEndpoints.blob}${pakketContainer}/${pakketNaam}'
  }
  { name: 'Afwegingskader__TimeoutSeconden', value: string(timeoutSeconden) }
]
var parameterInstelling = empty(parameterBestand)
  ? []
  : [{ name: 'Afwegingskader__Parameters', value: parameterBestand }]
var corsInstellingen = [
  for (oorsprong, i) in corsOorsprongen: { name: 'Afwegingskader__CorsOorsprongen__${i}', value: oorsprong }
]

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: naam
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    reserved: true
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: 'DOTNET-ISOLATED|10.0' // the isolated worker on .NET 10
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      remoteDebuggingEnabled: false
      minimumElasticInstanceCount: minimumInstanties
      functionAppScaleLimit: maximumInstanties
      appSettings: concat(instellingen, parameterInstelling, corsInstellingen)
    }
  }
}

// No publishing with a user name and password (FTP or Kudu basic auth): the package is deployed by
// uploading it to blob storage with a Microsoft Entra identity.
resource geenFtp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource geenScm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('The app\'s system-assigned identity, for the storage role assignments.')
output principalId string = app.identity.principalId

@description('The app\'s host name.')
output hostnaam string = app.properties.defaultHostName
