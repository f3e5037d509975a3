/**
 * The end-to-end tests' store switch, read only by test support: with SAMEN_E2E_STORE=sharepoint
 * the harness runs the bot on SharePoint lists of a freshly provisioned site on an in-process Graph
 * fake (kept across restarts, closed with the harness); otherwise it adds nothing (SQLite).
 */
import { startGraphFake } from '../graph-fake/graph-fake.js';
import type { Clock } from '@samen/shared';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { fakeStores, provisionedSite } from './fake-stores.js';
import { delegatedClients } from '../../bot/src/graph/delegated-client.js';

export interface E2eStore {
  /** Environment for loadConfig: STORE, SHAREPOINT_SITE_ID, GRAPH_BASE_URL; empty for SQLite. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

export const e2eStoreName = (): 'sqlite' | 'sharepoint' => (process.env.SAMEN_E2E_STORE === 'sharepoint' ? 'sharepoint' : 'sqlite');

export const sharePointEnv = async (): Promise<E2eStore> => {
  if (e2eStoreName() !== 'sharepoint') return { env: {}, close: async () => {} };
  const fake = await startGraphFake();
  const siteId = await provisionedSite(fake);
  return {
    env: { STORE: 'sharepoint', SHAREPOINT_SITE_ID: siteId, GRAPH_BASE_URL: fake.baseUrl },
    close: () => fake.close(),
  };
};

/**
 * Stores for tests that build the app without `start` (the tab API fixture): SQLite in memory, or
 * SharePoint stores on a fresh fake site; closing them also stops the fake.
 */
export const e2eStores = async (clock: Clock): Promise<Stores> => {
  if (e2eStoreName() !== 'sharepoint') return openSqliteStores({ memory: true, clock });
  const fake = await startGraphFake();
  // As in production: a school's lists are reached on behalf of the tab's user (store/index.ts).
  const stores: Stores = await fakeStores(fake, { clock, delegated: delegatedClients(fake.baseUrl, null) });
  const closeStores = stores.close.bind(stores);
  return Object.assign(stores, {
    close: async () => {
      await closeStores();
      await fake.close();
    },
  });
};
