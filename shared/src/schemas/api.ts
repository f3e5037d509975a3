/**
 * The tab's REST API (/api/tab/*): zod schemas for every body and parameter (all strict: an unknown
 * field is refused) and the shapes the API answers with, shared by the server and the tab.
 */
import type { SopStatusView } from '../domain/sop.js';
import type { RegistrationTimeline } from '../domain/dashboard-charts.js';
import { z } from 'zod';
import { idInput as id } from './ids.js';
import { RSVP_RESPONSES, type RsvpResponse, type RsvpStatus } from '../domain/rsvp-types.js';
import { LEVEL_NUMBERS } from '../domain/niveaus.js';
import type { NiveauLevel, NiveauOverzicht } from '../domain/niveaus.js';
import type { NiveauTemplateUpdate } from '../domain/niveau-templates.js';
import type { TemplateSector } from '../domain/niveau-sectors.js';
import type { Framework, Reflection, ReflectionStatusView } from '../domain/handreiking-types.js';
import type { ReflectionSharingDto } from './api-reflection-sharing.js';
import type { Region, Role, Sector } from '../domain/people.js';
import type { ErrorCode } from '../domain/errors.js';
import { MAX_ANSWER_LENGTH, type MeetingQuestion, type MeetingStatus, type MeetingType } from '../domain/meeting.js';

const TEXT_MAX = 4000;
const LINE_MAX = 500;
const LIST_MAX = 40;
const ANSWER_MAX = 20_000;
const PUPILS_MAX = 100_000;

const line = z.string().trim().max(LINE_MAX);

/** "2026-2027": two consecutive years. */
export const SchoolYearSchema = z
  .string()
  .regex(/^\d{4}-\d{4}$/)
  .refine((v) => Number(v.slice(5)) === Number(v.slice(0, 4)) + 1, { message: 'not consecutive years' });

export const NiveauLevelSchema = z
  .object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    title: line.min(1),
    whatHappens: z.array(z.string().trim().max(TEXT_MAX)).max(LIST_MAX),
    responsible: line,
    parentCycle: line,
    programmes: z.array(line).max(LIST_MAX),
    /** A number only: never pupil names or pupil-level data. */
    pupilCount: z.number().int().min(0).max(PUPILS_MAX).nullable(),
    templateRevision: z.number().int().min(0).optional(),
  })
  .strict();

export const PutNiveausBodySchema = z
  .object({
    levels: z
      .array(NiveauLevelSchema)
      .length(LEVEL_NUMBERS.length)
      .refine((ls) => ls.every((l, i) => l.level === i + 1), { message: 'levels 1..5 in order' }),
    expectedVersion: z.string().max(200),
  })
  .strict();
export type PutNiveausBody = z.infer<typeof PutNiveausBodySchema>;

export const RestoreParamsSchema = z.object({ id, revision: z.coerce.number().int().min(1) }).strict();

export const ReflectionAnswerPatchSchema = z
  .object({
    itemId: id,
    answer: z
      .object({
        waarStaanWij: z.string().max(ANSWER_MAX),
        houdenErinAnders: z.string().max(ANSWER_MAX),
        aanpak: z.string().max(ANSWER_MAX),
      })
      .partial()
      .strict(),
  })
  .strict();
export type ReflectionAnswerPatch = z.infer<typeof ReflectionAnswerPatchSchema>;

export const EmptyBodySchema = z.object({}).strict();

export const FrameworkItemSchema = z
  .object({
    id,
    kind: z.enum(['uitgangspunt', 'bouwsteen']),
    title: line.min(1),
    explanation: z.string().trim().max(TEXT_MAX),
  })
  .strict();

export const PutFrameworkBodySchema = z
  .object({
    items: z
      .array(FrameworkItemSchema)
      .min(1)
      .max(LIST_MAX)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'duplicate item id' }),
    expectedVersion: z.string().max(200),
  })
  .strict();
export type PutFrameworkBody = z.infer<typeof PutFrameworkBodySchema>;

/** Answers to the meeting's questions (q1, q2), each at most MAX_ANSWER_LENGTH characters. */
const RsvpAnswersBodySchema = z
  .object({ q1: z.string().max(MAX_ANSWER_LENGTH).optional(), q2: z.string().max(MAX_ANSWER_LENGTH).optional() })
  .strict();

export const RsvpBodySchema = z
  .object({ sessionId: id.nullable(), response: z.enum(RSVP_RESPONSES), answers: RsvpAnswersBodySchema.optional() })
  .strict();
export type RsvpBody = {
  sessionId: string | null;
  response: RsvpResponse;
  answers?: { q1?: string | undefined; q2?: string | undefined } | undefined;
};

// ---- What the API answers with ----

export interface ApiError {
  readonly code: string;
  readonly message: string;
  readonly fields?: readonly string[];
}

export interface LocalUserDto {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly schoolIds: readonly string[];
  readonly isCoordinator: boolean;
  /** The sectors of the person's schools (sign-in list only), so roles read as that sector names them. */
  readonly sectors?: readonly Sector[];
}

export interface MeDto extends LocalUserDto {
  readonly locale: 'nl' | 'en';
  readonly schoolYear: string;
}

export interface SchoolDto {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector;
  readonly region: Region;
  readonly place: string;
  readonly isMember: boolean;
  readonly canEditNiveaus: boolean;
}

export interface NiveauViewDto {
  readonly schoolId: string;
  readonly levels: readonly NiveauLevel[];
  /** null while the school still looks at the template. */
  readonly overzicht: NiveauOverzicht | null;
  readonly canEdit: boolean;
  /** The school's template (by its sector) changed since the overview was written; null when up to date. */
  readonly templateUpdate?: NiveauTemplateUpdate | null;
  /** Which template the school follows (PO, VO or SO-VSO): its texts name that sector's roles. */
  readonly templateSector?: TemplateSector;
}

export interface NiveauRevisionDto {
  readonly revision: number;
  readonly updatedAt: string;
  readonly updatedByName: string | null;
  readonly levels: readonly NiveauLevel[];
}

export type ReflectionViewDto =
  | {
      readonly kind: 'full';
      readonly schoolId: string;
      readonly schoolYear: string;
      readonly framework: Framework;
      /** null = not started yet. */
      readonly reflection: Reflection | null;
      readonly previous: Reflection | null;
      readonly canEdit: boolean;
      /** With whom it is shared and what can be chosen; null for a reader who may not share (reflection-sharing DTOs). */
      readonly sharing: ReflectionSharingDto | null;
      /** The school's name when this is a copy it shares with the reader (read-only); null for its own people. */
      readonly sharedFrom: string | null;
    }
  | { readonly kind: 'status'; readonly status: ReflectionStatusView };

export interface MeetingSessionViewDto {
  readonly id: string;
  /** The session's own name ("Regio Noord — Joure"); absent = "Sessie n". */
  readonly name?: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string | null;
  readonly onlineUrl: string | null;
  readonly capacity: number | null;
  readonly seatsLeft: number | null;
  readonly myStatus: RsvpStatus | null;
  readonly waitlistPosition: number | null;
  readonly open: boolean;
  /** 'aanvraag' mode: when applicants hear whether they can take part (ISO); null in 'direct' mode. */
  readonly outcomeAt: string | null;
  /** false: the session is for other sectors than the viewer's schools (and no exception): "Aanmelden" would be refused. */
  readonly forMe: boolean;
}

export interface MeetingViewDto {
  readonly id: string;
  readonly title: string;
  readonly type: MeetingType;
  readonly description: string;
  readonly status: MeetingStatus;
  readonly registrationDeadline: string | null;
  readonly sessionChoice: 'one' | 'each';
  readonly sessions: readonly MeetingSessionViewDto[];
  /** Asked with "Aanmelden"/"Misschien"; empty when the meeting asks nothing. */
  readonly questions: readonly MeetingQuestion[];
  /** The viewer's latest answers, by question id. */
  readonly myAnswers: Readonly<Record<string, string>>;
}

export interface DashboardSessionDto {
  readonly id: string;
  /** The session's own name; absent = "Sessie n". Place: address, or online when only a link. */
  readonly name?: string;
  readonly location?: string | null;
  readonly onlineUrl?: string | null;
  readonly startsAt: string;
  readonly capacity: number | null;
  readonly counts: Readonly<Record<RsvpStatus, number>>;
  readonly bySchool: Readonly<Record<string, number>>;
  readonly byRole: Readonly<Partial<Record<Role, number>>>;
  readonly waitlist: readonly { readonly personId: string; readonly name: string; readonly position: number }[];
  /** "aanwezig n van m" once the organiser took attendance; absent/null = not taken. */
  readonly attendance?: { readonly present: number; readonly of: number } | null;
}

export interface DashboardMeetingDto {
  readonly id: string;
  readonly title: string;
  readonly type: MeetingType;
  readonly status: MeetingStatus;
  /** 'aanvraag': the dashboard shows the selection section. */
  readonly registrationMode: 'direct' | 'aanvraag';
  readonly sessions: readonly DashboardSessionDto[];
}

export interface DashboardSchoolDto {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector;
  readonly region: Region;
  readonly niveauUpdatedThisYear: boolean;
  readonly niveauUpdatedAt: string | null;
  readonly reflection: ReflectionStatusView;
  /** How far the school is with its SOP on one A4 (never the content). */
  readonly sop?: SopStatusView;
}

export interface DashboardDto {
  readonly schoolYear: string;
  readonly meetings: readonly DashboardMeetingDto[];
  readonly schools: readonly DashboardSchoolDto[];
  /** The last Forms import of every linked form; empty when no form is linked. */
  readonly formsImports: readonly FormsImportRunDto[];
  /** Per shown meeting (same order as `meetings`): its registrations per day, for the dashboard's chart. */
  readonly registrationTimelines: readonly { readonly meetingId: string; readonly timeline: RegistrationTimeline }[];
  /** Meetings saved as a concept and not sent yet, newest first: to pick up again in the workspace. */
  readonly drafts: readonly DashboardDraftDto[];
}

export interface DashboardDraftDto {
  readonly id: string;
  readonly title: string;
  readonly type: MeetingType;
  /** The earliest session's start (ISO); null when no session has a date yet. */
  readonly firstStartsAt: string | null;
  readonly createdAt: string;
}

export const FORMS_IMPORT_COUNTS = ['booked', 'waitlisted', 'recorded', 'changed', 'unchanged', 'alreadyImported'] as const;
export type FormsImportCount = (typeof FORMS_IMPORT_COUNTS)[number];
/** Why an imported row was not processed: what the importer finds, or 'refused' by the domain rule. */
export const FORMS_ROW_PROBLEMS = ['no-email', 'unknown-person', 'unknown-session', 'refused', 'malformed', 'bad-email', 'no-name'] as const;
export type FormsRowProblem = (typeof FORMS_ROW_PROBLEMS)[number];

/**
 * The last run of one form's import: when, how many rows did what, and the rows it could not
 * process as row number + reason (a code, never the row's name or e-mail address).
 */
/** A row an import could not process: where it is and why, nothing of the person. */
export interface FormsUnmatchedRowDto {
  /** Forms' response number (the ID in the form's results); for a 'malformed' item, its id in the list Formulierantwoorden. */
  readonly row: number;
  readonly problem: FormsRowProblem;
  /** With 'refused': why the rules refused it (e.g. RSVP.DEADLINE_PASSED), and its message's parameters. */
  readonly code?: ErrorCode;
  readonly params?: Readonly<Record<string, string>>;
}

export interface FormsImportRunDto {
  /** The ledger's key of the form: the meeting id, or `survey:<id>`. */
  readonly formId: string;
  readonly kind: 'meeting' | 'survey';
  /** The meeting's or survey's id. */
  readonly targetId: string;
  readonly title: string;
  readonly ranAt: string;
  /** booked/waitlisted for a meeting's form, recorded/changed for a survey's; the others 0. */
  readonly counts: Readonly<Record<FormsImportCount, number>>;
  readonly unmatched: readonly FormsUnmatchedRowDto[];
  /** Imported, but the school named in the form is not one we know. */
  readonly unknownSchools: readonly { readonly row: number; readonly school: string }[];
}

// ---- Announcements and surveys (GET /broadcasts) ----

export interface BroadcastCountDto {
  readonly total: number;
  readonly done: number;
}

/** The coördinator's view of one announcement: acknowledged of sent, per school and per role. */
export interface AnnouncementProgressDto extends BroadcastCountDto {
  readonly id: string;
  readonly title: string;
  readonly status: 'concept' | 'verstuurd';
  readonly deadline: string | null;
  readonly forwarded: number;
  readonly bySchool: readonly (BroadcastCountDto & { readonly schoolId: string | null; readonly name: string })[];
  readonly byRole: readonly (BroadcastCountDto & { readonly role: Role })[];
}

/** The coördinator's view of one survey: answered of expected (people, or schools when per school). */
export interface SurveyProgressDto extends BroadcastCountDto {
  readonly id: string;
  readonly title: string;
  readonly status: 'concept' | 'verstuurd';
  readonly deadline: string | null;
  readonly closed: boolean;
  readonly anonymous: boolean;
  readonly perSchool: boolean;
}

/** An announcement sent to me, with my own state. */
export interface MyAnnouncementDto {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly documentUrl: string | null;
  readonly ackLabel: string | null;
  readonly deadline: string | null;
  readonly acknowledged: boolean;
}

/** A survey meant for me, with my own state; `answered` includes my school having answered. */
export interface MySurveyDto {
  readonly id: string;
  readonly title: string;
  readonly deadline: string | null;
  readonly closed: boolean;
  readonly answered: boolean;
  readonly formsUrl: string | null;
}

export interface BroadcastsDto {
  /** null unless the person is a coördinator. */
  readonly progress: { readonly announcements: readonly AnnouncementProgressDto[]; readonly surveys: readonly SurveyProgressDto[] } | null;
  readonly mine: { readonly announcements: readonly MyAnnouncementDto[]; readonly surveys: readonly MySurveyDto[] };
}
