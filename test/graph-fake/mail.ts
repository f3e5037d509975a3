/**
 * `POST /users/{id | userPrincipalName}/sendMail` as Graph answers it, as strict as our code could
 * wrongly lean on (learn.microsoft.com "user: sendMail", "Attach large files to Outlook messages",
 * Graph's 4 MB request limit; Exchange RBAC for Applications for who may send as which mailbox):
 * - 202 Accepted with no body; nothing else to read back (no message id);
 * - an unknown mailbox is 404 ErrorInvalidUser; an app without Mail.Send for that mailbox 403 ErrorAccessDenied;
 * - the body is checked like Graph's OData reader: no `message` → 400 ErrorInvalidParameter, an unknown
 *   property → 400 RequestBodyRead, no or an invalid recipient → 400 ErrorInvalidRecipients,
 *   body.contentType other than Text/HTML → 400, an attachment without `@odata.type`
 *   `#microsoft.graph.fileAttachment`, a name or valid base64 `contentBytes` → 400;
 * - a request above 4 MB → 413; an inline attachment of 3 MB or more → 400 (needs an upload session);
 * - `saveToSentItems` defaults to true: only then the mail lands in the mailbox's Sent Items.
 * Throttling (429 + Retry-After) comes from the fake's common `throttleRate`.
 */
import { z } from 'zod';
import { GraphFault } from './lists.js';
import type { FakeRequest, FakeResponse } from './list-routes.js';

const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const MAX_INLINE_ATTACHMENT_BYTES = 3 * 1024 * 1024;

const Recipient = z.strictObject({ emailAddress: z.strictObject({ address: z.string(), name: z.string().optional() }) });
const Attachment = z.strictObject({
  '@odata.type': z.literal('#microsoft.graph.fileAttachment'),
  name: z.string().min(1),
  contentType: z.string().optional(),
  contentBytes: z.string(),
  isInline: z.boolean().optional(),
});
const Message = z.strictObject({
  subject: z.string().optional(),
  body: z.strictObject({ contentType: z.enum(['Text', 'HTML', 'text', 'html']), content: z.string() }).optional(),
  toRecipients: z.array(Recipient).optional(),
  ccRecipients: z.array(Recipient).optional(),
  bccRecipients: z.array(Recipient).optional(),
  replyTo: z.array(Recipient).optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  attachments: z.array(Attachment).optional(),
});
const SendMail = z.strictObject({ message: Message.optional(), saveToSentItems: z.boolean().optional() });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface SentMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly contentType: string;
  readonly content: string;
  readonly attachments: readonly { readonly name: string; readonly contentType: string | undefined; readonly text: string }[];
  readonly savedToSentItems: boolean;
}

export class Mailboxes {
  /** Mailbox address (lowercase) → principals (bearer tokens) allowed to send as it; empty = any. */
  private readonly boxes = new Map<string, ReadonlySet<string>>();
  readonly sent: SentMail[] = [];

  /** A mailbox that exists; with `senders`, only those apps may send as it (RBAC for Applications scope). */
  add(address: string, senders: readonly string[] = []): void {
    this.boxes.set(address.toLowerCase(), new Set(senders));
  }

  sentItems(address: string): SentMail[] {
    return this.sent.filter((m) => m.from === address.toLowerCase() && m.savedToSentItems);
  }

  route(req: FakeRequest, principal: string): FakeResponse {
    const [, user, action, ...rest] = req.segments;
    if (user === undefined || action !== 'sendMail' || rest.length > 0) throw new GraphFault(404, 'ResourceNotFound', 'Resource not found for the segment.');
    if (req.method !== 'POST') throw new GraphFault(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
    const box = this.boxes.get(user.toLowerCase());
    if (!box) throw new GraphFault(404, 'ErrorInvalidUser', `The requested user '${user}' is invalid.`);
    if (box.size > 0 && !box.has(principal)) throw new GraphFault(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    if (Buffer.byteLength(JSON.stringify(req.body ?? null), 'utf8') > MAX_REQUEST_BYTES) throw new GraphFault(413, 'RequestEntityTooLarge', 'The request is too large.');
    const parsed = SendMail.safeParse(req.body ?? {});
    if (!parsed.success) throw new GraphFault(400, 'RequestBodyRead', `Invalid request body: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    const { message, saveToSentItems } = parsed.data;
    if (!message) throw new GraphFault(400, 'ErrorInvalidParameter', "The value of the parameter 'Message' is empty.");
    const to = (message.toRecipients ?? []).map((r) => r.emailAddress.address);
    if (to.length === 0 || !to.every((a) => EMAIL.test(a))) throw new GraphFault(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    const attachments = (message.attachments ?? []).map((a) => {
      if (!BASE64.test(a.contentBytes) || a.contentBytes.length % 4 !== 0) throw new GraphFault(400, 'ErrorInvalidParameter', 'contentBytes is not valid base64.');
      const bytes = Buffer.from(a.contentBytes, 'base64');
      if (bytes.length >= MAX_INLINE_ATTACHMENT_BYTES) throw new GraphFault(400, 'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize', 'Attachment too large for the message; use an upload session.');
      return { name: a.name, contentType: a.contentType, text: bytes.toString('utf8') };
    });
    this.sent.push({
      from: user.toLowerCase(),
      to,
      subject: message.subject ?? '',
      contentType: message.body?.contentType ?? 'Text',
      content: message.body?.content ?? '',
      attachments,
      savedToSentItems: saveToSentItems ?? true,
    });
    return { status: 202 };
  }
}
