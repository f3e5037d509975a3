/**
 * Fan-out benchmark: 10,000 invitations through the real worker (a child process, SQLite outbox,
 * botbuilder messenger) to the connector stand-in at Teams' published limits (50/s per app;
 * 7/1 s, 8/2 s, 60/30 s, 1,800/h per conversation), with a 0.5 % injected 5xx rate and one kill -9
 * of the worker part-way. Takes ~200 s at the published limit; BENCH_FANOUT_RPS / BENCH_FANOUT_N
 * scale it (the output's `scaled` field says so).
 * Prints {"bench":"fanout","recipients","allowed_rps","achieved_rps","ratio","duplicates","lost","restarts","peak_rss_mb"},
 * plus where time goes: 429s and 5xx seen by the stand-in, the restart's gap and boot time, and the
 * restarted worker's send latency and event-loop delay (p99).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStandin } from '../connector-standin/standin.js';
import { startWorker, waitFor } from '../fanout/child.js';
import { outboxStatus } from '../fanout/outbox-status.js';
import { aadOf, seedBroadcast, TENANT } from '../fanout/seed.js';
import { measureBatch } from './fanout-batch.js';
import { buildWorkerBundle } from './worker-bundle.js';

const PUBLISHED_RPS = 50;
const recipients = Number(process.env.BENCH_FANOUT_N ?? 10_000);
const rps = Number(process.env.BENCH_FANOUT_RPS ?? PUBLISHED_RPS);
const perConversation = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];

// the worker runs bundled, as production runs bot/dist/index.js; BENCH_FANOUT_TSX=1 runs its source through tsx
const bundle = process.env.BENCH_FANOUT_TSX === '1' ? undefined : await buildWorkerBundle();
const standin = await startStandin({ perConversation, perApp: [{ limit: rps, ms: 1_000 }], serverErrorRate: 0.005, seed: 11 });
const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-fanout-bench-'));
await seedBroadcast({ dataDir, recipients, serviceUrl: standin.url });
const env = {
  DATA_DIR: dataDir,
  FANOUT_APP_RPS: String(rps),
  FANOUT_CONCURRENCY: '16',
  FANOUT_BASE_RETRY_MS: '500',
  FANOUT_PROBE_URL: standin.url,
  FANOUT_SERVICE_URL: standin.url,
  FANOUT_TENANT_ID: TENANT,
};

// The stand-in (the referee) runs in this process: poll it rarely. stats() copies 10,000 counters
// (~8 ms) and outboxStatus reads the whole outbox (~5 ms); every 25 ms that stalled the referee's
// event loop a quarter of the time, which skewed its clock-stamps and showed up as 429s.
const POLL_MS = 250;
let peak = 0;
let restarts = 0;
let worker = startWorker(env, bundle);
await worker.ready;
// one kill -9 at a random moment between 20 % and 60 % of the broadcast
const killAt = Math.floor(recipients * (0.2 + Math.random() * 0.4));
await waitFor(() => standin.stats().accepted >= killAt, 3_600_000, 'the kill point', POLL_MS);
peak = Math.max(peak, worker.peakRssMb());
worker.child.kill('SIGKILL');
await worker.exited;
const lastBeforeKill = standin.stats().lastAt ?? 0;
restarts += 1;
const spawnedAt = Date.now();
worker = startWorker(env, bundle);
await worker.ready;
const readyAt = Date.now();
await waitFor(() => {
  const s = outboxStatus(dataDir);
  return (s.sent ?? 0) + (s.failed ?? 0) >= recipients;
}, 3_600_000, 'the outbox to settle', POLL_MS);
const firstSentAfterRestart = await worker.firstSentAt;
const firstTryAfterRestart = await worker.firstTryAt;
const boot = await worker.boot;
peak = Math.max(peak, worker.peakRssMb());
// on SIGTERM the worker prints its counters, send latency and event-loop delay
let final: { send_ms?: { p99: number }; loop_delay_ms?: { p99: number } } = {};
worker.child.stdout?.on('data', (c: Buffer) => {
  const line = c.toString().split('\n').find((l) => l.startsWith('{"counters"'));
  if (line) final = JSON.parse(line) as typeof final;
});
worker.child.kill('SIGTERM');
await worker.exited;

const stats = standin.stats();
const counts = Array.from({ length: recipients }, (_, i) => stats.perRecipient[aadOf(i + 1)] ?? 0);
const seconds = ((stats.lastAt ?? 0) - (stats.firstAt ?? 0)) / 1000;
// n messages span n-1 intervals
const achieved = seconds > 0 ? (stats.accepted - 1) / seconds : 0;
await standin.close();
rmSync(dataDir, { recursive: true, force: true });
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
console.log(
  JSON.stringify({
    bench: 'fanout',
    recipients,
    allowed_rps: rps,
    achieved_rps: round(achieved),
    ratio: round(achieved / rps, 3),
    duplicates: counts.filter((c) => c > 1).reduce((sum, c) => sum + c - 1, 0),
    lost: counts.filter((c) => c === 0).length,
    restarts,
    peak_rss_mb: round(peak, 1),
    throttled_429: stats.throttled,
    injected_5xx: stats.serverErrors,
    // the restart's cost: last message of the killed process to first of the new one (of which: process start to ready)
    restart_gap_s: round((firstSentAfterRestart - lastBeforeKill) / 1000),
    restart_boot_s: round((readyAt - spawnedAt) / 1000),
    // the gap's parts (ms): kill → spawn, spawn → process running, → modules loaded, → stores open, → worker
    // started, → first send request, → its answer; and the boot's CPU time
    restart_parts_ms: {
      kill_to_spawn: spawnedAt - lastBeforeKill,
      spawn_to_process: boot.startedAt - spawnedAt,
      modules: boot.modules_ms,
      stores: boot.stores_ms - boot.modules_ms,
      worker: boot.worker_ms - boot.stores_ms,
      to_first_try: firstTryAfterRestart - (boot.startedAt + boot.worker_ms),
      first_send: firstSentAfterRestart - firstTryAfterRestart,
      boot_cpu: boot.cpu_ms,
    },
    // after the restart: a message's request-to-answer time and the worker's event-loop delay, 99th percentile
    send_p99_ms: final.send_ms?.p99 ?? null,
    loop_delay_p99_ms: final.loop_delay_ms?.p99 ?? null,
    scaled: rps !== PUBLISHED_RPS || recipients !== 10_000,
    worker: bundle ? 'bundle' : 'tsx',
  }),
);
// Teams' batch API on the same stand-in, same limit (one activity for all; Teams paces delivery)
const batchN = Number(process.env.BENCH_FANOUT_BATCH_N ?? 2_000);
console.log(JSON.stringify({ bench: 'fanout-batch', ...(await measureBatch(batchN, rps)) }));
process.exit(0);
