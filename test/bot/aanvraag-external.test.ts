/**
 * The whole 'aanvraag' flow with someone from outside the organisation: a colleague applies on the
 * card, a parent through Microsoft Forms; nothing about the outcome goes out while applications are
 * open; after the deadline the organiser sees the proposal and confirms (the parent gets the place,
 * the colleague the reserve list); on the outcome day — two weeks before the session, 09:00 — the
 * parent hears by e-mail with the calendar file, the colleague in Teams. On SQLite and SharePoint.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { TEST_COORDINATOR, TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { createLogger } from '../../bot/src/logger.js';
import { LocalMailer } from '../../bot/src/messaging/local-mailer.js';
import { aMeeting, aPerson, aSession, NOW, value } from '../../bot/src/store/contract/fixtures.js';
import type { FormResponse, FormResponseSource } from '../../bot/src/store/ports-form-responses.js';
import { importForms, memoryLedger } from '../../bot/src/usecases/forms/import.js';
import { FormsMappingSchema } from '../../bot/src/usecases/forms/rows.js';
import { respond } from '../../bot/src/usecases/rsvp.js';
import { confirmSelection, selectionFor } from '../../bot/src/usecases/selection.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { captureLogs, leaksIn, type CapturedLogs } from '../support/log-scan.js';
import { bothStores, outsiderSender, type OutsiderSender } from '../support/outsider-sender.js';

const fake = await startGraphFake({ seed: 11 });
afterAll(() => fake.close());

const TITLE = 'Praat mee over basisondersteuning';
const MEETING = 'meeting-0001';
const parentRow: FormResponse = { responseId: 1, email: 'sanne@thuis.example', name: 'Sanne Bakker', school: '', role: 'Ouder', session: '', answers: [] };
const source: FormResponseSource = { read: async () => ({ rows: [parentRow], malformed: [] }) };
const mapping = FormsMappingSchema.parse({ meetingId: MEETING, formId: 'praat-mee', registrants: {} });

const AFTER_DEADLINE = new Date('2026-12-11T10:00:00+01:00');
// The session starts on Monday 11 January 2027; 14 days before, at 09:00 Amsterdam.
const OUTCOME_DAY = new Date('2026-12-28T09:30:00+01:00');

describe.each(bothStores(fake))('aanvraag with an outsider, from application to outcome (%s)', (_name, open) => {
  let deps: Deps;
  let now: Date;
  let mailer: LocalMailer;
  let sender: OutsiderSender;
  let logs: CapturedLogs;
  const drain = () => sender.drain(deps);

  beforeEach(async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const stores = await open();
    let n = 0;
    now = NOW;
    logs = captureLogs();
    // Every line (trace), to check that none names the parent or repeats what anyone typed (#18.5).
    const logger = createLogger({ logLevel: 'trace' }, logs.destination);
    deps = { config, stores, clock: () => now, newId: () => `id-${String(++n).padStart(4, '0')}`, logger, ...TEST_INFRA };
    value(await stores.people.upsert(aPerson(1, { roles: ['leerkracht'], schoolIds: [] })));
    value(
      await stores.meetings.upsert(
        aMeeting(1, {
          title: TITLE,
          type: 'consultatie',
          sessions: [aSession(1, { capacity: 1, name: 'Regio Noord — Wolvega', location: 'De Schakel, Wolvega', sectors: [] })],
          audience: { roles: ['leerkracht'], sectors: [], schoolIds: [] },
          registrationDeadline: '2026-12-10T23:59:00+01:00',
          registrationMode: 'aanvraag',
          confirmDaysBefore: 14,
          contact: { name: 'Fenna Visser', email: 'fenna@swv.example', phone: null },
          organiserId: TEST_COORDINATOR.id,
        }),
      ),
    );
    mailer = new LocalMailer(null, undefined, () => now);
    // The clock jumps between drains: every card reads afresh.
    sender = outsiderSender(mailer, 0);
  });

  it('applications first, the organiser confirms, each hears the outcome on the day: the parent by e-mail, the colleague in Teams', async () => {
    const colleague = (await deps.stores.people.get('person-0001'))!;
    value(await respond(deps, colleague, { meetingId: MEETING, sessionId: 'session-1', response: 'attend', source: 'card' }));
    await importForms(deps, source, mapping, memoryLedger());
    const [parent] = await deps.stores.registrants.forMeeting(MEETING);
    expect(parent?.name).toBe('Sanne Bakker');
    const statuses = async () => new Map((await deps.stores.rsvps.forMeeting(MEETING)).map((r) => [r.personId, r.status]));
    expect(await statuses()).toEqual(new Map([[colleague.id, 'applied'], [parent!.id, 'applied']]));

    // While applications are open: the parent hears the application arrived, nobody hears an outcome.
    await drain();
    expect(mailer.sent.map((m) => m.to)).toEqual(['sanne@thuis.example']);
    expect(mailer.sent[0]?.subject).toBe(`We hebben je aanmelding ontvangen: ${TITLE}`);
    expect(mailer.sent[0]?.text).toMatch(/Uiterlijk \S+ 28 december 2026 laten we je per mail weten of je kunt deelnemen/);
    expect(sender.teams).toEqual([]);
    expect((await deps.stores.outbox.forSubject(MEETING)).some((i) => i.kind === 'outcome')).toBe(false);

    // After the deadline the organiser sees both applications for the one place, and confirms.
    now = AFTER_DEADLINE;
    const view = value(await selectionFor(deps, TEST_COORDINATOR, MEETING));
    const [proposal] = view.proposals;
    expect([...(proposal?.proposed ?? []), ...(proposal?.reserve ?? [])].map((a) => a.personId).sort()).toEqual([colleague.id, parent!.id].sort());
    const confirmed = value(await confirmSelection(deps, TEST_COORDINATOR, MEETING, [{ sessionId: 'session-1', selected: [parent!.id], reserve: [colleague.id] }]));
    expect(confirmed.queued).toBe(2);
    expect(await statuses()).toEqual(new Map([[colleague.id, 'waitlisted'], [parent!.id, 'booked']]));
    const outcomes = (await deps.stores.outbox.forSubject(MEETING)).filter((i) => i.kind === 'outcome');
    expect(outcomes.map((i) => i.notBefore)).toEqual(['2026-12-28T08:00:00.000Z', '2026-12-28T08:00:00.000Z']);

    // Not before the outcome day…
    await drain();
    expect(mailer.sent).toHaveLength(1);
    expect(sender.teams).toEqual([]);

    // …and then: the parent by e-mail with the calendar file, the colleague in Teams.
    now = OUTCOME_DAY;
    await drain();
    const mail = mailer.sent.at(-1)!;
    expect(mail.to).toBe('sanne@thuis.example');
    expect(mail.subject).toBe('Je kunt deelnemen');
    expect(mail.text).toContain(TITLE);
    expect(mail.ics?.content).toContain('DTSTART:20270111T180000Z');
    expect(sender.teams).toEqual([colleague.id]);

    // The log holds ids and counts: not the parent's name or address, nor the contact's, nor the meeting's words.
    expect(logs.lines.some((l) => l.includes('selection confirmed'))).toBe(true);
    expect(leaksIn(logs.lines, ['Sanne Bakker', 'Fenna Visser', TITLE, 'De Schakel', 'Wolvega'])).toEqual([]);
  });
});
