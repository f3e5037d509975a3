/** The coördinator's survey form: settings, audience, then ten question slots (empty ones are skipped). */
import type { School } from '../domain/people.js';
import { QUESTION_KINDS, type Survey } from '../domain/survey.js';
import type { FormProblem } from '../domain/announcement-draft.js';
import { t, type KeysUnder, type Locale } from '../i18n/index.js';
import { QUESTION_SLOTS, questionFieldId } from '../schemas/card-actions-broadcast.js';
import { card, execute, heading, submitFallbackSet, text, type ActionSpec } from './elements.js';
import { audienceAndDeadline, errorsIntro, formChoice, formText, previewWithSend, type BroadcastFormCtx } from './announcement-form-card.js';
import { surveyCard } from './survey-card.js';
import type { AdaptiveCard, CardElement } from './types.js';

const f = (k: KeysUnder<'announcements', 'surveyForm'>, locale: Locale, params?: Record<string, unknown>) => t(`announcements:surveyForm.${k}`, locale, params);

const toggle = (ctx: BroadcastFormCtx, id: string, title: string): CardElement => ({
  type: 'Input.ChoiceSet',
  id,
  label: title,
  style: 'expanded',
  choices: [{ title, value: 'true' }],
  isMultiSelect: true,
  ...(ctx.values[id] === 'true' ? { value: 'true' } : {}),
});

const questionSlot = (ctx: BroadcastFormCtx, n: number): CardElement[] => {
  const id = (x: 'Text' | 'Kind' | 'Options' | 'Required') => questionFieldId(n, x);
  const kinds = QUESTION_KINDS.map((k) => ({ value: k, title: t(`announcements:survey.kinds.${k}`, ctx.locale) }));
  return [
    text(f(n === 1 ? 'question' : 'questionOptional', ctx.locale, { n }), { weight: 'bolder', separator: true }),
    ...formText(ctx, id('Text'), f('text', ctx.locale), { maxLength: 300 }),
    ...formChoice(ctx, id('Kind'), f('kind', ctx.locale), kinds),
    ...formText(ctx, id('Options'), f('options', ctx.locale), { isMultiline: true, maxLength: 1200 }),
    toggle(ctx, id('Required'), f('required', ctx.locale)),
  ];
};

export interface SurveyFormCardInput {
  readonly values?: Readonly<Record<string, string>>;
  readonly problems?: Readonly<Record<string, FormProblem | undefined>>;
  readonly schools: readonly School[];
  readonly locale: Locale;
}

export const surveyFormCard = ({ values = {}, problems = {}, schools, locale }: SurveyFormCardInput): AdaptiveCard => {
  const ctx: BroadcastFormCtx = { values, problems, locale };
  const preview: ActionSpec = { verb: 'survey.preview', title: t('announcements:form.preview', locale), style: 'positive' };
  const fallback = submitFallbackSet([preview], locale);
  return card({
    locale,
    body: [
      heading(f('heading', locale)),
      ...errorsIntro(ctx),
      ...formText(ctx, 'title', f('title', locale), { maxLength: 200 }),
      ...formText(ctx, 'intro', f('intro', locale), { isMultiline: true, maxLength: 2000 }),
      toggle(ctx, 'anonymous', f('anonymous', locale)),
      toggle(ctx, 'perSchool', f('perSchool', locale)),
      ...formText(ctx, 'formsUrl', f('formsUrl', locale), { style: 'url', maxLength: 2000 }),
      ...audienceAndDeadline(ctx, schools),
      ...QUESTION_SLOTS.flatMap((n) => questionSlot(ctx, n)),
    ],
    actions: [execute(preview), ...(fallback ? [fallback] : [])],
  });
};

export const surveyPreviewCard = (survey: Survey, recipients: number, now: Date, locale: Locale): AdaptiveCard =>
  previewWithSend(
    surveyCard({ survey: { ...survey, status: 'verstuurd' }, viewer: { personId: '' }, mine: null, schoolAnswered: false, answeredAnonymously: false, now, locale }),
    recipients,
    { verb: 'survey.send', title: t('announcements:preview.send', locale), data: { surveyId: survey.id }, inputs: 'none', style: 'positive' },
    locale,
  );
