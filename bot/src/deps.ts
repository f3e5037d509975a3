import type { Clock, IdGenerator } from '@samen/shared';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Stores } from './store/ports.js';
import type { CoordinatorGroup } from './auth/coordinators.js';
import type { FormsReport } from './usecases/forms/report.js';

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
  /** Microsoft Forms answers (FORMS_IMPORT on STORE=sharepoint); null when none is linked. */
  readonly formsImporter: FormsImporter | null;
}

/** Port: imports every configured Microsoft Forms form, one after another, and keeps each run for the dashboard. */
export interface FormsImporter {
  run(deps: Deps): Promise<readonly FormsReport[]>;
}

export interface Secrets {
  /** Keys the anonymous-survey "has answered" marker; never rotated (secrets/survey-marker-key.ts). */
  readonly surveyMarker: string;
}
