/**
 * Ports for AVG requests about one person (shared/src/domain/privacy.ts): finding every record that
 * carries a person id, erasing them (delete or pseudonymise), and the erasure log. Meetings,
 * announcements and surveys (organiser, contact, sector exceptions) are versioned documents the use
 * case rewrites through their own ports; everything else that names a person is here.
 */
import type {
  Acknowledgement,
  AnnouncementRecipient,
  ErasureLogEntry,
  ExternalRegistrant,
  Id,
  Person,
  Rsvp,
  SurveyResponse,
} from '@samen/shared';
import type { ConversationRef, OutboxItem } from './ports.js';

/** A school document or template revision last saved by the person (`updatedBy`). */
export interface PersonStamp {
  readonly record: 'niveau' | 'reflection' | 'sop' | 'niveauTemplate';
  /** School id (niveau, reflection, SOP) or sector (template). */
  readonly owner: string;
  /** School year (reflection, SOP) or revision number (niveau, template). */
  readonly which: string;
  readonly updatedAt: string;
}

/** Every record (outside meetings, announcements and surveys themselves) that carries one of the ids. */
export interface PersonRecords {
  readonly profiles: readonly Person[];
  readonly registrants: readonly ExternalRegistrant[];
  readonly conversations: readonly ConversationRef[];
  readonly rsvps: readonly Rsvp[];
  /** As recipient, or as the colleague who forwarded it. */
  readonly announcementRecipients: readonly AnnouncementRecipient[];
  readonly acknowledgements: readonly Acknowledgement[];
  /** Named responses only: an anonymous response carries no person. */
  readonly surveyResponses: readonly SurveyResponse[];
  /** Messages addressed to them, any status (readable items; unreadable ones are deleted by `erase`). */
  readonly messages: readonly OutboxItem[];
  readonly stamps: readonly PersonStamp[];
}

/** What `erase` did, per kind (see PERSON_RECORD_KINDS). */
export interface StoreErasureCounts {
  readonly profile: number;
  readonly registrants: number;
  readonly conversations: number;
  readonly pendingMessages: number;
  readonly messages: number;
  readonly rsvps: number;
  readonly announcementRecipients: number;
  readonly acknowledgements: number;
  readonly surveyResponses: number;
  readonly stamps: number;
}


/** A Microsoft Forms response as the flow stored it (list Formulierantwoorden), by the address it gave. */
export interface StoredFormAnswer {
  readonly formId: string;
  readonly responseId: number;
  readonly submittedAt: string;
  readonly name: string;
  readonly email: string;
  readonly answers: readonly string[];
}

export interface PersonDataStore {
  /** Every external registrant (over all meetings) with this address, trimmed and case-insensitive. */
  registrantsByEmail(email: string): Promise<readonly ExternalRegistrant[]>;
  /** Every record that carries one of these person or registrant ids. */
  recordsOf(ids: readonly Id[]): Promise<PersonRecords>;
  /**
   * Deletes the profile, registrant record, chat references and messages not sent yet of `id`;
   * replaces `id` by `pseudonym` in everything else (RSVPs, acknowledgements, recipients, named
   * survey responses, sent messages and their keys, `updatedBy` stamps). Running it again finds nothing.
   */
  erase(id: Id, pseudonym: Id): Promise<StoreErasureCounts>;
  /** Forms responses given with this address (trimmed, case-insensitive); none where Forms answers are not stored (SQLite). */
  formAnswersOf(email: string): Promise<readonly StoredFormAnswer[]>;
  /** Deletes them (the import remembers rows by number, so none comes back); returns how many. */
  eraseFormAnswers(email: string): Promise<number>;
}

export interface ErasureLog {
  append(entry: ErasureLogEntry): Promise<void>;
  /** Newest first. */
  list(): Promise<readonly ErasureLogEntry[]>;
}
