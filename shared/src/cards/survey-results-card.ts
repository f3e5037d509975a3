/** The coördinator's results: per question counts or the average and the texts; per school and role; downloads. */
import type { Id } from '../domain/ids.js';
import type { Survey } from '../domain/survey.js';
import type { QuestionResult, ResultGroup, SurveyResults } from '../domain/survey-results.js';
import { t, type KeysUnder, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, subtle, text, type ActionSpec } from './elements.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

export interface SurveyResultsCardInput {
  readonly survey: Survey;
  readonly results: SurveyResults;
  readonly schoolNames: ReadonlyMap<Id, string>;
  /** Signed download links, when the viewer may export. */
  readonly downloads?: { readonly csv: string; readonly xlsx: string };
  readonly locale: Locale;
}

/** Texts listed per question before the export takes over. */
const MAX_TEXTS = 10;
const r = (key: KeysUnder<'announcements', 'results'>, locale: Locale, params?: Record<string, unknown>) => t(`announcements:results.${key}`, locale, params);

const questionBlock = (q: QuestionResult, n: number, locale: Locale): CardElement[] => {
  const head = text(`${n}. ${q.text}`, { weight: 'bolder', separator: true });
  if (q.kind === 'short' || q.kind === 'long') {
    const texts = q.texts.slice(0, MAX_TEXTS);
    return [head, ...(texts.length === 0 ? [subtle(r('noTexts', locale))] : texts.map((x) => text(`• ${x}`, { spacing: 'none' })))];
  }
  const facts = { type: 'FactSet' as const, facts: q.counts.map((c) => ({ title: c.option, value: String(c.count) })) };
  const avg = q.average === null ? [] : [text(r('average', locale, { average: q.average.toLocaleString(locale), count: q.answered }))];
  return [head, ...avg, facts];
};

/** One line per group: how many answered and, for rating questions, the averages. */
const groupFacts = <K extends string>(groups: readonly ResultGroup<K>[], name: (k: K) => string, locale: Locale): CardElement => ({
  type: 'FactSet',
  facts: groups.map((g) => {
    const averages = g.questions.filter((q) => q.average !== null).map((q) => `${q.questionId}: ${q.average?.toLocaleString(locale)}`);
    return { title: name(g.key), value: [r('groupLine', locale, { count: g.responses }), ...averages].join(' · ') };
  }),
});

export const surveyResultsCard = ({ survey, results, schoolNames, downloads, locale }: SurveyResultsCardInput): AdaptiveCard => {
  const refresh: ActionSpec = { verb: 'survey.results', title: t('cards:actions.refresh', locale), data: { surveyId: survey.id }, inputs: 'none' };
  const links: CardAction[] = downloads
    ? [
        { type: 'Action.OpenUrl', title: r('csv', locale), url: downloads.csv },
        { type: 'Action.OpenUrl', title: r('xlsx', locale), url: downloads.xlsx },
      ]
    : [];
  const fallback = submitFallbackSet([refresh], locale);
  return card({
    locale,
    body: [
      heading(r('heading', locale, { title: survey.title })),
      text(r('responses', locale, { count: results.responses }), { weight: 'bolder' }),
      ...results.questions.flatMap((q, i) => questionBlock(q, i + 1, locale)),
      ...(results.bySchool.length > 0 ? [text(r('bySchool', locale), { weight: 'bolder', separator: true }), groupFacts(results.bySchool, (k) => schoolNames.get(k) ?? k, locale)] : []),
      ...(survey.anonymous
        ? [subtle(r('anonymousNote', locale))]
        : results.byRole.length > 0
          ? [text(r('byRole', locale), { weight: 'bolder', separator: true }), groupFacts(results.byRole, (k) => t(`common:roles.${k}`, locale), locale)]
          : []),
    ],
    actions: [execute(refresh), ...links, ...(fallback ? [fallback] : [])],
  });
};
