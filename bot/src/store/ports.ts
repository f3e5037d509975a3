/**
 * Storage ports. Two adapters implement them: sqlite/ (embedded default) and sharepoint/ (Graph).
 * Shaped for SharePoint lists: string ids, a `version` (ETag) on every record, cursor paging,
 * and no cross-record transactions in the interface except `RsvpStore.transact`, which an adapter
 * implements with a real transaction (SQLite) or a per-meeting lease lock plus ETag checks (SharePoint).
 */
import type {
  Framework,
  Id,
  Meeting,
  NiveauOverzicht,
  Person,
  Reflection,
  Result,
  Rsvp,
  School,
} from '@samen/shared';
import type { AnnouncementStore, SurveyStore } from './ports-announcements.js';
import type { FormsImportStore } from './ports-forms.js';

export type { AnnouncementStore, SurveyStore } from './ports-announcements.js';
export type { FormsImportRun, FormsImportStore } from './ports-forms.js';

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  readonly nextCursor?: string;
}

export interface PageRequest {
  readonly cursor?: string;
  /** Default 100, at most 500. */
  readonly limit?: number;
}

/** A write that names the version it was read with. '' = create. A mismatch gives STORE.CONFLICT. */
export type Expected = { readonly expectedVersion: string };

export interface SchoolStore {
  list(page?: PageRequest): Promise<Page<School>>;
  get(id: Id): Promise<School | null>;
  upsert(school: Omit<School, 'version'> & Expected): Promise<Result<School>>;
}

export interface PersonStore {
  list(page?: PageRequest): Promise<Page<Person>>;
  get(id: Id): Promise<Person | null>;
  getByAadObjectId(aadObjectId: string): Promise<Person | null>;
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

export type ReflectionStatusRow = Pick<Reflection, 'schoolId' | 'status' | 'sharedWithSwv' | 'updatedAt'>;

/** What the partnership may read of one school's reflection: its status, the content only while shared. */
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
}

/** One message to one recipient; the key makes a second send of the same pair impossible. */
export interface OutboxItem {
  readonly key: string;
  readonly kind: 'invitation' | 'reminder' | 'promotion' | 'update' | 'announcement' | 'survey';
  readonly personId: Id;
  readonly meetingId: Id | null;
  readonly payload: unknown;
  readonly status: 'pending' | 'sending' | 'sent' | 'failed';
  readonly attempts: number;
  readonly notBefore: string;
  readonly lastError: string | null;
  readonly activityId: string | null;
  readonly updatedAt: string;
}

export interface OutboxStore {
  /** Adds items whose key is new; returns how many were added (a repeated enqueue adds none). */
  enqueue(items: readonly Omit<OutboxItem, 'status' | 'attempts' | 'lastError' | 'activityId' | 'updatedAt'>[]): Promise<number>;
  /** Claims up to `limit` pending items due at `now` (status → sending). */
  claim(now: Date, limit: number): Promise<readonly OutboxItem[]>;
  markSent(key: string, activityId: string | null, now: Date): Promise<void>;
  markFailed(key: string, error: string, retryAt: Date | null, now: Date): Promise<void>;
  forMeeting(meetingId: Id): Promise<readonly OutboxItem[]>;
  /** Items left in 'sending' by a crash go back to pending for reconciliation. */
  requeueStale(olderThan: Date): Promise<number>;
}

export interface Stores {
  readonly schools: SchoolStore;
  readonly people: PersonStore;
  readonly conversations: ConversationStore;
  readonly meetings: MeetingStore;
  readonly rsvps: RsvpStore;
  readonly niveaus: NiveauStore;
  readonly frameworks: FrameworkStore;
  readonly reflections: ReflectionStore;
  readonly outbox: OutboxStore;
  readonly announcements: AnnouncementStore;
  readonly surveys: SurveyStore;
  /** What the Forms import imported and its last run per form. */
  readonly formsImports: FormsImportStore;
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
