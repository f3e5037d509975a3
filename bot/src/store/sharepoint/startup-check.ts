/** At startup with STORE=sharepoint: does every site exist, reachable by us, with every list? Says in Dutch what is missing. */
import type { Client } from '@microsoft/microsoft-graph-client';
import { statusOf } from '../../graph/client.js';

export class SharePointSetupError extends Error {
  override readonly name = 'SharePointSetupError';
}

export interface SiteExpectation {
  readonly siteId: string;
  readonly lists: readonly string[];
}

const problemsOf = async (client: Client, site: SiteExpectation): Promise<string[]> => {
  const path = `/sites/${encodeURIComponent(site.siteId)}`;
  try {
    await client.api(path).get();
  } catch (e) {
    const status = statusOf(e);
    if (status === 404 || status === 403 || status === 401) {
      return [`De SharePoint-site ${site.siteId} bestaat niet of de app heeft er geen toegang toe (Sites.Selected voor de SWV-site, gedelegeerd voor schoolsites).`];
    }
    return [`De SharePoint-site ${site.siteId} is niet bereikbaar (HTTP ${status ?? 'onbekend'}).`];
  }
  const lists = (await client.api(`${path}/lists?$select=id,displayName`).get()) as { value: { displayName: string }[] };
  const present = new Set(lists.value.map((l) => l.displayName.toLowerCase()));
  return site.lists
    .filter((name) => !present.has(name.toLowerCase()))
    .map((name) => `Op de site ${site.siteId} ontbreekt de lijst '${name}'.`);
};

export const checkSites = async (client: Client, sites: readonly SiteExpectation[]): Promise<void> => {
  const problems = (await Promise.all(sites.map((s) => problemsOf(client, s)))).flat();
  if (problems.length > 0) {
    throw new SharePointSetupError(
      `SharePoint is niet klaar voor STORE=sharepoint:\n- ${problems.join('\n- ')}\nMaak de lijsten aan met: npm run provision:sharepoint -- --site <site-id>`,
    );
  }
};
