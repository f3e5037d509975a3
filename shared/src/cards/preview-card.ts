/** What the organiser checks before sending: the invitation as invitees will see it, then Versturen / Wijzigen. */
import type { Id } from '../domain/ids.js';
import type { Contact, Meeting } from '../domain/meeting.js';
import type { School } from '../domain/people.js';
import { t, type Locale } from '../i18n/index.js';
import { card, execute, heading, submitFallbackSet, text, type ActionSpec } from './elements.js';
import { invitationCard } from './invitation-card.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

export interface PreviewCardInput {
  readonly meeting: Meeting;
  readonly now: Date;
  readonly locale: Locale;
  /** How many people it will go to, when known. */
  readonly recipients?: number;
  readonly schoolsById?: ReadonlyMap<Id, School>;
  /** With "Alleen wie niet bij … was": the earlier meeting, how many people and which schools that is. */
  readonly notAttended?: { readonly title: string; readonly people: number; readonly schoolNames: readonly string[] };
  /** The partnership's contact person, shown when the meeting names none. */
  readonly contact?: Contact | null;
}

/** In the preview the invitee's buttons are shown but disabled, so nothing is sent by accident. */
const disable = (action: CardAction): CardAction =>
  action.type === 'Action.ShowCard' || action.type === 'Action.OpenUrl'
    ? action
    : { type: 'Action.Submit', title: action.title, data: {}, isEnabled: false };

const disabledBody = (elements: readonly CardElement[]): CardElement[] =>
  elements.map((e) =>
    e.type === 'ActionSet'
      ? { ...e, actions: e.actions.map(disable) }
      : e.type === 'Container'
        ? { ...e, items: disabledBody(e.items) }
        : e,
  );

const notAttendedLines = (n: NonNullable<PreviewCardInput['notAttended']>, locale: Locale): CardElement[] => [
  text(t('programme:audience.previewPeople', locale, { count: n.people, title: n.title }), { weight: 'bolder', color: 'accent' }),
  ...(n.schoolNames.length > 0
    ? [text(t('programme:audience.previewSchools', locale, { count: n.schoolNames.length, names: n.schoolNames.join(', ') }), { spacing: 'small' })]
    : []),
];

export const previewCard = ({ meeting, now, locale, recipients, schoolsById, notAttended, contact }: PreviewCardInput): AdaptiveCard => {
  // Rendered as if sent, for an invitee who has not answered yet.
  const asSent: Meeting = { ...meeting, status: 'verstuurd' };
  const invitation = invitationCard({ meeting: asSent, rsvps: [], viewer: { personId: '', isOrganiser: false }, now, locale, contact, ...(schoolsById ? { schoolsById } : {}) });
  const inviteeButtons = (invitation.actions ?? []).filter((a) => a.type === 'Action.Execute').map(disable);
  const data = { meetingId: meeting.id };
  const specs: ActionSpec[] = [
    { verb: 'meeting.send', title: t('cards:actions.send', locale), data, inputs: 'none', style: 'positive' },
    { verb: 'meeting.edit', title: t('cards:actions.edit', locale), data, inputs: 'none' },
  ];
  const fallback = submitFallbackSet(specs, locale);
  return card({
    locale,
    body: [
      heading(t('cards:preview.heading', locale)),
      text(t('cards:preview.intro', locale)),
      ...(recipients === undefined ? [] : [text(t('cards:preview.recipients', locale, { count: recipients }), { weight: 'bolder' })]),
      ...(notAttended ? notAttendedLines(notAttended, locale) : []),
      {
        type: 'Container',
        style: 'emphasis',
        separator: true,
        items: [...disabledBody(invitation.body), ...(inviteeButtons.length > 0 ? [{ type: 'ActionSet' as const, actions: inviteeButtons }] : [])],
      },
    ],
    actions: [...specs.map(execute), ...(fallback ? [fallback] : [])],
  });
};
