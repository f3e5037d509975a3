import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { Deps } from '../deps.js';
import { TEST_COORDINATOR, TEST_INFRA } from '../deps.test-helper.js';
import { aPerson, aSchool, NOW, value } from '../store/contract/fixtures.js';
import type { Stores } from '../store/ports.js';
import { openSqliteStores } from '../store/sqlite/index.js';
import { saveAnnouncementDraft, sendAnnouncement } from '../usecases/announcements.js';
import type { Reply } from '../conversation/replies.js';
import { newCounters, type SenderRuntime } from './deliver-item.js';
import type { Messenger, SendOutcome } from './messenger.js';
import { drainOutboxOnce } from './outbox-worker.js';
import { newRenderCache } from './render-outbox.js';
import { RenderReads } from './render-reads.js';

/** Counts every call to a store method, by "port.method". */
const counted = (stores: Stores, calls: Map<string, number>): Stores =>
  new Proxy(stores, {
    get: (target, port) => {
      const inner = Reflect.get(target, port) as unknown;
      if (typeof inner !== 'object' || inner === null) return typeof inner === 'function' ? (inner as () => unknown).bind(target) : inner;
      return new Proxy(inner, {
        get: (t, method) => {
          const fn = Reflect.get(t, method) as unknown;
          if (typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            const name = `${String(port)}.${String(method)}`;
            calls.set(name, (calls.get(name) ?? 0) + 1);
            return (fn as (...a: unknown[]) => unknown).apply(t, args);
          };
        },
      });
    },
  });

class Collecting implements Messenger {
  readonly cards = new Map<string, string>();
  async sendToPerson(personId: string, reply: Reply): Promise<SendOutcome> {
    this.cards.set(personId, JSON.stringify(reply));
    return { kind: 'sent', activityId: `a-${personId}` };
  }
}

describe('cards of one broadcast share their reads', () => {
  let dir: string;
  let deps: Deps;
  const calls = new Map<string, number>();
  let now = NOW.getTime();

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'render-reads-'));
    const stores = await openSqliteStores({ dataDir: dir });
    value(await stores.schools.upsert(aSchool(1)));
    // 20 ib'ers get the announcement; their 10 colleagues (leerkrachten) can be sent it by them.
    for (let n = 1; n <= 30; n += 1) value(await stores.people.upsert(aPerson(n, { schoolIds: ['school-0001'], roles: n <= 20 ? ['ib'] : ['leerkracht'] })));
    deps = { config: loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), stores: counted(stores, calls), clock: () => new Date(now), newId: () => 'ann-1', logger: pino({ level: 'silent' }), ...TEST_INFRA };
    const draft = value(
      await saveAnnouncementDraft(deps, TEST_COORDINATOR, {
        title: 'Nieuwe handreiking', text: 'Lees hem voor de studiedag.', documentUrl: '', ackLabel: '', deadlineDate: '', deadlineTime: '', audienceRoles: 'ib', audienceSchoolIds: '', remindDays: '',
      }),
    );
    expect(draft.kind).toBe('saved');
    expect(value(await sendAnnouncement(deps, TEST_COORDINATOR, 'ann-1')).queued).toBe(20);
    calls.clear();
  });
  afterEach(async () => {
    await deps.stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const runtime = (reads?: RenderReads): SenderRuntime => ({
    limiter: null, ledger: null, now: () => now, sleep: async () => undefined, random: () => 0.5, counters: newCounters(), renderCache: newRenderCache(),
    ...(reads ? { reads } : {}),
  });

  it('reads the people, recipients and acknowledgements once for twenty cards, and each card is still right', async () => {
    const messenger = new Collecting();
    const handled = await drainOutboxOnce(deps, messenger, { batchSize: 50, maxAttempts: 3, baseRetryMs: 10, concurrency: 4 }, () => 0.5, runtime(new RenderReads(5_000, () => now)));
    expect(handled).toBe(20);
    expect(messenger.cards.size).toBe(20);
    expect(calls.get('people.byIds')).toBe(1);
    expect(calls.get('people.list') ?? 0).toBe(0);
    expect(calls.get('people.get') ?? 0).toBe(0);
    expect(calls.get('people.atSchools')).toBe(1);
    expect(calls.get('announcements.recipients')).toBe(1);
    expect(calls.get('announcements.acknowledgements')).toBe(1);
    // Every ib'er may pass it on to exactly the ten leerkrachten, never to another recipient.
    const card = messenger.cards.get('person-0003') ?? '';
    for (let n = 21; n <= 30; n += 1) expect(card).toContain(`Medewerker ${n}`);
    expect(card).not.toContain('Medewerker 4"');
  });

  it('without shared reads every card reads for itself (what the memory saves)', async () => {
    await drainOutboxOnce(deps, new Collecting(), { batchSize: 50, maxAttempts: 3, baseRetryMs: 10, concurrency: 4 }, () => 0.5, runtime());
    expect(calls.get('announcements.recipients')).toBe(20);
    expect(calls.get('people.get')).toBe(20);
  });

  it('reads again once its few seconds are over', async () => {
    const reads = new RenderReads(5_000, () => now);
    const view = reads.view(deps);
    await view.stores.announcements.recipients('ann-1');
    await view.stores.announcements.recipients('ann-1');
    expect(calls.get('announcements.recipients')).toBe(1);
    now += 5_001;
    await view.stores.announcements.recipients('ann-1');
    expect(calls.get('announcements.recipients')).toBe(2);
  });
});
