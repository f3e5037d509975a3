/**
 * People outside the organisation hear back by e-mail: after a Forms import the outbox drains
 * their confirmation through the Mailer (the local stand-in here: kept in memory and written as
 * .eml), never through Teams; a seat comes with an .ics, the waitlist with its place, a freed
 * seat with a promotion mail, the organiser's message and the attendee reminder reach them too.
 * On SQLite and on SharePoint lists.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { TEST_COORDINATOR, TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { createLogger } from '../../bot/src/logger.js';
import { LocalMailer } from '../../bot/src/messaging/local-mailer.js';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { aMeeting, aPerson, aSession, NOW, value } from '../../bot/src/store/contract/fixtures.js';
import type { FormResponse, FormResponseSource } from '../../bot/src/store/ports-form-responses.js';
import { importForms, memoryLedger } from '../../bot/src/usecases/forms/import.js';
import { FormsMappingSchema } from '../../bot/src/usecases/forms/rows.js';
import { dashboard, meetingRegistrations } from '../../bot/src/usecases/dashboard.js';
import { messageParticipants } from '../../bot/src/usecases/participants.js';
import { respond } from '../../bot/src/usecases/rsvp.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { bothStores, outsiderSender, type OutsiderSender } from '../support/outsider-sender.js';

const fake = await startGraphFake({ seed: 9 });
const root = mkdtempSync(join(tmpdir(), 'samen-mail-e2e-'));
afterAll(async () => {
  await fake.close();
  rmSync(root, { recursive: true, force: true });
});

const TITLE = 'Knelpunten in het voortgezet onderwijs';
const response = (responseId: number, email: string, name: string, role = 'Ouder'): FormResponse => ({ responseId, email, name, school: '', role, session: '', answers: [] });
const source = (rows: FormResponse[]): FormResponseSource => ({ read: async () => ({ rows, malformed: [] }) });
const mapping = FormsMappingSchema.parse({ meetingId: 'meeting-0001', formId: 'knelpunten-vo', registrants: {} });

describe.each(bothStores(fake))('e-mail to people outside the organisation (%s)', (_name, open) => {
  let deps: Deps;
  let mailer: LocalMailer;
  let mailDir: string;
  let sender: OutsiderSender;
  const drain = () => sender.drain(deps);

  beforeEach(async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const stores = await open();
    let n = 0;
    deps = { config, stores, clock: () => NOW, newId: () => `id-${String(++n).padStart(4, '0')}`, logger: createLogger(config), ...TEST_INFRA };
    value(await stores.people.upsert(aPerson(1, { roles: ['leerkracht'], schoolIds: [] })));
    value(
      await stores.meetings.upsert(
        aMeeting(1, {
          title: TITLE,
          sessions: [aSession(1, { capacity: 1, name: 'Regio Noord (Wolvega)', location: 'Zaal 2, Stadhuisplein 1' })],
          audience: { roles: ['leerkracht'], sectors: [], schoolIds: [] },
          contact: { name: 'Fenna Visser', email: 'fenna@swv.example', phone: null },
          organiserId: TEST_COORDINATOR.id,
        }),
      ),
    );
    mailDir = mkdtempSync(join(root, 'mail-'));
    mailer = new LocalMailer(mailDir, undefined, () => NOW);
    sender = outsiderSender(mailer);
  });

  it('mails the booked outsider a confirmation with date, time, place and an .ics, the waitlisted one their place, and nothing goes to Teams', async () => {
    await importForms(deps, source([response(1, 'sanne@thuis.example', 'Sanne Bakker'), response(2, 'lotte@thuis.example', 'Lotte de Boer')]), mapping, memoryLedger());
    await drain();
    expect(sender.teams).toEqual([]);
    const [booked, waiting] = [mailer.sent.find((m) => m.to === 'sanne@thuis.example')!, mailer.sent.find((m) => m.to === 'lotte@thuis.example')!];
    expect(booked.subject).toBe(`Je bent aangemeld: ${TITLE}`);
    expect(booked.text).toContain('Beste Sanne Bakker,');
    expect(booked.text).toContain('Sessie: Regio Noord (Wolvega)');
    expect(booked.text).toContain('Wanneer: maandag 11 januari 2027, 19:00–21:00');
    expect(booked.text).toContain('Waar: Zaal 2, Stadhuisplein 1');
    expect(booked.text).toContain('Vragen? Neem contact op met Fenna Visser (fenna@swv.example).');
    expect(booked.text).toContain('tot 8 weken na de bijeenkomst');
    expect(booked.ics?.name).toMatch(/^knelpunten-in-het-voortgezet-onderwijs-2027-01-11\.ics$/);
    expect(booked.ics?.content).toContain('DTSTART:20270111T180000Z');
    expect(waiting.subject).toBe(`Je staat op de wachtlijst: ${TITLE}`);
    expect(waiting.text).toContain('op plek 1');
    expect(waiting.ics).toBeUndefined();
    // A developer can open each mail: a .eml per mail, the calendar file attached.
    const files = readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(2);
    const eml = files.map((f) => readFileSync(join(mailDir, f), 'utf8')).find((t) => t.includes('To: sanne@thuis.example'))!;
    expect(eml).toContain('Content-Type: text/calendar; method=PUBLISH; charset=utf-8');
    expect(eml).toContain('filename="knelpunten-in-het-voortgezet-onderwijs-2027-01-11.ics"');
    const items = (await deps.stores.outbox.forSubject('meeting-0001')).filter((i) => i.kind === 'registration');
    expect(items.map((i) => i.status)).toEqual(['sent', 'sent']);
  });

  it('tells an outsider by e-mail when a freed seat becomes theirs, and sends the organiser\'s message and the day-before reminder to them too', async () => {
    const colleague = (await deps.stores.people.get('person-0001'))!;
    value(await respond(deps, colleague, { meetingId: 'meeting-0001', sessionId: 'session-1', response: 'attend', source: 'card' }));
    await importForms(deps, source([response(1, 'sanne@thuis.example', 'Sanne Bakker')]), mapping, memoryLedger());
    await drain();
    expect(mailer.sent.map((m) => m.subject)).toEqual([`Je staat op de wachtlijst: ${TITLE}`]);
    value(await respond(deps, colleague, { meetingId: 'meeting-0001', sessionId: null, response: 'decline', source: 'card' }));
    await drain();
    const promotion = mailer.sent.at(-1)!;
    expect(promotion.subject).toBe(`Er is een plek vrij: ${TITLE}`);
    expect(promotion.ics?.content).toContain('SUMMARY:Knelpunten in het voortgezet onderwijs');
    value(await messageParticipants(deps, TEST_COORDINATOR, 'meeting-0001', null, 'Neem je eigen knelpunt mee op papier.'));
    await drain();
    const update = mailer.sent.at(-1)!;
    expect(update.subject).toBe(`Wijziging: ${TITLE}`);
    expect(update.text).toContain('Bericht van de organisatie:\nNeem je eigen knelpunt mee op papier.');
    const { runDueReminders } = await import('../../bot/src/messaging/reminder-scheduler.js');
    // The day-before reminder falls on a Sunday: it waits for Monday morning's send window.
    const dayBefore = { ...deps, clock: () => new Date('2027-01-11T08:30:00+01:00') };
    expect(await runDueReminders(dayBefore)).toBeGreaterThan(0);
    await drainOutboxOnce(dayBefore, sender.messenger, undefined, () => 0.5, sender.runtime);
    const reminder = mailer.sent.at(-1)!;
    expect(reminder.subject).toBe(`Herinnering: ${TITLE} op maandag 11 januari 2027`);
    expect(reminder.ics).toBeDefined();
    expect(mailer.sent.every((m) => m.to === 'sanne@thuis.example')).toBe(true);
  });

  it('shows outsiders by name, marked "(extern)", on the dashboard and in the registrations export, and counts their seat', async () => {
    const colleague = (await deps.stores.people.get('person-0001'))!;
    value(await respond(deps, colleague, { meetingId: 'meeting-0001', sessionId: 'session-1', response: 'attend', source: 'card' }));
    await importForms(deps, source([response(1, 'sanne@thuis.example', 'Sanne Bakker', 'Leerling')]), mapping, memoryLedger());
    const board = value(await dashboard(deps, TEST_COORDINATOR)).meetings.find((m) => m.id === 'meeting-0001')!;
    expect(board.sessions[0]?.counts).toMatchObject({ booked: 1, waitlisted: 1 });
    expect(board.sessions[0]?.waitlist.map((w) => [w.name, w.position])).toEqual([['Sanne Bakker (extern)', 1]]);
    const { rows } = value(await meetingRegistrations(deps, TEST_COORDINATOR, 'meeting-0001', 'nl'));
    const sanne = rows.find((r) => r[2] === 'Sanne Bakker (extern)')!;
    expect(sanne.slice(3, 6)).toEqual(['', 'leerling', 'Op de wachtlijst']);
    expect(rows.some((r) => r[2] === 'Medewerker 1')).toBe(true);
  });

  it('without a mailer an outsider\'s message is closed as unreachable, not sent to Teams', async () => {
    await importForms(deps, source([response(1, 'sanne@thuis.example', 'Sanne Bakker')]), mapping, memoryLedger());
    const { mailer: _none, ...withoutMail } = sender.runtime;
    await drainOutboxOnce(deps, sender.messenger, undefined, () => 0.5, withoutMail);
    expect(sender.teams).toEqual([]);
    const [item] = (await deps.stores.outbox.forSubject('meeting-0001')).filter((i) => i.kind === 'registration');
    expect(item).toMatchObject({ status: 'failed', failure: 'not-met' });
  });
});
