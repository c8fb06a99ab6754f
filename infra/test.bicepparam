// Test environment: the smallest Premium plan, one always-ready instance, locally redundant storage.
// The province comes from the environment, so the same file serves every province:
//   AFW_PROVINCIE=gelderland az deployment group create -g rg-afwegingskader-test -f infra/main.bicep -p infra/test.bicepparam
// Optional: AFW_UITROL_PRINCIPAL_ID (+ AFW_UITROL_PRINCIPAL_TYPE) is whoever uploads the package; AFW_PARAMETERBESTAND
// a province's parameter file inside the package. See README, "Uitrollen naar Azure".
using 'main.bicep'

param omgeving = 'test'
param location = 'westeurope'
param provincie = readEnvironmentVariable('AFW_PROVINCIE')
param planSku = 'EP1'
param minimumInstanties = 1
param maximumInstanties = 3
param opslagSku = 'Standard_LRS'
param herstelDagen = 7
param logBewaardagen = 30
param timeoutSeconden = 30
param parameterBestand = readEnvironmentVariable('AFW_PARAMETERBESTAND', '')
param uitrolPrincipalId = readEnvironmentVariable('AFW_UITROL_PRINCIPAL_ID', '')
param uitrolPrincipalType = readEnvironmentVariable('AFW_UITROL_PRINCIPAL_TYPE', 'User')
