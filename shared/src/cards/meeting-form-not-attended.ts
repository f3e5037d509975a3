/**
 * The meeting form's "Alleen wie niet bij … was" (a repeat session): one choice per earlier meeting and
 * per way of counting (person / school). The value is '<meetingId>|person' or '<meetingId>|school'.
 */
import { NOT_ATTENDED_BY, type NotAttended, type NotAttendedBy } from '../domain/meeting.js';
import { t } from '../i18n/index.js';
import { fieldError } from './elements.js';
import type { FormCtx } from './meeting-form-sections.js';
import type { CardElement } from './types.js';

export interface EarlierMeeting {
  readonly id: string;
  readonly title: string;
}

const SEPARATOR = '|';

export const notAttendedValue = (axis: NotAttended | undefined): string => (axis ? `${axis.meetingId}${SEPARATOR}${axis.by}` : '');

/** The form value as MeetingInputSchema's `audience.notAttended` (absent when none chosen; junk is left to the schema). */
export const notAttendedInput = (value: string): { notAttended?: { meetingId: string; by: string } } => {
  if (value === '') return {};
  const at = value.lastIndexOf(SEPARATOR);
  return { notAttended: { meetingId: at > 0 ? value.slice(0, at) : '', by: at > 0 ? value.slice(at + 1) : value } };
};

export const notAttendedSection = (ctx: FormCtx, earlier: readonly EarlierMeeting[]): CardElement[] => {
  const current = ctx.values.audienceNotAttended;
  if (earlier.length === 0 && current === '') return [];
  const choices = [
    { value: '', title: t('programme:audience.none', ctx.locale) },
    ...earlier.flatMap((m) =>
      NOT_ATTENDED_BY.map((by: NotAttendedBy) => ({
        value: `${m.id}${SEPARATOR}${by}`,
        title: t(by === 'person' ? 'programme:audience.byPerson' : 'programme:audience.bySchool', ctx.locale, { title: m.title }),
      })),
    ),
  ];
  const error = ctx.errors.audienceNotAttended;
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'audienceNotAttended',
      label: t('programme:audience.label', ctx.locale),
      style: 'compact',
      wrap: true,
      choices,
      value: current,
    },
    { type: 'TextBlock', text: t('programme:audience.help', ctx.locale), isSubtle: true, wrap: true, spacing: 'none', size: 'small' },
    ...(error ? [fieldError(error)] : []),
  ];
};
