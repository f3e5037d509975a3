/** The list schema as code, provisioned through Graph: a plan first, idempotent, repairs drift. */
import { afterAll, describe, expect, it } from 'vitest';
import { LISTS, listsOf } from '../../infra/sharepoint/lists.js';
import { planSite, provisionSite } from '../../infra/sharepoint/provision.js';
import { run } from '../../scripts/provision-sharepoint.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient } from './fake-stores.js';
import { createGraphClient } from '../../bot/src/graph/client.js';

const fake = await startGraphFake();
afterAll(() => fake.close());
const client = fakeClient(fake);
const ALL = Object.values(LISTS);

const provision = async (args: string[]) => {
  const lines: string[] = [];
  const code = await run(args, { GRAPH_BASE_URL: fake.baseUrl }, (l) => lines.push(l));
  return { code, lines };
};
const columnsOf = (site: string, list: string) => fake.sites.get(site)?.lists.find((l) => l.displayName === list)?.columns ?? [];
const column = (site: string, list: string, name: string) => columnsOf(site, list).find((c) => c.name === name);
/** What an administrator could do to the site in SharePoint's list settings, through Graph. */
const patchColumn = (site: string, list: string, name: string, body: Record<string, unknown>) =>
  client.api(`/sites/${site}/lists/${list}/columns/${name}`).patch(body);

describe('provisioning SharePoint lists', () => {
  it('plans every list on an empty site and writes nothing with --dry-run', async () => {
    const site = fake.addSite('dry');
    const { code, lines } = await provision(['--dry-run', '--site', 'dry']);
    expect(code).toBe(0);
    expect(lines[0]).toBe(`Plan voor site dry: ${ALL.length} wijziging(en)`);
    expect(lines).toContain('  + lijst Aanmeldingen aanmaken met 10 kolommen (Aanmeldingen per sessie (kaart, chat, tab of Forms))');
    expect(site.lists).toEqual([]);
  });

  it('creates every list and column, note columns as plain multi-line text, then finds nothing to do', async () => {
    fake.addSite('swv');
    const first = await provisionSite(client, 'swv', ALL);
    expect(first.map((c) => c.kind)).toEqual(ALL.map(() => 'create-list'));
    fake.resetCounts();
    expect(await planSite(client, 'swv', ALL)).toEqual([]);
    expect(fake.counts.requests).toBe(1);
    expect(columnsOf('swv', 'Aanmeldingen').filter((c) => c.indexed).map((c) => c.name).sort()).toEqual(['MeetingId', 'PersonId', 'RecordId', 'RsvpKey']);
    expect(column('swv', 'Bijeenkomsten', 'Data')?.text).toMatchObject({ allowMultipleLines: true, textType: 'plain' });
    expect((await provision(['--site', 'swv'])).lines).toEqual(['Bijgewerkt: site swv: niets te doen']);
  });

  it('shows drift per list and column with --dry-run, repairs it, and a second run does nothing', async () => {
    fake.addSite('drift');
    await provisionSite(client, 'drift', ALL);
    await patchColumn('drift', 'Uitnodigingen', 'DueKey', { indexed: false });
    await patchColumn('drift', 'Uitnodigingen', 'Payload', { text: { textType: 'richText' } });
    await patchColumn('drift', 'Scholen', 'RecordId', { enforceUniqueValues: false });
    await patchColumn('drift', 'Aanmeldingen', 'Source', { choice: { choices: ['card', 'tab', 'chat'] } });
    await patchColumn('drift', 'Gesprekken', 'Reference', { text: { allowMultipleLines: false, maxLength: 255 } });
    const outbox = columnsOf('drift', 'Uitnodigingen');
    outbox.splice(outbox.findIndex((c) => c.name === 'ActivityId'), 1);
    const before = JSON.stringify(fake.sites.get('drift'));

    const dry = await provision(['--dry-run', '--site', 'drift']);
    expect(dry.lines).toEqual([
      'Plan voor site drift: 6 wijziging(en)',
      '  ~ kolom Scholen.RecordId dwingt geen unieke waarden af: herstellen',
      '  ~ kolom Gesprekken.Reference is één regel tekst, verwacht meerdere regels: herstellen',
      '  ~ kolom Aanmeldingen.Source kent de keuzes card/tab/chat, verwacht card/tab/chat/forms: herstellen',
      '  ~ kolom Uitnodigingen.Payload heeft teksttype richText, verwacht plain: herstellen',
      '  ~ kolom Uitnodigingen.DueKey heeft geen index: herstellen',
      '  + kolom Uitnodigingen.ActivityId ontbreekt (text): toevoegen',
    ]);
    expect(JSON.stringify(fake.sites.get('drift'))).toBe(before);

    expect((await provision(['--site', 'drift'])).code).toBe(0);
    expect(column('drift', 'Uitnodigingen', 'DueKey')?.indexed).toBe(true);
    expect(column('drift', 'Uitnodigingen', 'Payload')?.text?.textType).toBe('plain');
    expect(column('drift', 'Gesprekken', 'Reference')?.text).toMatchObject({ allowMultipleLines: true, textType: 'plain' });
    expect(column('drift', 'Aanmeldingen', 'Source')?.choice?.choices).toContain('forms');
    const after = JSON.stringify(fake.sites.get('drift'));
    expect((await provision(['--site', 'drift'])).lines).toEqual(['Bijgewerkt: site drift: niets te doen']);
    expect(JSON.stringify(fake.sites.get('drift'))).toBe(after);
  });

  it('leaves a column of another type to a person and says so, exiting 1', async () => {
    fake.addSite('type');
    await provisionSite(client, 'type', ALL);
    const frameworks = columnsOf('type', 'Kaders');
    frameworks.splice(frameworks.findIndex((c) => c.name === 'Revision'), 1);
    await client.api('/sites/type/lists/Kaders/columns').post({ name: 'Revision', text: {}, required: true });
    const { code, lines } = await provision(['--site', 'type']);
    expect(code).toBe(1);
    expect(lines[0]).toBe('Bijgewerkt: site type: 0 wijziging(en), 1 met de hand');
    expect(lines[1]).toMatch(/^ {2}! kolom Kaders\.Revision is van het type text, verwacht number: niet automatisch te herstellen; geef in SharePoint de kolom 'Revision' van 'Kaders' een andere naam/);
    expect(lines.at(-1)).toMatch(/Graph zet het type van een bestaande kolom niet veilig om/);
    expect(column('type', 'Kaders', 'Revision')?.text).toBeDefined();
  });

  it('puts the school lists on school sites when they are named', async () => {
    fake.addSite('centraal');
    fake.addSite('school-a');
    await provision(['--site', 'centraal', '--school-site', 'school-a']);
    const names = (id: string) => fake.sites.get(id)?.lists.map((l) => l.displayName).sort();
    expect(names('school-a')).toEqual(listsOf('school').map((l) => l.name).sort());
    expect(names('centraal')).toEqual(listsOf('central').map((l) => l.name).sort());
  });
});

describe('provisioning under Sites.Selected', () => {
  const TOKEN = 'local-graph-stand-in';

  it('is refused with the everyday Write role, saying in Dutch which role it needs and to give it back afterwards', async () => {
    fake.addSite('write-only');
    fake.grant('write-only', TOKEN, 'write');
    const { code, lines } = await provision(['--site', 'write-only']);
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/SharePoint weigert de app op site write-only \(HTTP 403\).*FullControl.*terug op Write/s);
    expect(fake.sites.get('write-only')?.lists).toEqual([]);
  });

  it('creates the lists with FullControl, after which the app works with Write alone', async () => {
    fake.addSite('full');
    fake.grant('full', TOKEN, 'fullcontrol');
    expect((await provision(['--site', 'full'])).code).toBe(0);
    fake.grant('full', TOKEN, 'write');
    const app = createGraphClient({ baseUrl: fake.baseUrl, token: async () => TOKEN });
    const item = await app.api('/sites/full/lists/Scholen/items').post({ fields: { RecordId: 'school-x', Name: 'X', Sector: 'PO', Region: 'noord' } });
    expect(item).toMatchObject({ fields: { RecordId: 'school-x' } });
    await expect(app.api('/sites/full/lists').post({ displayName: 'Extra', list: { template: 'genericList' } })).rejects.toMatchObject({ statusCode: 403 });
  });
});
