/** A small broadcast in a temporary SQLite store, a scripted messenger and an instant runtime. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config.js';
import type { Deps } from '../deps.js';
import { aMeeting, aPerson, aSchool, NOW } from '../store/contract/fixtures.js';
import { openSqliteStores } from '../store/sqlite/index.js';
import { MemoryLedger } from '../store/delivery-ledger.js';
import { newCounters, type SenderRuntime } from './deliver-item.js';
import type { Messenger, ProbeResult, SendOptions, SendOutcome } from './messenger.js';
import { RateLimiter, TEAMS_LIMITS } from './rate-limiter.js';
import { TEST_INFRA } from '../deps.test-helper.js';

export const personId = (n: number): string => `person-${String(n).padStart(4, '0')}`;

export const broadcast = async (recipients: number) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fanout-unit-'));
  const stores = await openSqliteStores({ dataDir: dir });
  await stores.schools.upsert(aSchool(1));
  await stores.meetings.upsert(aMeeting(1));
  for (let n = 2; n < recipients + 2; n += 1) await stores.people.upsert(aPerson(n));
  await stores.outbox.enqueue(
    Array.from({ length: recipients }, (_, i) => ({
      key: `invitation:meeting-0001:${personId(i + 2)}`, kind: 'invitation' as const, personId: personId(i + 2), meetingId: 'meeting-0001', payload: {}, notBefore: NOW.toISOString(),
    })),
  );
  let now = NOW.getTime();
  const deps: Deps = { config: loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), stores, clock: () => new Date(now), newId: () => 'x', logger: pino({ level: 'silent' }), ...TEST_INFRA };
  const runtime: SenderRuntime = {
    limiter: new RateLimiter(TEAMS_LIMITS),
    ledger: new MemoryLedger(),
    now: () => now,
    sleep: async (ms) => void (now += ms),
    random: () => 0.5,
    counters: newCounters(),
  };
  return {
    deps,
    runtime,
    advance: (ms: number) => void (now += ms),
    close: async () => {
      await stores.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/**
 * Answers per person from a script (the last answer repeats); remembers every call. With `unmet`,
 * those people get a createConversation first; every request takes its rate slot through the send
 * options' pacing, as the Teams messenger does; `requests` then holds the time of every request, creates and sends alike.
 */
export class ScriptedMessenger implements Messenger {
  readonly calls: string[] = [];
  readonly delivered = new Set<string>();
  readonly requests: number[] = [];
  constructor(
    private readonly script: (personId: string, attempt: number) => SendOutcome & { arrived?: boolean },
    private readonly unmet?: { readonly isUnmet: (personId: string) => boolean; readonly now: () => number },
  ) {}
  async sendToPerson(personId: string, _reply: unknown, options?: SendOptions): Promise<SendOutcome> {
    if (this.unmet?.isUnmet(personId)) {
      await options?.pacing?.beforeRequest();
      this.requests.push(this.unmet.now());
      options?.pacing?.answered();
    }
    await options?.pacing?.beforeRequest();
    if (this.unmet) this.requests.push(this.unmet.now());
    const attempt = this.calls.filter((c) => c === personId).length;
    this.calls.push(personId);
    const outcome = this.script(personId, attempt);
    options?.pacing?.answered();
    if (outcome.kind === 'sent' || outcome.arrived) this.delivered.add(options?.idempotencyKey ?? personId);
    return outcome;
  }
  async probe(_personId: string, key: string): Promise<ProbeResult> {
    return this.delivered.has(key) ? 'delivered' : 'absent';
  }
}
