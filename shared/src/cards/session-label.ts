/**
 * How a session is called on cards and in the tab: its own name ("Regio Noord — Joure") or
 * "Sessie n", with its place (address or "online") and date.
 */
import { formatSession } from '../domain/format.js';
import type { Session } from '../domain/meeting.js';
import { t, type Locale } from '../i18n/index.js';

type Named = Pick<Session, 'name'>;
type Placed = Pick<Session, 'location' | 'onlineUrl'>;

/** The session's name, or "Sessie n" (n counts from 1) when it has none. */
export const sessionTitle = (session: Named, n: number, locale: Locale): string =>
  session.name?.trim() ? session.name.trim() : t('sessions:numbered', locale, { n });

/** Where: the address, or "online" for a session with only a link. */
export const sessionPlace = (session: Placed, locale: Locale): string =>
  session.location?.trim() ? session.location.trim() : t('sessions:online', locale);

/** "Regio Noord — Joure · Het Baken, Joure" (name and place on one line, for under a reminder). */
export const sessionNameAndPlace = (session: Named & Placed, n: number, locale: Locale): string =>
  `${sessionTitle(session, n, locale)} · ${sessionPlace(session, locale)}`;

/** "Regio Noord — Joure: di 9 mrt. 19:00–21:00, Het Baken, Joure (nog 3 plaatsen)" for a chooser. */
export const sessionChoiceTitle = (session: Session, n: number, seats: string, locale: Locale): string =>
  t('sessions:choice', locale, {
    name: sessionTitle(session, n, locale),
    when: formatSession(session.startsAt, session.endsAt, locale),
    place: sessionPlace(session, locale),
    seats,
  });
