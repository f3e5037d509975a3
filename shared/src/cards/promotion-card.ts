/** Told proactively to someone moved from the waitlist to a seat. */
import { formatSession } from '../domain/format.js';
import type { Id } from '../domain/ids.js';
import { findSession } from '../domain/meeting.js';
import { t } from '../i18n/index.js';
import { text, withBanner } from './elements.js';
import { sessionNameAndPlace } from './session-label.js';
import { invitationCard, type InvitationCardInput } from './invitation-card.js';
import type { AdaptiveCard } from './types.js';

export type PromotionInput = InvitationCardInput & { readonly sessionId: Id };

/** "Er is een plek vrijgekomen: je bent nu aangemeld voor …", above the viewer's live invitation. */
export const promotionCard = (input: PromotionInput): AdaptiveCard => {
  const { meeting, locale } = input;
  const session = findSession(meeting, input.sessionId);
  const date = session ? formatSession(session.startsAt, session.endsAt, locale) : '';
  return withBanner(
    invitationCard(input),
    [
      text(t('cards:promotion.title', locale), { weight: 'bolder', size: 'medium' }),
      text(t('cards:promotion.body', locale, { title: meeting.title, date })),
      ...(session ? [text(sessionNameAndPlace(session, meeting.sessions.indexOf(session) + 1, locale), { spacing: 'none' })] : []),
      text(t('cards:promotion.cantCome', locale), { isSubtle: true }),
    ],
    'good',
  );
};
