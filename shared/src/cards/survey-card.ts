/**
 * A survey as one recipient sees it: the questions as inputs (prefilled with their named answer),
 * or why they cannot answer (closed, already answered by their school, anonymous answer given).
 */
import { formatDate, formatDateTime } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import { surveyOpen, type AnswerValue, type Survey, type SurveyQuestion, type SurveyResponse } from '../domain/survey.js';
import { answerInputId } from '../domain/survey-answer.js';
import { answerCell } from '../domain/survey-results.js';
import { t, type KeysUnder, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, subtle, text, withBanner, type ActionSpec } from './elements.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';
import type { Contact } from '../domain/meeting.js';
import { contactSection } from './contact-section.js';

export interface SurveyCardInput {
  readonly survey: Survey;
  readonly viewer: { readonly personId: Id; readonly teamsUserId?: string; readonly isCoordinator?: boolean };
  /** The viewer's own named answer. */
  readonly mine: SurveyResponse | null;
  /** Someone else already answered for the viewer's school. */
  readonly schoolAnswered: boolean;
  /** The viewer gave an anonymous answer. */
  readonly answeredAnonymously: boolean;
  readonly reminder?: boolean;
  /** The partnership's contact person (config); absent = none shown. */
  readonly contact?: Contact | null;
  readonly now: Date;
  readonly locale: Locale;
}

const s = (key: KeysUnder<'announcements', 'survey'>, locale: Locale, params?: Record<string, unknown>) => t(`announcements:survey.${key}`, locale, params);

const valueOf = (q: SurveyQuestion, v: AnswerValue | undefined): string => {
  if (v === undefined) return '';
  if (q.kind === 'single') return String(q.options.indexOf(String(v)));
  if (q.kind === 'multi') return (v as readonly string[]).map((o) => q.options.indexOf(o)).join(',');
  return String(v);
};

const questionInput = (q: SurveyQuestion, n: number, mine: SurveyResponse | null, locale: Locale): CardElement => {
  const label = `${n}. ${q.text}${q.required ? ` ${s('required', locale)}` : ''}`;
  const prefill = valueOf(q, mine?.answers[q.id]);
  const base = { id: answerInputId(q), label, isRequired: q.required, ...(prefill ? { value: prefill } : {}) };
  switch (q.kind) {
    case 'single':
    case 'multi':
      return { ...base, type: 'Input.ChoiceSet', style: 'expanded', wrap: true, ...(q.kind === 'multi' ? { isMultiSelect: true } : {}), choices: q.options.map((o, i) => ({ title: o, value: String(i) })) };
    case 'rating':
      return {
        ...base,
        type: 'Input.ChoiceSet',
        style: 'expanded',
        choices: [1, 2, 3, 4, 5].map((v) => ({ value: String(v), title: v === 1 ? `1 (${s('ratingLow', locale)})` : v === 5 ? `5 (${s('ratingHigh', locale)})` : String(v) })),
      };
    case 'short':
      return { ...base, type: 'Input.Text', maxLength: 200 };
    case 'long':
      return { ...base, type: 'Input.Text', isMultiline: true, maxLength: 2000 };
  }
};

/** Read-only: the viewer's answers, shown once the survey is closed. */
const answersFacts = (survey: Survey, mine: SurveyResponse, locale: Locale): CardElement => ({
  type: 'FactSet',
  facts: survey.questions.map((q, i) => ({ title: `${i + 1}. ${q.text}`, value: answerCell(mine.answers[q.id]) || s('noAnswer', locale) })),
});

const stateLine = (input: SurveyCardInput, open: boolean): CardElement[] => {
  const { survey, mine, locale } = input;
  if (!open) return [text(s('closed', locale), { color: 'attention', weight: 'bolder' }), ...(mine ? [answersFacts(survey, mine, locale)] : [])];
  if (input.schoolAnswered) return [text(s('schoolAnswered', locale), { color: 'good', weight: 'bolder' })];
  if (input.answeredAnonymously) return [text(s('answeredAnonymous', locale), { color: 'good', weight: 'bolder' })];
  if (mine) return [text(s('answered', locale, { when: formatDateTime(mine.submittedAt, locale) }), { color: 'good' })];
  return [];
};

export const surveyRefreshSpec = (survey: Survey, locale: Locale): ActionSpec => ({
  verb: 'survey.refresh',
  title: t('cards:actions.refresh', locale),
  data: { surveyId: survey.id },
  inputs: 'none',
});

export const surveyCard = (input: SurveyCardInput): AdaptiveCard => {
  const { survey, viewer, mine, now, locale } = input;
  const open = surveyOpen(survey, now);
  const canAnswer = open && !input.schoolAnswered && !input.answeredAnonymously && survey.formsUrl === null;
  const specs: ActionSpec[] = [];
  if (canAnswer) specs.push({ verb: 'survey.answer', title: s(mine ? 'change' : 'send', locale), data: { surveyId: survey.id }, style: 'positive' });
  if (viewer.isCoordinator) specs.push({ verb: 'survey.results', title: t('announcements:results.button', locale), data: { surveyId: survey.id }, inputs: 'none' });
  const forms: CardAction[] = open && survey.formsUrl ? [{ type: 'Action.OpenUrl', title: s('forms', locale), url: survey.formsUrl }] : [];
  const fallback = submitFallbackSet(specs, locale);
  const base = card({
    locale,
    body: [
      heading(survey.title),
      ...(survey.intro ? [text(survey.intro)] : []),
      subtle(s(survey.anonymous ? 'anonymous' : 'named', locale)),
      ...(survey.perSchool ? [subtle(s('perSchool', locale))] : []),
      ...(survey.deadline ? [subtle(s('deadline', locale, { when: formatDateTime(survey.deadline, locale) }))] : []),
      ...stateLine(input, open),
      ...(canAnswer ? survey.questions.map((q, i) => questionInput(q, i + 1, mine, locale)) : []),
      ...contactSection(input.contact, locale),
    ],
    actions: [...specs.map(execute), ...forms, ...(fallback ? [fallback] : [])],
    refresh: { spec: surveyRefreshSpec(survey, locale), userIds: [viewer.teamsUserId ?? viewer.personId] },
  });
  const pending = canAnswer && !mine;
  return input.reminder && pending ? withBanner(base, [text(s('reminder', locale), { weight: 'bolder' })], 'warning') : base;
};

/** Used by exports and the results card for anonymous dates. */
export const surveyDate = (iso: string, locale: Locale): string => formatDate(iso.length === 10 ? `${iso}T12:00:00Z` : iso, locale);
