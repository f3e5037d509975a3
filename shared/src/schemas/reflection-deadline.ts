/**
 * The reflection deadline (#16): the API body, the rules of the coördinator's form (the tab checks
 * them before sending, the server again), the stored records and what the tab reads. Rule messages
 * are `reflectionDeadline:errors.*` keys, turned into Dutch (or English) per field.
 */
import { z } from 'zod';
import {
  dateInSchoolYear,
  MAX_REFLECTION_REMINDER_DAYS,
  MAX_REFLECTION_REMINDERS,
  type ReflectionDeadline,
  type ReflectionProgressRow,
} from '../domain/reflection-deadline.js';
import { isSchoolYear } from '../domain/school-year.js';
import { isMessageKey, t, type Locale } from '../i18n/index.js';

/** PUT /reflection-deadlines/:year: the shape only (types, no unknown keys); the rules are below. */
export const PutReflectionDeadlineBodySchema = z
  .object({
    date: z.string().max(40).nullable(),
    reminderDaysBefore: z.array(z.number()).max(50),
    expectedVersion: z.string().max(200),
  })
  .strict();
export type PutReflectionDeadlineBody = z.infer<typeof PutReflectionDeadlineBodySchema>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The rules of a deadline in one school year: a real day in that year, 0–5 reminders of 1–120 days. */
export const reflectionDeadlineRules = (schoolYear: string) =>
  z.object({
    date: z
      .string()
      .regex(DAY, 'reflectionDeadline:errors.dateFormat')
      .refine((d) => !DAY.test(d) || dateInSchoolYear(d, schoolYear), 'reflectionDeadline:errors.dateOutsideYear')
      .nullable(),
    reminderDaysBefore: z
      .array(z.number().int('reflectionDeadline:errors.daysFormat').min(1, 'reflectionDeadline:errors.daysRange').max(MAX_REFLECTION_REMINDER_DAYS, 'reflectionDeadline:errors.daysRange'))
      .max(MAX_REFLECTION_REMINDERS, 'reflectionDeadline:errors.daysTooMany')
      .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  });
export type ReflectionDeadlineInput = z.output<ReturnType<typeof reflectionDeadlineRules>>;
export type ReflectionDeadlineField = keyof ReflectionDeadlineInput;

/** One message per field ('date', 'reminderDaysBefore'), in the reader's language. */
export const reflectionDeadlineErrors = (error: z.ZodError, locale: Locale = 'nl'): Partial<Record<ReflectionDeadlineField, string>> => {
  const out: Partial<Record<ReflectionDeadlineField, string>> = {};
  for (const issue of error.issues) {
    const field: ReflectionDeadlineField = issue.path[0] === 'date' ? 'date' : 'reminderDaysBefore';
    out[field] ??= t(isMessageKey(issue.message) ? issue.message : 'reflectionDeadline:errors.daysFormat', locale);
  }
  return out;
};

/** The form as typed: a date ('' = none) and "14, 3". Something that is not a list of numbers fails the days rule. */
export const reflectionDeadlineFromForm = (schoolYear: string, form: { readonly date: string; readonly reminderDays: string }) => {
  const parts = form.reminderDays.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const days = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
  return reflectionDeadlineRules(schoolYear).safeParse({ date: form.date.trim() === '' ? null : form.date.trim(), reminderDaysBefore: days });
};

/** A stored deadline (SQLite row, SharePoint item). */
export const ReflectionDeadlineRecordSchema = z.strictObject({
  schoolYear: z.string().refine(isSchoolYear),
  date: z.string().regex(DAY).nullable(),
  reminderDaysBefore: z.array(z.number().int().min(1)),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string().min(1),
  version: z.string().min(1),
}) satisfies z.ZodType<ReflectionDeadline>;

/** A stored progress count (never the answers). */
export const ReflectionProgressRecordSchema = z.strictObject({
  schoolId: z.string().min(1),
  schoolYear: z.string().refine(isSchoolYear),
  answered: z.number().int().min(0),
  total: z.number().int().min(0),
  updatedAt: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<ReflectionProgressRow>;

/** GET /reflection-deadlines/:year: what every signed-in person reads; the school counts for coördinatoren only. */
export interface ReflectionDeadlineDto {
  readonly schoolYear: string;
  readonly date: string | null;
  readonly reminderDaysBefore: readonly number[];
  /** The server's judgement (Amsterdam): the deadline's day has begun. */
  readonly passed: boolean;
  /** '' while never saved. */
  readonly version: string;
  readonly canEdit: boolean;
  /** Schools with their reflection afgerond, of all schools (coördinator only). */
  readonly schools: { readonly done: number; readonly total: number } | null;
}

/** A 400 on a save: a message per field. */
export interface ReflectionDeadlineFieldErrorsDto {
  readonly code: 'REQUEST.INVALID_BODY';
  readonly message: string;
  readonly fieldErrors: Partial<Record<ReflectionDeadlineField, string>>;
}
