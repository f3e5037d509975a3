/**
 * Short surveys on a card: up to ten questions of the kinds Forms offers for such surveys.
 * Anonymous surveys keep no link between an answer and the person who gave it: the response has
 * no person, no role and no time of day; a separate "has answered" marker stops a second answer.
 */
import type { Id } from './ids.js';
import type { Audience } from './meeting.js';
import type { BroadcastStatus } from './announcement.js';
import type { Person, Role } from './people.js';

export const QUESTION_KINDS = ['single', 'multi', 'rating', 'short', 'long'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const SURVEY_LIMITS = {
  questions: 10,
  options: 10,
  title: 200,
  intro: 2000,
  question: 300,
  option: 100,
  short: 200,
  long: 2000,
} as const;

export const RATING_VALUES = [1, 2, 3, 4, 5] as const;

export interface SurveyQuestion {
  /** 'q1'…'q10', stable for the survey's life. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly text: string;
  readonly required: boolean;
  /** Choices of a single/multiple choice question; empty for the other kinds. */
  readonly options: readonly string[];
}

export interface Survey {
  readonly id: Id;
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly SurveyQuestion[];
  readonly anonymous: boolean;
  /** One answer for the whole school, by whoever answers first. */
  readonly perSchool: boolean;
  readonly deadline: string | null;
  readonly audience: Audience;
  readonly reminderDaysBeforeDeadline: readonly number[];
  /** When the coördinator prefers Microsoft Forms: the card links there instead of asking itself. */
  readonly formsUrl: string | null;
  readonly organiserId: Id;
  readonly status: BroadcastStatus;
  readonly createdAt: string;
  readonly version: string;
}

export type AnswerValue = string | number | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface SurveyResponse {
  readonly id: Id;
  readonly surveyId: Id;
  /** null for an anonymous survey: there is no way back to the person. */
  readonly personId: Id | null;
  /** The school answered for (per-school surveys, named answers); null when anonymous and per person. */
  readonly schoolId: Id | null;
  /** The answerer's roles (named answers only). */
  readonly roles: readonly Role[];
  readonly answers: Answers;
  /** Named: the moment; anonymous: the date only (a time could be matched to other records). */
  readonly submittedAt: string;
  readonly version: string;
}

/** Open for answers: sent, and the deadline (if any) not passed. */
export const surveyOpen = (survey: Survey, now: Date): boolean =>
  survey.status === 'verstuurd' && (survey.deadline === null || now <= new Date(survey.deadline));

/** The school a person answers for: their first school in the audience (or their first school). */
export const answeringSchool = (survey: Survey, person: Person): Id | null => {
  const wanted = survey.audience.schoolIds;
  return person.schoolIds.find((s) => wanted.length === 0 || wanted.includes(s)) ?? null;
};

/** Why a question definition is not acceptable, or null when it is. */
export const questionProblem = (q: Omit<SurveyQuestion, 'id'>): string | null => {
  if (q.text.trim() === '' || q.text.length > SURVEY_LIMITS.question) return 'text';
  const choice = q.kind === 'single' || q.kind === 'multi';
  if (choice && (q.options.length < 2 || q.options.length > SURVEY_LIMITS.options)) return 'options';
  if (q.options.some((o) => o.trim() === '' || o.length > SURVEY_LIMITS.option)) return 'options';
  if (new Set(q.options).size !== q.options.length) return 'options';
  return null;
};
