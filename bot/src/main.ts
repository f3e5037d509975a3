/**
 * Runs the app: the composition root's adapters, sample data, background workers, bot endpoint, HTTP server.
 * The outbox worker starts with only the sending half of the Teams channel loaded; the bot's conversation
 * code and the HTTP app load while it already sends, so a restart costs the fan-out less time.
 */
import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import type { Messenger } from './messaging/messenger.js';
import { compose, type ComposeOptions } from './compose.js';
import { loadSampleData } from './sample/load-sample.js';
import { createTeamsSender } from './teams/sender.js';
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
  const sender = createTeamsSender(deps, fanoutGraph);
  const stopWorkers: (() => void | Promise<void>)[] =
    overrides.background === false
      ? []
      : [
          startOutboxWorker(deps, sender.messenger, ledger, undefined, mailer),
          startReminderScheduler(deps, lease),
          ...scheduledFormsImport(deps, lease),
          startRetentionSchedule(deps, { ledger, lease }).stop,
        ];
  const stopAll = () => Promise.all(stopWorkers.map((stop) => stop()));
  let server: Server;
  try {
    const [{ createHttpServer }, { botEndpoint }] = await Promise.all([import('./server.js'), import('./teams/index.js')]);
    const http = createHttpServer(deps, botEndpoint(deps, sender));
    server = await new Promise<Server>((resolve) => {
      http.listen(config.port, () => resolve(http));
    });
  } catch (err) {
    await stopAll();
    await composed.close();
    throw err;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  deps.logger.info({ url, mode: config.mode, store: config.store }, 'server started');
  return {
    deps,
    server,
    url,
    messenger: sender.messenger,
    stop: async () => {
      await stopAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await composed.close();
    },
  };
};
