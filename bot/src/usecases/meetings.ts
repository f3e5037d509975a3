/** Creating and editing a meeting from the card form: validate, keep what was typed, save a draft. */
import {
  draftMeeting,
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

export type DraftOutcome =
  | { readonly kind: 'saved'; readonly meeting: Meeting }
  | { readonly kind: 'invalid'; readonly errors: Partial<Record<MeetingFormField, string>> };

export const saveDraftFromForm = async (
  deps: Deps,
  organiser: Person,
  values: MeetingFormValues,
  locale: Locale,
): Promise<Result<DraftOutcome>> => {
  const { input, slotOfSession } = formToMeetingInput(values);
  const parsed = MeetingInputSchema.safeParse(input);
  if (!parsed.success) {
    return ok({ kind: 'invalid', errors: formErrorsFromPaths(meetingInputErrors(parsed.error, locale), slotOfSession) });
  }
  const existing = values.meetingId ? await deps.stores.meetings.get(values.meetingId) : null;
  if (values.meetingId && !existing) return fail('MEETING.NOT_FOUND');
  if (existing && existing.status !== 'concept') return fail('MEETING.INVALID');
  const draft = draftMeeting(parsed.data, {
    id: existing?.id ?? null,
    organiserId: existing?.organiserId ?? organiser.id,
    nowIso: deps.clock().toISOString(),
    newId: deps.newId,
  });
  const saved = await deps.stores.meetings.upsert({ ...draft, expectedVersion: existing?.version ?? '' });
  return saved.ok ? ok({ kind: 'saved', meeting: saved.value }) : saved;
};
