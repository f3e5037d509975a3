/**
 * The server's fan-out worker as its own process (so a test can kill -9 it): opens the stores in
 * DATA_DIR (with OUTBOX=azure the outbox and ledger on Azure Storage), sends through the Teams
 * messenger (botbuilder) to the connector stand-in, and keeps going until killed. On SIGTERM it
 * prints its counters as one JSON line. Config comes from the environment like the real server's.
 */
import { randomUUID } from 'node:crypto';
import { createHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../../bot/src/config.js';
import { createLogger } from '../../bot/src/logger.js';
import { openStores } from '../../bot/src/store/index.js';
import { createTeamsSender } from '../../bot/src/teams/sender.js';
import { fanoutGraphOf } from '../../bot/src/graph/fanout-graph.js';
import { runOutboxWorker } from '../../bot/src/messaging/outbox-worker.js';
import { runtimeFromConfig } from '../../bot/src/messaging/sender-runtime.js';
import { SqliteLedger } from '../../bot/src/store/sqlite/delivery-ledger.js';
import { startProgressLog } from '../../bot/src/messaging/progress.js';
import type { Deps } from '../../bot/src/deps.js';
import type { Messenger, RequestPacing } from '../../bot/src/messaging/messenger.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';

// the boot's parts, ms since the process started (performance.now's origin): modules evaluated, stores open, worker started
const modulesAt = performance.now();
const config = loadConfig({ LOAD_SAMPLE_DATA: 'false', LOG_LEVEL: 'warn', ...process.env });
const local = await openStores(config);
const stores = config.fanout.outbox === 'azure' ? await (await import('../../bot/src/store/azure/index.js')).withAzureOutbox(local, config, { table: process.env.TEST_OUTBOX_TABLE, queue: process.env.TEST_OUTBOX_QUEUE }) : local;
const deps: Deps = { config, stores, logger: createLogger(config), clock: () => new Date(), newId: randomUUID, ...TEST_INFRA };
const teams = createTeamsSender(deps, fanoutGraphOf(config));
const ledger = config.fanout.outbox === 'azure' && config.fanout.azureConnectionString
  ? await (async () => { const l = new (await import('../../bot/src/store/azure/index.js')).AzureLedger(config.fanout.azureConnectionString as string); await l.init(); return l; })()
  : new SqliteLedger(config.dataDir);
const storesAt = performance.now();
const { options, runtime } = runtimeFromConfig(deps, ledger);
// tells the benchmark when this process's first message went out (its restart gap)
let firstSent = false;
let firstTry = false;
const sendMs = createHistogram();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const tried = () => {
  if (firstTry) return;
  firstTry = true;
  process.stdout.write(`first-try ${Date.now()}\n`);
};
/** Times each request from its rate slot to its answer (the slot is taken right before the request leaves). */
const timed = (pacing: RequestPacing): RequestPacing => {
  let started = 0;
  return {
    beforeRequest: async () => {
      await pacing.beforeRequest();
      tried();
      started = performance.now();
    },
    answered: () => {
      if (started) sendMs.record(Math.max(1, Math.round((performance.now() - started) * 1000)));
      started = 0;
      pacing.answered();
    },
  };
};
const messenger: Messenger = {
  sendToPerson: async (personId, reply, options) => {
    const outcome = await teams.messenger.sendToPerson(personId, reply, options?.pacing ? { ...options, pacing: timed(options.pacing) } : options);
    if (outcome.kind === 'sent' && !firstSent) {
      firstSent = true;
      process.stdout.write(`first-sent ${Date.now()}\n`);
    }
    return outcome;
  },
  ...(teams.messenger.probe ? { probe: teams.messenger.probe.bind(teams.messenger) } : {}),
};
const worker = runOutboxWorker(deps, messenger, options, runtime, 100);
startProgressLog(deps.logger, runtime.counters, config.fanout.progressMs);
const cpu = process.cpuUsage();
process.stdout.write(`boot ${JSON.stringify({ startedAt: Math.round(performance.timeOrigin), modules_ms: Math.round(modulesAt), stores_ms: Math.round(storesAt), worker_ms: Math.round(performance.now()), cpu_ms: Math.round((cpu.user + cpu.system) / 1000) })}\n`);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  const ms = (h: { percentile(p: number): number; mean: number; max: number }, scale: number) => ({
    p50: Math.round(h.percentile(50) / scale) / 1000, mean: Math.round(h.mean / scale) / 1000, p99: Math.round(h.percentile(99) / scale) / 1000, max: Math.round(h.max / scale) / 1000,
  });
  // send: one request (its rate slot) to its answer (µs recorded); loop: event-loop delay (ns)
  process.stdout.write(`${JSON.stringify({ counters: runtime.counters, send_ms: ms(sendMs, 1), loop_delay_ms: ms(loopDelay, 1_000) })}\n`);
  void worker.stop();
  setTimeout(() => process.exit(0), 100);
});
