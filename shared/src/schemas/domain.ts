/**
 * Zod schemas of the domain records (strict: an unknown field is refused). Store adapters check
 * rows read back with them, the Graph adapter checks list items with them. `MeetingInputSchema`
 * checks a new meeting from a form; its issues carry i18n keys (`meetingForm:*`) that
 * `meetingInputErrors` turns into field-level messages.
 */
import { z } from 'zod';
import { storedId as id } from './ids.js';
import type { Framework, Reflection, ReflectionAudience, ReflectionGrant } from '../domain/handreiking-types.js';
import { grantsFromStored } from '../domain/reflection-sharing.js';
import type { Audience, Contact, Meeting, ReminderPlan, Session } from '../domain/meeting.js';
import { DEFAULT_CONFIRM_DAYS_BEFORE, MAX_ANSWER_LENGTH, MAX_QUESTIONS, MEETING_TYPES, NOT_ATTENDED_BY, REGISTRATION_MODES } from '../domain/meeting.js';
import type { NiveauOverzicht } from '../domain/niveaus.js';
import { LEVEL_NUMBERS } from '../domain/niveaus.js';
import type { Person, School } from '../domain/people.js';
import { REGIONS, ROLES, SECTORS } from '../domain/people.js';
import { RSVP_STATUSES, type Rsvp } from '../domain/rsvp-types.js';
import { isSchoolYear } from '../domain/school-year.js';
import { isMessageKey, t, type Locale } from '../i18n/index.js';
import type { MeetingFormMessages } from '../i18n/messages/meeting-form.js';

/** ISO 8601 with a zone ("Z" or an offset), as stored. */
const instant = z.iso.datetime({ offset: true });
/** Stored records always carry their version (ETag / row version). */
const version = z.string().min(1);
const schoolYear = z.string().refine(isSchoolYear, { message: 'not a school year like 2026-2027' });

export const SchoolSchema = z.strictObject({
  id,
  name: z.string().min(1),
  sector: z.enum(SECTORS),
  region: z.enum(REGIONS),
  place: z.string(),
  version,
}) satisfies z.ZodType<School>;

export const PersonSchema = z.strictObject({
  id,
  aadObjectId: z.string().min(1),
  name: z.string(),
  email: z.string(),
  schoolIds: z.array(id),
  roles: z.array(z.enum(ROLES)),
  locale: z.enum(['nl', 'en']),
  version,
}) satisfies z.ZodType<Person>;

export const SessionSchema = z.strictObject({
  id,
  name: z.string().trim().min(1).max(120).optional(),
  startsAt: instant,
  endsAt: instant,
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  region: z.enum(REGIONS).nullable(),
  sectors: z.array(z.enum(SECTORS)),
  capacity: z.number().int().positive().nullable(),
}) satisfies z.ZodType<Session>;

export const AudienceSchema = z.strictObject({
  roles: z.array(z.enum(ROLES)),
  sectors: z.array(z.enum(SECTORS)),
  schoolIds: z.array(id),
  notAttended: z.strictObject({ meetingId: id, by: z.enum(NOT_ATTENDED_BY) }).optional(),
}) satisfies z.ZodType<Audience>;

const days = z.array(z.number().int().min(0).max(60));
export const ReminderPlanSchema = z.strictObject({
  nonRespondersDaysBeforeDeadline: days,
  attendeesDaysBefore: days,
}) satisfies z.ZodType<ReminderPlan>;

export const MeetingQuestionSchema = z.strictObject({
  id,
  label: z.string().trim().min(1).max(200),
  choices: z.array(z.string().trim().min(1).max(100)).max(10),
  required: z.boolean(),
});

export const ContactSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().email().max(254),
  phone: z.string().trim().min(1).max(40).nullable(),
}) satisfies z.ZodType<Contact>;

export const MeetingSchema = z.strictObject({
  id,
  title: z.string().min(1),
  type: z.enum(MEETING_TYPES),
  description: z.string(),
  sessions: z.array(SessionSchema),
  sessionChoice: z.enum(['one', 'each']),
  audience: AudienceSchema,
  registrationDeadline: instant.nullable(),
  organiserId: id,
  reminderPlan: ReminderPlanSchema,
  questions: z.array(MeetingQuestionSchema).max(MAX_QUESTIONS).optional(),
  registrationMode: z.enum(REGISTRATION_MODES).optional(),
  confirmDaysBefore: z.number().int().min(0).max(90).optional(),
  selectionConfirmedAt: instant.nullable().optional(),
  contact: ContactSchema.nullable().optional(),
  sectorExceptions: z.array(id).optional(),
  status: z.enum(['concept', 'verstuurd', 'geannuleerd']),
  createdAt: instant,
  version,
}) satisfies z.ZodType<Meeting>;

export const RsvpSchema = z.strictObject({
  id,
  meetingId: id,
  sessionId: id,
  personId: id,
  status: z.enum(RSVP_STATUSES),
  statusSince: instant,
  source: z.enum(['card', 'tab', 'chat', 'forms']),
  answers: z.record(id, z.string().max(MAX_ANSWER_LENGTH)).optional(),
  attended: z.boolean().optional(),
  version,
}) satisfies z.ZodType<Rsvp>;

export const NiveauLevelRecordSchema = z.strictObject({
  level: z.union(LEVEL_NUMBERS.map((n) => z.literal(n))),
  title: z.string(),
  whatHappens: z.array(z.string()),
  responsible: z.string(),
  parentCycle: z.string(),
  programmes: z.array(z.string()),
  /** A count only, never pupil names. */
  pupilCount: z.number().int().min(0).nullable(),
  templateRevision: z.number().int().min(0).optional(),
});

export const NiveauOverzichtSchema = z.strictObject({
  schoolId: id,
  levels: z.array(NiveauLevelRecordSchema),
  updatedAt: instant,
  updatedBy: id,
  revision: z.number().int().min(1),
  version,
}) satisfies z.ZodType<NiveauOverzicht>;

export const FrameworkSchema = z.strictObject({
  schoolYear,
  items: z.array(
    z.strictObject({ id, kind: z.enum(['uitgangspunt', 'bouwsteen']), title: z.string(), explanation: z.string() }),
  ),
  isExample: z.boolean(),
  revision: z.number().int().min(0),
  version,
}) satisfies z.ZodType<Framework>;

const AnswerSchema = z.strictObject({ waarStaanWij: z.string(), houdenErinAnders: z.string(), aanpak: z.string() });

/** Who a reflection is shared with (reflection-sharing.ts); the tab API's share body uses it too. */
export const ReflectionAudienceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('swv') }),
  z.strictObject({ kind: z.literal('bestuur') }),
  z.strictObject({ kind: z.literal('school'), schoolId: id }),
]) satisfies z.ZodType<ReflectionAudience>;

const grantStamp = { grantedBy: id, grantedAt: instant };
export const ReflectionGrantSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('swv'), ...grantStamp }),
  z.strictObject({ kind: z.literal('bestuur'), ...grantStamp }),
  z.strictObject({ kind: z.literal('school'), schoolId: id, ...grantStamp }),
]) satisfies z.ZodType<ReflectionGrant>;

export const ReflectionSchema = z.strictObject({
  schoolId: id,
  schoolYear,
  frameworkRevision: z.number().int().min(0),
  answers: z.record(id, AnswerSchema),
  status: z.enum(['concept', 'afgerond']),
  grants: z.array(ReflectionGrantSchema),
  updatedAt: instant,
  updatedBy: id,
  version,
}) satisfies z.ZodType<Reflection>;

/**
 * A reflection as stored, older ones included: before grants there was one flag, `sharedWithSwv`
 * (a stored `true` reads as a partnership grant, grantsFromStored). Strict otherwise.
 */
export const storedReflection = (raw: unknown): Reflection => {
  if (raw === null || typeof raw !== 'object' || !('sharedWithSwv' in raw)) return ReflectionSchema.parse(raw);
  const { sharedWithSwv, ...rest } = raw as Record<string, unknown>;
  const grants = rest.grants as readonly ReflectionGrant[] | undefined;
  const legacy = sharedWithSwv === true;
  return ReflectionSchema.parse({ ...rest, grants: grantsFromStored(grants, legacy, String(rest.updatedBy), String(rest.updatedAt)) });
};

/* ---- a new meeting, from a form ---- */

type MessageKey = keyof MeetingFormMessages;
const key = (k: MessageKey): string => `meetingForm:${k}`;
/** Every issue of a field carries the same message key. */
const msg = (k: MessageKey) => ({ error: key(k) });
/** A form sends '' for an empty optional field. */
const optionalText = (max: number, k: MessageKey) =>
  z
    .string(msg(k))
    .trim()
    .max(max, msg(k))
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s));

const SessionInputSchema = z
  .strictObject({
    id: id.optional(),
    /** What people call the session ("Regio Noord — Wolvega"); '' or absent = "Sessie n". */
    name: optionalText(120, 'sessionName').transform((s) => s ?? undefined),
    startsAt: z.iso.datetime({ offset: true, ...msg('startsAt') }),
    endsAt: z.iso.datetime({ offset: true, ...msg('endsAt') }),
    location: optionalText(300, 'location'),
    onlineUrl: optionalText(2000, 'onlineUrl').refine(
      (u) => u === null || /^https:\/\/[^\s/]+\.[^\s]+$/.test(u),
      msg('onlineUrl'),
    ),
    region: z.enum(REGIONS, msg('region')).nullable().default(null),
    sectors: z.array(z.enum(SECTORS, msg('sectors'))).default([]),
    capacity: z.number(msg('capacity')).int(msg('capacity')).positive(msg('capacity')).nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (Date.parse(s.endsAt) <= Date.parse(s.startsAt))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: key('endsAfterStart') });
    if (s.location === null && s.onlineUrl === null)
      ctx.addIssue({ code: 'custom', path: ['location'], message: key('placeRequired') });
  });

const firstStart = (sessions: readonly { startsAt?: unknown }[]): number =>
  Math.min(
    ...sessions
      .map((s) => (typeof s.startsAt === 'string' ? Date.parse(s.startsAt) : NaN))
      .filter((n) => !Number.isNaN(n)),
  );

export const MeetingInputSchema = z
  .strictObject({
    title: z.string(msg('title')).trim().min(3, msg('title')).max(120, msg('title')),
    type: z.enum(MEETING_TYPES, msg('type')),
    description: z.string(msg('description')).trim().max(4000, msg('description')).default(''),
    sessions: z.array(SessionInputSchema, msg('sessionsMin')).min(1, msg('sessionsMin')).max(50, msg('sessionsMax')),
    sessionChoice: z.enum(['one', 'each'], msg('sessionChoice')).default('each'),
    audience: z
      .strictObject(
        {
          roles: z.array(z.enum(ROLES)).default([]),
          sectors: z.array(z.enum(SECTORS)).default([]),
          schoolIds: z.array(id).default([]),
          notAttended: z.strictObject({ meetingId: id, by: z.enum(NOT_ATTENDED_BY) }, msg('audience')).optional(),
        },
        msg('audience'),
      )
      .default({ roles: [], sectors: [], schoolIds: [] }),
    registrationDeadline: z.iso
      .datetime({ offset: true, ...msg('deadline') })
      .nullable()
      .default(null),
    reminderPlan: z
      .strictObject(
        { nonRespondersDaysBeforeDeadline: days.default([]), attendeesDaysBefore: days.default([]) },
        msg('reminders'),
      )
      .default({ nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] }),
    questions: z
      .array(
        z.strictObject({
          label: z.string(msg('question')).trim().min(3, msg('question')).max(200, msg('question')),
          choices: z.array(z.string().trim().min(1, msg('questionChoices')).max(100, msg('questionChoices'))).max(10, msg('questionChoices')).default([]),
          required: z.boolean().default(false),
        }),
      )
      .max(MAX_QUESTIONS, msg('question'))
      .default([]),
    registrationMode: z.enum(REGISTRATION_MODES, msg('registrationMode')).default('direct'),
    /** 'aanvraag': days before each session its outcome is sent. */
    confirmDaysBefore: z
      .number(msg('confirmDaysBefore'))
      .int(msg('confirmDaysBefore'))
      .min(1, msg('confirmDaysBefore'))
      .max(60, msg('confirmDaysBefore'))
      .default(DEFAULT_CONFIRM_DAYS_BEFORE),
    /** null = the partnership's default contact (config). */
    contact: z
      .strictObject({
        name: z.string(msg('contactName')).trim().min(1, msg('contactName')).max(120, msg('contactName')),
        email: z.string(msg('contactEmail')).trim().email(msg('contactEmail')).max(254, msg('contactEmail')),
        phone: optionalText(40, 'contactPhone'),
      })
      .nullable()
      .default(null),
  })
  .superRefine((m, ctx) => {
    if (typeof m.registrationDeadline !== 'string' || !Array.isArray(m.sessions)) return;
    if (Date.parse(m.registrationDeadline) >= firstStart(m.sessions)) {
      ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: key('deadlineBeforeFirst') });
    }
  });

export type MeetingInput = z.output<typeof MeetingInputSchema>;

const KEY_PREFIX = 'meetingForm:';

/** Field path ("sessions.0.endsAt"; "" = the form as a whole) → the first message for it. */
export const meetingInputErrors = (error: z.ZodError, locale: Locale = 'nl'): Record<string, string> => {
  const out: Record<string, string> = {};
  const put = (path: string, key: string) => {
    if (!(path in out)) out[path] = t(isMessageKey(key) ? key : `${KEY_PREFIX}invalid`, locale);
  };
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) put(path ? `${path}.${key}` : key, `${KEY_PREFIX}unknownField`);
    } else {
      put(path, issue.message.startsWith(KEY_PREFIX) ? issue.message : `${KEY_PREFIX}invalid`);
    }
  }
  return out;
};
