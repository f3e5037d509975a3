/**
 * Port: sends one e-mail from the partnership's one shared mailbox to someone outside the
 * organisation (an external registrant, `ext-…`). Adapters: Graph `sendMail` (graph/graph-mailer.ts)
 * and the local stand-in that keeps every mail and writes it as a .eml file (local-mailer.ts).
 * The outcome has the Messenger's shape, so the outbox worker records it the same way.
 */
import type { SendOutcome } from './messenger.js';

/** A calendar file attached to the mail. */
export interface MailCalendar {
  readonly name: string;
  /** The .ics text (CRLF lines). */
  readonly content: string;
}

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly ics?: MailCalendar;
}

/** 'sent' carries no id (sendMail answers 202 without one); failures use the Messenger's codes. */
export type MailOutcome = SendOutcome;

export interface Mailer {
  send(mail: Mail): Promise<MailOutcome>;
}
