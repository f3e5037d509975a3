/**
 * The invitation: one pure function from a meeting, its RSVPs and the viewer to the card that viewer
 * sees. Teams refreshes it per user (`refresh`), so each invitee sees their own state and buttons.
 */
import type { Id } from '../domain/ids.js';
import type { Contact, Meeting } from '../domain/meeting.js';
import type { School } from '../domain/people.js';
import type { Rsvp } from '../domain/rsvp-types.js';
import { personMeetingViewOf, sessionCountsOf, type PersonMeetingView } from '../domain/rsvp-views.js';
import { sliceOf, type RsvpSlice } from '../domain/rsvp-slice.js';
import { t, type Locale } from '../i18n/index.js';
import { card, execute, submitFallbackSet, type ActionSpec } from './elements.js';
import { choiceActionSpecs, sessionActionSpecs, usesSessionChoice, usesSessionRows } from './invitation-actions.js';
import { deadlineSection, descriptionSection, headerSection, sessionChooser, sessionName, sessionsSection, type SessionBlock } from './invitation-sections.js';
import { organiserSection, viewerStateSection } from './invitation-viewer.js';
import { contactSection } from './contact-section.js';
import { questionInputs } from './invitation-questions.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

export interface CardViewer {
  readonly personId: Id;
  /** The organiser or a coördinator: sees totals instead of RSVP buttons. */
  readonly isOrganiser: boolean;
  /** The viewer's Teams user id (MRI, "29:…") for automatic refresh; falls back to personId. */
  readonly teamsUserId?: string;
}

export interface InvitationCardBase {
  readonly meeting: Meeting;
  readonly viewer: CardViewer;
  readonly now: Date;
  readonly locale: Locale;
  readonly schoolsById?: ReadonlyMap<Id, School>;
  /** The partnership's contact person, shown when the meeting names none of its own. */
  readonly contact?: Contact | null;
}

export type InvitationCardInput = InvitationCardBase & { readonly rsvps: readonly Rsvp[] };

/** The card from the meeting's RSVPs, or from the viewer's slice of them (what a click just read and wrote). */
export type InvitationSource = InvitationCardBase & ({ readonly rsvps: readonly Rsvp[] } | { readonly slice: RsvpSlice });

export const refreshSpec = (meeting: Meeting, locale: Locale): ActionSpec => ({
  verb: 'meeting.refresh',
  title: t('cards:actions.refresh', locale),
  data: { meetingId: meeting.id },
  inputs: 'none',
});

interface Plan {
  readonly blocks: SessionBlock[];
  /** Card-level buttons. */
  readonly specs: ActionSpec[];
  /** Every button as it appears in the "Werkt de knop niet?" set. */
  readonly fallbackSpecs: ActionSpec[];
  readonly chooser: CardElement[];
}

const invitee = (input: InvitationCardBase, view: PersonMeetingView): Plan => {
  const { meeting, now, locale } = input;
  const blocks = meeting.sessions.map((session, i) => {
    const sv = view.sessions[i]!;
    const rowSpecs = usesSessionRows(meeting) ? sessionActionSpecs(meeting, session, sv, now, locale) : [];
    return { session, seatsLeft: sv.seatsLeft, specs: rowSpecs };
  });
  if (usesSessionRows(meeting)) {
    const labelled = blocks.flatMap((b) =>
      b.specs.map((s) => ({ ...s, title: t('cards:actions.sessionLabel', locale, { action: s.title, session: sessionName(meeting, b.session, locale) }) })),
    );
    return { blocks, specs: [], fallbackSpecs: labelled, chooser: [] };
  }
  if (usesSessionChoice(meeting)) {
    const specs = choiceActionSpecs(meeting, view, now, locale);
    const open = blocks.filter((_, i) => view.sessions[i]!.open);
    const choosing = specs.some((s) => s.verb === 'rsvp.attend' || s.verb === 'rsvp.maybe') && open.length > 0;
    return { blocks, specs, fallbackSpecs: specs, chooser: choosing ? [sessionChooser(meeting, open, locale)] : [] };
  }
  const only = meeting.sessions[0];
  const specs = only ? sessionActionSpecs(meeting, only, view.sessions[0]!, now, locale) : [];
  return { blocks, specs, fallbackSpecs: specs, chooser: [] };
};

const organiser = (input: InvitationCardBase, slice: RsvpSlice): Plan => {
  const counts = sessionCountsOf(input.meeting, slice);
  const blocks = input.meeting.sessions.map((session, i) => ({ session, seatsLeft: counts[i]?.seatsLeft ?? null, specs: [] }));
  const refresh = refreshSpec(input.meeting, input.locale);
  const edit: ActionSpec = { verb: 'meeting.edit', title: t('cards:actions.edit', input.locale), data: { meetingId: input.meeting.id }, inputs: 'none' };
  const specs = input.meeting.status === 'geannuleerd' ? [refresh] : [refresh, edit];
  return { blocks, specs, fallbackSpecs: specs, chooser: [] };
};

/** Someone with a place (or on the waitlist) can still change their answers while registration is open. */
const answersUpdateSpec = (meeting: Meeting, view: PersonMeetingView, locale: Locale): ActionSpec | null => {
  if ((meeting.questions ?? []).length === 0) return null;
  const held = view.sessions.find((s) => (s.status === 'booked' || s.status === 'waitlisted' || s.status === 'applied') && s.open);
  return held ? { verb: 'rsvp.attend', title: t('cards:questions.save', locale), data: { meetingId: meeting.id, sessionId: held.sessionId } } : null;
};

/** Questions are asked while the viewer can still register (or answer "misschien"). */
const asksAnswers = (plan: Plan, viewer: CardViewer): boolean =>
  !viewer.isOrganiser && plan.fallbackSpecs.some((s) => s.verb === 'rsvp.attend' || s.verb === 'rsvp.maybe');

export const invitationCard = (input: InvitationSource): AdaptiveCard => {
  const { meeting, viewer, now, locale } = input;
  const slice = 'slice' in input ? input.slice : sliceOf(input.rsvps, meeting.id, viewer.personId);
  const view = personMeetingViewOf(meeting, slice, now);
  const plan = viewer.isOrganiser ? organiser(input, slice) : invitee(input, view);
  const top = viewer.isOrganiser
    ? organiserSection(meeting, sessionCountsOf(meeting, slice), locale)
    : viewerStateSection(meeting, view, now, locale);
  const update = viewer.isOrganiser ? null : answersUpdateSpec(meeting, view, locale);
  const asking = asksAnswers(plan, viewer) || update !== null;
  const specs = update ? [...plan.specs, update] : plan.specs;
  const fallback = submitFallbackSet(update ? [...plan.fallbackSpecs, update] : plan.fallbackSpecs, locale);
  const actions: CardAction[] = [...specs.map(execute), ...(fallback ? [fallback] : [])];
  return card({
    locale,
    body: [
      ...headerSection(meeting, locale),
      top,
      ...descriptionSection(meeting, locale, input.schoolsById),
      ...sessionsSection(meeting, plan.blocks, locale),
      ...deadlineSection(meeting, locale),
      ...plan.chooser,
      ...(asking ? questionInputs(meeting, slice.own, viewer.personId, locale) : []),
      ...contactSection(meeting.contact ?? input.contact, locale),
    ],
    actions,
    refresh: { spec: refreshSpec(meeting, locale), userIds: [viewer.teamsUserId ?? viewer.personId] },
  });
};
