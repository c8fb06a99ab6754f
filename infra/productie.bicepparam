// Production: zone-redundant storage, longer log retention and restore window, room to scale out.
//   AFW_PROVINCIE=gelderland az deployment group create -g rg-afwegingskader-productie -f infra/main.bicep -p infra/productie.bicepparam
// Optional: AFW_UITROL_PRINCIPAL_ID (+ AFW_UITROL_PRINCIPAL_TYPE) is whoever uploads the package; AFW_PARAMETERBESTAND
// a province's parameter file inside the package. See README, "Uitrollen naar Azure".
using 'main.bicep'

param omgeving = 'productie'
param location = 'westeurope'
param provincie = readEnvironmentVariable('AFW_PROVINCIE')
param planSku = 'EP1'
param minimumInstanties = 1
param maximumInstanties = 10
param opslagSku = 'Standard_ZRS'
param herstelDagen = 30
param logBewaardagen = 90
param timeoutSeconden = 30
param parameterBestand = readEnvironmentVariable('AFW_PARAMETERBESTAND', '')
param uitrolPrincipalId = readEnvironmentVariable('AFW_UITROL_PRINCIPAL_ID', '')
param uitrolPrincipalType = readEnvironmentVariable('AFW_UITROL_PRINCIPAL_TYPE', 'User')
