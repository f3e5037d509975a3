/**
 * Announcements: a document or message the partnership sends, with an acknowledgement button.
 * Pure rules: who may acknowledge, who may be forwarded to ("deel met collega's"), who is pending.
 */
import type { Id } from './ids.js';
import type { Audience } from './meeting.js';
import type { Person } from './people.js';
import { fail, ok, type Result } from './result.js';

export type BroadcastStatus = 'concept' | 'verstuurd';

export const ANNOUNCEMENT_LIMITS = { title: 200, text: 4000, ackLabel: 40, url: 2000, forwardAtOnce: 20 } as const;

export interface Announcement {
  readonly id: Id;
  readonly title: string;
  readonly text: string;
  /** A link to a file in SharePoint/OneDrive, opened in Teams; null = no document. */
  readonly documentUrl: string | null;
  /** The button's label; null = the default "Ontvangen". */
  readonly ackLabel: string | null;
  /** ISO with offset: acknowledge before this moment; reminders run up to it. null = no deadline. */
  readonly deadline: string | null;
  readonly audience: Audience;
  /** Days before the deadline to remind those who have not acknowledged; empty = none. */
  readonly reminderDaysBeforeDeadline: readonly number[];
  readonly organiserId: Id;
  readonly status: BroadcastStatus;
  readonly createdAt: string;
  readonly version: string;
}

/** Someone the announcement was sent to: from the audience, or forwarded by a colleague. */
export interface AnnouncementRecipient {
  readonly announcementId: Id;
  readonly personId: Id;
  /** Who shared it with them; null = part of the original audience. */
  readonly forwardedBy: Id | null;
  readonly addedAt: string;
}

export interface Acknowledgement {
  readonly announcementId: Id;
  readonly personId: Id;
  readonly at: string;
}

export const isRecipient = (recipients: readonly AnnouncementRecipient[], personId: Id): boolean =>
  recipients.some((r) => r.personId === personId);

export const hasAcknowledged = (acks: readonly Acknowledgement[], personId: Id): boolean =>
  acks.some((a) => a.personId === personId);

/** Recipients who have not acknowledged yet, in the order they were added. */
export const pendingAcknowledgers = (recipients: readonly AnnouncementRecipient[], acks: readonly Acknowledgement[]): Id[] =>
  recipients.filter((r) => !hasAcknowledged(acks, r.personId)).map((r) => r.personId);

/** People who share at least one school with `person` (never the person themself). */
export const colleaguesOf = (person: Person, people: readonly Person[]): Person[] =>
  people.filter((p) => p.id !== person.id && p.schoolIds.some((s) => person.schoolIds.includes(s)));

/** Whether the deadline (if any) has passed. Acknowledging late stays possible; reminders stop. */
export const deadlinePassed = (deadline: string | null, now: Date): boolean =>
  deadline !== null && now > new Date(deadline);

/**
 * An acknowledgement: only a recipient of a sent announcement may give one, once.
 * `null` means "already acknowledged" (a repeated click changes nothing).
 */
export const decideAcknowledge = (
  announcement: Announcement,
  recipients: readonly AnnouncementRecipient[],
  acks: readonly Acknowledgement[],
  personId: Id,
  now: Date,
): Result<Acknowledgement | null> => {
  if (announcement.status !== 'verstuurd') return fail('ANNOUNCEMENT.NOT_FOUND');
  if (!isRecipient(recipients, personId)) return fail('ANNOUNCEMENT.NOT_RECIPIENT');
  if (hasAcknowledged(acks, personId)) return ok(null);
  return ok({ announcementId: announcement.id, personId, at: now.toISOString() });
};

/**
 * "Deel met collega's": a recipient forwards to colleagues of their own school. Returns the new
 * recipients (people who already had it are skipped, so sharing twice sends nothing twice).
 */
export const decideForward = (
  announcement: Announcement,
  recipients: readonly AnnouncementRecipient[],
  forwarder: Person,
  chosenIds: readonly Id[],
  people: readonly Person[],
  now: Date,
): Result<AnnouncementRecipient[]> => {
  if (announcement.status !== 'verstuurd') return fail('ANNOUNCEMENT.NOT_FOUND');
  if (!isRecipient(recipients, forwarder.id)) return fail('ANNOUNCEMENT.NOT_RECIPIENT');
  const unique = [...new Set(chosenIds)];
  if (unique.length === 0 || unique.length > ANNOUNCEMENT_LIMITS.forwardAtOnce) return fail('ANNOUNCEMENT.INVALID');
  const colleagues = new Set(colleaguesOf(forwarder, people).map((p) => p.id));
  if (unique.some((id) => !colleagues.has(id))) return fail('ANNOUNCEMENT.NOT_COLLEAGUE');
  const at = now.toISOString();
  return ok(
    unique
      .filter((id) => !isRecipient(recipients, id))
      .map((personId) => ({ announcementId: announcement.id, personId, forwardedBy: forwarder.id, addedAt: at })),
  );
};
