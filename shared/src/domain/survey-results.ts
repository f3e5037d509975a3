/** Results for the coördinator: counts and averages per question, overall, per school and per role. */
import type { Id } from './ids.js';
import type { Role } from './people.js';
import { RATING_VALUES, type AnswerValue, type Survey, type SurveyQuestion, type SurveyResponse } from './survey.js';

export interface OptionCount {
  readonly option: string;
  readonly count: number;
}

export interface QuestionResult {
  readonly questionId: string;
  readonly text: string;
  readonly kind: SurveyQuestion['kind'];
  /** Responses that answered this question. */
  readonly answered: number;
  /** Choice questions: per option; rating: per value 1–5; texts: empty. */
  readonly counts: readonly OptionCount[];
  /** Rating: the mean, rounded to one decimal; null otherwise or without answers. */
  readonly average: number | null;
  /** Short and long text answers, in response order. */
  readonly texts: readonly string[];
}

export interface ResultGroup<K> {
  readonly key: K;
  readonly responses: number;
  readonly questions: readonly QuestionResult[];
}

export interface SurveyResults {
  readonly responses: number;
  readonly questions: readonly QuestionResult[];
  /** Per school answered for (named or per-school answers only). */
  readonly bySchool: readonly ResultGroup<Id>[];
  /** Per role of the answerer (named answers only). */
  readonly byRole: readonly ResultGroup<Role>[];
}

const chosen = (value: AnswerValue | undefined): readonly string[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly string[]) : [String(value)];

const round1 = (n: number): number => Math.round(n * 10) / 10;

export const questionResult = (q: SurveyQuestion, responses: readonly SurveyResponse[]): QuestionResult => {
  const values = responses.map((r) => r.answers[q.id]).filter((v): v is AnswerValue => v !== undefined);
  const base = { questionId: q.id, text: q.text, kind: q.kind, answered: values.length };
  if (q.kind === 'rating') {
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const average = numbers.length === 0 ? null : round1(numbers.reduce((a, b) => a + b, 0) / numbers.length);
    return { ...base, counts: RATING_VALUES.map((v) => ({ option: String(v), count: numbers.filter((n) => n === v).length })), average, texts: [] };
  }
  if (q.kind === 'single' || q.kind === 'multi') {
    const all = values.flatMap(chosen);
    return { ...base, counts: q.options.map((option) => ({ option, count: all.filter((c) => c === option).length })), average: null, texts: [] };
  }
  return { ...base, counts: [], average: null, texts: values.map(String) };
};

const group = <K>(survey: Survey, responses: readonly SurveyResponse[], keysOf: (r: SurveyResponse) => readonly K[]): ResultGroup<K>[] => {
  const groups = new Map<K, SurveyResponse[]>();
  for (const r of responses) for (const k of keysOf(r)) groups.set(k, [...(groups.get(k) ?? []), r]);
  return [...groups.entries()].map(([key, rs]) => ({ key, responses: rs.length, questions: survey.questions.map((q) => questionResult(q, rs)) }));
};

export const surveyResults = (survey: Survey, responses: readonly SurveyResponse[]): SurveyResults => ({
  responses: responses.length,
  questions: survey.questions.map((q) => questionResult(q, responses)),
  bySchool: group(survey, responses, (r) => (r.schoolId === null ? [] : [r.schoolId])).sort((a, b) => a.key.localeCompare(b.key)),
  byRole: group(survey, responses, (r) => r.roles),
});

/** One answer as a cell: choices joined with "; ", numbers as digits, nothing as ''. */
export const answerCell = (value: AnswerValue | undefined): string =>
  value === undefined ? '' : Array.isArray(value) ? (value as readonly string[]).join('; ') : String(value);
