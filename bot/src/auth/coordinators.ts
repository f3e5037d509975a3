/**
 * Who is a coördinator: the Entra object ids in COORDINATOR_IDS, and the (transitive) members of the
 * Entra group COORDINATOR_GROUP_ID. Never a role a user picks in their own profile.
 *
 * `CoordinatorGroup` is the port for the group: a synchronous membership test against what was last read
 * (the group is small and read every few minutes in the background), so a check costs nothing per click.
 */
import type { Person } from '@samen/shared';
import type { Config } from '../config.js';

export interface CoordinatorGroup {
  /** Is this Entra object id a (transitive) member, as last read? */
  has(aadObjectId: string): boolean;
}

/** No COORDINATOR_GROUP_ID configured: nobody is a coördinator through a group. */
export const NO_COORDINATOR_GROUP: CoordinatorGroup = { has: () => false };

export interface CoordinatorSources {
  readonly config: Pick<Config, 'coordinatorAadIds'>;
  readonly coordinatorGroup: CoordinatorGroup;
}

export const isCoordinator = (deps: CoordinatorSources, person: Pick<Person, 'aadObjectId'>): boolean =>
  deps.config.coordinatorAadIds.includes(person.aadObjectId) || deps.coordinatorGroup.has(person.aadObjectId);
