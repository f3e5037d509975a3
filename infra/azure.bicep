// Samen Verder in Azure: one Linux App Service (bot + tab API + tab), an Azure Bot (single tenant,
// Teams channel), a Storage account for the scaled outbox (queues, tables, a blob lease), Key Vault for
// every secret (App Service reads them through Key Vault references with its managed identity) and
// Application Insights on a Log Analytics workspace. Deployed by teamsapp.yml (arm/deploy).
// No secret has a default here: they arrive as @secure() parameters from env/.env.<env>.user.

@description('Prefix for resource names, e.g. samenverder-dev.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU: B1 is enough for a partnership; P0v3 or higher for several instances.')
param webAppSku string = 'B1'

@description('Node LTS on App Service for Linux.')
param linuxFxVersion string = 'NODE|22-lts'

@description('Client id of the bot\'s Entra app (single tenant).')
param botAadAppClientId string

@secure()
param botAadAppClientSecret string

@description('Tenant of the bot\'s Entra app: the partnership\'s Microsoft 365 tenant.')
param botTenantId string

param botDisplayName string = 'Samen Verder'

@description('Client id of the tab SSO Entra app.')
param ssoAadAppClientId string

@secure()
param ssoAadAppClientSecret string

param ssoTenantId string

@description('Entra object ids of coördinatoren, comma separated (may be empty when a group is used).')
param coordinatorIds string = ''

param coordinatorGroupId string = ''

@allowed([
  'sqlite'
  'sharepoint'
])
param store string = 'sqlite'

@description('Graph id of the partnership\'s SharePoint site (hostname,siteCollectionId,webId).')
param sharePointSiteId string = ''

@description('Each school\'s own site: schoolId=siteId pairs, comma separated.')
param sharePointSchoolSites string = ''

param fanoutServiceUrl string = 'https://smba.trafficmanager.net/emea/'

@description('Signs CSV download links (valid for minutes); a fresh one on every provision is harmless.')
@secure()
param linkSecret string = '${newGuid()}${newGuid()}'

@description('Keys the anonymous-survey "has answered" marker. Never rotate: made once by teamsapp.yml and kept in env/.env.<env>.user.')
@secure()
param surveyMarkerSecret string

var base = toLower(resourceBaseName)
var compact = replace(base, '-', '')
var suffix = uniqueString(resourceGroup().id, base)
var webAppName = '${base}-${take(suffix, 6)}'
var botServiceName = '${base}-bot-${take(suffix, 6)}'
var storageName = take('sv${compact}${suffix}', 24)
var keyVaultName = take('kv${compact}${suffix}', 24)
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${base}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${base}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'bot-password'
  properties: {
    value: botAadAppClientSecret
  }
}

resource ssoSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'sso-client-secret'
  properties: {
    value: ssoAadAppClientSecret
  }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource linkSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'link-secret'
  properties: {
    value: linkSecret
  }
}

resource surveyMarkerSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'survey-marker-secret'
  properties: {
    value: surveyMarkerSecret
  }
}

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: '${base}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'node bot/dist/index.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

// Key Vault references resolve with the web app's identity: it may read secrets, nothing more.
resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, webApp.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

var host = webApp.properties.defaultHostName

resource appSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    // App Service installs the dependencies on Linux during zip deploy and runs `npm run build` (tab with vite,
    // server bundle with esbuild: both dev dependencies); the app then starts as plain JavaScript.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    NPM_CONFIG_INCLUDE: 'dev'
    LOG_LEVEL: 'info'
    PUBLIC_URL: 'https://${host}'
    DATA_DIR: '/home/data'
    BOT_ID: botAadAppClientId
    BOT_PASSWORD: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
    BOT_TENANT_ID: botTenantId
    BOT_TYPE: 'SingleTenant'
    TAB_CLIENT_ID: ssoAadAppClientId
    TAB_TENANT_ID: ssoTenantId
    // Graph (SharePoint) goes through the SSO app: app-only for the partnership site, on behalf of the user for schools.
    GRAPH_TENANT_ID: ssoTenantId
    GRAPH_CLIENT_ID: ssoAadAppClientId
    GRAPH_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${ssoSecret.properties.secretUri})'
    COORDINATOR_IDS: coordinatorIds
    COORDINATOR_GROUP_ID: coordinatorGroupId
    STORE: store
    SHAREPOINT_SITE_ID: sharePointSiteId
    SHAREPOINT_SCHOOL_SITES: sharePointSchoolSites
    OUTBOX: 'azure'
    AZURE_STORAGE_CONNECTION_STRING: '@Microsoft.KeyVault(SecretUri=${storageSecret.properties.secretUri})'
    FANOUT_SERVICE_URL: fanoutServiceUrl
    LINK_SECRET: '@Microsoft.KeyVault(SecretUri=${linkSecretSecret.properties.secretUri})'
    SURVEY_MARKER_SECRET: '@Microsoft.KeyVault(SecretUri=${surveyMarkerSecretSecret.properties.secretUri})'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  }
}

// pino writes one JSON line per event to stdout: keep those (and HTTP logs) in the workspace.
resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${host}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Read by the Agents Toolkit into env/.env.<env> (names as written).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = host
output BOT_ENDPOINT string = 'https://${host}'
output TAB_DOMAIN string = host
output TAB_ENDPOINT string = 'https://${host}'
output KEY_VAULT_NAME string = keyVault.name
output STORAGE_ACCOUNT_NAME string = storage.name
output AZURE_BOT_NAME string = bot.name
