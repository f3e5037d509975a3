/** The coördinator's card flow: form → preview → send, and back to the form to change a draft. */
import { errorMessage, meetingFormCard, meetingToFormValues, previewCard, t, withBanner, cardText, type Meeting } from '@samen/shared';
import type { Deps } from '../deps.js';
import { errorResult, type ActionResult, type ActionTable } from './action-types.js';
import { allSchools, schoolMap } from './schools.js';
import type { Turn } from './turn.js';
import { saveDraftFromForm } from '../usecases/meetings.js';
import { audienceOf, sendInvitations } from '../usecases/invitations.js';
import { invitationFor } from './meeting-cards.js';

const coordinatorOnly = (turn: Turn): ActionResult | null =>
  turn.isCoordinator ? null : errorResult({ code: 'MEETING.NOT_ORGANISER' }, turn);

const preview = async (deps: Deps, turn: Turn, meeting: Meeting): Promise<ActionResult> => {
  const [recipients, schoolsById] = await Promise.all([audienceOf(deps, meeting), schoolMap(deps)]);
  return { card: previewCard({ meeting, now: deps.clock(), locale: turn.locale, recipients: recipients.length, schoolsById }) };
};

export const ADMIN_ACTIONS: ActionTable = {
  'meeting.create': async (deps, turn) =>
    coordinatorOnly(turn) ?? { card: meetingFormCard({ schools: await allSchools(deps), locale: turn.locale }) },

  'meeting.preview': async (deps, turn, action) => {
    const denied = coordinatorOnly(turn);
    if (denied) return denied;
    const { verb: _verb, ...values } = action;
    const outcome = await saveDraftFromForm(deps, turn.person, values, turn.locale);
    if (!outcome.ok) return errorResult(outcome.error, turn);
    if (outcome.value.kind === 'saved') return preview(deps, turn, outcome.value.meeting);
    const form = meetingFormCard({ values, errors: outcome.value.errors, schools: await allSchools(deps), locale: turn.locale });
    return { card: withBanner(form, [cardText(errorMessage({ code: 'MEETING.INVALID' }, turn.locale), { color: 'attention' })], 'warning') };
  },

  'meeting.edit': async (deps, turn, action) => {
    const denied = coordinatorOnly(turn);
    if (denied) return denied;
    const meeting = await deps.stores.meetings.get(action.meetingId);
    if (!meeting) return errorResult({ code: 'MEETING.NOT_FOUND' }, turn);
    return { card: meetingFormCard({ values: meetingToFormValues(meeting), schools: await allSchools(deps), locale: turn.locale }) };
  },

  'meeting.send': async (deps, turn, action) => {
    const denied = coordinatorOnly(turn);
    if (denied) return denied;
    const sent = await sendInvitations(deps, action.meetingId);
    if (!sent.ok) return errorResult(sent.error, turn);
    const meeting = await deps.stores.meetings.get(action.meetingId);
    if (!meeting) return errorResult({ code: 'MEETING.NOT_FOUND' }, turn);
    const card = await invitationFor(deps, meeting, turn);
    return { card: withBanner(card, [cardText(t('bot:meetingSent', turn.locale, { count: sent.value.audience }), { weight: 'bolder' })], 'good') };
  },
};
