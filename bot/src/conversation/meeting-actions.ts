/** RSVP and refresh: the same use case as the tab, then the viewer's own card. */
import { cardText, errorMessage, t, withBanner, type CardActionOf, type DomainError, type RsvpResponse } from '@samen/shared';
import type { AdaptiveCardJson } from './card-json.js';
import type { Deps } from '../deps.js';
import { respond } from '../usecases/rsvp.js';
import { errorResult, type ActionHandler, type ActionResult, type ActionTable } from './action-types.js';
import { invitationFor } from './meeting-cards.js';
import type { Turn } from './turn.js';

const viewerCard = async (deps: Deps, turn: Turn, meetingId: string): Promise<ActionResult> => {
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return errorResult({ code: 'MEETING.NOT_FOUND' }, turn);
  return { card: await invitationFor(deps, meeting, turn) };
};

type RsvpVerb = 'rsvp.attend' | 'rsvp.decline' | 'rsvp.maybe';

/** The answer inputs on the card (answer_q1, answer_q2) as answers by question id. */
const answersOf = (action: CardActionOf<RsvpVerb>): Record<string, string> => {
  const out: Record<string, string> = {};
  if (action.answer_q1 !== undefined) out.q1 = action.answer_q1;
  if (action.answer_q2 !== undefined) out.q2 = action.answer_q2;
  return out;
};

const rsvpHandler =
  <V extends RsvpVerb>(response: RsvpResponse): ActionHandler<V> =>
  async (deps, turn, raw) => {
    const action = raw as CardActionOf<RsvpVerb>;
    const result = await respond(deps, turn.person, {
      meetingId: action.meetingId,
      sessionId: action.sessionId,
      response,
      source: 'card',
      answers: answersOf(action),
    });
    // The use case already read the meeting and the clicker's slice of the RSVPs (inside its
    // transaction): the card is drawn from them. Only a refused answer needs them read here.
    if (result.ok) return { card: await invitationFor(deps, result.value.meeting, turn, result.value.slice) };
    const view = await viewerCard(deps, turn, action.meetingId);
    return { ...view, error: result.error, card: withNotice(view.card, result.error, turn) };
  };

/** Puts the reason an answer was refused on top of the current card, so nothing else is lost. */
const withNotice = (card: AdaptiveCardJson, error: DomainError, turn: Turn): AdaptiveCardJson =>
  withBanner(card, [cardText(errorMessage(error, turn.locale), { color: 'attention', weight: 'bolder' })], 'warning');

export const MEETING_ACTIONS: ActionTable = {
  'rsvp.attend': rsvpHandler<'rsvp.attend'>('attend'),
  'rsvp.decline': rsvpHandler<'rsvp.decline'>('decline'),
  'rsvp.maybe': rsvpHandler<'rsvp.maybe'>('maybe'),
  'meeting.refresh': async (deps, turn, action) => viewerCard(deps, turn, action.meetingId),
  'meeting.ics': async (deps, turn, action) => {
    const view = await viewerCard(deps, turn, action.meetingId);
    if (view.error) return view;
    const url = `${deps.config.publicUrl}/ics/${encodeURIComponent(action.meetingId)}/${encodeURIComponent(action.sessionId)}.ics`;
    const link = { type: 'ActionSet' as const, actions: [{ type: 'Action.OpenUrl' as const, title: t('cards:actions.ics', turn.locale), url }] };
    return { card: withBanner(view.card, [cardText(t('bot:icsReady', turn.locale)), link], 'accent') };
  },
};
