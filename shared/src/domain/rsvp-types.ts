import type { Id } from './ids.js';

/** What a person answers on a card, in the tab or through a Forms registration. */
export const RSVP_RESPONSES = ['attend', 'decline', 'maybe'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/** Where that answer leaves them. */
export type RsvpStatus = 'booked' | 'waitlisted' | 'declined' | 'maybe';

export type RsvpSource = 'card' | 'tab' | 'chat' | 'forms';

/** One person's answer for one session. */
export interface Rsvp {
  readonly id: Id;
  readonly meetingId: Id;
  readonly sessionId: Id;
  readonly personId: Id;
  readonly status: RsvpStatus;
  /** When the current status was reached (ISO). Waitlist order is by this, then by id. */
  readonly statusSince: string;
  readonly source: RsvpSource;
  /** Answers to the meeting's questions, by question id (given with attend or maybe). */
  readonly answers?: Readonly<Record<Id, string>>;
  readonly version: string;
}
