/** SharePoint stores on a fresh site of the Graph fake, provisioned from infra/sharepoint/lists.ts. */
import { LISTS } from '../../infra/sharepoint/lists.js';
import { provisionSite } from '../../infra/sharepoint/provision.js';
import { createGraphClient } from '../../bot/src/graph/client.js';
import { openSharePointStores, type SharePointOptions, type SharePointStores } from '../../bot/src/store/sharepoint/index.js';
import type { Sleep } from '../../bot/src/graph/throttling.js';
import type { GraphFake } from '../graph-fake/graph-fake.js';

let sites = 0;

/** Resolves on the next turn of the event loop: lets other requests run, never waits for time. */
export const noSleep = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export const fakeClient = (fake: GraphFake, sleep: Sleep = noSleep, maxRetries = 10) =>
  createGraphClient({ baseUrl: fake.baseUrl, token: async () => 'fake-token', policy: { sleep, maxRetries } });

/** A new, provisioned site on the fake; its id. */
export const provisionedSite = async (fake: GraphFake): Promise<string> => {
  const siteId = `contoso.sharepoint.com,site-${++sites},web`;
  fake.addSite(siteId, `SWV ${sites}`);
  await provisionSite(fakeClient(fake), siteId, Object.values(LISTS));
  return siteId;
};

export const fakeStores = async (
  fake: GraphFake,
  options: Partial<Omit<SharePointOptions, 'client'>> = {},
): Promise<SharePointStores> =>
  openSharePointStores({
    client: fakeClient(fake, options.sleep, options.policy?.maxRetries),
    siteId: options.siteId ?? (await provisionedSite(fake)),
    sleep: noSleep,
    policy: { maxRetries: 10 },
    ...options,
  });
