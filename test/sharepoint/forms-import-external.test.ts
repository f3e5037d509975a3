/**
 * Forms registrations from people outside the organisation (parents, pupils): a response whose
 * e-mail is not in the directory becomes an external registrant plus an RSVP through the same rule
 * as a card click, on SQLite and on SharePoint lists. Re-imports change nothing; rows without a
 * usable address or name are reported by row number and reason only.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { graphFormResponses } from '../../bot/src/graph/forms-list.js';
import { createLogger } from '../../bot/src/logger.js';
import { aMeeting, aPerson, aSchool, aSession, NOW, value } from '../../bot/src/store/contract/fixtures.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import { importForms, memoryLedger, type FormsImportLedger } from '../../bot/src/usecases/forms/import.js';
import { FormsMappingSchema } from '../../bot/src/usecases/forms/rows.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient, fakeStores, provisionedSite } from './fake-stores.js';
import { flowCreates } from './form-responses.js';

const fake = await startGraphFake({ seed: 5 });
afterAll(() => fake.close());

const WOLVEGA = 'Regio Noord (Wolvega) – voortgezet onderwijs';
const FORM = 'aanmelding-knelpunten-vo';
const RESPONSES = [
  { ResponseId: 1, Email: ' Sanne.Ouder@Thuis.example ', Name: ' Sanne  Bakker ', Role: 'Ouder / verzorger', Session: WOLVEGA, Answer1: 'Voortgezet onderwijs' },
  { ResponseId: 2, Email: 'jip@leerling.example', Name: 'Jip', Role: 'Leerling', Session: WOLVEGA, Answer1: 'VSO' },
  // A colleague in the directory registers through the same public form: a normal RSVP, no registrant.
  { ResponseId: 3, Email: 'medewerker1@school.example', Name: 'Medewerker 1', Role: 'Leraar', Session: WOLVEGA },
  { ResponseId: 4, Email: 'geen-adres', Name: 'Iemand', Role: 'Ouder', Session: WOLVEGA },
  { ResponseId: 5, Email: 'naamloos@thuis.example', Name: '   ', Role: 'Ouder', Session: WOLVEGA },
  { ResponseId: 6, Email: 'lotte@thuis.example', Name: 'Lotte', Role: 'Ouder', Session: WOLVEGA },
];

const mapping = FormsMappingSchema.parse({
  meetingId: 'meeting-0001',
  formId: FORM,
  sessions: { [WOLVEGA]: 'session-1' },
  registrants: { sector: 'Answer1' },
});

const STORES: readonly [string, () => Promise<Stores>][] = [
  ['sqlite', () => openSqliteStores({ memory: true })],
  ['sharepoint', () => fakeStores(fake)],
];

describe.each(STORES)('Forms registrations from outside the organisation (%s)', (_name, open) => {
  let deps: Deps;
  let ledger: FormsImportLedger;
  let source: { client: ReturnType<typeof fakeClient>; siteId: string };

  beforeEach(async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const stores = await open();
    let n = 0;
    deps = { config, stores, clock: () => NOW, newId: () => `id-${String(++n).padStart(4, '0')}`, logger: createLogger(config), ...TEST_INFRA };
    value(await stores.schools.upsert(aSchool(1, { sector: 'VO' })));
    value(await stores.people.upsert(aPerson(1, { schoolIds: ['school-0001'], roles: ['leerkracht'] })));
    value(
      await stores.meetings.upsert(
        aMeeting(1, { sessions: [aSession(1, { capacity: 3, name: WOLVEGA, sectors: ['VO', 'VSO'] })], audience: { roles: ['leerkracht'], sectors: [], schoolIds: [] }, organiserId: 'person-0002' }),
      ),
    );
    source = { client: fakeClient(fake), siteId: await provisionedSite(fake) };
    await flowCreates(fake, source.siteId, FORM, RESPONSES);
    ledger = memoryLedger();
  });

  it('keeps each outsider as a registrant of the meeting and books them by the same rule (capacity, waitlist)', async () => {
    const report = await importForms(deps, graphFormResponses(source), mapping, ledger);
    expect(report).toMatchObject({ booked: 3, waitlisted: 1, unchanged: 0, alreadyImported: 0 });
    expect(report.unmatched).toEqual([
      { row: 4, problem: 'bad-email' },
      { row: 5, problem: 'no-name' },
    ]);
    const registrants = await deps.stores.registrants.forMeeting('meeting-0001');
    expect(registrants.map(({ name, email, role, sector }) => ({ name, email, role, sector }))).toEqual([
      { name: 'Sanne Bakker', email: 'Sanne.Ouder@Thuis.example', role: 'ouder', sector: 'VO' },
      { name: 'Jip', email: 'jip@leerling.example', role: 'leerling', sector: 'VSO' },
      { name: 'Lotte', email: 'lotte@thuis.example', role: 'ouder', sector: null },
    ]);
    expect(registrants.every((r) => r.id.startsWith('ext-'))).toBe(true);
    const rsvps = await deps.stores.rsvps.forMeeting('meeting-0001');
    const statusOf = (personId: string) => rsvps.find((r) => r.personId === personId)?.status;
    expect(registrants.map((r) => statusOf(r.id))).toEqual(['booked', 'booked', 'waitlisted']);
    expect(statusOf('person-0001')).toBe('booked');
    // Each outsider whose registration changed is told by e-mail: one 'registration' item each, none for staff.
    const mails = (await deps.stores.outbox.forSubject('meeting-0001')).filter((i) => i.kind === 'registration');
    expect(mails.map((m) => m.personId).sort()).toEqual(registrants.map((r) => r.id).sort());
  });

  it('imports nothing twice, and a later submission by the same address updates the registrant, not a second one', async () => {
    await importForms(deps, graphFormResponses(source), mapping, ledger);
    await flowCreates(fake, source.siteId, FORM, [
      { ResponseId: 7, Email: 'SANNE.OUDER@thuis.example', Name: 'Sanne Bakker-de Wit', Role: 'Ouder', Session: WOLVEGA, Answer1: 'VO' },
    ]);
    const again = await importForms(deps, graphFormResponses(source), mapping, ledger);
    expect(again).toMatchObject({ booked: 0, waitlisted: 0, unchanged: 1, alreadyImported: 4 });
    expect(again.unmatched.map((u) => u.row)).toEqual([4, 5]);
    const registrants = await deps.stores.registrants.forMeeting('meeting-0001');
    expect(registrants).toHaveLength(3);
    expect(registrants.find((r) => r.email.toLowerCase() === 'sanne.ouder@thuis.example')?.name).toBe('Sanne Bakker-de Wit');
    expect((await deps.stores.rsvps.forMeeting('meeting-0001')).filter((r) => r.personId.startsWith('ext-'))).toHaveLength(3);
    const mails = (await deps.stores.outbox.forSubject('meeting-0001')).filter((i) => i.kind === 'registration');
    expect(mails).toHaveLength(3);
  });

  it('without registrant columns in the mapping, an unknown address stays a reported row', async () => {
    const staffOnly = FormsMappingSchema.parse({ meetingId: 'meeting-0001', formId: FORM, sessions: { [WOLVEGA]: 'session-1' } });
    const report = await importForms(deps, graphFormResponses(source), staffOnly, ledger);
    expect(report.unmatched.map((u) => u.problem)).toEqual(Array(5).fill('unknown-person'));
    expect(await deps.stores.registrants.forMeeting('meeting-0001')).toEqual([]);
  });

  it('keeps the rules of a card click for outsiders too: after the deadline nobody is registered', async () => {
    const late = { ...deps, clock: () => new Date('2027-01-09T12:00:00+01:00') };
    const report = await importForms(late, graphFormResponses(source), mapping, ledger);
    expect(report.unmatched.filter((u) => u.problem === 'refused').map((u) => u.code)).toEqual(Array(4).fill('RSVP.DEADLINE_PASSED'));
    expect((await deps.stores.rsvps.forMeeting('meeting-0001')).length).toBe(0);
  });
});
