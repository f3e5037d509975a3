/**
 * Graph requests of one Forms import of 500 registrations: reading the form's items from the list
 * Formulierantwoorden and keeping the import's ledger and run on the partnership's site (Graph
 * fake). The RSVPs it books go to an embedded store here: they take the same path as a card click,
 * which `rsvp_click_requests` measures.
 */
import { loadConfig } from '../../bot/src/config.js';
import { formsImporter } from '../../bot/src/usecases/forms/import.js';
import { FormsMappingSchema } from '../../bot/src/usecases/forms/rows.js';
import { createLogger } from '../../bot/src/logger.js';
import { aMeeting, aPerson, aSession, NOW, pad, value } from '../../bot/src/store/contract/fixtures.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { openSqliteStores } from '../../bot/src/store/sqlite/index.js';
import type { GraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient, fakeStores, provisionedSite } from '../sharepoint/fake-stores.js';
import { flowCreates } from '../sharepoint/form-responses.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { graphFormResponses } from '../../bot/src/graph/forms-list.js';

export const RESPONSES = 500;

export const measureFormsImport = async (fake: GraphFake): Promise<{ requests: number; units: number; booked: number }> => {
  const siteId = await provisionedSite(fake);
  const sharepoint = await fakeStores(fake, { siteId, skipCheck: true });
  const sqlite = await openSqliteStores({ memory: true });
  const stores: Stores = { ...sqlite, formsImports: sharepoint.formsImports, close: () => sqlite.close() };
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  let n = 0;
  const deps = { config, stores, clock: () => NOW, newId: () => `forms-${++n}`, logger: createLogger(config), ...TEST_INFRA };
  value(await stores.meetings.upsert(aMeeting(1, { sessions: [aSession(1, { capacity: RESPONSES })], audience: { roles: [], sectors: [], schoolIds: [] } })));
  const people = Array.from({ length: RESPONSES }, (_, i) => aPerson(i + 1, { email: `p${pad(i + 1)}@school.example`, schoolIds: [] }));
  for (const p of people) value(await stores.people.upsert(p));
  const mapping = FormsMappingSchema.parse({ meetingId: 'meeting-0001', formId: 'aanmelding-bench' });
  await flowCreates(fake, siteId, mapping.formId, people.map((p, i) => ({ ResponseId: i + 1, Email: p.email })));
  fake.resetCounts();
  const [report] = await formsImporter(graphFormResponses({ client: fakeClient(fake), siteId }), [mapping]).run(deps);
  const booked = report?.kind === 'meeting' ? report.booked : 0;
  if (booked !== RESPONSES) throw new Error(`forms import booked ${booked} of ${RESPONSES}`);
  const counted = { requests: fake.counts.requests, units: fake.counts.resourceUnits, booked };
  await stores.close();
  return counted;
};
