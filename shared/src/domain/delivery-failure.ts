/**
 * Why a message did not (yet) reach someone, as a code. The sender decides the code where it sees
 * the channel's answer; the outbox stores it; the coördinator's report groups by it. Words for a
 * code live only in the i18n table (`delivery:` namespace), so rewording never changes a report.
 */
export const DELIVERY_FAILURES = [
  /** No 1:1 chat with the bot and none can be created (no Entra id, tenant or service URL). */
  'not-met',
  /** Teams refused to create the chat: the app is not installed for the person (and will not be). */
  'not-installed',
  /** Teams refused the message in an existing chat (403): blocked or removed the app. */
  'blocked',
  /** The conversation or user no longer exists (404). */
  'gone',
  /** Any other 4xx: the request itself was refused; sending again will not help. */
  'rejected',
  /** 429: Teams asked to slow down. */
  'throttled',
  /** 5xx: Teams failed; the message may have arrived anyway. */
  'server-error',
  /** No answer in time; the message may have arrived anyway. */
  'timeout',
  /** The request did not get through (connection reset, DNS, …). */
  'network',
  /** The app was just installed for the person; Teams is not ready to chat yet. */
  'installing',
  /** Installing the app through Graph failed for now (5xx, 429, no answer). */
  'install-failed',
  /** An earlier try may have arrived and could not be checked now. */
  'unconfirmed',
  /** The meeting, announcement, survey or person is gone: nothing to render. */
  'nothing-to-send',
  /** The organiser cancelled it before it went out (a scheduled programme): never sent, and no failure. */
  'cancelled',
  /** The stored item could not be read (unknown kind, bad payload): never sent. */
  'unreadable',
  /** A failure recorded in a form this version does not recognise (older stored text). */
  'unknown',
] as const;

export type DeliveryFailure = (typeof DELIVERY_FAILURES)[number];

export const isDeliveryFailure = (value: unknown): value is DeliveryFailure =>
  typeof value === 'string' && (DELIVERY_FAILURES as readonly string[]).includes(value);
