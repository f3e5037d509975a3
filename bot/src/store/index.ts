/**
 * Picks the storage adapter named by the config. Each adapter is imported only when it is the one
 * named: the SharePoint stores with their Graph client and MSAL cost a worker on SQLite ~0.5 s of CPU
 * at every start (measured under tsx), and a restarted fan-out sends nothing until it has started.
 */
import type { Config } from '../config.js';
import type { createGraphClient } from '../graph/client.js';
import type { Stores } from './ports.js';

export type { Stores } from './ports.js';
export { StorageUnavailable, isStorageUnavailable } from './errors.js';
export { SharePointSetupError } from './sharepoint/setup-error.js';

/**
 * The record stores named by STORE (the outbox on Azure Storage is the composition root's choice: compose.ts).
 * `appClient`: the app-only Graph client the caller already has for this site, so one token cache serves all.
 */
export const openStores = async (config: Config, appClient?: ReturnType<typeof createGraphClient>): Promise<Stores> => {
  switch (config.store) {
    case 'sqlite':
      return (await import('./sqlite/index.js')).openSqliteStores({ dataDir: config.dataDir });
    case 'sharepoint': {
      const sp = config.sharepoint;
      if (!sp) throw new Error('STORE=sharepoint vraagt SHAREPOINT_SITE_ID');
      const [{ appTokenFor }, { createGraphClient }, { delegatedClients }, { openSharePointStores }] = await Promise.all([
        import('../graph/app-credential.js'),
        import('../graph/client.js'),
        import('../graph/delegated-client.js'),
        import('./sharepoint/index.js'),
      ]);
      const client = appClient ?? createGraphClient({ baseUrl: sp.graphBaseUrl, token: appTokenFor(sp.credentials) });
      const delegated = delegatedClients(sp.graphBaseUrl, sp.credentials);
      return openSharePointStores({ client, siteId: sp.siteId, schoolSites: sp.schoolSites, delegated });
    }
  }
};
