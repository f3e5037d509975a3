/** Card data of announcements and surveys (merged into `cardActionSchema` in card-actions.ts). */
import { z } from 'zod';
import { csvIds } from './card-inputs.js';
import { idInput as id } from './ids.js';
import { SURVEY_LIMITS } from '../domain/survey.js';

/** A typed input: cards send strings (some clients numbers or booleans); absent means empty. */
const field = (max = 500) =>
  z
    .union([z.string().max(max), z.number(), z.boolean()])
    .optional()
    .transform((v) => (v === undefined ? '' : String(v).trim()));
const ids = csvIds();

const announcementRef = { announcementId: id };
const surveyRef = { surveyId: id };

/** What the coördinator types on the announcement form. */
export const announcementFormSchema = z.object({
  title: field(200),
  text: field(4000),
  documentUrl: field(2000),
  ackLabel: field(40),
  deadlineDate: field(),
  deadlineTime: field(),
  audienceRoles: field(2000),
  audienceSchoolIds: field(20_000),
  remindDays: field(),
});
export type AnnouncementFormValues = z.output<typeof announcementFormSchema>;

export const QUESTION_SLOTS = Array.from({ length: SURVEY_LIMITS.questions }, (_, i) => i + 1);
export const QUESTION_FIELDS = ['Text', 'Kind', 'Options', 'Required'] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number];
/** Input id of a question slot on the survey form: q1Text, q1Kind, q1Options, q1Required … q10Required. */
export const questionFieldId = (slot: number, f: QuestionField): string => `q${slot}${f}`;

const questionShape = Object.fromEntries(
  QUESTION_SLOTS.flatMap((n) => QUESTION_FIELDS.map((f) => [questionFieldId(n, f), field(f === 'Options' ? 1200 : 300)])),
) as Record<string, ReturnType<typeof field>>;

/** What the coördinator types on the survey form (ten question slots; empty slots are skipped). */
export const surveyFormSchema = z.object({
  title: field(200),
  intro: field(2000),
  anonymous: field(),
  perSchool: field(),
  formsUrl: field(2000),
  deadlineDate: field(),
  deadlineTime: field(),
  audienceRoles: field(2000),
  audienceSchoolIds: field(20_000),
  remindDays: field(),
  ...questionShape,
});
export type SurveyFormValues = z.output<typeof surveyFormSchema>;

/** A question's answer on the survey card: answer_q1 … answer_q10. */
const answerShape = Object.fromEntries(QUESTION_SLOTS.map((n) => [`answer_q${n}`, field(SURVEY_LIMITS.long)])) as Record<string, ReturnType<typeof field>>;

export const broadcastActionSchemas = [
  z.object({ verb: z.literal('announcement.create') }).strict(),
  announcementFormSchema.extend({ verb: z.literal('announcement.preview') }).strict(),
  z.object({ verb: z.literal('announcement.send'), ...announcementRef }).strict(),
  z.object({ verb: z.literal('announcement.ack'), ...announcementRef }).strict(),
  z.object({ verb: z.literal('announcement.refresh'), ...announcementRef }).strict(),
  z.object({ verb: z.literal('announcement.forward'), ...announcementRef, colleagueIds: ids }).strict(),
  z.object({ verb: z.literal('announcement.report'), ...announcementRef }).strict(),
  z.object({ verb: z.literal('survey.create') }).strict(),
  surveyFormSchema.extend({ verb: z.literal('survey.preview') }).strict(),
  z.object({ verb: z.literal('survey.send'), ...surveyRef }).strict(),
  z.object({ verb: z.literal('survey.answer'), ...surveyRef, ...answerShape }).strict(),
  z.object({ verb: z.literal('survey.refresh'), ...surveyRef }).strict(),
  z.object({ verb: z.literal('survey.results'), ...surveyRef }).strict(),
] as const;
