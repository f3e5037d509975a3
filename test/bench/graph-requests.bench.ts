/**
 * Graph requests (and SharePoint resource units) per user-visible operation, against the Graph
 * fake: the coördinator's dashboard for 100 schools and 20 meetings, one school's tab, and a
 * Forms import of 500 responses (forms-import-requests.ts, its own JSON line).
 * Resource units as SharePoint counts them: 1 per single-item get, 2 per multi-item query,
 * create, update or delete (an app gets 1,250 per minute in a tenant of up to 1,000 licences).
 */
import { ok, type Person } from '@samen/shared';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import { createLogger } from '../../bot/src/logger.js';
import { aMeeting, aNiveau, aPerson, anRsvp, aReflection, aSchool, aSession, aFramework, NOW, pad, value } from '../../bot/src/store/contract/fixtures.js';
import { dashboard } from '../../bot/src/usecases/dashboard.js';
import { viewFramework } from '../../bot/src/usecases/framework.js';
import { viewNiveaus } from '../../bot/src/usecases/niveau.js';
import { viewReflection } from '../../bot/src/usecases/reflection.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores } from '../sharepoint/fake-stores.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { measureFormsImport, RESPONSES } from './forms-import-requests.js';

const SCHOOLS = 100;
const MEETINGS = 20;
const PEOPLE_PER_SCHOOL = 5;
const RSVPS_PER_MEETING = 25;

const inChunks = async <T>(items: readonly T[], size: number, each: (item: T) => Promise<unknown>) => {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
};
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const fake = await startGraphFake();
const stores = await fakeStores(fake);
const coordinator = aPerson(9999, { aadObjectId: 'aad-coordinator', schoolIds: [], roles: [] });
await inChunks(range(SCHOOLS), 20, async (n) => value(await stores.schools.upsert(aSchool(n))));
await inChunks(range(SCHOOLS * PEOPLE_PER_SCHOOL), 20, async (n) =>
  value(await stores.people.upsert(aPerson(n, { schoolIds: [`school-${pad(((n - 1) % SCHOOLS) + 1)}`], roles: ['ib'] }))),
);
value(await stores.people.upsert(coordinator));
await inChunks(range(MEETINGS), 10, async (n) => value(await stores.meetings.upsert(aMeeting(n, { sessions: [aSession(1, { capacity: 30 })] }))));
await inChunks(range(MEETINGS), 5, async (m) => {
  const writes = range(RSVPS_PER_MEETING).map((i) => anRsvp(m * 1000 + i, { meetingId: `meeting-${pad(m)}`, personId: `person-${pad(i + m)}` }));
  value(await stores.rsvps.transact(`meeting-${pad(m)}`, () => ok({ writes })));
});
await inChunks(range(SCHOOLS), 20, async (n) => value(await stores.niveaus.save(aNiveau(`school-${pad(n)}`))));
await inChunks(range(SCHOOLS / 2), 20, async (n) => value(await stores.reflections.save(aReflection(`school-${pad(n)}`))));
value(await stores.frameworks.save(aFramework()));

const config = loadConfig({ LOG_LEVEL: 'silent', COORDINATOR_IDS: coordinator.aadObjectId });
const deps: Deps = { config, stores, clock: () => NOW, newId: () => 'x', logger: createLogger(config), ...TEST_INFRA };

const measure = async (run: () => Promise<unknown>) => {
  fake.resetCounts();
  await run();
  return { requests: fake.counts.requests, units: fake.counts.resourceUnits, operations: { ...fake.counts.byOperation } };
};

const person = (await stores.people.get('person-0001')) as Person;
const board = await measure(async () => {
  const result = await dashboard(deps, (await stores.people.getByAadObjectId(coordinator.aadObjectId)) as Person);
  if (!result.ok || result.value.meetings.length !== MEETINGS || result.value.schools.length !== SCHOOLS) throw new Error('dashboard incomplete');
});
const tab = await measure(async () => {
  const me = (await stores.people.getByAadObjectId(person.aadObjectId)) as Person;
  const school = me.schoolIds[0] as string;
  await Promise.all([viewNiveaus(deps, me, school), viewReflection(deps, me, school, '2026-2027'), viewFramework(deps, '2026-2027')]);
});
const forms = await measureFormsImport(fake);
await fake.close();

process.stderr.write(`dashboard: ${JSON.stringify(board.operations)}\nschool tab: ${JSON.stringify(tab.operations)}\n`);
console.log(
  JSON.stringify({
    bench: 'graph-requests',
    dashboard_requests: board.requests,
    school_tab_requests: tab.requests,
    resource_units: board.units + tab.units,
    dashboard_resource_units: board.units,
    school_tab_resource_units: tab.units,
    schools: SCHOOLS,
    meetings: MEETINGS,
  }),
);
console.log(JSON.stringify({ bench: 'graph-requests', forms_import_requests: forms.requests, forms_import_resource_units: forms.units, forms_responses: RESPONSES }));
