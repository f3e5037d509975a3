/**
 * Storage ports. Two adapters implement them: sqlite/ (embedded default) and sharepoint/ (Graph).
 * Shaped for SharePoint lists: string ids, a `version` (ETag) on every record, cursor paging,
 * and no cross-record transactions in the interface except `RsvpStore.transact`, which an adapter
 * implements with a real transaction (SQLite) or a per-meeting lease lock plus ETag checks (SharePoint).
 */
import type {
  Acknowledgement,
  AnnouncementRecipient,
  DeliveryFailure,
  ErasureLogEntry,
  ExternalRegistrant,
  Framework,
  Id,
  Meeting,
  NiveauOverzicht,
  Person,
  Reflection,
  Result,
  Rsvp,
  RsvpSlice,
  School,
  SurveyResponse,
  SliceScope,
} from '@samen/shared';
import type { AnnouncementStore, SurveyStore } from './ports-announcements.js';
import type { FormsImportStore } from './ports-forms.js';
import type { RegistrantStore } from './ports-registrants.js';

export type { AnnouncementStore, SurveyStore } from './ports-announcements.js';
export type { FormsImportRun, FormsImportStore } from './ports-forms.js';
export type { RegistrantStore } from './ports-registrants.js';
import type { NiveauTemplateStore } from './ports-niveau-templates.js';

export type { NewNiveauTemplate, NiveauTemplateStore } from './ports-niveau-templates.js';
import type { SopStore } from './ports-sop.js';
import type { RetentionStore } from './ports-retention.js';
export type { RetentionStore } from './ports-retention.js';
export type { PartnershipSop, SopStore } from './ports-sop.js';
import type { ReflectionDeadlineStore } from './ports-reflection-deadlines.js';
export type { NewReflectionDeadline, ReflectionDeadlineStore } from './ports-reflection-deadlines.js';

import type { Expected, Page, PageRequest } from './paging.js';

export type { Expected, Page, PageRequest } from './paging.js';

export interface SchoolStore {
  list(page?: PageRequest): Promise<Page<School>>;
  get(id: Id): Promise<School | null>;
  upsert(school: Omit<School, 'version'> & Expected): Promise<Result<School>>;
}

export interface PersonStore {
  list(page?: PageRequest): Promise<Page<Person>>;
  get(id: Id): Promise<Person | null>;
  getByAadObjectId(aadObjectId: string): Promise<Person | null>;
  /** These people, in id order; ids nobody has are left out. One read, however many ids. */
  byIds(ids: readonly Id[]): Promise<readonly Person[]>;
  /** Everyone who works at one of these schools (colleagues, a school's audience), in id order. */
  atSchools(schoolIds: readonly Id[]): Promise<readonly Person[]>;
  upsert(person: Omit<Person, 'version'> & Expected): Promise<Result<Person>>;
}

/** A Teams conversation reference, stored as JSON for proactive messages. */
export interface ConversationRef {
  readonly personId: Id | null;
  /** personal | groupChat | channel */
  readonly scope: string;
  readonly conversationId: string;
  readonly reference: unknown;
  readonly updatedAt: string;
}

export interface ConversationStore {
  save(ref: ConversationRef): Promise<void>;
  forPerson(personId: Id): Promise<ConversationRef | null>;
  get(conversationId: string): Promise<ConversationRef | null>;
}

export interface MeetingStore {
  list(page?: PageRequest): Promise<Page<Meeting>>;
  get(id: Id): Promise<Meeting | null>;
  upsert(meeting: Omit<Meeting, 'version'> & Expected): Promise<Result<Meeting>>;
}

export interface RsvpStore {
  forMeeting(meetingId: Id): Promise<readonly Rsvp[]>;
  forPerson(personId: Id): Promise<readonly Rsvp[]>;
  /**
   * Atomically: read the meeting's RSVPs, let `decide` compute the writes (a pure domain rule),
   * write them. Two concurrent calls for the last seat never both get it.
   */
  transact<T extends { readonly writes: readonly Rsvp[] }>(
    meetingId: Id,
    decide: (current: readonly Rsvp[]) => Result<T>,
  ): Promise<Result<T>>;
  /**
   * `transact` for one person's answer (a click): reads only their slice of the meeting's RSVPs
   * (rsvp-slice.ts: own records, counts per session and status, the front of each waitlist), lets
   * `decide` compute the writes, writes them, and returns the stored writes with the slice as it is
   * afterwards (`after`, waitlist places included). Same atomicity as `transact`.
   */
  transactFor<T extends { readonly writes: readonly Rsvp[] }>(
    meetingId: Id,
    scope: SliceScope,
    decide: (slice: RsvpSlice) => Result<T>,
  ): Promise<Result<T & { readonly after: RsvpSlice }>>;
}

/** When a school last saved its niveau-overzicht: what the partnership's dashboard shows of it. */
export interface NiveauStatus {
  readonly schoolId: Id;
  readonly revision: number;
  readonly updatedAt: string;
}

export interface NiveauStore {
  get(schoolId: Id): Promise<NiveauOverzicht | null>;
  /** Saves a new revision; the previous one stays in the history. */
  save(overzicht: Omit<NiveauOverzicht, 'version' | 'revision'> & Expected): Promise<Result<NiveauOverzicht>>;
  history(schoolId: Id, page?: PageRequest): Promise<Page<NiveauOverzicht>>;
  revision(schoolId: Id, revision: number): Promise<NiveauOverzicht | null>;
  /** The latest revision of every school, never the content (one read for the whole dashboard). */
  statuses(): Promise<readonly NiveauStatus[]>;
}

export interface FrameworkStore {
  get(schoolYear: string): Promise<Framework | null>;
  save(framework: Omit<Framework, 'version' | 'revision'> & Expected): Promise<Result<Framework>>;
}

/** A reflection's status as the partnership sees it: `sharedWithSwv` = it has a partnership grant. */
export type ReflectionStatusRow = Pick<Reflection, 'schoolId' | 'status' | 'updatedAt'> & { readonly sharedWithSwv: boolean };

/**
 * What may be read of one school's reflection outside the school: its status, and the content only
 * while it is shared with some audience (`shared.grants`; the use case applies reflectionAccess).
 */
export interface PartnershipReflection {
  readonly status: ReflectionStatusRow;
  readonly shared: Reflection | null;
}

export interface ReflectionStore {
  get(schoolId: Id, schoolYear: string): Promise<Reflection | null>;
  forSchool(schoolId: Id): Promise<readonly Reflection[]>;
  save(reflection: Omit<Reflection, 'version'> & Expected): Promise<Result<Reflection>>;
  /** Status of every school's reflection for a year, never the answers. */
  statuses(schoolYear: string): Promise<readonly ReflectionStatusRow[]>;
  /**
   * The partnership's read of one reflection. Never needs access to the school's own data: the
   * SharePoint adapter answers it from the partnership's site, where a shared reflection is copied.
   */
  forPartnership(schoolId: Id, schoolYear: string): Promise<PartnershipReflection | null>;
  /**
   * Other schools' reflections of a year shared with this school (a grant naming it), as shared
   * copies: like forPartnership, never a read of another school's own data.
   */
  sharedWithSchool(schoolId: Id, schoolYear: string): Promise<readonly Reflection[]>;
}

/**
 * What each kind of outbox message is about and what it carries. The subject id is named for what
 * it is (meeting, announcement, survey); adapters store it in one column (`meeting_id`,
 * `MeetingId`, the Azure partition) — see `subjectIdOf`.
 */
export type OutboxMessage =
  | { readonly kind: 'invitation'; readonly meetingId: Id; readonly payload: InvitationPayload }
  | { readonly kind: 'reminder'; readonly meetingId: Id; readonly payload: ReminderPayload }
  | { readonly kind: 'promotion'; readonly meetingId: Id; readonly payload: PromotionPayload }
  | { readonly kind: 'update'; readonly meetingId: Id; readonly payload: UpdatePayload }
  | { readonly kind: 'outcome'; readonly meetingId: Id; readonly payload: OutcomePayload }
  | { readonly kind: 'selection'; readonly meetingId: Id; readonly payload: SelectionNoticePayload }
  | { readonly kind: 'registration'; readonly meetingId: Id; readonly payload: RegistrationPayload }
  | { readonly kind: 'announcement'; readonly announcementId: Id; readonly payload: AnnouncementPayload }
  | { readonly kind: 'survey'; readonly surveyId: Id; readonly payload: SurveyPayload }
  | { readonly kind: 'reflection-reminder'; readonly schoolYear: string; readonly payload: ReflectionReminderPayload };

export type OutboxKind = OutboxMessage['kind'];
/** The invitation card is rendered from the meeting at send time: nothing to carry. */
export type InvitationPayload = Readonly<Record<string, never>>;
/** Non-responders get the "have you seen this" card; attendees of a session the day-before card. */
export interface ReminderPayload {
  readonly audience: 'non-responders' | 'attendees';
  readonly sessionId: Id | null;
}
export interface PromotionPayload {
  readonly sessionId: Id;
}
/** 'aanvraag' mode: what the confirmed selection means for one applicant of one session. */
export interface OutcomePayload {
  readonly sessionId: Id;
  readonly outcome: 'confirmed' | 'waitlisted' | 'not-selected';
}
/** To the organiser when applications closed: the selection card is rendered at send time. */
export type SelectionNoticePayload = Readonly<Record<string, never>>;
/** A registration through Forms by someone outside the organisation: confirmed by e-mail from the RSVP's status. */
export interface RegistrationPayload {
  readonly sessionId: Id;
}
/** The coördinator's own words, shown above the invitation. */
export interface UpdatePayload {
  readonly message: string;
}
export interface AnnouncementPayload {
  /** Who forwarded it to this person; null when it came from the coördinator. */
  readonly sharedBy: Id | null;
  /** A deadline reminder rather than the first message. */
  readonly reminder: boolean;
}
export interface SurveyPayload {
  readonly reminder: boolean;
}
/** The partnership's reflection deadline, to one person who keeps one school's reflection. */
export interface ReflectionReminderPayload {
  readonly schoolId: Id;
  /** The deadline this reminder was planned for: a changed one makes it stale (nothing sent). */
  readonly date: string;
}

/** Where a message stands. `failure`: why the last try did not deliver (null after a success or before any try). */
export interface OutboxState {
  readonly status: 'pending' | 'sending' | 'sent' | 'failed';
  readonly attempts: number;
  readonly failure: DeliveryFailure | null;
  readonly activityId: string | null;
  readonly updatedAt: string;
}

/** One message to one recipient; the key makes a second send of the same pair impossible. */
export type NewOutboxItem = OutboxMessage & {
  readonly key: string;
  readonly personId: Id;
  readonly notBefore: string;
};

export type OutboxItem = NewOutboxItem & OutboxState;

/** A stored item that could not be read back: marked failed ('unreadable') by the store, never sent. */
export interface UnreadableOutboxItem {
  readonly key: string;
  /** What was wrong (zod's issue paths and messages), for the log only. */
  readonly problem: string;
}

export interface ClaimedOutbox {
  readonly items: readonly OutboxItem[];
  /** Due items the store could not read; already marked failed with 'unreadable'. */
  readonly unreadable: readonly UnreadableOutboxItem[];
}

export interface OutboxStore {
  /** Adds items whose key is new; returns how many were added (a repeated enqueue adds none). */
  enqueue(items: readonly NewOutboxItem[]): Promise<number>;
  /** Claims up to `limit` pending items due at `now` (status → sending); unreadable ones are failed and reported. */
  claim(now: Date, limit: number): Promise<ClaimedOutbox>;
  markSent(key: string, activityId: string | null, now: Date): Promise<void>;
  markFailed(key: string, failure: DeliveryFailure, retryAt: Date | null, now: Date): Promise<void>;
  /** Every readable item about one meeting, announcement or survey, due order. */
  forSubject(subjectId: Id): Promise<readonly OutboxItem[]>;
  /** Items left in 'sending' by a crash go back to pending for reconciliation. */
  requeueStale(olderThan: Date): Promise<number>;
  /** Retention: deletes sent and failed items last changed before `before`; returns how many. Pending and sending items stay. */
  purgeFinished(before: Date): Promise<number>;
}

/*
 * AVG requests about one person (shared/src/domain/privacy.ts): finding every record that carries a
 * person id, erasing them (delete or pseudonymise), and the erasure log. Meetings, announcements and
 * surveys (organiser, contact, sector exceptions) are versioned documents the use case rewrites
 * through their own ports; everything else that names a person is here.
 */
/** A school document or template revision last saved by the person (`updatedBy`). */
export interface PersonStamp {
  readonly record: 'niveau' | 'reflection' | 'sop' | 'niveauTemplate' | 'reflectionDeadline' | 'reflectionGrant';
  /** School id (niveau, reflection, SOP, a reflection grant the person gave), sector (template) or school year (deadline). */
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

export interface Stores {
  readonly schools: SchoolStore;
  readonly people: PersonStore;
  readonly conversations: ConversationStore;
  readonly meetings: MeetingStore;
  readonly rsvps: RsvpStore;
  readonly niveaus: NiveauStore;
  readonly frameworks: FrameworkStore;
  /** The partnership's niveau templates per sector (partnership site on SharePoint). */
  readonly niveauTemplates: NiveauTemplateStore;
  readonly reflections: ReflectionStore;
  readonly outbox: OutboxStore;
  readonly announcements: AnnouncementStore;
  readonly surveys: SurveyStore;
  /** What the Forms import imported and its last run per form. */
  readonly formsImports: FormsImportStore;
  /** People outside the tenant who registered through Forms (ports-registrants.ts). */
  readonly registrants: RegistrantStore;
  /** The school's SOP on one A4 (ports-sop.ts). */
  readonly sops: SopStore;
  /** The partnership's reflection deadline per year and each school's progress count (ports-reflection-deadlines.ts). */
  readonly reflectionDeadlines: ReflectionDeadlineStore;
  /** The retention job's last clean-up and next plan (ports-retention.ts). */
  readonly retention: RetentionStore;
  /** Everything that carries one person, for an AVG export or erasure (PersonDataStore above). */
  readonly personData: PersonDataStore;
  /** Who erased how many records when, never whom. */
  readonly erasures: ErasureLog;
  /**
   * The same stores acting for one signed-in user, where the backend enforces that user's own
   * permissions (SharePoint: a school's site is reached on behalf of the user). Absent when the
   * adapter decides nothing per user (SQLite: the POLICY in usecases/school-access.ts is the rule).
   */
  asUser?(user: SignedInUser): Stores;
  close(): Promise<void>;
}

/** The caller of a tab request: the Teams SSO token it sent (validated) and its Entra object id. */
export interface SignedInUser {
  readonly ssoToken: string;
  readonly oid: string;
}
