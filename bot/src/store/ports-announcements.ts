/**
 * Ports for announcements and surveys. Shaped like the others (versioned records, cursor paging);
 * uniqueness that guards a rule (one acknowledgement per person, one answer per person or school,
 * one anonymous "has answered" marker) is the store's job, so a race ends in STORE.CONFLICT.
 */
import type { Acknowledgement, Announcement, AnnouncementRecipient, AnswerWrite, Id, Result, Survey, SurveyResponse } from '@samen/shared';
import type { Expected, Page, PageRequest } from './paging.js';

export interface AnnouncementStore {
  list(page?: PageRequest): Promise<Page<Announcement>>;
  get(id: Id): Promise<Announcement | null>;
  upsert(announcement: Omit<Announcement, 'version'> & Expected): Promise<Result<Announcement>>;
  recipients(announcementId: Id): Promise<readonly AnnouncementRecipient[]>;
  /** Adds the recipients not listed yet; returns the ones added. */
  addRecipients(recipients: readonly AnnouncementRecipient[]): Promise<readonly AnnouncementRecipient[]>;
  acknowledgements(announcementId: Id): Promise<readonly Acknowledgement[]>;
  /** Records an acknowledgement; false when the person had already acknowledged. */
  acknowledge(ack: Acknowledgement): Promise<boolean>;
  /**
   * Retention: replaces person ids by pseudonyms (`from → to`) in one announcement's recipients
   * (person and who forwarded it) and acknowledgements; ids not in the map stay. Counts rows changed.
   */
  pseudonymise(announcementId: Id, pseudonyms: ReadonlyMap<Id, Id>): Promise<{ readonly recipients: number; readonly acknowledgements: number }>;
}

export interface SurveyStore {
  list(page?: PageRequest): Promise<Page<Survey>>;
  get(id: Id): Promise<Survey | null>;
  upsert(survey: Omit<Survey, 'version'> & Expected): Promise<Result<Survey>>;
  /** Every response, ordered by response id (never by when it was given). */
  responses(surveyId: Id): Promise<readonly SurveyResponse[]>;
  /** A person's named response. */
  responseOf(surveyId: Id, personId: Id): Promise<SurveyResponse | null>;
  /** The response given for a school (per-school surveys). */
  responseOfSchool(surveyId: Id, schoolId: Id): Promise<SurveyResponse | null>;
  /** Whether this opaque marker (a keyed hash of survey and person, never the person id) is set. */
  hasMarker(surveyId: Id, marker: string): Promise<boolean>;
  /**
   * Writes a response (and, with `marker`, the anonymous "has answered" marker) in one step.
   * A second response for the same person or school, or a marker already set, is STORE.CONFLICT.
   */
  saveResponse(write: AnswerWrite, marker: string | null): Promise<Result<SurveyResponse>>;
}
