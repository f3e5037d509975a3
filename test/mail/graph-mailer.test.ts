/**
 * Mail through Graph sendMail against the strict fake (test/graph-fake/mail.ts), the mail settings
 * in config, and the choice between Graph and the local stand-in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compose, mailerOf } from '../../bot/src/compose.js';
import { ConfigError, loadConfig } from '../../bot/src/config.js';
import { createGraphClient } from '../../bot/src/graph/client.js';
import { GraphMailer, MAIL_GRAPH_POLICY } from '../../bot/src/graph/graph-mailer.js';
import { LocalMailer } from '../../bot/src/messaging/local-mailer.js';
import type { Mail } from '../../bot/src/messaging/mailer.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';

const fake = await startGraphFake();
const dataDir = mkdtempSync(join(tmpdir(), 'samen-mail-'));
afterAll(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  fake.throttleRate = 0;
});

const SENDER = 'bijeenkomsten@swv.example';
fake.mail.add(SENDER, ['app-token']);
fake.mail.add('secretariaat@swv.example', ['another-app']);

const client = (token = 'app-token') => createGraphClient({ baseUrl: fake.baseUrl, token: async () => token, policy: MAIL_GRAPH_POLICY });

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Knelpunten VO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
const mail: Mail = {
  to: 'sanne@thuis.example',
  subject: 'Je bent aangemeld: Knelpunten VO',
  text: 'Beste Sanne,\n\nJe bent aangemeld.\n',
  html: '<p>Beste Sanne,</p><p>Je bent aangemeld.</p>',
  ics: { name: 'knelpunten-vo-2027-06-13.ics', content: ICS },
};

describe('GraphMailer (sendMail)', () => {
  it('sends from the shared mailbox with the .ics attached, and keeps no copy in Sent Items by default', async () => {
    const outcome = await new GraphMailer(client(), SENDER).send(mail);
    expect(outcome).toEqual({ kind: 'sent', activityId: null });
    const sent = fake.mail.sent.at(-1)!;
    expect(sent).toMatchObject({ from: SENDER, to: ['sanne@thuis.example'], subject: mail.subject, contentType: 'HTML', savedToSentItems: false });
    expect(sent.attachments).toEqual([{ name: 'knelpunten-vo-2027-06-13.ics', contentType: 'text/calendar', text: ICS }]);
    expect(fake.mail.sentItems(SENDER)).toEqual([]);
    await new GraphMailer(client(), SENDER, { saveToSentItems: true }).send({ to: 'jip@leerling.example', subject: 'Test', text: 'Hallo' });
    expect(fake.mail.sentItems(SENDER).map((m) => [m.to, m.contentType])).toEqual([[['jip@leerling.example'], 'Text']]);
  });

  it('asks to try again after Retry-After when Graph throttles, without retrying inside the client', async () => {
    fake.throttleRate = 1;
    const before = fake.counts.requests;
    const outcome = await new GraphMailer(client(), SENDER).send(mail);
    expect(outcome).toMatchObject({ kind: 'retry', failure: 'throttled', retryAfterMs: 2000 });
    expect(fake.counts.requests - before).toBe(1);
  });

  it('gives up for good on what sending again cannot fix: no such mailbox, no right to send as it, a bad address, a too large file', async () => {
    const refused = { kind: 'permanent', failure: 'rejected' };
    expect(await new GraphMailer(client(), 'bestaat-niet@swv.example').send(mail)).toMatchObject({ ...refused, detail: 'HTTP 404' });
    expect(await new GraphMailer(client(), 'secretariaat@swv.example').send(mail)).toMatchObject({ ...refused, detail: 'HTTP 403' });
    expect(await new GraphMailer(client(), SENDER).send({ ...mail, to: 'geen-adres' })).toMatchObject({ ...refused, detail: 'HTTP 400' });
    const big = { ...mail, ics: { name: 'groot.ics', content: 'x'.repeat(3 * 1024 * 1024) } };
    const sentBefore = fake.mail.sent.length;
    expect(await new GraphMailer(client(), SENDER).send(big)).toMatchObject(refused);
    expect(fake.mail.sent.length).toBe(sentBefore);
  });

  it('the fake refuses what Graph refuses: an unknown property, no message, a fileAttachment without its type', async () => {
    const post = (body: unknown) => client().api(`/users/${SENDER}/sendMail`).post(body).then(() => 202, (e: { statusCode: number }) => e.statusCode);
    const message = { subject: 'x', toRecipients: [{ emailAddress: { address: 'a@b.example' } }] };
    expect(await post({ message })).toBe(202);
    expect(await post({ message: { ...message, from: 'x' } })).toBe(400);
    expect(await post({ saveToSentItems: false })).toBe(400);
    expect(await post({ message: { ...message, attachments: [{ name: 'a.ics', contentBytes: 'QQ==' }] } })).toBe(400);
    expect(await post({ message: { ...message, toRecipients: [] } })).toBe(400);
  });
});

describe('mail settings', () => {
  it('without MAIL_SENDER nothing leaves the machine: the local stand-in under DATA_DIR/mail', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    expect(config.mail).toBeNull();
    expect(mailerOf(config)).toBeInstanceOf(LocalMailer);
  });

  it('refuses a MAIL_SENDER that is not an address, and a real Graph without the app registration, in Dutch', () => {
    expect(() => loadConfig({ MAIL_SENDER: 'bijeenkomsten' })).toThrow(/MAIL_SENDER moet een e-mailadres zijn/);
    expect(() => loadConfig({ MAIL_SENDER: SENDER })).toThrow(ConfigError);
    expect(() => loadConfig({ MAIL_SENDER: SENDER })).toThrow(/MAIL_SENDER:\nGRAPH_TENANT_ID, GRAPH_CLIENT_ID en GRAPH_CLIENT_SECRET/);
    expect(() => loadConfig({ MAIL_SENDER: SENDER, MAIL_SAVE_TO_SENT_ITEMS: 'ja' })).toThrow(/MAIL_SAVE_TO_SENT_ITEMS moet true of false zijn/);
  });

  it('with MAIL_SENDER and the app registration, mail goes through Graph from that mailbox', async () => {
    const config = loadConfig({ MAIL_SENDER: SENDER, GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's', MAIL_SAVE_TO_SENT_ITEMS: 'true' });
    expect(config.mail).toEqual({ sender: SENDER, graphBaseUrl: 'https://graph.microsoft.com', credentials: { tenantId: 't', clientId: 'c', clientSecret: 's' }, saveToSentItems: true });
    expect(mailerOf(config)).toBeInstanceOf(GraphMailer);
  });

  it('the composition root hands a loopback Graph stand-in to the mailer when MAIL_SENDER points there', async () => {
    fake.mail.add('lokaal@swv.example');
    const composed = await compose(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, MAIL_SENDER: 'lokaal@swv.example', GRAPH_BASE_URL: fake.baseUrl }));
    try {
      expect(await composed.mailer.send({ to: 'ouder@thuis.example', subject: 'Proef', text: 'Hallo' })).toEqual({ kind: 'sent', activityId: null });
      expect(fake.mail.sent.at(-1)).toMatchObject({ from: 'lokaal@swv.example', to: ['ouder@thuis.example'] });
    } finally {
      await composed.close();
    }
  });
});
