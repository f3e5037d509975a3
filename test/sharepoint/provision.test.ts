/** The list schema as code, provisioned through Graph: a plan first, idempotent, repairs drift. */
import { afterAll, describe, expect, it } from 'vitest';
import { LISTS, listsOf } from '../../infra/sharepoint/lists.js';
import { planSite, provisionSite } from '../../infra/sharepoint/provision.js';
import { run } from '../../scripts/provision-sharepoint.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient } from './fake-stores.js';

const fake = await startGraphFake();
afterAll(() => fake.close());
const client = fakeClient(fake);
const ALL = Object.values(LISTS);

describe('provisioning SharePoint lists', () => {
  it('plans every list on an empty site and writes nothing with --dry-run', async () => {
    const site = fake.addSite('dry');
    const lines: string[] = [];
    expect(await run(['--dry-run', '--site', 'dry'], { GRAPH_BASE_URL: fake.baseUrl }, (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toBe(`Plan voor site dry: ${ALL.length} wijziging(en)`);
    expect(lines).toContain('  + lijst Aanmeldingen aanmaken met 9 kolommen (Aanmeldingen per sessie (kaart, chat, tab of Forms))');
    expect(site.lists).toEqual([]);
  });

  it('creates every list and column, then finds nothing to do on a second run', async () => {
    fake.addSite('swv');
    const first = await provisionSite(client, 'swv', ALL);
    expect(first.map((c) => c.kind)).toEqual(ALL.map(() => 'create-list'));
    expect(await planSite(client, 'swv', ALL)).toEqual([]);
    const columns = fake.sites.get('swv')?.lists.find((l) => l.displayName === 'Aanmeldingen')?.columns ?? [];
    expect(columns.filter((c) => c.indexed).map((c) => c.name).sort()).toEqual(['MeetingId', 'PersonId', 'RecordId', 'RsvpKey']);
  });

  it('adds a missing column and restores an index someone removed', async () => {
    fake.addSite('drift');
    await provisionSite(client, 'drift', ALL);
    const outbox = fake.sites.get('drift')?.lists.find((l) => l.displayName === 'Uitnodigingen');
    const due = outbox?.columns.find((c) => c.name === 'DueKey');
    if (due) due.indexed = false;
    outbox?.columns.splice(outbox.columns.findIndex((c) => c.name === 'ActivityId'), 1);
    const plan = await planSite(client, 'drift', ALL);
    expect(plan.map((c) => c.text)).toEqual(['~ kolom Uitnodigingen.DueKey: indexed → true', '+ kolom Uitnodigingen.ActivityId (text) toevoegen']);
    await provisionSite(client, 'drift', ALL);
    expect(await planSite(client, 'drift', ALL)).toEqual([]);
  });

  it('puts the school lists on school sites when they are named', async () => {
    fake.addSite('centraal');
    fake.addSite('school-a');
    const lines: string[] = [];
    await run(['--site', 'centraal', '--school-site', 'school-a'], { GRAPH_BASE_URL: fake.baseUrl }, (l) => lines.push(l));
    const names = (id: string) => fake.sites.get(id)?.lists.map((l) => l.displayName).sort();
    expect(names('school-a')).toEqual(listsOf('school').map((l) => l.name).sort());
    expect(names('centraal')).toEqual(listsOf('central').map((l) => l.name).sort());
  });
});
