/**
 * Port of the external registrants: people outside the tenant who registered for a meeting
 * through Microsoft Forms (shared/src/domain/registrant.ts). One record per meeting and e-mail
 * address (case-insensitive); a second create for the same pair is STORE.CONFLICT.
 */
import type { ExternalRegistrant, Id, Result } from '@samen/shared';
import type { Expected } from './paging.js';

export interface RegistrantStore {
  get(id: Id): Promise<ExternalRegistrant | null>;
  /** These registrants, in id order; unknown ids are left out. */
  byIds(ids: readonly Id[]): Promise<readonly ExternalRegistrant[]>;
  /** Everyone who registered for this meeting, in id order. */
  forMeeting(meetingId: Id): Promise<readonly ExternalRegistrant[]>;
  /** The meeting's registrant with this address (trimmed, case-insensitive), or null. */
  findByEmail(meetingId: Id, email: string): Promise<ExternalRegistrant | null>;
  upsert(registrant: Omit<ExternalRegistrant, 'version'> & Expected): Promise<Result<ExternalRegistrant>>;
  /** Retention: deletes every registrant of this meeting; returns how many (0 when none were left). */
  removeForMeeting(meetingId: Id): Promise<number>;
}
