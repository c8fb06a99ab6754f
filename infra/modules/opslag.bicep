// The storage account: Azure Tables (assessments, history), Blobs (proposals, reports, filings, the deployment
// package) and Queues (filings) in one account, which is also the Functions host's AzureWebJobsStorage.
// No keys: shared-key access is off, so only Microsoft Entra identities with a data role get in (the app's
// managed identity, see rollen.bicep). No anonymous blob access, HTTPS only, TLS 1.2 or newer.

@description('Azure region.')
param location string

@description('Storage account name: 3-24 lowercase letters and digits, unique in Azure.')
@minLength(3)
@maxLength(24)
param naam string

@description('Redundancy: Standard_LRS (one data centre) or Standard_ZRS (three zones in the region).')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param sku string

@description('Days a deleted blob or container can still be restored.')
@minValue(1)
@maxValue(365)
param herstelDagen int

@description('Blob container for the deployment package (WEBSITE_RUN_FROM_PACKAGE points into it).')
param pakketContainer string

@description('Tags for every resource.')
param tags { *: string }

// Names the app and the function bindings use (the triggers in functions.metadata, AzureOpslag), and the
// Functions host's own: the poison queue of the queue trigger and the blob trigger's receipts and poison queue.
var indieningen = 'indieningen'
var containers = [
  'afwegingen'
  indieningen
  pakketContainer
]
var wachtrijen = [
  indieningen
  '${indieningen}-poison'
]

resource opslag 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: naam
  location: location
  tags: tags
  sku: {
    name: sku
  }
  kind: 'StorageV2'
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
        }
        file: {
          enabled: true
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobdienst 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: opslag
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: herstelDagen
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: herstelDagen
    }
  }
}

resource blobcontainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for container in containers: {
    parent: blobdienst
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource wachtrijdienst 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: opslag
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for wachtrij in wachtrijen: {
    parent: wachtrijdienst
    name: wachtrij
  }
]

@description('The storage account name.')
output naam string = opslag.name

@description('The blob, queue and table service endpoints (https://<account>.<service>.core.windows.net/).')
output eindpunten { blob: string, queue: string, table: string } = {
  blob: opslag.properties.primaryEndpoints.blob
  queue: opslag.properties.primaryEndpoints.queue
  table: opslag.properties.primaryEndpoints.table
}
