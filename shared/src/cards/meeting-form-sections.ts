/** Input sections of the meeting form. Each input shows the typed value and, under it, its error. */
import { MEETING_TYPES, REGISTRATION_MODES } from '../domain/meeting.js';
import { REGIONS, ROLES, SECTORS, type School } from '../domain/people.js';
import { t, type KeysUnder, type Locale, type MessageKey } from '../i18n/index.js';
import { sessionFieldId, type MeetingFormField, type MeetingFormValues, type SessionField } from '../schemas/card-actions.js';
import { fieldError, text } from './elements.js';
import type { CardElement, Choice, InputChoiceSet } from './types.js';

export interface FormCtx {
  readonly values: MeetingFormValues;
  readonly errors: Partial<Record<MeetingFormField, string>>;
  readonly locale: Locale;
}

type FormLabel = KeysUnder<'cards', 'form'>;
type SessionsLabel = KeysUnder<'sessions', 'form'>;
const own = (ctx: FormCtx, key: SessionsLabel) => t(`sessions:form.${key}`, ctx.locale);
/** An input labelled from the `sessions` namespace (fields added for #15). */
const relabel = (elements: CardElement[], title: string): CardElement[] => elements.map((e, j) => (j === 0 ? { ...e, label: title } : e));

const label = (ctx: FormCtx, key: FormLabel, params?: Record<string, unknown>) => t(`cards:form.${key}`, ctx.locale, params);
const value = (ctx: FormCtx, id: MeetingFormField): string => (ctx.values as Record<string, string>)[id] ?? '';
const under = (ctx: FormCtx, id: MeetingFormField): CardElement[] => (ctx.errors[id] ? [fieldError(ctx.errors[id])] : []);
const withValue = (v: string) => (v === '' ? {} : { value: v });

const textInput = (ctx: FormCtx, id: MeetingFormField, key: FormLabel, extra: { isMultiline?: boolean; maxLength?: number; style?: 'url' | 'email' | 'tel'; isRequired?: boolean } = {}): CardElement[] => [
  { type: 'Input.Text', id, label: label(ctx, key), ...withValue(value(ctx, id)), ...extra },
  ...under(ctx, id),
];

const choice = (ctx: FormCtx, id: MeetingFormField, key: FormLabel, choices: Choice[], opts: { multi?: boolean; expanded?: boolean } = {}): CardElement[] => {
  const input: InputChoiceSet = {
    type: 'Input.ChoiceSet',
    id,
    label: label(ctx, key),
    choices,
    style: opts.expanded ? 'expanded' : 'compact',
    wrap: true,
    ...(opts.multi ? { isMultiSelect: true } : {}),
    ...withValue(value(ctx, id)),
  };
  return [input, ...under(ctx, id)];
};

const common = <NS extends 'roles' | 'sectors' | 'regions' | 'meetingTypes'>(ns: NS, list: readonly KeysUnder<'common', NS>[], locale: Locale): Choice[] =>
  list.map((v) => ({ value: v, title: t(`common:${ns}.${v}` as MessageKey, locale) }));

export const generalSection = (ctx: FormCtx): CardElement[] => [
  ...textInput(ctx, 'title', 'title', { maxLength: 120, isRequired: true }),
  ...choice(ctx, 'type', 'type', common('meetingTypes', MEETING_TYPES, ctx.locale)),
  ...(value(ctx, 'type') === 'informatie' ? [text(own(ctx, 'informatieHint'), { isSubtle: true, spacing: 'small' })] : []),
  ...textInput(ctx, 'description', 'description', { isMultiline: true, maxLength: 4000 }),
  ...choice(ctx, 'sessionChoice', 'sessionChoice', (['one', 'each'] as const).map((v) => ({ value: v, title: label(ctx, `sessionChoices.${v}`) })), { expanded: true }),
];

export const sessionSection = (ctx: FormCtx, index: number): CardElement[] => {
  const id = (f: SessionField) => sessionFieldId(index, f) as MeetingFormField;
  const v = (f: SessionField) => withValue(value(ctx, id(f)));
  const capacity = Number(value(ctx, id('Capacity')));
  return [
    text(label(ctx, index === 0 ? 'session' : 'sessionOptional', { n: index + 1 }), { weight: 'bolder', separator: true, spacing: 'large' }),
    ...relabel(textInput(ctx, id('Name'), 'title', { maxLength: 120 }), own(ctx, 'name')),
    { type: 'Input.Date', id: id('Date'), label: label(ctx, 'date'), ...v('Date') },
    ...under(ctx, id('Date')),
    { type: 'Input.Time', id: id('Start'), label: label(ctx, 'start'), ...v('Start') },
    ...under(ctx, id('Start')),
    { type: 'Input.Time', id: id('End'), label: label(ctx, 'end'), ...v('End') },
    ...under(ctx, id('End')),
    ...textInput(ctx, id('Location'), 'location', { maxLength: 300 }),
    ...textInput(ctx, id('OnlineUrl'), 'onlineUrl', { style: 'url', maxLength: 500 }),
    { type: 'Input.Number', id: id('Capacity'), label: label(ctx, 'capacity'), min: 1, ...(value(ctx, id('Capacity')) !== '' && Number.isFinite(capacity) ? { value: capacity } : {}) },
    ...under(ctx, id('Capacity')),
    ...choice(ctx, id('Region'), 'region', common('regions', REGIONS, ctx.locale)),
    ...relabel(choice(ctx, id('Sectors'), 'sectors', common('sectors', SECTORS, ctx.locale), { multi: true }), own(ctx, 'sectors')),
  ];
};

/** Direct registration or applications (with the confirmation moment), and the contact person. */
export const registrationAndContactSection = (ctx: FormCtx): CardElement[] => [
  text(own(ctx, 'registration'), { weight: 'bolder', separator: true, spacing: 'large' }),
  ...relabel(
    choice(ctx, 'registrationMode', 'type', REGISTRATION_MODES.map((m) => ({ value: m, title: t(`sessions:form.modes.${m}`, ctx.locale) })), { expanded: true }),
    own(ctx, 'registrationMode'),
  ),
  {
    type: 'Input.Number',
    id: 'confirmDaysBefore',
    label: own(ctx, 'confirmDaysBefore'),
    min: 1,
    max: 60,
    ...(value(ctx, 'confirmDaysBefore') !== '' && Number.isFinite(Number(value(ctx, 'confirmDaysBefore'))) ? { value: Number(value(ctx, 'confirmDaysBefore')) } : {}),
  },
  ...under(ctx, 'confirmDaysBefore'),
  text(own(ctx, 'contact'), { weight: 'bolder', separator: true, spacing: 'large' }),
  text(own(ctx, 'contactHint'), { isSubtle: true, spacing: 'none' }),
  ...relabel(textInput(ctx, 'contactName', 'title', { maxLength: 120 }), own(ctx, 'contactName')),
  ...relabel(textInput(ctx, 'contactEmail', 'title', { maxLength: 254, style: 'email' }), own(ctx, 'contactEmail')),
  ...relabel(textInput(ctx, 'contactPhone', 'title', { maxLength: 40, style: 'tel' }), own(ctx, 'contactPhone')),
];

export const audienceSection = (ctx: FormCtx, schools: readonly School[]): CardElement[] => [
  text(label(ctx, 'audience'), { weight: 'bolder', separator: true, spacing: 'large' }),
  text(label(ctx, 'audienceHint'), { isSubtle: true, spacing: 'none' }),
  ...choice(ctx, 'audienceRoles', 'roles', common('roles', ROLES, ctx.locale), { multi: true }),
  ...choice(ctx, 'audienceSectors', 'sectors', common('sectors', SECTORS, ctx.locale), { multi: true }),
  ...choice(ctx, 'audienceSchoolIds', 'schools', [...schools].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((s) => ({ value: s.id, title: s.name })), { multi: true }),
];

const days = (ctx: FormCtx, key: FormLabel, list: readonly number[]): Choice[] => list.map((n) => ({ value: String(n), title: label(ctx, key, { count: n }) }));

export const deadlineAndRemindersSection = (ctx: FormCtx): CardElement[] => [
  text(label(ctx, 'deadline'), { weight: 'bolder', separator: true, spacing: 'large' }),
  { type: 'Input.Date', id: 'deadlineDate', label: label(ctx, 'deadline'), ...withValue(value(ctx, 'deadlineDate')) },
  ...under(ctx, 'deadlineDate'),
  { type: 'Input.Time', id: 'deadlineTime', label: label(ctx, 'deadlineTime'), ...withValue(value(ctx, 'deadlineTime')) },
  ...under(ctx, 'deadlineTime'),
  text(label(ctx, 'reminders'), { weight: 'bolder', separator: true, spacing: 'large' }),
  ...choice(ctx, 'remindNonResponders', 'remindNonResponders', days(ctx, 'daysBeforeDeadline', [1, 2, 3, 7, 14]), { multi: true, expanded: true }),
  ...choice(ctx, 'remindAttendees', 'remindAttendees', days(ctx, 'daysBeforeSession', [1, 2, 7, 14]), { multi: true, expanded: true }),
];

/** Up to two questions asked with the RSVP: the question, its options (comma separated; empty = free text), required. */
export const questionsSection = (ctx: FormCtx): CardElement[] => [
  text(label(ctx, 'questions'), { weight: 'bolder', separator: true, spacing: 'large' }),
  text(label(ctx, 'questionsHelp'), { isSubtle: true, spacing: 'small' }),
  ...(['q1', 'q2'] as const).flatMap((q, i) => [
    ...textInput(ctx, `${q}Label`, 'questionLabel', { maxLength: 200 }).map((e, j) => (j === 0 ? { ...e, label: label(ctx, 'questionLabel', { n: i + 1 }) } : e)),
    ...textInput(ctx, `${q}Choices`, 'questionChoices', { maxLength: 1000 }),
    ...choice(ctx, `${q}Required`, 'questionRequired', [{ value: 'true', title: label(ctx, 'questionRequiredYes') }], { multi: true, expanded: true }),
  ]),
];
