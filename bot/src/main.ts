/** Runs the app: the composition root's adapters, sample data, bot endpoint, HTTP server, background workers. */
import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import type { Messenger } from './messaging/messenger.js';
import { compose, type ComposeOptions } from './compose.js';
import { loadSampleData } from './sample/load-sample.js';
import { createApp } from './server.js';
import { createTeamsChannel } from './teams/index.js';
import { startOutboxWorker } from './messaging/outbox-worker.js';
import { startReminderScheduler } from './messaging/reminder-scheduler.js';
import { scheduledFormsImport } from './usecases/forms/schedule.js';
import { startRetentionSchedule } from './usecases/retention/schedule.js';

export interface Running {
  readonly deps: Deps;
  readonly server: Server;
  readonly url: string;
  readonly messenger: Messenger;
  stop(): Promise<void>;
}

export interface StartOptions extends Partial<Pick<Deps, 'clock' | 'newId'>>, Pick<ComposeOptions, 'logDestination'> {
  /** Background sending of the outbox and the reminder plan; on by default, off in most tests. */
  readonly background?: boolean;
}

export const start = async (config: Config, overrides: StartOptions = {}): Promise<Running> => {
  const composed = await compose(config, overrides);
  const { deps, lease, ledger, fanoutGraph, mailer } = composed;
  if (config.loadSampleData) await loadSampleData(deps);
  const teams = createTeamsChannel(deps, fanoutGraph);
  const app = createApp(deps, teams.endpoint);
  const stopWorkers: (() => void | Promise<void>)[] =
    overrides.background === false
      ? []
      : [
          startOutboxWorker(deps, teams.messenger, ledger, undefined, mailer),
          startReminderScheduler(deps, lease),
          ...scheduledFormsImport(deps, lease),
          startRetentionSchedule(deps, { ledger, lease }).stop,
        ];
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  deps.logger.info({ url, mode: config.mode, store: config.store }, 'server started');
  return {
    deps,
    server,
    url,
    messenger: teams.messenger,
    stop: async () => {
      await Promise.all(stopWorkers.map((stop) => stop()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await composed.close();
    },
  };
};
