/** Picks the storage adapter named by the config. */
import type { Config } from '../config.js';
import type { Stores } from './ports.js';
import { openSqliteStores } from './sqlite/index.js';

export type { Stores } from './ports.js';
export { StorageUnavailable, isStorageUnavailable } from './errors.js';

export const openStores = async (config: Config): Promise<Stores> => {
  switch (config.store) {
    case 'sqlite':
      return openSqliteStores({ dataDir: config.dataDir });
    case 'sharepoint':
      throw new Error('STORE=sharepoint is nog niet beschikbaar');
  }
};
