/**
 * The server's fan-out worker as its own process (so a test can kill -9 it): opens the SQLite store
 * in DATA_DIR, sends through the Teams messenger (botbuilder) to the connector stand-in, and keeps
 * going until killed. Config comes from the environment like the real server's.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../bot/src/config.js';
import { createLogger } from '../../bot/src/logger.js';
import { openStores } from '../../bot/src/store/index.js';
import { createTeamsChannel } from '../../bot/src/teams/index.js';
import { startOutboxWorker } from '../../bot/src/messaging/outbox-worker.js';
import type { Deps } from '../../bot/src/deps.js';

const config = loadConfig({ LOAD_SAMPLE_DATA: 'false', LOG_LEVEL: 'warn', ...process.env });
const stores = await openStores(config);
const deps: Deps = { config, stores, logger: createLogger(config), clock: () => new Date(), newId: randomUUID };
const teams = createTeamsChannel(deps);
const stop = startOutboxWorker(deps, teams.messenger, 100);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  stop();
  setTimeout(() => process.exit(0), 200);
});
