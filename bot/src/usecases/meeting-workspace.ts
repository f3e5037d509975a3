/**
 * The organiser's workspace in the tab: read a meeting to edit, save a new draft or a change (with the
 * version the page read), send. Same rules as the chat form: `MeetingInputSchema`, `draftMeeting`,
 * `saveChanges` for a sent meeting, `sendInvitations` to send; the policy decides who may.
 */
import {
  draftMeeting,
  fail,
  meetingInputErrors,
  MeetingInputSchema,
  ok,
  type Id,
  type Locale,
  type Meeting,
  type MeetingInput,
  type Person,
  type Result,
  type WorkspaceDto,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { saveChanges } from './meetings.js';
import { authorize } from './policy.js';

export type WorkspaceSave =
  | { readonly kind: 'saved'; readonly meeting: Meeting; readonly informed: number }
  /** Per field path ("sessions.0.endsAt"), the Dutch (or English) message the chat form shows too. */
  | { readonly kind: 'invalid'; readonly errors: Readonly<Record<string, string>> };

const schoolsOf = async (deps: Deps): Promise<WorkspaceDto['schools']> =>
  (await allPages((p) => deps.stores.schools.list(p)))
    .map(({ id, name, sector, region }) => ({ id, name, sector, region }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

export const workspaceFor = async (deps: Deps, actor: Person, meetingId: Id | null): Promise<Result<WorkspaceDto>> => {
  const allowed = authorize(deps, actor, 'meeting.manage');
  if (!allowed.ok) return allowed;
  const now = deps.clock().toISOString();
  if (meetingId === null) return ok({ schools: await schoolsOf(deps), now });
  const [meeting, schools] = await Promise.all([deps.stores.meetings.get(meetingId), schoolsOf(deps)]);
  return meeting ? ok({ meeting, schools, now }) : fail('MEETING.NOT_FOUND');
};

const parseInput = (raw: unknown, locale: Locale): { readonly input: MeetingInput } | { readonly invalid: WorkspaceSave } => {
  const parsed = MeetingInputSchema.safeParse(raw);
  return parsed.success ? { input: parsed.data } : { invalid: { kind: 'invalid', errors: meetingInputErrors(parsed.error, locale) } };
};

export const createMeeting = async (deps: Deps, actor: Person, raw: unknown, locale: Locale): Promise<Result<WorkspaceSave>> => {
  const allowed = authorize(deps, actor, 'meeting.manage');
  if (!allowed.ok) return allowed;
  const parsed = parseInput(raw, locale);
  if ('invalid' in parsed) return ok(parsed.invalid);
  const { input } = parsed;
  // A new meeting names no session ids of its own: every session gets a fresh one.
  const draft = draftMeeting(
    { ...input, sessions: input.sessions.map(({ id: _ignored, ...s }) => s) },
    { id: null, organiserId: actor.id, nowIso: deps.clock().toISOString(), newId: deps.newId },
  );
  const saved = await deps.stores.meetings.upsert({ ...draft, expectedVersion: '' });
  return saved.ok ? ok({ kind: 'saved', meeting: saved.value, informed: 0 }) : saved;
};

/** Fields the page may leave out (the schema then fills a default); left out = keep what the meeting has. */
const OPTIONAL_FIELDS = ['registrationMode', 'confirmDaysBefore', 'contact'] as const;

/**
 * What the page did not send stays as it was: registration mode, confirm days and contact when the
 * request leaves them out, and always the selection moment, sector exceptions and session names.
 */
const keepUnformed = (existing: Meeting, draft: Omit<Meeting, 'version'>, raw: unknown): Omit<Meeting, 'version'> => {
  const sent = typeof raw === 'object' && raw !== null ? new Set(Object.keys(raw)) : new Set<string>();
  const { selectionConfirmedAt, sectorExceptions } = existing;
  const always = Object.fromEntries(Object.entries({ selectionConfirmedAt, sectorExceptions }).filter(([, v]) => v !== undefined));
  const unsent = Object.fromEntries(OPTIONAL_FIELDS.filter((k) => !sent.has(k) && existing[k] !== undefined).map((k) => [k, existing[k]]));
  return {
    ...draft,
    ...always,
    ...unsent,
    sessions: draft.sessions.map((s) => {
      const old = existing.sessions.find((o) => o.id === s.id);
      return s.name === undefined && old?.name !== undefined ? { ...s, name: old.name } : s;
    }),
  };
};

export const updateMeeting = async (
  deps: Deps,
  actor: Person,
  meetingId: Id,
  version: string,
  raw: unknown,
  locale: Locale,
): Promise<Result<WorkspaceSave>> => {
  const allowed = authorize(deps, actor, 'meeting.manage');
  if (!allowed.ok) return allowed;
  const parsed = parseInput(raw, locale);
  if ('invalid' in parsed) return ok(parsed.invalid);
  const { input } = parsed;
  const existing = await deps.stores.meetings.get(meetingId);
  if (!existing) return fail('MEETING.NOT_FOUND');
  if (existing.status === 'geannuleerd') return fail('RSVP.MEETING_CANCELLED');
  if (existing.version !== version) return fail('STORE.CONFLICT');
  // A session keeps its id (and so its registrations) only when it is one of this meeting's sessions.
  const known = new Set(existing.sessions.map((s) => s.id));
  const sessions = input.sessions.map(({ id, ...s }) => (id !== undefined && known.has(id) ? { ...s, id } : s));
  const draft = keepUnformed(
    existing,
    draftMeeting({ ...input, sessions }, { id: existing.id, organiserId: existing.organiserId, nowIso: existing.createdAt, newId: deps.newId }),
    raw,
  );
  if (existing.status === 'verstuurd') {
    const changed = await saveChanges(deps, actor, existing, draft, locale);
    if (!changed.ok) return changed;
    if (changed.value.kind !== 'changed') return fail('INTERNAL');
    return ok({ kind: 'saved', meeting: changed.value.meeting, informed: changed.value.informed });
  }
  const saved = await deps.stores.meetings.upsert({ ...draft, expectedVersion: version });
  return saved.ok ? ok({ kind: 'saved', meeting: saved.value, informed: 0 }) : saved;
};
