/** Builds the running app from config: stores, sample data, bot endpoint, HTTP server. */
import { orderedId } from './ids.js';
import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import type { Messenger } from './messaging/messenger.js';
import { createLogger } from './logger.js';
import { loadSampleData } from './sample/load-sample.js';
import { createApp } from './server.js';
import { openStores } from './store/index.js';
import { createTeamsChannel } from './teams/index.js';
import { startOutboxWorker } from './messaging/outbox-worker.js';
import { startReminderScheduler } from './messaging/reminder-scheduler.js';
import { alwaysHeld } from './store/lease.js';
import { scheduledFormsImport } from './graph/forms-wiring.js';
import { openCoordinatorGroup } from './auth/open-coordinator-group.js';
import { surveyMarkerKey } from './secrets/survey-marker-key.js';

export interface Running {
  readonly deps: Deps;
  readonly server: Server;
  readonly url: string;
  readonly messenger: Messenger;
  stop(): Promise<void>;
}

export interface StartOptions extends Partial<Pick<Deps, 'clock' | 'newId'>> {
  /** Background sending of the outbox and the reminder plan; on by default, off in most tests. */
  readonly background?: boolean;
}

export const start = async (config: Config, overrides: StartOptions = {}): Promise<Running> => {
  const logger = createLogger(config);
  const stores = await openStores(config);
  const group = await openCoordinatorGroup(config, logger);
  const deps: Deps = {
    config,
    stores,
    logger,
    clock: overrides.clock ?? (() => new Date()),
    newId: overrides.newId ?? orderedId,
    coordinatorGroup: group.members,
    secrets: { surveyMarker: surveyMarkerKey(config.surveyMarkerSecret, config.dataDir) },
  };
  if (config.loadSampleData) await loadSampleData(deps);
  const teams = createTeamsChannel(deps);
  const app = createApp(deps, teams.endpoint);
  const lease = config.fanout.outbox === 'azure' && config.fanout.azureConnectionString
    ? await (await import('./store/azure/blob-lease.js')).BlobLease.create(config.fanout.azureConnectionString, 'reminders')
    : alwaysHeld;
  const stopWorkers =
    overrides.background === false
      ? []
      : [startOutboxWorker(deps, teams.messenger), startReminderScheduler(deps, lease), ...scheduledFormsImport(deps, lease)];
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  logger.info({ url, mode: config.mode, store: config.store }, 'server started');
  return {
    deps,
    server,
    url,
    messenger: teams.messenger,
    stop: async () => {
      for (const stopWorker of [...stopWorkers, group.stop]) stopWorker();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
    },
  };
};
