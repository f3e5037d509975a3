/** The coördinator's card flow: form → preview → send, and back to the form to change a draft. */
import { ALL_SESSIONS, errorMessage, meetingFormCard, meetingToFormValues, previewCard, t, withBanner, cardText, type Meeting } from '@samen/shared';
import type { Deps } from '../deps.js';
import { errorResult, type ActionResult, type ActionTable } from './action-types.js';
import { allSchools, schoolMap } from './schools.js';
import type { Turn } from './turn.js';
import { saveDraftFromForm } from '../usecases/meetings.js';
import { messageParticipants } from '../usecases/participants.js';
import { sendInvitations } from '../usecases/invitations.js';
import { deliveryReportCardFor, targetingPreview, targetingPreviewText } from '../messaging/delivery-report.js';
import { signLink } from '../export/signed-link.js';
import { invitationFor } from './meeting-cards.js';
import { earlierMeetings, notAttendedSummary } from '../usecases/repeat-audience.js';

const REPORT_LINK_TTL_MS = 60 * 60_000;

const reportCard = async (deps: Deps, turn: Turn, meetingId: string): Promise<ActionResult> => {
  const meeting = await deps.stores.meetings.get(meetingId);
  if (!meeting) return errorResult({ code: 'MEETING.NOT_FOUND' }, turn);
  const exp = deps.clock().getTime() + REPORT_LINK_TTL_MS;
  const query = signLink(deps.config.linkSecret, { personId: turn.person.id, resource: `delivery:${meeting.id}`, exp });
  const csvUrl = `${deps.config.publicUrl}/export/delivery/${encodeURIComponent(meeting.id)}.csv?${query.toString()}`;
  return { card: await deliveryReportCardFor(deps, meeting, turn.teamsUserId ?? turn.person.id, turn.locale, csvUrl) };
};

/** A session on a weekend day or in its region's school holidays: a warning above the preview (`dates`, from the use case). */
const preview = async (deps: Deps, turn: Turn, meeting: Meeting, dates: readonly string[]): Promise<ActionResult> => {
  const [target, schoolsById, notAttended] = await Promise.all([targetingPreview(deps, meeting), schoolMap(deps), notAttendedSummary(deps, meeting)]);
  const card = previewCard({ meeting, now: deps.clock(), locale: turn.locale, recipients: target.matching, schoolsById, contact: deps.config.contact, ...(notAttended ? { notAttended } : {}) });
  const reach = targetingPreviewText(target, turn.locale);
  const banner = [cardText(reach), ...dates.map((w) => cardText(w, { color: 'warning' }))];
  return { card: withBanner(card, banner, dates.length > 0 ? 'warning' : 'accent') };
};

export const ADMIN_ACTIONS: ActionTable = {
  'meeting.message': async (deps, turn, action) => {
    const sessionId = action.messageSessionId === ALL_SESSIONS ? null : action.messageSessionId;
    const sent = await messageParticipants(deps, turn.person, action.meetingId, sessionId === null ? null : [sessionId], action.messageText);
    if (!sent.ok) return errorResult(sent.error, turn);
    const meeting = await deps.stores.meetings.get(action.meetingId);
    if (!meeting) return errorResult({ code: 'MEETING.NOT_FOUND' }, turn);
    const card = await invitationFor(deps, meeting, turn);
    return { card: withBanner(card, [cardText(t('bot:messageQueued', turn.locale, { count: sent.value.queued }), { weight: 'bolder' })], 'good') };
  },

  'meeting.create': async (deps, turn) =>
    ({ card: meetingFormCard({ schools: await allSchools(deps), locale: turn.locale, earlierMeetings: await earlierMeetings(deps) }) }),

  'meeting.preview': async (deps, turn, action) => {
    const { verb: _verb, ...values } = action;
    const outcome = await saveDraftFromForm(deps, turn.person, values, turn.locale);
    if (!outcome.ok) return errorResult(outcome.error, turn);
    if (outcome.value.kind === 'saved') return preview(deps, turn, outcome.value.meeting, outcome.value.warnings);
    if (outcome.value.kind === 'changed') {
      const card = await invitationFor(deps, outcome.value.meeting, turn);
      const note = t('bot:meetingChanged', turn.locale, { count: outcome.value.informed });
      const dates = outcome.value.warnings.map((w) => cardText(w, { color: 'warning' }));
      return { card: withBanner(card, [cardText(note, { weight: 'bolder' }), ...dates], dates.length > 0 ? 'warning' : 'good') };
    }
    const form = meetingFormCard({ values, errors: outcome.value.errors, schools: await allSchools(deps), locale: turn.locale, earlierMeetings: await earlierMeetings(deps, values.meetingId) });
    return { card: withBanner(form, [cardText(errorMessage({ code: 'MEETING.INVALID' }, turn.locale), { color: 'attention' })], 'warning') };
  },

  'meeting.edit': async (deps, turn, action) => {
    const meeting = await deps.stores.meetings.get(action.meetingId);
    if (!meeting) return errorResult({ code: 'MEETING.NOT_FOUND' }, turn);
    return { card: meetingFormCard({ values: meetingToFormValues(meeting), schools: await allSchools(deps), locale: turn.locale, earlierMeetings: await earlierMeetings(deps, meeting.id) }) };
  },

  'meeting.send': async (deps, turn, action) => {
    const sent = await sendInvitations(deps, turn.person, action.meetingId);
    if (!sent.ok) return errorResult(sent.error, turn);
    const report = await reportCard(deps, turn, action.meetingId);
    if (report.error) return report;
    return { card: withBanner(report.card, [cardText(t('bot:meetingSent', turn.locale, { count: sent.value.audience }), { weight: 'bolder' })], 'good') };
  },

  /** The delivery report refreshes itself (Universal Actions) while the invitations go out. */
  'delivery.report': async (deps, turn, action) => reportCard(deps, turn, action.meetingId),
};
