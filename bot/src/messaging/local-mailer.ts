/**
 * The stand-in for e-mail when no MAIL_SENDER is configured (local mode, tests): nothing leaves the
 * machine. Every mail is kept in memory (`sent`) and written as a .eml file (MIME, with the .ics as
 * an attachment) under DATA_DIR/mail/, so a developer can open it in any mail program.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mail, Mailer, MailOutcome } from './mailer.js';

const CRLF = '\r\n';

/** RFC 2047 encoded-word for a header with non-ASCII text. */
const header = (value: string): string => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`);

const base64Lines = (text: string): string => (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

/** The mail as a MIME message: text (and html) as alternatives, the calendar file as an attachment. */
export const toEml = (mail: Mail, from: string, date: Date, boundary: string): string => {
  const part = (type: string, body: string, extra: string[] = []) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', ...extra, '', base64Lines(body)].join(CRLF);
  const alternative = `${boundary}-alt`;
  const bodies = [
    `--${boundary}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    part('text/plain', mail.text).replace(`--${boundary}`, `--${alternative}`),
    ...(mail.html ? [part('text/html', mail.html).replace(`--${boundary}`, `--${alternative}`)] : []),
    `--${alternative}--`,
  ].join(CRLF);
  const attachment = mail.ics
    ? [part('text/calendar; method=PUBLISH', mail.ics.content, [`Content-Disposition: attachment; filename="${mail.ics.name}"`])]
    : [];
  return [
    `From: ${from}`,
    `To: ${mail.to}`,
    `Subject: ${header(mail.subject)}`,
    `Date: ${date.toUTCString()}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    bodies,
    ...attachment,
    `--${boundary}--`,
    '',
  ].join(CRLF);
};

export class LocalMailer implements Mailer {
  readonly sent: Mail[] = [];
  private n = 0;

  /** `dir`: where the .eml files go (DATA_DIR/mail); null keeps them in memory only. */
  constructor(
    private readonly dir: string | null,
    private readonly from = 'bijeenkomsten@samenverder.local',
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(mail: Mail): Promise<MailOutcome> {
    this.sent.push(mail);
    if (this.dir !== null) {
      const at = this.now();
      const n = ++this.n;
      mkdirSync(this.dir, { recursive: true });
      const name = `${at.toISOString().replace(/[:.]/g, '-')}-${String(n).padStart(4, '0')}.eml`;
      writeFileSync(join(this.dir, name), toEml(mail, this.from, at, `samen-verder-${n}`), 'utf8');
    }
    return { kind: 'sent', activityId: null };
  }
}
