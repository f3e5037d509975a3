import type { Clock, IdGenerator } from '@samen/shared';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Stores } from './store/ports.js';
import type { CoordinatorGroup } from './auth/coordinators.js';

/** Everything a use case or handler needs, injected (tests build their own). */
export interface Deps {
  readonly config: Config;
  readonly stores: Stores;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly logger: Logger;
  /** Members of COORDINATOR_GROUP_ID (NO_COORDINATOR_GROUP when none is configured). */
  readonly coordinatorGroup: CoordinatorGroup;
  /** Keys by purpose, fixed for the life of the data (link signing stays in config: minutes-long links). */
  readonly secrets: Secrets;
}

export interface Secrets {
  /** Keys the anonymous-survey "has answered" marker; never rotated (secrets/survey-marker-key.ts). */
  readonly surveyMarker: string;
}
