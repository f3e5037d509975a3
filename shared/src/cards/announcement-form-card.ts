/** The coördinator's form for a new announcement, and the preview with "Versturen". */
import type { Announcement } from '../domain/announcement.js';
import type { FormProblem } from '../domain/announcement-draft.js';
import { ROLES, type School } from '../domain/people.js';
import { t, type KeysUnder, type Locale } from '../i18n/index.js';
import { card, execute, fieldError, heading, submitFallbackSet, text, type ActionSpec } from './elements.js';
import { announcementCard } from './announcement-card.js';
import type { AdaptiveCard, CardElement, Choice } from './types.js';

export interface BroadcastFormCtx {
  readonly values: Readonly<Record<string, string>>;
  /** Input id → i18n key under `announcements:form.errors`. */
  readonly problems: Readonly<Record<string, FormProblem | undefined>>;
  readonly locale: Locale;
}

const withValue = (v: string | undefined) => (v ? { value: v } : {});
const under = (ctx: BroadcastFormCtx, id: string): CardElement[] =>
  ctx.problems[id] ? [fieldError(t(`announcements:form.errors.${ctx.problems[id]}`, ctx.locale))] : [];

export const formText = (ctx: BroadcastFormCtx, id: string, label: string, extra: { isMultiline?: boolean; maxLength?: number; style?: 'url' } = {}): CardElement[] => [
  { type: 'Input.Text', id, label, ...withValue(ctx.values[id]), ...extra },
  ...under(ctx, id),
];

export const formChoice = (ctx: BroadcastFormCtx, id: string, label: string, choices: readonly Choice[], multi = false): CardElement[] => [
  { type: 'Input.ChoiceSet', id, label, choices, style: 'compact', wrap: true, ...(multi ? { isMultiSelect: true } : {}), ...withValue(ctx.values[id]) },
  ...under(ctx, id),
];

/** Deadline, audience and reminders: the same on the announcement and the survey form. */
export const audienceAndDeadline = (ctx: BroadcastFormCtx, schools: readonly School[]): CardElement[] => {
  const l = (k: KeysUnder<'announcements', 'form'>) => t(`announcements:form.${k}`, ctx.locale);
  return [
    { type: 'Input.Date', id: 'deadlineDate', label: l('deadlineDate'), ...withValue(ctx.values.deadlineDate) },
    ...under(ctx, 'deadlineDate'),
    { type: 'Input.Time', id: 'deadlineTime', label: l('deadlineTime'), ...withValue(ctx.values.deadlineTime) },
    ...formChoice(ctx, 'audienceRoles', l('audienceRoles'), ROLES.map((r) => ({ value: r, title: t(`common:roles.${r}`, ctx.locale) })), true),
    // An empty ChoiceSet is not a valid card: without schools there is nothing to narrow down.
    ...(schools.length > 0 ? formChoice(ctx, 'audienceSchoolIds', l('audienceSchoolIds'), schools.map((s) => ({ value: s.id, title: s.name })), true) : []),
    ...formText(ctx, 'remindDays', l('remindDays'), { maxLength: 40 }),
  ];
};

export const errorsIntro = (ctx: BroadcastFormCtx): CardElement[] =>
  Object.values(ctx.problems).some(Boolean) ? [text(t('announcements:form.errorsIntro', ctx.locale), { color: 'attention', weight: 'bolder' })] : [];

export interface AnnouncementFormCardInput {
  readonly values?: Readonly<Record<string, string>>;
  readonly problems?: Readonly<Record<string, FormProblem | undefined>>;
  readonly schools: readonly School[];
  readonly locale: Locale;
}

export const announcementFormCard = ({ values = {}, problems = {}, schools, locale }: AnnouncementFormCardInput): AdaptiveCard => {
  const ctx: BroadcastFormCtx = { values, problems, locale };
  const l = (k: KeysUnder<'announcements', 'form'>) => t(`announcements:form.${k}`, locale);
  const preview: ActionSpec = { verb: 'announcement.preview', title: l('preview'), style: 'positive' };
  const fallback = submitFallbackSet([preview], locale);
  return card({
    locale,
    body: [
      heading(l('heading')),
      ...errorsIntro(ctx),
      ...formText(ctx, 'title', l('title'), { maxLength: 200 }),
      ...formText(ctx, 'text', l('text'), { isMultiline: true, maxLength: 4000 }),
      ...formText(ctx, 'documentUrl', l('documentUrl'), { style: 'url', maxLength: 2000 }),
      ...formText(ctx, 'ackLabel', l('ackLabel'), { maxLength: 40 }),
      ...audienceAndDeadline(ctx, schools),
    ],
    actions: [execute(preview), ...(fallback ? [fallback] : [])],
  });
};

/** The announcement as recipients will see it, its reach, and "Versturen". */
export const previewWithSend = (inner: AdaptiveCard, recipients: number, send: ActionSpec, locale: Locale): AdaptiveCard => {
  const fallback = submitFallbackSet([send], locale);
  return card({
    locale,
    body: [
      heading(t('announcements:preview.heading', locale)),
      text(t('announcements:preview.recipients', locale, { count: recipients }), { weight: 'bolder' }),
      { type: 'Container', style: 'emphasis', separator: true, items: inner.body },
    ],
    actions: [execute(send), ...(fallback ? [fallback] : [])],
  });
};

export const announcementPreviewCard = (announcement: Announcement, recipients: number, now: Date, locale: Locale): AdaptiveCard =>
  previewWithSend(
    announcementCard({ announcement, viewer: { personId: '' }, acknowledgement: null, colleagues: [], now, locale }),
    recipients,
    { verb: 'announcement.send', title: t('announcements:preview.send', locale), data: { announcementId: announcement.id }, inputs: 'none', style: 'positive' },
    locale,
  );
