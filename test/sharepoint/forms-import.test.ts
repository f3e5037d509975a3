/**
 * Forms registrations from an Excel table with messy real-world rows: extra spaces, upper-case
 * e-mails, a duplicate submission, an unknown person and school, a full session.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '@samen/shared';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { importForms, memoryLedger, type FormsImportLedger } from '../../bot/src/graph/forms-import.js';
import { FormsMappingSchema } from '../../bot/src/graph/forms-rows.js';
import { readTable } from '../../bot/src/graph/workbook.js';
import { createLogger } from '../../bot/src/logger.js';
import { aMeeting, aPerson, aSchool, aSession, NOW, value } from '../../bot/src/store/contract/fixtures.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient } from './fake-stores.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';

const fake = await startGraphFake({ seed: 3 });
afterAll(() => fake.close());
const client = fakeClient(fake);

const HEADERS = ['ID', 'Begintijd', 'Voltooiingstijd', 'E-mail', 'Naam', 'School', 'Rol', 'Welke sessie kiest u?'];
const DINSDAG = 'Dinsdag 11 januari, 19.00 uur – Amersfoort';
const ONLINE = 'Woensdag 12 januari – online';
const ROWS = [
  [1, '2026-11-20 09:01', '2026-11-20 09:03', '  ANNA@School.example ', 'Anna de Vries', 'Basisschool De Linde 1', 'ib', `  ${DINSDAG} `],
  [2, '2026-11-20 09:10', '2026-11-20 09:12', 'bram@school.example', 'Bram', 'Basisschool De Linde 1', 'leerkracht', DINSDAG],
  [3, '2026-11-20 10:00', '2026-11-20 10:02', 'Carla@SCHOOL.example', 'Carla', ' basisschool de linde 1  ', 'ib', DINSDAG.toUpperCase()],
  [4, '2026-11-20 10:30', '2026-11-20 10:31', 'anna@school.example', 'Anna de Vries', 'Basisschool De Linde 1', 'ib', DINSDAG],
  [5, '2026-11-21 08:00', '2026-11-21 08:01', 'onbekend@elders.example', 'Iemand', 'Basisschool Nergenshuizen', 'ib', DINSDAG],
  [6, '2026-11-21 08:30', '2026-11-21 08:33', 'daan@school.example', 'Daan', 'Nergenshuizen', 'ib', ONLINE],
  [7, '2026-11-21 09:00', '2026-11-21 09:01', 'bram@school.example', 'Bram', 'Basisschool De Linde 1', 'leerkracht', 'Donderdag?'],
];

const mapping = FormsMappingSchema.parse({
  meetingId: 'meeting-0001',
  workbook: { driveId: 'b!drive', itemId: 'item-1', table: 'Aanmeldingen' },
  columns: { email: 'E-mail', name: 'Naam', school: 'School', role: 'Rol', session: 'Welke sessie kiest u?', responseId: 'ID' },
  sessions: { [DINSDAG]: 'session-1', [ONLINE]: 'session-2' },
});

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
  fake.workbooks.setTable('b!drive', 'item-1', 'Aanmeldingen', HEADERS, ROWS.map((r) => [...r]));
  ledger = memoryLedger();
});

const statuses = async () =>
  Object.fromEntries((await deps.stores.rsvps.forMeeting('meeting-0001')).map((r) => [`${r.personId}/${r.sessionId}`, r.status]));

describe('importing Forms registrations', () => {
  it('books, waitlists when full, ignores the duplicate and reports what it could not match', async () => {
    const report = await importForms(deps, client, mapping, ledger);
    expect(report).toMatchObject({ booked: 3, waitlisted: 1, unchanged: 1, alreadyImported: 0 });
    expect(report.unmatched).toEqual([
      { row: 6, problem: 'unknown-person' },
      { row: 8, problem: 'unknown-session' },
    ]);
    expect(report.unknownSchools).toEqual([{ row: 7, school: 'Nergenshuizen' }]);
    expect(await statuses()).toEqual({
      'person-0001/session-1': 'booked',
      'person-0002/session-1': 'booked',
      'person-0003/session-1': 'waitlisted',
      'person-0004/session-2': 'booked',
    });
    expect((await deps.stores.rsvps.forMeeting('meeting-0001')).every((r) => r.source === 'forms')).toBe(true);
  });

  it('never imports a row twice, but tries unmatched rows again and picks up new ones', async () => {
    await importForms(deps, client, mapping, ledger);
    const anna = (await deps.stores.rsvps.forPerson('person-0001'))[0]!;
    // Anna cancels on the card after the import; a second import must not book her again.
    await deps.stores.rsvps.transact('meeting-0001', () => ({ ok: true, value: { writes: [{ ...anna, status: 'declined' as const }] } }));
    fake.workbooks.addRows('b!drive', 'item-1', 'Aanmeldingen', [[8, '', '', 'Bram@school.example ', 'Bram', '', '', ONLINE]]);
    const again = await importForms(deps, client, mapping, ledger);
    expect(again).toMatchObject({ booked: 1, waitlisted: 0, unchanged: 0, alreadyImported: 5 });
    expect(again.unmatched.map((u) => u.row)).toEqual([6, 8]);
    expect((await statuses())['person-0001/session-1']).toBe('declined');
    expect((await statuses())['person-0002/session-2']).toBe('booked');
  });

  it('keeps the rules of a card click: after the deadline nothing is booked, and says why', async () => {
    const late = { ...deps, clock: () => new Date('2027-01-09T12:00:00+01:00') };
    const report = await importForms(late, client, mapping, ledger);
    expect(report.booked).toBe(0);
    expect(report.unmatched.filter((u) => u.problem === 'refused').map((u) => u.code)).toEqual(Array(5).fill('RSVP.DEADLINE_PASSED'));
  });
});

describe('reading the Excel table', () => {
  it('pages with $top/$skip, one request at a time per workbook, through a 429 storm', async () => {
    fake.workbooks.maxConcurrent = 0;
    fake.throttleRate = 0.3;
    try {
      const [a, b] = await Promise.all([readTable(client, mapping.workbook, 2), readTable(client, mapping.workbook, 3)]);
      expect(a.rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(b.rows).toEqual(a.rows);
      expect(a.headers).toEqual(HEADERS);
    } finally {
      fake.throttleRate = 0;
    }
    expect(fake.workbooks.maxConcurrent).toBe(1);
    expect(fake.counts.throttled).toBeGreaterThan(0);
  });
});

describe('importeer in chat', () => {
  it('tells the coördinator in Dutch what was imported and which rows were not', async () => {
    const { importCommand } = await import('../../bot/src/conversation/import-actions.js');
    const { formsImporter } = await import('../../bot/src/graph/forms-import.js');
    const person = (await deps.stores.people.get('person-0001'))!;
    const handler = importCommand(formsImporter(client, [mapping], ledger));
    const [reply] = await handler(deps, { person, locale: 'nl', isCoordinator: true }, '');
    expect(reply).toEqual({
      type: 'text',
      text:
        'Forms-import voor PLG lezen 1: 3 aangemeld, 1 op de wachtlijst, 1 al bekend, 0 eerder geïmporteerd.\n' +
        'Niet verwerkt: rij 6 (e-mailadres onbekend), rij 8 (sessie niet herkend).\n' +
        'Let op, school niet herkend: 7 (Nergenshuizen).',
    });
    expect(await handler(deps, { person, locale: 'nl', isCoordinator: false }, '')).toHaveLength(1);
    expect((await statuses())['person-0001/session-1']).toBe('booked');
  });
});
