/** The startup check knows the schema: types, indexes, unique values and plain-text notes, in one request per site. */
import { afterAll, describe, expect, it } from 'vitest';
import { LISTS } from '../../infra/sharepoint/lists.js';
import { provisionSite } from '../../infra/sharepoint/provision.js';
import { openSharePointStores, SharePointSetupError } from '../../bot/src/store/sharepoint/index.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeClient, provisionedSite } from './fake-stores.js';

const fake = await startGraphFake();
afterAll(() => fake.close());
const client = fakeClient(fake);
const open = (siteId: string, schoolSites: Record<string, string> = {}) => openSharePointStores({ client, siteId, schoolSites });
const patchColumn = (site: string, list: string, name: string, body: Record<string, unknown>) =>
  client.api(`/sites/${encodeURIComponent(site)}/lists/${list}/columns/${name}`).patch(body);

const failureOf = async (siteId: string): Promise<string> => {
  try {
    await open(siteId);
  } catch (e) {
    expect(e).toBeInstanceOf(SharePointSetupError);
    return (e as Error).message;
  }
  throw new Error('the startup check passed');
};

describe('the SharePoint startup check', () => {
  it('passes on a provisioned site with one Graph request per site', async () => {
    const siteId = await provisionedSite(fake);
    const school = await provisionedSite(fake);
    fake.resetCounts();
    await open(siteId, { 'school-a': school });
    expect(fake.counts.requests).toBe(2);
  });

  it('says in Dutch which column is wrong and how, and that provisioning repairs it', async () => {
    const siteId = await provisionedSite(fake);
    await patchColumn(siteId, 'Uitnodigingen', 'DueKey', { indexed: false });
    await patchColumn(siteId, 'Personen', 'AadObjectId', { enforceUniqueValues: false });
    await patchColumn(siteId, 'Bijeenkomsten', 'Data', { text: { textType: 'richText' } });
    const frameworks = fake.sites.get(siteId)?.lists.find((l) => l.displayName === 'Kaders')?.columns ?? [];
    frameworks.splice(frameworks.findIndex((c) => c.name === 'Revision'), 1);
    await client.api(`/sites/${encodeURIComponent(siteId)}/lists/Kaders/columns`).post({ name: 'Revision', text: {}, required: true });
    const people = fake.sites.get(siteId)?.lists.find((l) => l.displayName === 'Personen')?.columns ?? [];
    people.splice(people.findIndex((c) => c.name === 'Locale'), 1);

    const message = await failureOf(siteId);
    expect(message.split('\n')).toEqual([
      'SharePoint is niet klaar voor STORE=sharepoint:',
      `- Op de site ${siteId}: kolom Personen.AadObjectId dwingt geen unieke waarden af.`,
      `- Op de site ${siteId}: kolom Personen.Locale ontbreekt (choice).`,
      `- Op de site ${siteId}: kolom Bijeenkomsten.Data heeft teksttype richText, verwacht plain.`,
      `- Op de site ${siteId}: kolom Uitnodigingen.DueKey heeft geen index.`,
      expect.stringMatching(
        new RegExp(`^- Op de site ${siteId}: kolom Kaders\\.Revision is van het type text, verwacht number\\. Dat herstelt provisioning niet vanzelf: geef in SharePoint`),
      ),
      'Maak of herstel de lijsten met: npm run provision:sharepoint -- --site <site-id> (eerst --dry-run om te zien wat er verandert)',
    ]);

    await provisionSite(client, siteId, Object.values(LISTS));
    expect(await failureOf(siteId)).not.toMatch(/DueKey|AadObjectId|Locale|Bijeenkomsten/);
    frameworks.splice(frameworks.findIndex((c) => c.name === 'Revision'), 1);
    await provisionSite(client, siteId, Object.values(LISTS));
    await expect(open(siteId)).resolves.toBeDefined();
  });

  it('lets the app start with differences it can work with (an extra index, a column that may stay empty, no textType reported)', async () => {
    const siteId = await provisionedSite(fake);
    await patchColumn(siteId, 'Scholen', 'Name', { indexed: true, required: false });
    const data = fake.sites.get(siteId)?.lists.find((l) => l.displayName === 'Mededelingen')?.columns.find((c) => c.name === 'Data');
    delete data?.text?.textType;
    await expect(open(siteId)).resolves.toBeDefined();
  });

  it('checks the school lists on a school site the app itself reaches', async () => {
    const siteId = await provisionedSite(fake);
    const school = 'contoso.sharepoint.com,school-b,web';
    fake.addSite(school);
    await provisionSite(client, school, [LISTS.niveaus]);
    await expect(open(siteId, { 'school-b': school })).rejects.toThrow(`Op de site ${school} ontbreekt de lijst 'Reflecties'.`);
  });
});
