// Afwegingskader ambtelijke fusie in a province's own Azure subscription: one resource group per environment
// with a Linux function app (.NET 10 isolated worker) on an Elastic Premium plan, its storage (tables, blobs, queues)
// reached only with the app's managed identity, and Application Insights on Log Analytics.
// Deploy: see README.md, "Uitrollen naar Azure". Parameters per environment: test.bicepparam, productie.bicepparam.

metadata description = 'Afwegingskader ambtelijke fusie: function app, storage, identity and monitoring'

@description('Environment: test or productie.')
@allowed([
  'test'
  'productie'
])
param omgeving string

@description('Azure region; West Europe keeps the data in the Netherlands.')
param location string = resourceGroup().location

@description('The province that runs this deployment (part of every resource name and tag).')
@allowed([
  'drenthe'
  'flevoland'
  'fryslan'
  'gelderland'
  'groningen'
  'limburg'
  'noord-brabant'
  'noord-holland'
  'overijssel'
  'utrecht'
  'zeeland'
  'zuid-holland'
])
param provincie string

@description('Plan SKU of the function app.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param planSku string = 'EP1'

@description('Instances always running.')
@minValue(1)
@maxValue(20)
param minimumInstanties int = 1

@description('Maximum instances the plan scales out to.')
@minValue(1)
@maxValue(100)
param maximumInstanties int = 3

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param opslagSku string = 'Standard_LRS'

@description('Days a deleted blob or container can still be restored.')
@minValue(1)
@maxValue(365)
param herstelDagen int = 7

@description('Days Log Analytics keeps the logs.')
@minValue(30)
@maxValue(730)
param logBewaardagen int = 30

@description('Request time-out in seconds (Afwegingskader:TimeoutSeconden).')
@minValue(1)
@maxValue(230)
param timeoutSeconden int = 30

@description('A province\'s parameter file inside the package, relative to its root (Afwegingskader:Parameters); empty for the framework\'s own values.')
param parameterBestand string = ''

@description('Origins allowed to call the API from a browser; the questionnaire served by the app itself needs none.')
param corsOorsprongen string[] = []

@description('Blob name of the deployment package (scripts/publiceer.sh makes artifacts/functionapp.zip).')
param pakketNaam string = 'functionapp.zip'

@description('Object id of the user or service principal that uploads the package (gets Storage Blob Data Contributor on the package container only); empty for none.')
param uitrolPrincipalId string = ''

@description('Type of that principal.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param uitrolPrincipalType string = 'User'

var provincieKort = replace(provincie, '-', '')
var naam = 'afw-${provincie}-${omgeving}'
var uniek = uniqueString(resourceGroup().id, provincie, omgeving)
var pakketContainer = 'pakketten'
var tags = {
  toepassing: 'afwegingskader-ambtelijke-fusie'
  provincie: provincie
  omgeving: omgeving
}

var opslagNaam = take('st${take(provincieKort, 10)}${take(omgeving, 4)}${uniek}', 24)
var appNaam = 'func-${naam}-${take(uniek, 6)}'
var inzichtNaam = 'appi-${naam}'

module monitoring 'modules/monitoring.bicep' = {
  params: {
    location: location
    werkruimteNaam: 'log-${naam}'
    inzichtNaam: inzichtNaam
    bewaardagen: logBewaardagen
    tags: tags
  }
}

module opslag 'modules/opslag.bicep' = {
  params: {
    location: location
    naam: opslagNaam
    sku: opslagSku
    herstelDagen: herstelDagen
    pakketContainer: pakketContainer
    tags: tags
  }
}

// Names are passed as values known before the deployment (not as module outputs), so What-If can predict
// every resource; the dependencies are then stated explicitly.
module functieapp 'modules/functieapp.bicep' = {
  params: {
    location: location
    naam: appNaam
    planSku: planSku
    minimumInstanties: minimumInstanties
    maximumInstanties: maximumInstanties
    opslagNaam: opslagNaam
    pakketContainer: pakketContainer
    pakketNaam: pakketNaam
    inzichtNaam: inzichtNaam
    timeoutSeconden: timeoutSeconden
    parameterBestand: parameterBestand
    corsOorsprongen: corsOorsprongen
    tags: tags
  }
  dependsOn: [
    opslag
    monitoring
  ]
}

module rollen 'modules/rollen.bicep' = {
  params: {
    opslagNaam: opslagNaam
    appNaam: appNaam
    appPrincipalId: functieapp.outputs.principalId
    pakketContainer: pakketContainer
    uitrolPrincipalId: uitrolPrincipalId
    uitrolPrincipalType: uitrolPrincipalType
  }
  dependsOn: [
    opslag
  ]
}

@description('The app\'s address: the questionnaire at /, the API under /api/v1.')
output appUrl string = 'https://${functieapp.outputs.hostnaam}'

@description('The function app\'s name (for az functionapp commands).')
output appNaam string = appNaam

@description('The storage account\'s name (to upload the package).')
output opslagNaam string = opslagNaam

@description('Container and blob the app runs its package from.')
output pakket string = '${pakketContainer}/${pakketNaam}'
