import type { Person } from '@samen/shared';
import type { Config } from '../config.js';

/**
 * Coördinatoren come from config (Entra object ids), never from a role a user picks in their
 * own profile: choosing "medewerker samenwerkingsverband" grants nothing.
 */
export const isCoordinator = (config: Config, person: Pick<Person, 'aadObjectId'>): boolean =>
  config.coordinatorAadIds.includes(person.aadObjectId);
