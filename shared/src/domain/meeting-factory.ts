import type { MeetingInput } from '../schemas/domain.js';
import type { Id, IdGenerator } from './ids.js';
import type { Meeting } from './meeting.js';

export interface DraftContext {
  /** Reuse when editing a draft; a new id otherwise. */
  readonly id: Id | null;
  readonly organiserId: Id;
  readonly nowIso: string;
  readonly newId: IdGenerator;
}

/** A validated meeting input becomes a draft (status concept) meeting; sessions keep or get ids. */
export const draftMeeting = (input: MeetingInput, ctx: DraftContext): Omit<Meeting, 'version'> => ({
  id: ctx.id ?? `meeting-${ctx.newId()}`,
  title: input.title,
  type: input.type,
  description: input.description,
  sessions: input.sessions.map((s) => ({ ...s, id: s.id ?? `session-${ctx.newId()}` })),
  sessionChoice: input.sessionChoice,
  audience: input.audience,
  registrationDeadline: input.registrationDeadline,
  organiserId: ctx.organiserId,
  reminderPlan: input.reminderPlan,
  questions: input.questions.map((q, i) => ({ ...q, id: `q${i + 1}` })),
  status: 'concept',
  createdAt: ctx.nowIso,
});
