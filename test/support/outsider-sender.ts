/**
 * For tests of mail to people outside the organisation: both stores to run on, and a sender whose
 * Teams side records who got a card while outsiders' messages go to the given Mailer.
 */
import type { Deps } from '../../bot/src/deps.js';
import { newCounters, type SenderRuntime } from '../../bot/src/messaging/deliver-item.js';
import type { Mailer } from '../../bot/src/messaging/mailer.js';
import type { Messenger } from '../../bot/src/messaging/messenger.js';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { RenderReads } from '../../bot/src/messaging/render-reads.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import type { GraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores } from '../sharepoint/fake-stores.js';

export const bothStores = (fake: GraphFake): readonly [string, () => Promise<Stores>][] => [
  ['sqlite', () => openSqliteStores({ memory: true })],
  ['sharepoint', () => fakeStores(fake)],
];

export interface OutsiderSender {
  /** Person ids that got a Teams card, in order. */
  readonly teams: string[];
  readonly messenger: Messenger;
  readonly runtime: SenderRuntime;
  /** Sends everything due at `deps.clock()`, once. */
  drain(deps: Deps): Promise<number>;
}

/** `readsMs`: how long the sender shares what cards read; 0 for tests that move their clock between drains. */
export const outsiderSender = (mailer: Mailer, readsMs?: number): OutsiderSender => {
  const teams: string[] = [];
  const messenger: Messenger = {
    sendToPerson: async (personId) => {
      teams.push(personId);
      return { kind: 'sent', activityId: `a-${personId}` };
    },
  };
  const runtime: SenderRuntime = {
    limiter: null, ledger: null, now: Date.now, sleep: async () => undefined, random: () => 0.5, counters: newCounters(), reads: new RenderReads(readsMs), mailer,
  };
  return { teams, messenger, runtime, drain: (deps) => drainOutboxOnce(deps, messenger, undefined, () => 0.5, runtime) };
};
