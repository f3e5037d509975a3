import type { MeetingInput } from '../schemas/domain.js';
import type { Id, IdGenerator } from './ids.js';
import type { Meeting } from './meeting.js';

export interface DraftContext {
  /** Reuse when editing a draft; a new id otherwise. */
  readonly id: Id | null;
  readonly organiserId: Id;
  readonly nowIso: string;
  readonly newId: IdGenerator;
  /** When editing: the id each input session had (by position), so RSVPs stay with their session. */
  readonly sessionIds?: readonly (Id | undefined)[];
}

/** A validated meeting input becomes a draft (status concept) meeting; sessions keep or get ids. */
export const draftMeeting = (input: MeetingInput, ctx: DraftContext): Omit<Meeting, 'version'> => ({
  id: ctx.id ?? `meeting-${ctx.newId()}`,
  title: input.title,
  type: input.type,
  description: input.description,
  sessions: input.sessions.map(({ name, ...s }, i) => ({ ...s, ...(name ? { name } : {}), id: s.id ?? ctx.sessionIds?.[i] ?? `session-${ctx.newId()}` })),
  sessionChoice: input.sessionChoice,
  audience: input.audience,
  registrationDeadline: input.registrationDeadline,
  organiserId: ctx.organiserId,
  reminderPlan: input.reminderPlan,
  questions: input.questions.map((q, i) => ({ ...q, id: `q${i + 1}` })),
  registrationMode: input.registrationMode,
  confirmDaysBefore: input.confirmDaysBefore,
  contact: input.contact,
  status: 'concept',
  createdAt: ctx.nowIso,
});

/** Sessions whose date, time or place differ between two versions of a meeting (matched by id). */
export const changedSessions = (before: Meeting, after: Omit<Meeting, 'version'>): Id[] =>
  after.sessions
    .filter((s) => {
      const old = before.sessions.find((o) => o.id === s.id);
      return !old || old.startsAt !== s.startsAt || old.endsAt !== s.endsAt || old.location !== s.location || old.onlineUrl !== s.onlineUrl;
    })
    .map((s) => s.id);
