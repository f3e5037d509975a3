import { z } from 'zod';
import { QUESTION_KINDS, ROLES, type Survey, type SurveyResponse } from '@samen/shared';
import { AudienceRecord } from './announcement-mapper.js';
import { fromJson, text, toJson } from './json.js';
import type { TableSpec } from './record-table.js';
import { documentTable } from './document-table.js';
import { versionString } from './version.js';

const SurveyRecord: z.ZodType<Survey> = z.object({
  id: z.string().min(1),
  title: z.string(),
  intro: z.string(),
  questions: z.array(
    z.object({ id: z.string().min(1), kind: z.enum(QUESTION_KINDS), text: z.string(), required: z.boolean(), options: z.array(z.string()) }),
  ),
  anonymous: z.boolean(),
  perSchool: z.boolean(),
  deadline: z.string().nullable(),
  audience: AudienceRecord,
  reminderDaysBeforeDeadline: z.array(z.number().int()),
  formsUrl: z.string().nullable(),
  organiserId: z.string().min(1),
  status: z.enum(['concept', 'verstuurd']),
  createdAt: z.string().min(1),
  version: z.string().min(1),
});

export const surveyTable: TableSpec<Survey> = documentTable<Survey>('surveys', (raw) => SurveyRecord.parse(raw) as Survey);

const ResponseRecord: z.ZodType<SurveyResponse> = z.object({
  id: z.string().min(1),
  surveyId: z.string().min(1),
  personId: z.string().nullable(),
  schoolId: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  submittedAt: z.string().min(1),
  version: z.string().min(1),
});

/**
 * Anonymous responses have no person_id and no roles. `school_key` (set by the store, not here)
 * carries the school only for per-school surveys: its UNIQUE index makes "first answer wins" a
 * store guarantee.
 */
export const responseTable: TableSpec<SurveyResponse> = {
  table: 'survey_responses',
  keys: ['id'],
  columns: ['survey_id', 'person_id', 'school_id', 'roles', 'answers', 'submitted_at'],
  toRow: (r) => ({
    id: r.id,
    survey_id: r.surveyId,
    person_id: r.personId,
    school_id: r.schoolId,
    roles: toJson(r.roles),
    answers: toJson(r.answers),
    submitted_at: r.submittedAt,
  }),
  toDomain: (r) =>
    ResponseRecord.parse({
      id: r.id,
      surveyId: r.survey_id,
      personId: text(r.person_id),
      schoolId: text(r.school_id),
      roles: fromJson(r.roles),
      answers: fromJson(r.answers),
      submittedAt: r.submitted_at,
      version: versionString(Number(r.version)),
    }),
};
