import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import type { NewOutboxItem } from '../store/ports.js';
import { DEFAULT_WORKER_OPTIONS, drainOutboxOnce } from './outbox-worker.js';
import { broadcast, personId, ScriptedMessenger } from './fanout.test-helper.js';

const SENT = { kind: 'sent', activityId: 'a-1' } as const;
const options = { ...DEFAULT_WORKER_OPTIONS, batchSize: 100, maxAttempts: 4, baseRetryMs: 1_000 };

describe('sending one broadcast through the rate-limited sender', () => {
  let fixture: Awaited<ReturnType<typeof broadcast>>;
  afterEach(async () => fixture?.close());

  /** Drains until nothing is due, moving the fake clock past any retry. */
  const drainAll = async (messenger: ScriptedMessenger) => {
    for (let round = 0; round < 20; round += 1) {
      await drainOutboxOnce(fixture.deps, messenger, options, () => 0.5, fixture.runtime);
      fixture.advance(60_000);
    }
  };
  const item = async (n: number) => (await fixture.deps.stores.outbox.forSubject('meeting-0001')).find((i) => i.personId === personId(n))!;

  it('reports a person who blocked the bot as not reachable and never tries again', async () => {
    fixture = await broadcast(3);
    const messenger = new ScriptedMessenger((p) => (p === personId(3) ? { kind: 'permanent', failure: 'blocked' } : SENT));
    await drainAll(messenger);
    expect(messenger.calls.filter((c) => c === personId(3))).toHaveLength(1);
    expect(await item(3)).toMatchObject({ status: 'failed', failure: 'blocked' });
    expect((await item(2)).status).toBe('sent');
  });

  it('gives up a stored item it cannot read, names it in the log, and still delivers the others', async () => {
    fixture = await broadcast(2);
    // a promotion without its session, as no version writes it: stored through the port with a cast
    const broken = { key: 'promotion:broken', kind: 'promotion', personId: personId(2), meetingId: 'meeting-0001', payload: {}, notBefore: fixture.deps.clock().toISOString() };
    await fixture.deps.stores.outbox.enqueue([broken as unknown as NewOutboxItem]);
    const lines: { key?: string; failure?: string; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) });
    const messenger = new ScriptedMessenger(() => SENT);
    await drainOutboxOnce({ ...fixture.deps, logger }, messenger, options, () => 0.5, fixture.runtime);
    expect(messenger.calls).toEqual([personId(2), personId(3)]);
    expect(lines).toContainEqual(expect.objectContaining({ key: 'promotion:broken', failure: 'unreadable' }));
    expect(fixture.runtime.counters.failed).toBe(1);
    expect(await fixture.deps.stores.outbox.claim(fixture.deps.clock(), 10)).toEqual({ items: [], unreadable: [] });
  });

  it('waits as long as Retry-After says before trying a throttled message again', async () => {
    fixture = await broadcast(1);
    const tries: number[] = [];
    const messenger = new ScriptedMessenger((_p, attempt) => {
      tries.push(fixture.runtime.now());
      return attempt === 0 ? { kind: 'retry', failure: 'throttled', retryAfterMs: 7_000 } : SENT;
    });
    await drainOutboxOnce(fixture.deps, messenger, options, () => 0.5, fixture.runtime);
    fixture.advance(6_000);
    await drainOutboxOnce(fixture.deps, messenger, options, () => 0.5, fixture.runtime);
    expect(messenger.calls).toHaveLength(1);
    fixture.advance(1_000);
    await drainOutboxOnce(fixture.deps, messenger, options, () => 0.5, fixture.runtime);
    expect(messenger.calls).toHaveLength(2);
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(7_000);
    expect((await item(2)).status).toBe('sent');
  });

  it('gives up after the configured number of tries and keeps the code of the last try', async () => {
    fixture = await broadcast(1);
    const messenger = new ScriptedMessenger(() => ({ kind: 'retry', failure: 'server-error', retryAfterMs: null }));
    await drainAll(messenger);
    expect(messenger.calls).toHaveLength(4);
    expect(await item(2)).toMatchObject({ status: 'failed', failure: 'server-error', attempts: 4 });
  });

  it('does not send again when a timed-out send turns out to have arrived', async () => {
    fixture = await broadcast(2);
    const messenger = new ScriptedMessenger((p, attempt) =>
      attempt === 0 ? { kind: 'retry', failure: 'timeout', retryAfterMs: null, uncertain: true, arrived: p === personId(2) } : SENT,
    );
    await drainAll(messenger);
    expect(messenger.calls.filter((c) => c === personId(2))).toHaveLength(1);
    expect(messenger.calls.filter((c) => c === personId(3))).toHaveLength(2);
    expect((await item(2)).status).toBe('sent');
    expect((await item(3)).status).toBe('sent');
  });

  it('counts creating a chat with someone the bot has not met against the per-app limit', async () => {
    fixture = await broadcast(200);
    const unmet = (p: string) => Number(p.slice(-4)) % 2 === 0;
    const messenger = new ScriptedMessenger(() => SENT, { isUnmet: unmet, now: fixture.runtime.now });
    // one lane, so the fake clock each sleep advances is the only clock
    await drainOutboxOnce(fixture.deps, messenger, { ...options, batchSize: 200, concurrency: 1 }, () => 0.5, fixture.runtime);
    const times = messenger.requests;
    expect(times).toHaveLength(300);
    // Teams allows the app 50 requests per second, createConversation included
    let most = 0;
    for (let i = 0, j = 0; i < times.length; i += 1) {
      while (times[i]! - times[j]! >= 1_000) j += 1;
      most = Math.max(most, i - j + 1);
    }
    expect(most).toBeLessThanOrEqual(50);
    expect((await fixture.deps.stores.outbox.forSubject('meeting-0001')).every((i) => i.status === 'sent')).toBe(true);
  });

  it('backs off with growing delays when no Retry-After is given', async () => {
    fixture = await broadcast(1);
    const messenger = new ScriptedMessenger(() => ({ kind: 'retry', failure: 'server-error', retryAfterMs: null }));
    const due: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await drainOutboxOnce(fixture.deps, messenger, options, () => 0.5, fixture.runtime);
      const it = await item(2);
      due.push(new Date(it.notBefore).getTime() - fixture.runtime.now());
      fixture.advance(due.at(-1)!);
    }
    expect(due).toEqual([1_000, 2_000, 4_000]);
  });
});
