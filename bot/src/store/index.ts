/** Picks the storage adapter named by the config. */
import type { Config } from '../config.js';
import { appTokenFor } from '../graph/app-credential.js';
import { createGraphClient } from '../graph/client.js';
import { delegatedClients } from '../graph/delegated-client.js';
import type { Stores } from './ports.js';
import { openSharePointStores } from './sharepoint/index.js';
import { openSqliteStores } from './sqlite/index.js';

export type { Stores } from './ports.js';
export { StorageUnavailable, isStorageUnavailable } from './errors.js';
export { SharePointSetupError } from './sharepoint/index.js';

/**
 * The record stores named by STORE (the outbox on Azure Storage is the composition root's choice: compose.ts).
 * `appClient`: the app-only Graph client the caller already has for this site, so one token cache serves all.
 */
export const openStores = async (config: Config, appClient?: ReturnType<typeof createGraphClient>): Promise<Stores> => {
  switch (config.store) {
    case 'sqlite':
      return openSqliteStores({ dataDir: config.dataDir });
    case 'sharepoint': {
      const sp = config.sharepoint;
      if (!sp) throw new Error('STORE=sharepoint vraagt SHAREPOINT_SITE_ID');
      const client = appClient ?? createGraphClient({ baseUrl: sp.graphBaseUrl, token: appTokenFor(sp.credentials) });
      const delegated = delegatedClients(sp.graphBaseUrl, sp.credentials);
      return openSharePointStores({ client, siteId: sp.siteId, schoolSites: sp.schoolSites, delegated });
    }
  }
};
