/**
 * Mail through Microsoft Graph: `POST /users/{MAIL_SENDER}/sendMail` from the one shared mailbox,
 * app-only (Mail.Send, scoped to that mailbox with Exchange RBAC for Applications; docs/deploy.md).
 * Graph answers 202 Accepted without a body; 429 (ApplicationThrottled, MailboxConcurrency) and 503
 * with Retry-After; a request is refused above about 4 MB, and an attachment in the message itself
 * must stay under 3 MB (larger ones need an upload session). Our .ics is a few kB: a larger one is
 * refused here, before anything is sent. Throttled answers are not retried inside the client: the
 * outbox reschedules the item after Retry-After, so one busy mailbox never holds a sender lane.
 */
import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { Mail, Mailer, MailOutcome } from '../messaging/mailer.js';

/** An attachment sent inside the message (fileAttachment) must be smaller than this. */
export const MAX_INLINE_ATTACHMENT_BYTES = 3 * 1024 * 1024;
/** Graph refuses a request body above about 4 MB (413). */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The sendMail request body for a mail (Graph's message resource, v1.0). */
export const sendMailBody = (mail: Mail, saveToSentItems: boolean): Record<string, unknown> => ({
  message: {
    subject: mail.subject,
    body: mail.html ? { contentType: 'HTML', content: mail.html } : { contentType: 'Text', content: mail.text },
    toRecipients: [{ emailAddress: { address: mail.to } }],
    ...(mail.ics
      ? {
          attachments: [
            {
              '@odata.type': '#microsoft.graph.fileAttachment',
              name: mail.ics.name,
              contentType: 'text/calendar',
              contentBytes: Buffer.from(mail.ics.content, 'utf8').toString('base64'),
            },
          ],
        }
      : {}),
  },
  saveToSentItems,
});

const retryAfterMs = (value: string | null): number | null => {
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
};

export interface GraphMailerOptions {
  readonly saveToSentItems?: boolean;
}

export class GraphMailer implements Mailer {
  constructor(
    private readonly client: Client,
    /** The shared mailbox: its address or user id. */
    private readonly sender: string,
    private readonly options: GraphMailerOptions = {},
  ) {}

  async send(mail: Mail): Promise<MailOutcome> {
    if (mail.ics && Buffer.byteLength(mail.ics.content, 'utf8') >= MAX_INLINE_ATTACHMENT_BYTES) {
      return { kind: 'permanent', failure: 'rejected', detail: 'attachment over 3 MB' };
    }
    const body = sendMailBody(mail, this.options.saveToSentItems ?? false);
    if (Buffer.byteLength(JSON.stringify(body), 'utf8') > MAX_REQUEST_BYTES) return { kind: 'permanent', failure: 'rejected', detail: 'request over 4 MB' };
    let response: Response;
    try {
      response = (await this.client
        .api(`/users/${encodeURIComponent(this.sender)}/sendMail`)
        .responseType(ResponseType.RAW)
        .post(body)) as Response;
    } catch (e) {
      return { kind: 'retry', failure: 'network', retryAfterMs: null, detail: (e as Error).message };
    }
    const status = response.status;
    const detail = `HTTP ${status}`;
    await response.body?.cancel().catch(() => undefined);
    if (status === 202 || status === 200) return { kind: 'sent', activityId: null };
    if (status === 429 || status === 503) return { kind: 'retry', failure: 'throttled', retryAfterMs: retryAfterMs(response.headers.get('retry-after')), detail };
    if (status >= 500) return { kind: 'retry', failure: 'server-error', retryAfterMs: null, detail };
    // 400 (a bad address or message), 401/403 (no Mail.Send for this mailbox), 404 (no such mailbox), 413.
    return { kind: 'permanent', failure: 'rejected', detail };
  }
}

/** The mail client's Graph policy: no retries inside the client (the outbox retries after Retry-After). */
export const MAIL_GRAPH_POLICY = { maxRetries: 0 };
