import { afterEach, describe, expect, it } from 'vitest';
import { broadcast, personId, ScriptedMessenger } from './fanout.test-helper.js';
import { runOutboxWorker } from './outbox-worker.js';
import type { SendOptions, SendOutcome, ProbeResult } from './messenger.js';

const keyOf = (n: number) => `invitation:meeting-0001:${personId(n)}`;

/** Records sends and probes in the order they happen. */
class LoggingMessenger extends ScriptedMessenger {
  readonly events: string[] = [];
  override async sendToPerson(id: string, reply: unknown, options?: SendOptions): Promise<SendOutcome> {
    this.events.push(`send ${id}`);
    return super.sendToPerson(id, reply, options);
  }
  override async probe(id: string, key: string): Promise<ProbeResult> {
    this.events.push(`probe ${id}`);
    return super.probe(id, key);
  }
}

describe('the outbox worker after a restart', () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it('sends what it can send at once before it checks the sends the killed process may have made, and sends none twice', async () => {
    const b = await broadcast(6);
    close = b.close;
    const messenger = new LoggingMessenger(() => ({ kind: 'sent', activityId: 'a' }));
    // the killed process had claimed four (person-0002 … 0005); two were on their way, of which the first arrived
    await b.deps.stores.outbox.claim(b.deps.clock(), 4);
    await b.runtime.ledger!.begin(keyOf(2));
    await b.runtime.ledger!.begin(keyOf(3));
    messenger.delivered.add(keyOf(2));
    b.advance(1_000);

    const worker = runOutboxWorker(b.deps, messenger, { batchSize: 10, maxAttempts: 3, baseRetryMs: 10, concurrency: 1 }, b.runtime, 5);
    const settled = async () => (await b.deps.stores.outbox.forSubject('meeting-0001')).every((i) => i.status === 'sent');
    for (let i = 0; i < 400 && !(await settled()); i += 1) await new Promise((r) => setTimeout(r, 5));
    await worker.stop();

    expect(messenger.events).toEqual([
      `send ${personId(4)}`,
      `send ${personId(5)}`,
      `send ${personId(6)}`,
      `send ${personId(7)}`,
      `probe ${personId(2)}`,
      `probe ${personId(3)}`,
      `send ${personId(3)}`,
    ]);
    expect(await settled()).toBe(true);
  });
});
