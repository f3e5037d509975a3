import type { Clock, IdGenerator } from '@samen/shared';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Stores } from './store/ports.js';

/** Everything a use case or handler needs, injected (tests build their own). */
export interface Deps {
  readonly config: Config;
  readonly stores: Stores;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly logger: Logger;
}
