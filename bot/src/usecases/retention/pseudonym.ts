/**
 * The pseudonym that replaces a person id in old records (shared/src/domain/retention.ts): `anon-`
 * and a keyed hash of scope (meeting, announcement or survey id) and person. Keyed with the server's
 * fixed secret under its own label (as the survey marker is, survey-marker.ts), so the stores alone
 * cannot turn a pseudonym back into a person, and the same person gets the same pseudonym within a
 * scope (a rerun after a crash changes nothing) but a different one in every other scope.
 */
import { createHmac } from 'node:crypto';
import { PSEUDONYM_PREFIX, type Id } from '@samen/shared';

export type Pseudonymiser = (scope: Id, personId: Id) => Id;

export const pseudonymiser =
  (secret: string): Pseudonymiser =>
  (scope, personId) =>
    PSEUDONYM_PREFIX + createHmac('sha256', secret).update(`retention-pseudonym\n${scope}\n${personId}`).digest('base64url').slice(0, 22);
