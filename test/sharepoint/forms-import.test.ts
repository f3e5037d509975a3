/**
 * Forms registrations from the list Formulierantwoorden (filled by a Power Automate flow), with
 * messy real-world responses: extra spaces, upper-case e-mails, a duplicate submission, an unknown
 * person and school, a full session, a response the flow stored twice and an unreadable item.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '@samen/shared';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { importForms, memoryLedger, type FormsImportLedger } from '../../bot/src/usecases/forms/import.js';
import { FormsMappingSchema } from '../../bot/src/usecases/forms/rows.js';
import { createLogger } from '../../bot/src/logger.js';
import { aMeeting, aPerson, aSchool, aSession, NOW, value } from '../../bot/src/store/contract/fixtures.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { flowCreates } from './form-responses.js';
import { fakeClient, provisionedSite } from './fake-stores.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { graphFormResponses } from '../../bot/src/graph/forms-list.js';

// Pages of at most 7 items, so reading a form follows @odata.nextLink as on a real, larger list.
const fake = await startGraphFake({ seed: 3, maxTop: 7 });
afterAll(() => fake.close());
const client = fakeClient(fake);
let source: { client: typeof client; siteId: string };

const DINSDAG = 'Dinsdag 11 januari, 19.00 uur – Amersfoort';
const ONLINE = 'Woensdag 12 januari – online';
const FORM = 'aanmelding-plg-lezen';
const RESPONSES = [
  { ResponseId: 1, SubmittedAt: '2026-11-20T09:03:00Z', Email: '  ANNA@School.example ', Name: 'Anna de Vries', School: 'Basisschool De Linde 1', Role: 'ib', Session: `  ${DINSDAG} ` },
  { ResponseId: 2, Email: 'bram@school.example', Name: 'Bram', School: 'Basisschool De Linde 1', Role: 'leerkracht', Session: DINSDAG },
  { ResponseId: 3, Email: 'Carla@SCHOOL.example', Name: 'Carla', School: ' basisschool de linde 1  ', Role: 'ib', Session: DINSDAG.toUpperCase() },
  { ResponseId: 4, Email: 'anna@school.example', Name: 'Anna de Vries', School: 'Basisschool De Linde 1', Role: 'ib', Session: DINSDAG },
  { ResponseId: 5, Email: 'onbekend@elders.example', Name: 'Iemand', School: 'Basisschool Nergenshuizen', Role: 'ib', Session: DINSDAG },
  { ResponseId: 6, Email: 'daan@school.example', Name: 'Daan', School: 'Nergenshuizen', Role: 'ib', Session: ONLINE },
  { ResponseId: 7, Email: 'bram@school.example', Name: 'Bram', School: 'Basisschool De Linde 1', Role: 'leerkracht', Session: 'Donderdag?' },
  // The flow retried "Create item": the same response twice.
  { ResponseId: 2, Email: 'bram@school.example', Name: 'Bram', School: 'Basisschool De Linde 1', Role: 'leerkracht', Session: DINSDAG },
];

const mapping = FormsMappingSchema.parse({ meetingId: 'meeting-0001', formId: FORM, sessions: { [DINSDAG]: 'session-1', [ONLINE]: 'session-2' } });

let deps: Deps;
let ledger: FormsImportLedger;
const meeting = (): Omit<Meeting, 'version'> & { expectedVersion: string } =>
  aMeeting(1, {
    sessions: [aSession(1, { capacity: 2 }), aSession(2, { capacity: null, location: null, onlineUrl: 'https://teams.example/x' })],
    sessionChoice: 'each',
    audience: { roles: ['ib', 'leerkracht'], sectors: [], schoolIds: [] },
  });

beforeEach(async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const stores = await openSqliteStores({ memory: true });
  let n = 0;
  deps = { config, stores, clock: () => NOW, newId: () => `id-${++n}`, logger: createLogger(config), ...TEST_INFRA };
  value(await stores.schools.upsert(aSchool(1)));
  value(await stores.meetings.upsert(meeting()));
  for (const [i, name] of ['anna', 'bram', 'carla', 'daan'].entries()) {
    value(await stores.people.upsert(aPerson(i + 1, { email: `${name}@school.example`, schoolIds: ['school-0001'] })));
  }
  source = { client, siteId: await provisionedSite(fake) };
  await flowCreates(fake, source.siteId, FORM, RESPONSES);
  // Another form's responses in the same list are not this meeting's.
  await flowCreates(fake, source.siteId, 'peiling-oo', [{ ResponseId: 1, Email: 'bram@school.example', Answer1: 'Ja' }]);
  ledger = memoryLedger();
});

const statuses = async () =>
  Object.fromEntries((await deps.stores.rsvps.forMeeting('meeting-0001')).map((r) => [`${r.personId}/${r.sessionId}`, r.status]));

describe('importing Forms registrations', () => {
  it('books, waitlists when full, ignores the duplicates and reports what it could not match', async () => {
    const report = await importForms(deps, graphFormResponses(source), mapping, ledger);
    expect(report).toMatchObject({ booked: 3, waitlisted: 1, unchanged: 1, alreadyImported: 1 });
    expect(report.unmatched).toEqual([
      { row: 5, problem: 'unknown-person' },
      { row: 7, problem: 'unknown-session' },
    ]);
    expect(report.unknownSchools).toEqual([{ row: 6, school: 'Nergenshuizen' }]);
    expect(await statuses()).toEqual({
      'person-0001/session-1': 'booked',
      'person-0002/session-1': 'booked',
      'person-0003/session-1': 'waitlisted',
      'person-0004/session-2': 'booked',
    });
    expect((await deps.stores.rsvps.forMeeting('meeting-0001')).every((r) => r.source === 'forms')).toBe(true);
  });

  it('never imports a row twice, but tries unmatched rows again and picks up new ones', async () => {
    await importForms(deps, graphFormResponses(source), mapping, ledger);
    const anna = (await deps.stores.rsvps.forPerson('person-0001'))[0]!;
    // Anna cancels on the card after the import; a second import must not book her again.
    await deps.stores.rsvps.transact('meeting-0001', () => ({ ok: true, value: { writes: [{ ...anna, status: 'declined' as const }] } }));
    await flowCreates(fake, source.siteId, FORM, [{ ResponseId: 8, Email: 'Bram@school.example ', Session: ONLINE }]);
    const again = await importForms(deps, graphFormResponses(source), mapping, ledger);
    expect(again).toMatchObject({ booked: 1, waitlisted: 0, unchanged: 0, alreadyImported: 6 });
    expect(again.unmatched.map((u) => u.row)).toEqual([5, 7]);
    expect((await statuses())['person-0001/session-1']).toBe('declined');
    expect((await statuses())['person-0002/session-2']).toBe('booked');
  });

  it('keeps the rules of a card click: after the deadline nothing is booked, and says why', async () => {
    const late = { ...deps, clock: () => new Date('2027-01-09T12:00:00+01:00') };
    const report = await importForms(late, graphFormResponses(source), mapping, ledger);
    expect(report.booked).toBe(0);
    expect(report.unmatched.filter((u) => u.problem === 'refused').map((u) => u.code)).toEqual(Array(5).fill('RSVP.DEADLINE_PASSED'));
  });
});

describe('reading the list Formulierantwoorden', () => {
  it('reports an item it cannot read by its list id, imports the rest, and tries it again next time', async () => {
    // A flow that maps a rating question into ResponseId: a number, but no Forms response number.
    const [badId] = await flowCreates(fake, source.siteId, FORM, [{ ResponseId: 2.5, Email: 'carla@school.example', Session: ONLINE }]);
    const report = await importForms(deps, graphFormResponses(source), mapping, ledger);
    expect(report.unmatched).toContainEqual({ row: badId, problem: 'malformed' });
    expect(report.booked + report.waitlisted).toBe(4);
    expect((await importForms(deps, graphFormResponses(source), mapping, ledger)).unmatched).toContainEqual({ row: badId, problem: 'malformed' });
  });

  it('follows @odata.nextLink and reads every response once, through a 429 storm', async () => {
    await flowCreates(fake, source.siteId, FORM, Array.from({ length: 30 }, (_, i) => ({ ResponseId: 100 + i, Email: `x${i}@elders.example` })));
    fake.throttleRate = 0.3;
    try {
      const report = await importForms(deps, graphFormResponses(source), mapping, ledger);
      expect(report.unmatched.filter((u) => u.row >= 100)).toHaveLength(30);
    } finally {
      fake.throttleRate = 0;
    }
    expect(fake.counts.throttled).toBeGreaterThan(0);
  });
});

describe('importeer in chat', () => {
  it('tells the coördinator in Dutch what was imported and which rows were not', async () => {
    const { importCommand } = await import('../../bot/src/conversation/import-actions.js');
    const { formsImporter } = await import('../../bot/src/usecases/forms/import.js');
    const person = (await deps.stores.people.get('person-0001'))!;
    const handler = importCommand(formsImporter(graphFormResponses(source), [mapping], ledger));
    const [reply] = await handler(deps, { person, locale: 'nl', isCoordinator: true }, '');
    expect(reply).toEqual({
      type: 'text',
      text:
        'Forms-import voor PLG lezen 1: 3 aangemeld, 1 op de wachtlijst, 1 al bekend, 1 eerder geïmporteerd.\n' +
        'Niet verwerkt: antwoord 5 (e-mailadres onbekend), antwoord 7 (sessie niet herkend).\n' +
        'Let op, school niet herkend bij antwoord 6 (Nergenshuizen).',
    });
    expect(await handler(deps, { person, locale: 'nl', isCoordinator: false }, '')).toHaveLength(1);
    expect((await statuses())['person-0001/session-1']).toBe('booked');
  });
});
