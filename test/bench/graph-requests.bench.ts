/**
 * Graph requests (and SharePoint resource units) per user-visible operation, against the Graph
 * fake: the coördinator's dashboard for 100 schools and 20 meetings, one school's tab, one RSVP
 * click (the card's Action.Execute invoke over HTTP to the running server, on a warm server), and a
 * Forms import of 500 responses (forms-import-requests.ts, its own JSON line), and an announcement
 * to 1,000 staff (announcement-requests.ts, its own line: requests per recipient to deliver it).
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
import { fakeStores, provisionedSite } from '../sharepoint/fake-stores.js';
import { startHarness } from '../support/bot-harness.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { measureFormsImport, RESPONSES } from './forms-import-requests.js';
import { measureAnnouncement } from './announcement-requests.js';

const SCHOOLS = 100;
const MEETINGS = 20;
const PEOPLE_PER_SCHOOL = 5;
const RSVPS_PER_MEETING = 25;

const inChunks = async <T>(items: readonly T[], size: number, each: (item: T) => Promise<unknown>) => {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
};
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const fake = await startGraphFake();
const siteId = await provisionedSite(fake);
const stores = await fakeStores(fake, { siteId });
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
// One click on "Aanmelden" by someone the running server has seen before (the usual case: the card
// came in a chat the bot knows), after another person's click warmed the server. A first contact
// after a restart adds two requests: the conversation reference is looked up and saved.
const harness = await startHarness({ STORE: 'sharepoint', SHAREPOINT_SITE_ID: siteId, GRAPH_BASE_URL: fake.baseUrl, LOAD_SAMPLE_DATA: 'false' }, NOW);
const userOf = async (n: number) => ({ aadObjectId: ((await stores.people.get(`person-${pad(n)}`)) as Person).aadObjectId, conversationId: `personal-${n}` });
const click = async (user: { aadObjectId: string; conversationId: string }) => {
  const res = await harness.execute('rsvp.attend', { meetingId: 'meeting-0001', sessionId: 'session-1' }, user);
  if (res.status !== 200 || res.body.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`RSVP click failed: ${JSON.stringify(res.body)}`);
};
const [warmUp, clicker] = [await userOf(SCHOOLS * PEOPLE_PER_SCHOOL - 1), await userOf(SCHOOLS * PEOPLE_PER_SCHOOL)];
await click(warmUp);
await harness.say('help', clicker);
const rsvp = await measure(() => click(clicker));
const stored = await stores.rsvps.forMeeting('meeting-0001');
if (!stored.some((r) => r.personId === `person-${pad(SCHOOLS * PEOPLE_PER_SCHOOL)}` && r.status === 'booked')) throw new Error('RSVP not stored');
await harness.close();
const forms = await measureFormsImport(fake);
const announcement = await measureAnnouncement(fake);
await fake.close();

process.stderr.write(
  `dashboard: ${JSON.stringify(board.operations)}\nschool tab: ${JSON.stringify(tab.operations)}\nrsvp click: ${JSON.stringify(rsvp.operations)}\n`,
);
console.log(
  JSON.stringify({
    bench: 'graph-requests',
    dashboard_requests: board.requests,
    school_tab_requests: tab.requests,
    resource_units: board.units + tab.units,
    dashboard_resource_units: board.units,
    school_tab_resource_units: tab.units,
    rsvp_click_requests: rsvp.requests,
    rsvp_click_resource_units: rsvp.units,
    schools: SCHOOLS,
    meetings: MEETINGS,
  }),
);
console.log(
  JSON.stringify({
    bench: 'graph-requests',
    announcement_requests_per_recipient: Number((announcement.deliveryRequests / announcement.recipients).toFixed(4)),
    announcement_delivery_requests: announcement.deliveryRequests,
    announcement_send_requests: announcement.sendRequests,
    announcement_recipients: announcement.recipients,
  }),
);
console.log(JSON.stringify({ bench: 'graph-requests', forms_import_requests: forms.requests, forms_import_resource_units: forms.units, forms_responses: RESPONSES }));
