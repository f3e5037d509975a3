/** Surveys: draft from the form, send, answer (named, anonymous, per school), results. */
import {
  answeringSchool,
  decideSurveyAnswer,
  fail,
  ok,
  readAnswers,
  surveyFromForm,
  surveyResults,
  type AnswerState,
  type Id,
  type Person,
  type Result,
  type Survey,
  type SurveyResponse,
  type SurveyResults,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { publish } from './publish.js';
import { broadcastAudience, type DraftOutcome } from './announcements.js';
import { answeredMarker } from './survey-marker.js';
import { authorize } from './policy.js';

export const saveSurveyDraft = async (deps: Deps, organiser: Person, values: Readonly<Record<string, string>>): Promise<Result<DraftOutcome<Survey>>> => {
  const allowed = authorize(deps, organiser, 'survey.manage');
  if (!allowed.ok) return allowed;
  const now = deps.clock();
  const read = surveyFromForm(values, now);
  if (!read.ok) return ok({ kind: 'invalid', problems: read.problems });
  const saved = await deps.stores.surveys.upsert({ ...read.draft, id: deps.newId(), organiserId: organiser.id, status: 'concept', createdAt: now.toISOString(), expectedVersion: '' });
  return saved.ok ? ok({ kind: 'saved', value: saved.value }) : saved;
};

export const surveyRecipients = async (deps: Deps, survey: Survey): Promise<Id[]> => (await broadcastAudience(deps, survey.audience)).map((p) => p.id);

export const sendSurvey = async (deps: Deps, actor: Person, id: Id): Promise<Result<{ recipients: number; queued: number }>> => {
  const allowed = authorize(deps, actor, 'survey.manage');
  if (!allowed.ok) return allowed;
  const found = await deps.stores.surveys.get(id);
  if (!found) return fail('SURVEY.NOT_FOUND');
  const published = await publish(found, (next) => deps.stores.surveys.upsert(next));
  if (!published.ok) return published;
  const sent = published.value;
  const recipients = await surveyRecipients(deps, sent);
  const notBefore = deps.clock().toISOString();
  const queued = await deps.stores.outbox.enqueue(
    recipients.map((personId) => ({ key: `survey:${id}:${personId}`, kind: 'survey' as const, personId, surveyId: id, payload: { reminder: false }, notBefore })),
  );
  return ok({ recipients: recipients.length, queued });
};

/** What the store holds for this person: their answer, their school's, their anonymous marker. */
export const answerState = async (deps: Deps, survey: Survey, person: Person): Promise<AnswerState> => {
  const schoolId = answeringSchool(survey, person);
  const [mine, school, answered] = await Promise.all([
    survey.anonymous ? null : deps.stores.surveys.responseOf(survey.id, person.id),
    survey.perSchool && schoolId ? deps.stores.surveys.responseOfSchool(survey.id, schoolId) : null,
    survey.anonymous ? deps.stores.surveys.hasMarker(survey.id, answeredMarker(deps.secrets.surveyMarker, survey.id, person.id)) : false,
  ]);
  return { mine, school, answered };
};

const isRecipient = async (deps: Deps, survey: Survey, person: Person): Promise<boolean> =>
  (await surveyRecipients(deps, survey)).includes(person.id);

export const answerSurvey = async (deps: Deps, person: Person, surveyId: Id, raw: Readonly<Record<string, string>>): Promise<Result<SurveyResponse>> => {
  const survey = await deps.stores.surveys.get(surveyId);
  if (!survey || survey.status !== 'verstuurd') return fail('SURVEY.NOT_FOUND');
  if (!(await isRecipient(deps, survey, person))) return fail('SURVEY.NOT_RECIPIENT');
  const answers = readAnswers(survey, raw);
  if (!answers.ok) return answers;
  const state = await answerState(deps, survey, person);
  const decided = decideSurveyAnswer(survey, person, answeringSchool(survey, person), state, answers.value, deps.clock(), deps.newId);
  if (!decided.ok) return decided;
  const marker = decided.value.markAnswered ? answeredMarker(deps.secrets.surveyMarker, survey.id, person.id) : null;
  const saved = await deps.stores.surveys.saveResponse(decided.value, marker);
  if (saved.ok || saved.error.code !== 'STORE.CONFLICT') return saved;
  // Lost a race: someone at the same school (or this person, twice) was first.
  return fail(survey.perSchool ? 'SURVEY.SCHOOL_ANSWERED' : survey.anonymous ? 'SURVEY.ANONYMOUS_FINAL' : 'STORE.CONFLICT');
};

export interface SurveyResultsData {
  readonly survey: Survey;
  readonly responses: readonly SurveyResponse[];
  readonly results: SurveyResults;
}

export const surveyResultsOf = async (deps: Deps, actor: Person, surveyId: Id): Promise<Result<SurveyResultsData>> => {
  const allowed = authorize(deps, actor, 'survey.manage');
  if (!allowed.ok) return allowed;
  const survey = await deps.stores.surveys.get(surveyId);
  if (!survey) return fail('SURVEY.NOT_FOUND');
  const responses = await deps.stores.surveys.responses(surveyId);
  return ok({ survey, responses, results: surveyResults(survey, responses) });
};
