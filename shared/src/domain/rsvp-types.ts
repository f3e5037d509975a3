import type { Id } from './ids.js';

/** What a person answers on a card, in the tab or through a Forms registration. */
export const RSVP_RESPONSES = ['attend', 'decline', 'maybe'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/**
 * Where that answer leaves them. 'applied': an application to a meeting in 'aanvraag' mode, waiting
 * for the organiser's selection; 'not-selected': the selection was confirmed without them ("helaas").
 */
export const RSVP_STATUSES = ['booked', 'waitlisted', 'declined', 'maybe', 'applied', 'not-selected'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

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
  /** Taken by the organiser after the session: true = was there; absent = not taken. */
  readonly attended?: boolean;
  readonly version: string;
}
