/**
 * Pure mapping of Microsoft Forms survey responses (rows of the `Formulierantwoorden` list a Power
 * Automate flow fills) to the inputs a survey card sends: people matched by e-mail (trimmed,
 * case-insensitive), question N of the survey read from column AnswerN, choice texts to the
 * option's position, multiple choice split on ';' (Forms' own separator), ratings 1–5. The survey
 * use case then applies its rules as for a card answer. No I/O.
 */
import { answerInputId, type Person, type Survey, type SurveyQuestion } from '@samen/shared';
import { z } from 'zod';
import { ANSWER_COLUMNS, type FormResponse } from '../../store/ports-form-responses.js';
import { respondentOf } from './rows.js';

/** A survey's form: which form (the FormId the flow writes). Question qN is column AnswerN. */
export const SurveyFormsMappingSchema = z.strictObject({
  kind: z.literal('survey'),
  surveyId: z.string().min(1),
  /** The text the flow puts in the FormId column for this form (docs/sharepoint.md). */
  formId: z.string().trim().min(1).max(255),
});
export type SurveyFormsMapping = z.output<typeof SurveyFormsMappingSchema>;

export type SurveyMappedRow =
  | { readonly row: number; readonly key: string; readonly ok: true; readonly person: Person; readonly raw: Readonly<Record<string, string>> }
  | { readonly row: number; readonly key: string; readonly ok: false; readonly problem: 'no-email' | 'unknown-person' }
  /** An answer the question cannot have: numbers of the questions (1-based, as on the card). */
  | { readonly row: number; readonly key: string; readonly ok: false; readonly problem: 'invalid-answer'; readonly questions: string };

const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** A Forms answer → the card input for that question; '' when empty; null when it fits no value. */
export const cardInput = (q: SurveyQuestion, answer: string | undefined): string | null => {
  const value = (answer ?? '').trim();
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
      // Forms sends a multiple choice as '["A","B"]' through "Get response details"; older flows as 'A;B'.
      const picked = listOf(value);
      const at = picked.map((p) => q.options.findIndex((o) => same(o, p)));
      return at.every((i) => i >= 0) ? [...new Set(at)].join(',') : null;
    }
    case 'short':
    case 'long':
      return value;
  }
};

const listOf = (value: string): string[] => {
  if (value.startsWith('[')) {
    try {
      const parsed = z.array(z.string()).safeParse(JSON.parse(value));
      if (parsed.success) return parsed.data.map((s) => s.trim()).filter((s) => s !== '');
    } catch {
      // not JSON after all: read it as text
    }
  }
  return value.split(';').map((s) => s.trim()).filter((s) => s !== '');
};

/** Column AnswerN holds question qN (N = 1…10). */
const answerOf = (response: FormResponse, questionId: string): string | undefined => {
  const n = Number(/^q(\d+)$/.exec(questionId)?.[1] ?? 0);
  return n >= 1 && n <= ANSWER_COLUMNS ? response.answers[n - 1] : undefined;
};

export const mapSurveyRow = (
  response: FormResponse,
  context: { readonly survey: Survey; readonly peopleByEmail: ReadonlyMap<string, Person> },
): SurveyMappedRow => {
  const who = respondentOf(response, context.peopleByEmail);
  if (!who.ok) return who;
  const { row, key, person } = who;
  const raw: Record<string, string> = {};
  const wrong: number[] = [];
  context.survey.questions.forEach((q, i) => {
    const input = cardInput(q, answerOf(response, q.id));
    if (input === null) wrong.push(i + 1);
    else raw[answerInputId(q)] = input;
  });
  if (wrong.length > 0) return { row, key, ok: false, problem: 'invalid-answer', questions: wrong.join(', ') };
  return { row, key, ok: true, person, raw };
};
