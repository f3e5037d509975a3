/** Builds the coördinator group from config: read through Graph before the server answers, then every few minutes. */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { NO_COORDINATOR_GROUP, type CoordinatorGroup } from './coordinators.js';

export interface OpenCoordinatorGroup {
  readonly members: CoordinatorGroup;
  /** Reads the group again now (true when it worked); the background refresh calls the same. */
  refresh(): Promise<boolean>;
  stop(): void;
}

export const openCoordinatorGroup = async (config: Pick<Config, 'coordinatorGroup'>, logger: Logger): Promise<OpenCoordinatorGroup> => {
  if (!config.coordinatorGroup) return { members: NO_COORDINATOR_GROUP, refresh: async () => true, stop: () => undefined };
  // Graph modules load only when a group is configured (they cost start-up time otherwise).
  const [{ GraphCoordinatorGroup }, { createGraphClient }, { appTokenFor }] = await Promise.all([
    import('../graph/coordinator-group.js'),
    import('../graph/client.js'),
    import('../graph/app-credential.js'),
  ]);
  const { id, graphBaseUrl, credentials, refreshMinutes } = config.coordinatorGroup;
  const members = new GraphCoordinatorGroup(createGraphClient({ baseUrl: graphBaseUrl, token: appTokenFor(credentials) }), id, logger);
  return { members, refresh: () => members.refresh(), stop: await members.start(refreshMinutes * 60_000) };
};
