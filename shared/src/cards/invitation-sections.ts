/** Body sections of the invitation card that every viewer sees: header, sessions, deadline, chooser. */
import { formatDate, formatDateTime, formatTimeRange } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import type { Meeting, Session } from '../domain/meeting.js';
import { takesApplications } from '../domain/rsvp.js';
import type { School } from '../domain/people.js';
import { t, type KeysUnder, type Locale } from '../i18n/index.js';
import { actionSet, execute, heading, subtle, text, type ActionSpec } from './elements.js';
import { sessionChoiceTitle, sessionTitle } from './session-label.js';
import type { CardAction, CardElement, Container, InputChoiceSet } from './types.js';

/** The session's own name, or "Sessie n". */
export const sessionName = (meeting: Meeting, session: Session, locale: Locale): string =>
  sessionTitle(session, meeting.sessions.indexOf(session) + 1, locale);

export const seatsText = (left: number | null, locale: Locale): string =>
  left === null
    ? t('cards:invitation.noLimit', locale)
    : left === 0
      ? t('cards:invitation.full', locale)
      : t('cards:invitation.seatsLeft', locale, { count: left });

const isWebLink = (url: string | null): url is string => url !== null && /^https?:\/\/\S+$/i.test(url);

export const headerSection = (meeting: Meeting, locale: Locale): CardElement[] => [
  subtle(t(`common:meetingTypes.${meeting.type}`, locale)),
  heading(meeting.title),
];

export const descriptionSection = (meeting: Meeting, locale: Locale, schoolsById?: ReadonlyMap<Id, School>): CardElement[] => {
  const schools = meeting.audience.schoolIds.map((id) => schoolsById?.get(id)?.name).filter((n): n is string => !!n);
  return [
    ...(meeting.description.trim() ? [text(meeting.description)] : []),
    ...(schools.length > 0 ? [subtle(`${t('cards:invitation.sectors', locale)}: ${schools.join(', ')}`)] : []),
  ];
};

/** 'aanvraag' mode: the seats are handed out at the selection, so the card shows the capacity, not what is left. */
const seatsFact = (meeting: Meeting, session: Session, seatsLeft: number | null, locale: Locale): string =>
  takesApplications(meeting) && session.capacity !== null
    ? t('selection:state.capacity', locale, { count: session.capacity })
    : seatsText(seatsLeft, locale);

const sessionFacts = (meeting: Meeting, session: Session, seatsLeft: number | null, locale: Locale) => {
  const l = (key: KeysUnder<'cards', 'invitation'>) => t(`cards:invitation.${key}`, locale);
  const place = [session.location, session.onlineUrl ? l('online') : null].filter(Boolean).join(' · ') || l('online');
  return [
    { title: l('date'), value: formatDate(session.startsAt, locale) },
    { title: l('time'), value: formatTimeRange(session.startsAt, session.endsAt, locale) },
    { title: l('place'), value: place },
    ...(session.region ? [{ title: l('region'), value: t(`common:regions.${session.region}`, locale) }] : []),
    ...(session.sectors.length > 0
      ? [{ title: l('sectors'), value: session.sectors.map((s) => t(`common:sectors.${s}`, locale)).join(', ') }]
      : []),
    { title: l('seats'), value: seatsFact(meeting, session, seatsLeft, locale) },
  ];
};

export interface SessionBlock {
  readonly session: Session;
  readonly seatsLeft: number | null;
  /** Buttons shown inside this session's block ('each' meetings); empty for none. */
  readonly specs: readonly ActionSpec[];
}

/** One block per session: its facts, a link to the online meeting, and its own buttons when given. */
export const sessionsSection = (meeting: Meeting, blocks: readonly SessionBlock[], locale: Locale): Container[] =>
  blocks.map(({ session, seatsLeft, specs }) => {
    const actions: CardAction[] = [
      ...specs.map(execute),
      ...(isWebLink(session.onlineUrl)
        ? [{ type: 'Action.OpenUrl' as const, title: t('cards:actions.joinOnline', locale), url: session.onlineUrl }]
        : []),
    ];
    return {
      type: 'Container',
      separator: true,
      spacing: 'medium',
      items: [
        ...(meeting.sessions.length > 1 || session.name ? [text(sessionName(meeting, session, locale), { weight: 'bolder' })] : []),
        { type: 'FactSet', facts: sessionFacts(meeting, session, seatsLeft, locale) },
        ...(actions.length > 0 ? [actionSet(actions)] : []),
      ],
    };
  });

export const deadlineSection = (meeting: Meeting, locale: Locale): CardElement[] =>
  meeting.registrationDeadline
    ? [text(t('cards:invitation.deadline', locale, { date: formatDateTime(meeting.registrationDeadline, locale) }), { spacing: 'medium' })]
    : [];

/** The session chooser of a 'one' meeting; its id matches the `sessionId` the attend button needs. */
export const sessionChooser = (meeting: Meeting, open: readonly SessionBlock[], locale: Locale): InputChoiceSet => ({
  type: 'Input.ChoiceSet',
  id: 'sessionId',
  label: t('cards:invitation.chooseSession', locale),
  style: 'expanded',
  wrap: true,
  errorMessage: t('cards:invitation.chooseSessionError', locale),
  choices: open.map(({ session, seatsLeft }) => ({
    value: session.id,
    title: sessionChoiceTitle(session, meeting.sessions.indexOf(session) + 1, seatsFact(meeting, session, seatsLeft, locale), locale),
  })),
});
