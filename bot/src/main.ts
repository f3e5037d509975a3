/** Builds the running app from config: stores, sample data, bot endpoint, HTTP server. */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import { createLogger } from './logger.js';
import { loadSampleData } from './sample/load-sample.js';
import { createApp } from './server.js';
import { openStores } from './store/index.js';
import { createBotEndpoint } from './teams/index.js';

export interface Running {
  readonly deps: Deps;
  readonly server: Server;
  readonly url: string;
  stop(): Promise<void>;
}

export const start = async (config: Config, overrides: Partial<Pick<Deps, 'clock' | 'newId'>> = {}): Promise<Running> => {
  const logger = createLogger(config);
  const stores = await openStores(config);
  const deps: Deps = { config, stores, logger, clock: overrides.clock ?? (() => new Date()), newId: overrides.newId ?? randomUUID };
  if (config.loadSampleData) await loadSampleData(deps);
  const app = createApp(deps, createBotEndpoint(deps));
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
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
    },
  };
};
