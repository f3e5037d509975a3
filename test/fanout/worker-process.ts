/**
 * The server's fan-out worker as its own process (so a test can kill -9 it): opens the stores in
 * DATA_DIR (with OUTBOX=azure the outbox and ledger on Azure Storage), sends through the Teams
 * messenger (botbuilder) to the connector stand-in, and keeps going until killed. On SIGTERM it
 * prints its counters as one JSON line. Config comes from the environment like the real server's.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../bot/src/config.js';
import { createLogger } from '../../bot/src/logger.js';
import { openStores } from '../../bot/src/store/index.js';
import { withAzureOutbox } from '../../bot/src/store/azure/index.js';
import { createTeamsChannel } from '../../bot/src/teams/index.js';
import { runOutboxWorker } from '../../bot/src/messaging/outbox-worker.js';
import { runtimeFromConfig } from '../../bot/src/messaging/sender-runtime.js';
import { startProgressLog } from '../../bot/src/messaging/progress.js';
import type { Deps } from '../../bot/src/deps.js';

const config = loadConfig({ LOAD_SAMPLE_DATA: 'false', LOG_LEVEL: 'warn', ...process.env });
const local = await openStores(config);
const stores = config.fanout.outbox === 'azure' ? await withAzureOutbox(local, config, { table: process.env.TEST_OUTBOX_TABLE, queue: process.env.TEST_OUTBOX_QUEUE }) : local;
const deps: Deps = { config, stores, logger: createLogger(config), clock: () => new Date(), newId: randomUUID };
const teams = createTeamsChannel(deps);
const { options, runtime } = runtimeFromConfig(deps);
const worker = runOutboxWorker(deps, teams.messenger, options, runtime, 100);
startProgressLog(deps.logger, runtime.counters, config.fanout.progressMs);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  process.stdout.write(`${JSON.stringify({ counters: runtime.counters })}\n`);
  void worker.stop();
  setTimeout(() => process.exit(0), 100);
});
