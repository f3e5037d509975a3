/**
 * The data every card button sends, per verb. Action.Execute and its Action.Submit fallback send
 * the same `{ verb, ...data }` merged with the card's inputs, so one parser serves both paths.
 */
import { z } from 'zod';
import { idInput as id } from './ids.js';
import { fail, ok, type Result } from '../domain/result.js';
import { MAX_ANSWER_LENGTH, MEETING_TYPES } from '../domain/meeting.js';
import { REGIONS, ROLES, SECTORS } from '../domain/people.js';
import { isVerb, type Verb } from '../cards/verbs.js';
import { broadcastActionSchemas } from './card-actions-broadcast.js';
import { programmeActionSchemas } from './card-actions-programme.js';
import { selectionActionSchemas } from './card-actions-selection.js';

/** An optional id: a ChoiceSet left empty sends '' — that means "none chosen". */
const optionalId = z
  .string()
  .max(200)
  .nullish()
  .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v.trim()));
/** A typed input: cards send strings (some clients numbers); absent means empty. */
const field = (max = 500) =>
  z
    .union([z.string().max(max), z.number()])
    .optional()
    .transform((v) => (v === undefined ? '' : String(v).trim()));
/** A multi-select ChoiceSet sends "a,b,c". */
const csvOf = <T extends string>(allowed?: readonly T[]) =>
  z
    .string()
    .max(20_000)
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(allowed ? z.enum(allowed as unknown as [T, ...T[]]) : id));

export const MAX_FORM_SESSIONS = 4;
export const SESSION_FIELDS = ['Name', 'Date', 'Start', 'End', 'Location', 'OnlineUrl', 'Capacity', 'Region', 'Sectors'] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];
type SessionIndex = 0 | 1 | 2 | 3;
export type SessionFieldId = `s${SessionIndex}${SessionField}`;
/** Input id of a session field in the meeting form: s0Date, s1Start, ... (index 0–3). */
export const sessionFieldId = (index: number, f: SessionField): SessionFieldId => `s${index as SessionIndex}${f}`;

const sessionShape = Object.fromEntries(
  Array.from({ length: MAX_FORM_SESSIONS }, (_, i) => SESSION_FIELDS.map((f) => [sessionFieldId(i, f), field()])).flat(),
) as Record<SessionFieldId, ReturnType<typeof field>>;

/** Raw values of the meeting form, as typed: the form card shows them back unchanged next to errors. */
export const meetingFormSchema = z.object({
  meetingId: optionalId,
  title: field(200),
  type: field(),
  description: field(4000),
  sessionChoice: field(),
  ...sessionShape,
  audienceRoles: field(2000),
  audienceSectors: field(),
  audienceSchoolIds: field(20_000),
  /** '' = everyone in the audience; '<meetingId>|person' or '<meetingId>|school': only who was not there. */
  audienceNotAttended: field(400),
  deadlineDate: field(),
  deadlineTime: field(),
  remindNonResponders: field(),
  remindAttendees: field(),
  q1Label: field(200),
  q1Choices: field(1000),
  q1Required: field(),
  q2Label: field(200),
  q2Choices: field(1000),
  q2Required: field(),
  registrationMode: field(),
  confirmDaysBefore: field(),
  contactName: field(200),
  contactEmail: field(300),
  contactPhone: field(100),
});
export type MeetingFormValues = z.output<typeof meetingFormSchema>;
export type MeetingFormField = Exclude<keyof MeetingFormValues, 'meetingId'>;

const meetingRef = { meetingId: id };
/** Answers to the meeting's questions (inputs answer_q1, answer_q2 on the invitation). */
const answer = z.string().max(MAX_ANSWER_LENGTH).optional();
const rsvp = <V extends Verb>(verb: V) =>
  z.object({ verb: z.literal(verb), ...meetingRef, sessionId: optionalId, answer_q1: answer, answer_q2: answer }).strict();

export const cardActionSchema = z.discriminatedUnion('verb', [
  rsvp('rsvp.attend'),
  rsvp('rsvp.decline'),
  rsvp('rsvp.maybe'),
  z.object({ verb: z.literal('meeting.refresh'), ...meetingRef }).strict(),
  z.object({ verb: z.literal('meeting.ics'), ...meetingRef, sessionId: id }).strict(),
  z.object({ verb: z.literal('meeting.create') }).strict(),
  meetingFormSchema.extend({ verb: z.literal('meeting.preview') }).strict(),
  z.object({ verb: z.literal('meeting.send'), ...meetingRef }).strict(),
  z.object({ verb: z.literal('meeting.edit'), ...meetingRef }).strict(),
  z
    .object({
      verb: z.literal('profile.save'),
      schoolIds: csvOf(),
      roles: csvOf(ROLES),
      locale: z.enum(['nl', 'en']).optional(),
    })
    .strict(),
  z.object({ verb: z.literal('profile.show') }).strict(),
  z.object({ verb: z.literal('help.show') }).strict(),
  z.object({ verb: z.literal('delivery.report'), ...meetingRef }).strict(),
  z
    .object({
      verb: z.literal('meeting.message'),
      ...meetingRef,
      /** '' or absent: everyone registered for any session. */
      messageSessionId: optionalId,
      messageText: z.string().trim().min(1).max(2000),
    })
    .strict(),
  ...broadcastActionSchemas,
  ...programmeActionSchemas,
  ...selectionActionSchemas,
]);

export type ParsedCardAction = z.output<typeof cardActionSchema>;
export type CardActionOf<V extends Verb> = Extract<ParsedCardAction, { verb: V }>;

/** Vocabularies the meeting form offers; re-exported so the form and its reader agree. */
export const FORM_CHOICES = { types: MEETING_TYPES, regions: REGIONS, sectors: SECTORS, roles: ROLES } as const;

/**
 * Parses what a card sent (Execute: `{ ...action.data, verb: action.verb }`; Submit: `activity.value`).
 * An unknown or missing verb is CARD.UNKNOWN_VERB; a known verb with bad data is CARD.INVALID_DATA.
 */
export const parseCardAction = (raw: unknown): Result<ParsedCardAction> => {
  const verb = typeof raw === 'object' && raw !== null ? (raw as { verb?: unknown }).verb : undefined;
  if (!isVerb(verb)) return fail('CARD.UNKNOWN_VERB');
  const parsed = cardActionSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].join(',');
    return fail('CARD.INVALID_DATA', { verb, fields });
  }
  return ok(parsed.data);
};
