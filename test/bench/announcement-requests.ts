/**
 * Graph requests of one announcement to 1,000 staff in 50 schools with the store on SharePoint
 * lists (Graph fake). Sending it (publish, audience, recipient rows, outbox) is a one-off cost per
 * announcement; delivering it — drawing each recipient's card with their acknowledgement, who
 * shared it, and the colleagues they may pass it on to — is what must not grow with a directory
 * read per recipient. The outbox is on the embedded store here, as production keeps it on Azure
 * Storage (OUTBOX=azure), not in a SharePoint list: only the card's reads count.
 */
import { loadConfig } from '../../bot/src/config.js';
import { createLogger } from '../../bot/src/logger.js';
import { aPerson, aSchool, NOW, pad, value } from '../../bot/src/store/contract/fixtures.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import type { Deps } from '../../bot/src/deps.js';
import { TEST_COORDINATOR, TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { saveAnnouncementDraft, sendAnnouncement } from '../../bot/src/usecases/announcements.js';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { newCounters, type SenderRuntime } from '../../bot/src/messaging/deliver-item.js';
import { newRenderCache } from '../../bot/src/messaging/render-outbox.js';
import { RenderReads } from '../../bot/src/messaging/render-reads.js';
import type { Messenger, SendOutcome } from '../../bot/src/messaging/messenger.js';
import type { GraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores, provisionedSite } from '../sharepoint/fake-stores.js';

export const STAFF = 1_000;
const SCHOOLS = 50;

const inChunks = async <T>(items: readonly T[], size: number, each: (item: T) => Promise<unknown>) => {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
};

/** Every card is taken by Teams at once: only the reads before the send are measured. */
class Accepting implements Messenger {
  delivered = 0;
  async sendToPerson(): Promise<SendOutcome> {
    this.delivered += 1;
    return { kind: 'sent', activityId: null };
  }
}

export interface AnnouncementCounts {
  readonly sendRequests: number;
  readonly deliveryRequests: number;
  readonly recipients: number;
  readonly delivered: number;
}

export const measureAnnouncement = async (fake: GraphFake): Promise<AnnouncementCounts> => {
  const siteId = await provisionedSite(fake);
  const sharepoint = await fakeStores(fake, { siteId, skipCheck: true });
  const outbox = await openSqliteStores({ memory: true });
  const stores: Stores = { ...sharepoint, outbox: outbox.outbox, close: async () => Promise.all([sharepoint.close(), outbox.close()]).then(() => undefined) };
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  await inChunks(range(SCHOOLS), 20, async (n) => value(await stores.schools.upsert(aSchool(n))));
  await inChunks(range(STAFF), 25, async (n) =>
    value(await stores.people.upsert(aPerson(n, { schoolIds: [`school-${pad(((n - 1) % SCHOOLS) + 1)}`], roles: ['leerkracht'] }))),
  );
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const deps: Deps = { config, stores, clock: () => NOW, newId: () => 'announcement-bench', logger: createLogger(config), ...TEST_INFRA };
  const form = { title: 'Studiedag passend onderwijs', text: 'Lees de bijlage voor de studiedag.', documentUrl: '', ackLabel: '', deadlineDate: '', deadlineTime: '', audienceRoles: '', audienceSchoolIds: '', remindDays: '' };
  value(await saveAnnouncementDraft(deps, TEST_COORDINATOR, form));

  fake.resetCounts();
  const sent = value(await sendAnnouncement(deps, TEST_COORDINATOR, 'announcement-bench'));
  const sendRequests = fake.counts.requests;

  fake.resetCounts();
  const messenger = new Accepting();
  const runtime: SenderRuntime = {
    limiter: null, ledger: null, now: Date.now, sleep: async () => undefined, random: Math.random, counters: newCounters(), renderCache: newRenderCache(), reads: new RenderReads(),
  };
  const options = { batchSize: 50, maxAttempts: 3, baseRetryMs: 10, concurrency: 8 };
  while ((await drainOutboxOnce(deps, messenger, options, Math.random, runtime)) > 0);
  const deliveryRequests = fake.counts.requests;
  await stores.close();
  if (messenger.delivered !== sent.recipients) throw new Error(`announcement delivered ${messenger.delivered} of ${sent.recipients}`);
  return { sendRequests, deliveryRequests, recipients: sent.recipients, delivered: messenger.delivered };
};
