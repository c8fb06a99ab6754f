// The narrowest built-in data roles that let the function app use its storage with its managed identity,
// so no connection string with a key exists anywhere:
//   Storage Blob Data Owner        the Functions host keeps its keys, leases and blob-trigger receipts in blobs
//                                  (Microsoft documents Owner as the minimum for AzureWebJobsStorage); the app
//                                  writes proposals, assessments and reports to container 'afwegingen'; the
//                                  platform fetches the package (WEBSITE_RUN_FROM_PACKAGE) with the identity.
//   Storage Queue Data Contributor the queue trigger reads 'indieningen' and moves failures to
//                                  'indieningen-poison'; the polling blob trigger uses host queues.
//   Storage Table Data Contributor the app's tables (assessments, indexes per municipality and province,
//                                  invalid filings) and the host's diagnostic events.
// Optionally the identity that deploys (a person or a pipeline) gets Storage Blob Data Contributor on the
// package container only, to upload the package with `az storage blob upload --auth-mode login`.

@description('The storage account.')
param opslagNaam string

@description('Name of the function app (makes the role assignment names stable).')
param appNaam string

@description('Object id of the function app\'s system-assigned identity.')
param appPrincipalId string

@description('Blob container holding the deployment package.')
param pakketContainer string

@description('Object id of the user or service principal that uploads the package; empty for none.')
param uitrolPrincipalId string

@description('Type of that principal.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param uitrolPrincipalType string

var dataRollen = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource opslag 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: opslagNaam

  resource blobdienst 'blobServices' existing = {
    name: 'default'

    resource pakketten 'containers' existing = {
      name: pakketContainer
    }
  }
}

resource appRollen 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for rol in items(dataRollen): {
    scope: opslag
    name: guid(opslag.id, appNaam, rol.value)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', rol.value)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
      description: 'Afwegingskader: ${rol.key} for the function app ${appNaam}'
    }
  }
]

resource uitrolRol 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(uitrolPrincipalId)) {
  scope: opslag::blobdienst::pakketten
  name: guid(opslag::blobdienst::pakketten.id, uitrolPrincipalId, storageBlobDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: uitrolPrincipalId
    principalType: uitrolPrincipalType
    description: 'Afwegingskader: upload the deployment package of ${appNaam}'
  }
}
