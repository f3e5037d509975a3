/**
 * Reconciliation and app installation through Graph's real shapes: the Teams messenger (botbuilder)
 * sends to the connector stand-in; what Teams delivered is read back through the Graph routes on
 * their own port (installedApps → chat → messages, bearer token required).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { MemoryLedger } from '../../bot/src/store/delivery-ledger.js';
import { reasonOf } from '../../bot/src/messaging/delivery-report.js';
import { newCounters, type SenderRuntime } from '../../bot/src/messaging/deliver-item.js';
import { DEFAULT_WORKER_OPTIONS, drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { renderOutboxItem } from '../../bot/src/messaging/render-outbox.js';
import { openStores } from '../../bot/src/store/index.js';
import { NOW } from '../../bot/src/store/contract/fixtures.js';
import { createTeamsSender } from '../../bot/src/teams/sender.js';
import { fanoutGraphOf } from '../../bot/src/graph/fanout-graph.js';
import { startStandin } from '../connector-standin/standin.js';
import { startTeamsGraph } from '../graph-fake/teams-chats.js';
import { aadOf, MEETING, personOf, seedBroadcast, TENANT } from './seed.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';

/** What the local token provider sends to a loopback Graph. */
const LOCAL_TOKEN = 'local-graph-stand-in';

const setUp = async (env: Record<string, string> = {}) => {
  // person 3 has no chat with the bot yet and no app installed
  const standin = await startStandin({ perConversation: [{ limit: 100, ms: 1_000 }], perApp: [{ limit: 1_000, ms: 1_000 }], notInstalled: [aadOf(3)] });
  const graph = await startTeamsGraph(standin.world, { token: LOCAL_TOKEN });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-reconcile-'));
  await seedBroadcast({ dataDir, recipients: 3, serviceUrl: standin.url, unmetEvery: 3 });
  const config = loadConfig({
    DATA_DIR: dataDir, LOG_LEVEL: 'silent', LOAD_SAMPLE_DATA: 'false', FANOUT_PROBE_URL: graph.url,
    FANOUT_SERVICE_URL: standin.url, FANOUT_TENANT_ID: TENANT, FANOUT_SEND_TIMEOUT_MS: '3000', ...env,
  });
  let now = NOW.getTime() + 60_000;
  const deps: Deps = { config, stores: await openStores(config), logger: pino({ level: 'silent' }), clock: () => new Date(now), newId: () => 'id', ...TEST_INFRA };
  const ledger = new MemoryLedger();
  const runtime: SenderRuntime = { limiter: null, ledger, now: () => now, sleep: async (ms) => void (now += ms), random: () => 0.5, counters: newCounters() };
  const { messenger } = createTeamsSender(deps, fanoutGraphOf(config));
  const item = async (n: number) => (await deps.stores.outbox.forSubject(MEETING)).find((i) => i.personId === personOf(n))!;
  return {
    standin, graph: graph.graph, deps, ledger, runtime, messenger, item,
    received: (n: number) => standin.stats().perRecipient[aadOf(n)] ?? 0,
    drain: () => drainOutboxOnce(deps, messenger, { ...DEFAULT_WORKER_OPTIONS, concurrency: 1 }, () => 0.5, runtime),
    advance: (ms: number) => void (now += ms),
    /** A send that reached Teams while the process died before recording it: the ledger says 'begun'. */
    sendUnconfirmed: async (n: number) => {
      const it = await item(n);
      await ledger.begin(it.key);
      const reply = await renderOutboxItem(deps, it);
      expect(await messenger.sendToPerson(it.personId, reply!, { idempotencyKey: it.key })).toMatchObject({ kind: 'sent' });
    },
    close: async () => {
      await deps.stores.close();
      await graph.close();
      await standin.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

describe('an unconfirmed send is reconciled through Graph, not blindly repeated', () => {
  let t: Awaited<ReturnType<typeof setUp>>;
  afterEach(async () => t?.close());

  it('finds an invitation that reached Teams before the crash in the chat and does not send it again', async () => {
    t = await setUp();
    await t.sendUnconfirmed(1);
    await t.drain();
    expect([t.received(1), t.received(2)]).toEqual([1, 1]);
    expect(await t.item(1)).toMatchObject({ status: 'sent' });
    expect(t.runtime.counters).toMatchObject({ reconciled: 1, sent: 1 });
    expect(t.graph.counts).toMatchObject({ installedApps: 1, chat: 1, unauthorized: 0 });
  });

  it('sends an unconfirmed invitation that never reached Teams exactly once', async () => {
    t = await setUp();
    await t.ledger.begin((await t.item(1)).key);
    await t.drain();
    expect(t.received(1)).toBe(1);
    expect(t.runtime.counters).toMatchObject({ reconciled: 0, sent: 2 });
    expect(t.graph.counts.messages).toBe(1);
  });

  it('checks again later, without sending, while Graph cannot be read', async () => {
    t = await setUp();
    await t.sendUnconfirmed(1);
    t.graph.failMessagesWith = 403;
    await t.drain();
    expect(t.received(1)).toBe(1);
    expect(await t.item(1)).toMatchObject({ status: 'pending', failure: 'unconfirmed' });
    t.graph.failMessagesWith = null;
    t.advance(60_000);
    await t.drain();
    expect(t.received(1)).toBe(1);
    expect(await t.item(1)).toMatchObject({ status: 'sent' });
  });
});

describe('people the bot has not met and who do not have the app', () => {
  let t: Awaited<ReturnType<typeof setUp>>;
  afterEach(async () => t?.close());

  it('are reported as not reachable, with the reason, while installing the app is off', async () => {
    t = await setUp();
    await t.drain();
    const item = await t.item(3);
    expect(item).toMatchObject({ status: 'failed', failure: 'not-installed' });
    expect(reasonOf(item)).toBe('notMet');
    expect(t.graph.counts.installs).toBe(0);
  });

  it('get the app installed through Graph and then their invitation, once', async () => {
    t = await setUp({ FANOUT_INSTALL_APP: 'true' });
    await t.drain();
    expect(t.received(3)).toBe(1);
    expect(await t.item(3)).toMatchObject({ status: 'sent' });
    expect(t.graph.counts.installs).toBe(1);
    expect(t.standin.stats().created).toBe(1);
    expect(await t.deps.stores.conversations.forPerson(personOf(3))).toMatchObject({ conversationId: `a:${aadOf(3)}` });
  });
});

describe('the Teams messenger holds a rate slot only around its requests', () => {
  let t: Awaited<ReturnType<typeof setUp>>;
  afterEach(async () => t?.close());

  /** What the stand-in had counted at each call of the pacing hooks. */
  const recording = (standin: Awaited<ReturnType<typeof setUp>>['standin']) => {
    const events: string[] = [];
    const seen = () => `${standin.stats().created} created, ${standin.stats().accepted} accepted`;
    return { events, pacing: { beforeRequest: async () => void events.push(`slot (${seen()})`), answered: () => void events.push(`answer (${seen()})`) } };
  };
  const send = async (n: number, pacing: { beforeRequest(): Promise<void>; answered(): void }) => {
    const it = await t.item(n);
    return t.messenger.sendToPerson(it.personId, (await renderOutboxItem(t.deps, it))!, { idempotencyKey: it.key, pacing });
  };

  it('takes the slot before the message reaches Teams and gives it back once Teams has answered', async () => {
    t = await setUp();
    const r = recording(t.standin);
    expect(await send(1, r.pacing)).toMatchObject({ kind: 'sent' });
    expect(r.events).toEqual(['slot (0 created, 0 accepted)', 'answer (0 created, 1 accepted)']);
  });

  it('takes a slot before creating a chat and another before the message after it', async () => {
    t = await setUp({ FANOUT_INSTALL_APP: 'true' });
    t.standin.world.install(aadOf(3));
    const r = recording(t.standin);
    expect(await send(3, r.pacing)).toMatchObject({ kind: 'sent' });
    expect(r.events).toEqual([
      'slot (0 created, 0 accepted)',
      'answer (1 created, 0 accepted)',
      'slot (1 created, 0 accepted)',
      'answer (1 created, 1 accepted)',
    ]);
  });
});
