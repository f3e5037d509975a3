/** Creating and editing a meeting from the card form: validate, keep what was typed, save a draft. */
import {
  changedSessions,
  DEFAULT_HOLIDAY_CALENDARS,
  draftMeeting,
  formatDate,
  meetingDateWarnings,
  sessionTitle,
  type HolidayCalendar,
  formatSession,
  t,
  fail,
  formErrorsFromPaths,
  formToMeetingInput,
  meetingInputErrors,
  MeetingInputSchema,
  ok,
  type Locale,
  type Meeting,
  type MeetingFormField,
  type MeetingFormValues,
  type Person,
  type Result,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { messageParticipants } from './participants.js';
import { authorize } from './policy.js';
import { checkNotAttended } from './repeat-audience.js';

export type DraftOutcome =
  /** `warnings`: sessions on a weekend day or in their region's school holidays (Dutch/English text). */
  | { readonly kind: 'saved'; readonly meeting: Meeting; readonly warnings: readonly string[] }
  /** A sent meeting was changed: `informed` people registered for a changed session get a message. */
  | { readonly kind: 'changed'; readonly meeting: Meeting; readonly informed: number; readonly warnings: readonly string[] }
  | { readonly kind: 'invalid'; readonly errors: Partial<Record<MeetingFormField, string>> };

export const saveDraftFromForm = async (
  deps: Deps,
  organiser: Person,
  values: MeetingFormValues,
  locale: Locale,
): Promise<Result<DraftOutcome>> => {
  const allowed = authorize(deps, organiser, 'meeting.manage');
  if (!allowed.ok) return allowed;
  const { input, slotOfSession } = formToMeetingInput(values);
  const parsed = MeetingInputSchema.safeParse(input);
  if (!parsed.success) {
    return ok({ kind: 'invalid', errors: formErrorsFromPaths(meetingInputErrors(parsed.error, locale), slotOfSession) });
  }
  const existing = values.meetingId ? await deps.stores.meetings.get(values.meetingId) : null;
  if (values.meetingId && !existing) return fail('MEETING.NOT_FOUND');
  const earlier = await checkNotAttended(deps, parsed.data.audience.notAttended?.meetingId, values.meetingId, locale);
  if (earlier) return ok({ kind: 'invalid', errors: earlier });
  if (existing && existing.status === 'geannuleerd') return fail('RSVP.MEETING_CANCELLED');
  const fresh = draftMeeting(parsed.data, {
    id: existing?.id ?? null,
    organiserId: existing?.organiserId ?? organiser.id,
    nowIso: existing?.createdAt ?? deps.clock().toISOString(),
    newId: deps.newId,
    sessionIds: slotOfSession.map((slot) => existing?.sessions[slot]?.id),
  });
  // What the form does not show stays as it was: the organiser's sector exceptions and the selection moment.
  const draft = existing ? { ...fresh, sectorExceptions: existing.sectorExceptions ?? [], selectionConfirmedAt: existing.selectionConfirmedAt ?? null } : fresh;
  if (existing?.status === 'verstuurd') return saveChanges(deps, organiser, existing, draft, locale);
  const saved = await deps.stores.meetings.upsert({ ...draft, expectedVersion: existing?.version ?? '' });
  return saved.ok ? ok({ kind: 'saved', meeting: saved.value, warnings: dateWarnings(saved.value, locale) }) : saved;
};

/** "Let op: Regio Noord — Joure (di 16 februari 2027) valt in de voorjaarsvakantie van regio noord." */
export const dateWarnings = (meeting: Meeting, locale: Locale, calendars: readonly HolidayCalendar[] = DEFAULT_HOLIDAY_CALENDARS): string[] =>
  meetingDateWarnings(meeting.sessions, calendars).map(({ sessionId, n, warning }) => {
    const session = meeting.sessions.find((s) => s.id === sessionId);
    const params = { session: session ? sessionTitle(session, n, locale) : '', date: session ? formatDate(session.startsAt, locale) : '' };
    return warning.kind === 'weekend'
      ? t('sessions:warnWeekend', locale, params)
      : t('sessions:warnHoliday', locale, { ...params, holiday: warning.name, region: t(`common:regions.${warning.region}`, locale) });
  });

/**
 * A change to a sent meeting keeps it sent and every RSVP with its session; a session that people
 * registered for cannot disappear. Those registered for a changed session are told what changed.
 */
export const saveChanges = async (
  deps: Deps,
  organiser: Person,
  existing: Meeting,
  draft: Omit<Meeting, 'version'>,
  locale: Locale,
): Promise<Result<DraftOutcome>> => {
  const rsvps = await deps.stores.rsvps.forMeeting(existing.id);
  const kept = new Set(draft.sessions.map((s) => s.id));
  if (rsvps.some((r) => !kept.has(r.sessionId) && r.status !== 'declined')) return fail('MEETING.SESSION_IN_USE');
  const saved = await deps.stores.meetings.upsert({ ...draft, status: 'verstuurd', expectedVersion: existing.version });
  if (!saved.ok) return saved;
  const changed = changedSessions(existing, saved.value);
  const message = changed
    .map((id) => saved.value.sessions.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => t('bot:sessionChanged', locale, { when: formatSession(s.startsAt, s.endsAt, locale), where: s.location ?? s.onlineUrl ?? '' }))
    .join('\n');
  // One message per person, however many of their sessions changed.
  const sent = changed.length === 0 ? null : await messageParticipants(deps, organiser, saved.value.id, changed, message);
  return ok({ kind: 'changed', meeting: saved.value, informed: sent?.ok ? sent.value.queued : 0, warnings: dateWarnings(saved.value, locale) });
};
