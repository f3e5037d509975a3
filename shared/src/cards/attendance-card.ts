/** "Aanwezigheid": after a session the organiser ticks who of the booked people was there. */
import { formatDateTime } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import type { Session } from '../domain/meeting.js';
import { t, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, subtle, text, type ActionSpec } from './elements.js';
import type { AdaptiveCard, CardElement } from './types.js';

export interface AttendanceCardInput {
  readonly meetingId: Id;
  readonly title: string;
  readonly session: Session;
  /** Position of the session in the meeting (1-based). */
  readonly n: number;
  readonly started: boolean;
  /** The booked people, by name; `attended` absent = not taken yet. */
  readonly people: readonly { readonly personId: Id; readonly name: string; readonly attended?: boolean }[];
  readonly count: { readonly present: number; readonly of: number } | null;
  readonly locale: Locale;
}

export const attendanceCard = (input: AttendanceCardInput): AdaptiveCard => {
  const { locale, session, people } = input;
  const body: CardElement[] = [
    heading(t('programme:attendance.heading', locale, { title: input.title })),
    text(t('programme:attendance.session', locale, { n: input.n, date: formatDateTime(session.startsAt, locale) }), { weight: 'bolder' }),
    ...(session.name ? [subtle(session.name)] : []),
    subtle(input.count ? t('programme:attendance.count', locale, input.count) : t('programme:attendance.notTaken', locale)),
  ];
  if (!input.started) return card({ locale, body: [...body, text(t('programme:attendance.notStarted', locale))] });
  if (people.length === 0) return card({ locale, body: [...body, text(t('programme:attendance.nobody', locale))] });
  const present = people.filter((p) => p.attended === true).map((p) => p.personId);
  body.push(text(t('programme:attendance.intro', locale), { spacing: 'medium' }), {
    type: 'Input.ChoiceSet',
    id: 'present',
    isMultiSelect: true,
    style: 'expanded',
    wrap: true,
    choices: people.map((p) => ({ title: p.name, value: p.personId })),
    ...(present.length > 0 ? { value: present.join(',') } : {}),
  });
  const save: ActionSpec = {
    verb: 'attendance.save',
    title: t('programme:attendance.save', locale),
    data: { meetingId: input.meetingId, sessionId: session.id },
    style: 'positive',
  };
  const fallback = submitFallbackSet([save], locale);
  return card({ locale, body, actions: [execute(save), ...(fallback ? [fallback] : [])] });
};
