/** Reading what a card sent into typed answers, and the rule deciding whether an answer is taken. */
import type { Id, IdGenerator } from './ids.js';
import type { Person } from './people.js';
import { fail, ok, type Result } from './result.js';
import { SURVEY_LIMITS, surveyOpen, type Answers, type AnswerValue, type Survey, type SurveyQuestion, type SurveyResponse } from './survey.js';

/** Input id of a question's answer on the card. */
export const answerInputId = (q: Pick<SurveyQuestion, 'id'>): string => `answer_${q.id}`;

const read = (q: SurveyQuestion, raw: string): AnswerValue | null | 'invalid' => {
  const value = raw.trim();
  if (value === '') return null;
  switch (q.kind) {
    case 'rating': {
      const n = Number(value);
      return Number.isInteger(n) && n >= 1 && n <= 5 ? n : 'invalid';
    }
    case 'single': {
      const option = q.options[Number(value)];
      return /^\d+$/.test(value) && option !== undefined ? option : 'invalid';
    }
    case 'multi': {
      const picked = [...new Set(value.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
      const options = picked.map((i) => (/^\d+$/.test(i) ? q.options[Number(i)] : undefined));
      return options.every((o): o is string => o !== undefined) ? options : 'invalid';
    }
    case 'short':
      return value.length <= SURVEY_LIMITS.short ? value : 'invalid';
    case 'long':
      return value.length <= SURVEY_LIMITS.long ? value : 'invalid';
  }
};

/**
 * Card inputs → answers. A required question left empty, or a value the question cannot have,
 * fails with SURVEY.ANSWER_INVALID naming the question numbers (`questions: "1, 3"`).
 */
export const readAnswers = (survey: Survey, raw: Readonly<Record<string, string>>): Result<Answers> => {
  const answers: Record<string, AnswerValue> = {};
  const wrong: number[] = [];
  survey.questions.forEach((q, i) => {
    const value = read(q, raw[answerInputId(q)] ?? '');
    if (value === 'invalid' || (value === null && q.required)) wrong.push(i + 1);
    else if (value !== null) answers[q.id] = value;
  });
  return wrong.length > 0 ? fail('SURVEY.ANSWER_INVALID', { questions: wrong.join(', ') }) : ok(answers);
};

/** What the store already holds for this person (or their school). */
export interface AnswerState {
  /** The person's own named answer. */
  readonly mine: SurveyResponse | null;
  /** The school's answer, for a per-school survey. */
  readonly school: SurveyResponse | null;
  /** The anonymous "has answered" marker is set for this person. */
  readonly answered: boolean;
}

export interface AnswerWrite {
  readonly response: Omit<SurveyResponse, 'version'>;
  /** '' = a new response; otherwise the version it replaces. */
  readonly expectedVersion: string;
  /** Anonymous: set the person's "has answered" marker in the same write. */
  readonly markAnswered: boolean;
}

/**
 * The answer rule. Refused when the survey is closed; when the school already answered (by someone
 * else); when an anonymous answer was already given (it cannot be found back, so not changed).
 * A named answer replaces the person's earlier one until the deadline.
 */
export const decideSurveyAnswer = (
  survey: Survey,
  person: Person,
  schoolId: Id | null,
  state: AnswerState,
  answers: Answers,
  now: Date,
  newId: IdGenerator,
): Result<AnswerWrite> => {
  if (survey.status !== 'verstuurd') return fail('SURVEY.NOT_FOUND');
  if (!surveyOpen(survey, now)) return fail('SURVEY.CLOSED');
  if (survey.perSchool && schoolId === null) return fail('SURVEY.NOT_RECIPIENT');
  if (survey.anonymous && state.answered) return fail('SURVEY.ANONYMOUS_FINAL');
  const schoolOwner = state.school?.personId ?? null;
  if (survey.perSchool && state.school && (survey.anonymous || schoolOwner !== person.id)) return fail('SURVEY.SCHOOL_ANSWERED');
  if (survey.anonymous) {
    const response = {
      id: newId(),
      surveyId: survey.id,
      personId: null,
      schoolId: survey.perSchool ? schoolId : null,
      roles: [],
      answers,
      submittedAt: now.toISOString().slice(0, 10),
    };
    return ok({ response, expectedVersion: '', markAnswered: true });
  }
  const earlier = state.mine ?? (survey.perSchool ? state.school : null);
  const response = {
    id: earlier?.id ?? newId(),
    surveyId: survey.id,
    personId: person.id,
    schoolId,
    roles: [...person.roles],
    answers,
    submittedAt: now.toISOString(),
  };
  return ok({ response, expectedVersion: earlier?.version ?? '', markAnswered: false });
};
