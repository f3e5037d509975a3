/** 'aanvraag' mode in chat: "selectie" shows the proposal card; its button confirms it. */
import { cardText, choicesFromCard, errorMessage, selectionCard, t, withBanner, type Meeting } from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { confirmSelection, selectionFor, type SelectionView } from '../usecases/selection.js';
import { authorizeMeeting } from '../usecases/policy.js';
import { errorResult, type ActionTable } from './action-types.js';
import type { AdaptiveCardJson } from './card-json.js';
import type { CommandHandler } from './command-types.js';
import { meetingList, notTheirs, pickMeeting } from './meeting-picker.js';
import { card, text } from './replies.js';
import type { Turn } from './turn.js';
import type { Locale } from '@samen/shared';

export const selectionCardOf = (view: SelectionView, locale: Locale, notice = false): AdaptiveCardJson =>
  selectionCard({ meeting: view.meeting, proposals: view.proposals, names: view.names, rsvps: view.rsvps, confirmedAt: view.confirmedAt, locale, notice });

/** Sent 'aanvraag' meetings with a session ahead that this person may select for, first session first. */
const selectableMeetings = (deps: Deps, turn: Turn, all: readonly Meeting[]): Meeting[] => {
  const now = deps.clock();
  return all
    .filter((m) => m.registrationMode === 'aanvraag' && m.status === 'verstuurd' && m.sessions.some((s) => new Date(s.startsAt) > now))
    .filter((m) => authorizeMeeting(deps, turn.person, 'meeting.select', m).ok)
    .sort((a, b) => (a.sessions[0]?.startsAt ?? '').localeCompare(b.sessions[0]?.startsAt ?? ''));
};

/** "selectie" lists the meetings; "selectie 2" shows the second one's proposal (or its confirmed outcome). */
export const selectionCommand: CommandHandler = async (deps, turn, argument) => {
  const all = await allPages((p) => deps.stores.meetings.list(p));
  if (notTheirs(deps, turn, 'meeting.select', all)) return [text(t('bot:coordinatorOnly', turn.locale))];
  const meetings = selectableMeetings(deps, turn, all);
  const meeting = pickMeeting(meetings, argument);
  if (!meeting) return [text(meetingList(meetings, 'selectie', turn.locale))];
  const view = await selectionFor(deps, turn.person, meeting.id);
  if (!view.ok) return [text(errorMessage(view.error, turn.locale))];
  return [card(selectionCardOf(view.value, turn.locale))];
};

export const SELECTION_ACTIONS: ActionTable = {
  'selection.confirm': async (deps, turn, action) => {
    const meeting = await deps.stores.meetings.get(action.meetingId);
    if (!meeting) return errorResult({ code: 'MEETING.NOT_FOUND' }, turn);
    const choices = choicesFromCard(
      meeting.sessions.map((s) => s.id),
      action,
    );
    const confirmed = await confirmSelection(deps, turn.person, meeting.id, choices);
    const view = await selectionFor(deps, turn.person, meeting.id);
    if (!view.ok) return errorResult(view.error, turn);
    const current = selectionCardOf(view.value, turn.locale);
    if (!confirmed.ok)
      return { card: withBanner(current, [cardText(errorMessage(confirmed.error, turn.locale), { color: 'attention', weight: 'bolder' })], 'warning'), error: confirmed.error };
    const message = confirmed.value.alreadyConfirmed
      ? t('selection:card.alreadyConfirmed', turn.locale)
      : t('selection:card.done', turn.locale, { count: confirmed.value.queued });
    return { card: withBanner(current, [cardText(message, { weight: 'bolder' })], 'good') };
  },
};
