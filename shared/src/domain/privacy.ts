/**
 * Privacy (AVG art. 15, 17, 20): what the app holds about one person, and how erasure treats it.
 * Pure: the use cases in bot/src/usecases/privacy/ and both store adapters follow this table.
 *
 * Erasure never deletes what a count rests on (an RSVP, an acknowledgement, a survey answer): the
 * person's id there is replaced by a pseudonym (`gewist-…`), so a meeting's totals and history stay
 * right while nothing points back to the person. What only serves to reach or recognise the person
 * (profile, chat reference, registrant record, messages not sent yet) is deleted.
 */
import type { Id } from './ids.js';

/** Every pseudonym starts with this: an RSVP or answer of someone who was erased. */
export const ERASED_ID_PREFIX = 'gewist-';

/** A fresh pseudonym from a random id (the caller's IdGenerator; never derived from the person). */
export const pseudonymFrom = (randomId: string): Id => `${ERASED_ID_PREFIX}${randomId}`;

export const isErasedId = (id: Id): boolean => id.startsWith(ERASED_ID_PREFIX);

/** What erasure does with one kind of record. */
export type ErasureTreatment = 'delete' | 'pseudonymise';

/**
 * Every kind of record that carries a person (staff member or external registrant), in one place.
 * The export lists each kind; the erasure treats each as said here; both store adapters cover each
 * (their contract suite proves it, and a coverage test fails when a table or list column that can
 * hold a person is not listed in the adapter).
 */
export const PERSON_RECORD_KINDS = {
  profile: 'delete',
  registrants: 'delete',
  /** Microsoft Forms responses with their address (SharePoint list Formulierantwoorden). */
  formAnswers: 'delete',
  conversations: 'delete',
  pendingMessages: 'delete',
  rsvps: 'pseudonymise',
  announcementRecipients: 'pseudonymise',
  acknowledgements: 'pseudonymise',
  surveyResponses: 'pseudonymise',
  messages: 'pseudonymise',
  organised: 'pseudonymise',
  meetingContacts: 'delete',
  sectorExceptions: 'pseudonymise',
  stamps: 'pseudonymise',
} as const satisfies Record<string, ErasureTreatment>;

export type PersonRecordKind = keyof typeof PERSON_RECORD_KINDS;

export const PERSON_RECORD_KIND_NAMES = Object.keys(PERSON_RECORD_KINDS) as PersonRecordKind[];

/** How many records of each kind an erasure deleted or pseudonymised. */
export type ErasureCounts = Readonly<Record<PersonRecordKind, number>>;

export const noErasureCounts = (): Record<PersonRecordKind, number> =>
  Object.fromEntries(PERSON_RECORD_KIND_NAMES.map((k) => [k, 0])) as Record<PersonRecordKind, number>;

export const addErasureCounts = (a: ErasureCounts, b: ErasureCounts): ErasureCounts =>
  Object.fromEntries(PERSON_RECORD_KIND_NAMES.map((k) => [k, a[k] + b[k]])) as ErasureCounts;

export const totalErased = (c: ErasureCounts): number => PERSON_RECORD_KIND_NAMES.reduce((n, k) => n + c[k], 0);

/** Whose data: a staff member (person id) or an external registrant (their address, over every meeting). */
export type PrivacySubject = { readonly kind: 'staff'; readonly personId: Id } | { readonly kind: 'registrant'; readonly email: string };

/**
 * One line of the erasure log: when, by which coördinator, what kind of person and how many
 * records. Never the erased person's name, address or id.
 */
export interface ErasureLogEntry {
  readonly id: Id;
  readonly erasedAt: string;
  readonly byPersonId: Id;
  readonly subjectKind: PrivacySubject['kind'];
  readonly pseudonym: Id;
  readonly counts: ErasureCounts;
}

/** An outbox key or other composite key with the person's id replaced by the pseudonym (keys are `a:b:personId[:…]`). */
export const withPseudonym = (key: string, personId: Id, pseudonym: Id): string => key.split(personId).join(pseudonym);
