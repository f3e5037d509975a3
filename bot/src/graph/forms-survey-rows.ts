/**
 * Pure mapping of Microsoft Forms survey responses (rows of the Excel table a Power Automate flow
 * fills) to the inputs a survey card sends: people matched by e-mail (trimmed, case-insensitive),
 * choice texts to the option's position, multiple choice split on ';' (Forms' own separator),
 * ratings 1–5. The survey use case then applies its rules as for a card answer. No I/O.
 */
import { answerInputId, type Person, type Survey, type SurveyQuestion } from '@samen/shared';
import { z } from 'zod';
import { normEmail, rowKey, type Cell } from './forms-rows.js';

/** Which column holds the e-mail and which the answer to each question (header names as in the form). */
export const SurveyFormsMappingSchema = z.strictObject({
  kind: z.literal('survey'),
  surveyId: z.string().min(1),
  workbook: z.strictObject({ driveId: z.string().min(1), itemId: z.string().min(1), table: z.string().min(1) }),
  columns: z.strictObject({
    email: z.string().min(1),
    /** Forms' own response id ("ID"): the best key against importing a row twice. */
    responseId: z.string().optional(),
    /** Question id ('q1'…'q10') → column header. */
    answers: z.record(z.string().regex(/^q([1-9]|10)$/), z.string().min(1)).refine((a) => Object.keys(a).length > 0, 'minstens één vraag'),
  }),
});
export type SurveyFormsMapping = z.output<typeof SurveyFormsMappingSchema>;

export type SurveyMappedRow =
  | { readonly index: number; readonly key: string; readonly ok: true; readonly person: Person; readonly raw: Readonly<Record<string, string>> }
  | { readonly index: number; readonly key: string; readonly ok: false; readonly problem: 'no-email' | 'unknown-person' }
  /** An answer the question cannot have: numbers of the questions (1-based, as on the card). */
  | { readonly index: number; readonly key: string; readonly ok: false; readonly problem: 'invalid-answer'; readonly questions: string };

const text = (v: Cell | undefined): string => String(v ?? '').trim();
const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** A Forms cell → the card input for that question; '' when empty; null when it fits no value. */
export const cardInput = (q: SurveyQuestion, cell: Cell | undefined): string | null => {
  const value = text(cell);
  if (value === '') return '';
  switch (q.kind) {
    case 'rating': {
      const n = Number(value.replace(',', '.'));
      return Number.isInteger(n) && n >= 1 && n <= 5 ? String(n) : null;
    }
    case 'single': {
      const at = q.options.findIndex((o) => same(o, value));
      return at >= 0 ? String(at) : null;
    }
    case 'multi': {
      const picked = value.split(';').map((s) => s.trim()).filter((s) => s !== '');
      const at = picked.map((p) => q.options.findIndex((o) => same(o, p)));
      return at.every((i) => i >= 0) ? [...new Set(at)].join(',') : null;
    }
    case 'short':
    case 'long':
      return value;
  }
};

export const mapSurveyRow = (
  row: { readonly index: number; readonly values: readonly Cell[] },
  headers: readonly string[],
  mapping: SurveyFormsMapping,
  context: { readonly survey: Survey; readonly peopleByEmail: ReadonlyMap<string, Person> },
): SurveyMappedRow => {
  const cell = (column: string | undefined) => (column && headers.includes(column) ? row.values[headers.indexOf(column)] : undefined);
  const key = rowKey(row.values, headers, mapping);
  const email = normEmail(cell(mapping.columns.email));
  if (!email) return { index: row.index, key, ok: false, problem: 'no-email' };
  const person = context.peopleByEmail.get(email);
  if (!person) return { index: row.index, key, ok: false, problem: 'unknown-person' };
  const raw: Record<string, string> = {};
  const wrong: number[] = [];
  context.survey.questions.forEach((q, i) => {
    const input = cardInput(q, cell(mapping.columns.answers[q.id]));
    if (input === null) wrong.push(i + 1);
    else raw[answerInputId(q)] = input;
  });
  if (wrong.length > 0) return { index: row.index, key, ok: false, problem: 'invalid-answer', questions: wrong.join(', ') };
  return { index: row.index, key, ok: true, person, raw };
};
