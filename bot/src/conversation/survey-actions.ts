/** Survey buttons: form → preview → send (coördinator), answer, refresh, results. */
import { cardText, errorMessage, surveyFormCard, surveyPreviewCard, surveyResultsCard, t, withBanner, type DomainError } from '@samen/shared';
import type { Deps } from '../deps.js';
import { signLink } from '../export/signed-link.js';
import { answerSurvey, saveSurveyDraft, sendSurvey, surveyRecipients, surveyResultsOf } from '../usecases/surveys.js';
import { errorResult, type ActionResult, type ActionTable } from './action-types.js';
import { surveyFor } from './broadcast-cards.js';
import { allSchools } from './schools.js';
import type { Turn } from './turn.js';

const LINK_TTL_MS = 15 * 60_000;

const viewerCard = async (deps: Deps, turn: Turn, id: string, error?: DomainError, done?: string): Promise<ActionResult> => {
  const survey = await deps.stores.surveys.get(id);
  if (!survey) return errorResult({ code: 'SURVEY.NOT_FOUND' }, turn);
  const card = await surveyFor(deps, survey, turn);
  if (error) return { card: withBanner(card, [cardText(errorMessage(error, turn.locale), { weight: 'bolder', color: 'attention' })], 'warning'), error };
  return { card: done ? withBanner(card, [cardText(done, { weight: 'bolder' })], 'good') : card };
};

/** Signed, short-lived download links for the coördinator's exports. */
export const surveyDownloads = (deps: Deps, turn: Turn, surveyId: string): { csv: string; xlsx: string } => {
  const exp = deps.clock().getTime() + LINK_TTL_MS;
  const link = (ext: 'csv' | 'xlsx') => {
    const query = signLink(deps.config.linkSecret, { personId: turn.person.id, resource: `survey-${ext}:${surveyId}`, exp });
    return `${deps.config.publicUrl}/export/surveys/${encodeURIComponent(surveyId)}.${ext}?${query.toString()}`;
  };
  return { csv: link('csv'), xlsx: link('xlsx') };
};

const results = async (deps: Deps, turn: Turn, id: string): Promise<ActionResult> => {
  const data = await surveyResultsOf(deps, turn.person, id);
  if (!data.ok) return errorResult(data.error, turn);
  const schoolNames = new Map((await allSchools(deps)).map((s) => [s.id, s.name]));
  return { card: surveyResultsCard({ ...data.value, schoolNames, downloads: surveyDownloads(deps, turn, id), locale: turn.locale }) };
};

export const SURVEY_ACTIONS: ActionTable = {
  'survey.create': async (deps, turn) => ({ card: surveyFormCard({ schools: await allSchools(deps), locale: turn.locale }) }),

  'survey.preview': async (deps, turn, action) => {
    const { verb: _verb, ...values } = action;
    const outcome = await saveSurveyDraft(deps, turn.person, values as Record<string, string>);
    if (!outcome.ok) return errorResult(outcome.error, turn);
    if (outcome.value.kind === 'invalid') return { card: surveyFormCard({ values: values as Record<string, string>, problems: outcome.value.problems, schools: await allSchools(deps), locale: turn.locale }) };
    const s = outcome.value.value;
    return { card: surveyPreviewCard(s, (await surveyRecipients(deps, { ...s, status: 'verstuurd' })).length, deps.clock(), turn.locale) };
  },

  'survey.send': async (deps, turn, action) => {
    const sent = await sendSurvey(deps, turn.person, action.surveyId);
    if (!sent.ok) return errorResult(sent.error, turn);
    return viewerCard(deps, turn, action.surveyId, undefined, t('announcements:bot.surveySent', turn.locale, { count: sent.value.recipients }));
  },

  'survey.answer': async (deps, turn, action) => {
    const { verb: _verb, surveyId, ...raw } = action;
    const saved = await answerSurvey(deps, turn.person, surveyId, raw as Record<string, string>);
    return viewerCard(deps, turn, surveyId, saved.ok ? undefined : saved.error, saved.ok ? t('announcements:survey.thanks', turn.locale) : undefined);
  },

  'survey.refresh': async (deps, turn, action) => viewerCard(deps, turn, action.surveyId),

  'survey.results': async (deps, turn, action) => results(deps, turn, action.surveyId),
};
