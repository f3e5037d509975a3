import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AzureOutbox, BlobLease } from '../../bot/src/store/azure/index.js';
import { startStandin, type Standin } from '../connector-standin/standin.js';
import { startAzurite, type Azurite } from './azurite.js';
import { startWorker, waitFor, type WorkerChild } from './child.js';
import { aadOf, MEETING, personOf, seedBroadcast, TENANT } from './seed.js';

const RECIPIENTS = 400;

describe('two server instances share one broadcast through Azure Storage (Azurite)', () => {
  let azurite: Azurite;
  let standin: Standin;
  const dirs: string[] = [];
  const workers: WorkerChild[] = [];

  beforeAll(async () => {
    [azurite, standin] = await Promise.all([startAzurite(), startStandin({ perConversation: [{ limit: 7, ms: 1_000 }], perApp: [{ limit: 400, ms: 1_000 }], serverErrorRate: 0.02, seed: 3 })]);
    // each instance has the people and the meeting (in production: the shared SharePoint store)
    for (let i = 0; i < 2; i += 1) {
      const dir = mkdtempSync(path.join(tmpdir(), `samen-fanout-azure-${i}-`));
      dirs.push(dir);
      await seedBroadcast({ dataDir: dir, recipients: RECIPIENTS, serviceUrl: standin.url, enqueue: false });
    }
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await standin?.close();
    await azurite?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('delivers to every recipient exactly once, and both instances did part of the work', async () => {
    const outbox = await new AzureOutbox({ connectionString: azurite.connectionString }).init();
    const now = new Date().toISOString();
    const items = Array.from({ length: RECIPIENTS }, (_, i) => ({ key: `invitation:${MEETING}:${personOf(i + 1)}`, kind: 'invitation' as const, personId: personOf(i + 1), meetingId: MEETING, payload: {}, notBefore: now }));
    expect(await outbox.enqueue(items)).toBe(RECIPIENTS);
    expect(await outbox.enqueue(items.slice(0, 10))).toBe(0);

    const counters: { sent: number }[] = [];
    for (const dir of dirs) {
      const w = startWorker({
        DATA_DIR: dir, OUTBOX: 'azure', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        FANOUT_APP_RPS: '200', FANOUT_CONCURRENCY: '16', FANOUT_BASE_RETRY_MS: '100',
        FANOUT_PROBE_URL: standin.url, FANOUT_SERVICE_URL: standin.url, FANOUT_TENANT_ID: TENANT,
      });
      w.child.stdout?.on('data', (c: Buffer) => {
        const line = c.toString().split('\n').find((l) => l.startsWith('{"counters"'));
        if (line) counters.push((JSON.parse(line) as { counters: { sent: number } }).counters);
      });
      workers.push(w);
    }
    await Promise.all(workers.map((w) => w.ready));
    await waitFor(async () => (await outbox.forSubject(MEETING)).every((i) => i.status === 'sent'), 60_000, 'every invitation sent', 500);
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));

    const stats = standin.stats();
    const counts = Array.from({ length: RECIPIENTS }, (_, i) => stats.perRecipient[aadOf(i + 1)] ?? 0);
    expect(counts.filter((c) => c !== 1)).toEqual([]);
    expect(counters).toHaveLength(2);
    for (const c of counters) expect(c.sent).toBeGreaterThan(RECIPIENTS / 10);
    expect(counters[0]!.sent + counters[1]!.sent).toBe(RECIPIENTS);
  }, 90_000);

  it('lets only one instance hold the reminders lease at a time', async () => {
    const a = await BlobLease.create(azurite.connectionString, 'reminder-scheduler', 15);
    const b = await BlobLease.create(azurite.connectionString, 'reminder-scheduler', 15);
    const ran: string[] = [];
    await a.runIfHeld(async () => ran.push('a'));
    await b.runIfHeld(async () => ran.push('b'));
    await a.runIfHeld(async () => ran.push('a'));
    await a.release();
    await b.runIfHeld(async () => ran.push('b'));
    expect(ran).toEqual(['a', 'a', 'b']);
    await b.release();
  });
});
