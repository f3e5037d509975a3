/**
 * At startup with STORE=sharepoint: is every site reachable by us, with every list, every column
 * of the right type, the indexes and unique values the queries rely on, and note columns as plain
 * text? Says in Dutch what is wrong and that `npm run provision:sharepoint` repairs it. One Graph
 * request per site (`lists?$expand=columns`).
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListSpec } from '../../../../infra/sharepoint/lists.js';
import { describeDrift, listDrift, typeRepairHint } from '../../../../infra/sharepoint/schema-diff.js';
import { findSiteList, readSiteLists, type SiteList } from '../../../../infra/sharepoint/site-lists.js';
import { statusOf } from '../../graph/client.js';
import { SharePointSetupError } from './setup-error.js';

export { SharePointSetupError } from './setup-error.js';

export interface SiteExpectation {
  readonly siteId: string;
  readonly lists: readonly ListSpec[];
}

const unreachable = (siteId: string, e: unknown): string => {
  const status = statusOf(e);
  if (status === 404 || status === 403 || status === 401) {
    return `De SharePoint-site ${siteId} bestaat niet of de app heeft er geen toegang toe (Sites.Selected voor de SWV-site, gedelegeerd voor schoolsites).`;
  }
  return `De SharePoint-site ${siteId} is niet bereikbaar (HTTP ${status ?? 'onbekend'}).`;
};

/** The differences the app cannot work with; an extra index or a column that may stay empty is fine. */
const listProblems = (siteId: string, spec: ListSpec, present: SiteList | undefined): string[] => {
  if (!present) return [`Op de site ${siteId} ontbreekt de lijst '${spec.name}'.`];
  return listDrift(spec, present.columns)
    .filter((d) => d.kind !== 'settings' || d.blocking)
    .map((d) => {
      const line = `Op de site ${siteId}: ${describeDrift(spec.name, d)}.`;
      return d.kind === 'type' ? `${line} Dat herstelt provisioning niet vanzelf: ${typeRepairHint(spec.name, d.column.name)}.` : line;
    });
};

const problemsOf = async (client: Client, site: SiteExpectation): Promise<string[]> => {
  let lists: SiteList[];
  try {
    lists = await readSiteLists(client, site.siteId);
  } catch (e) {
    return [unreachable(site.siteId, e)];
  }
  return site.lists.flatMap((spec) => listProblems(site.siteId, spec, findSiteList(lists, spec.name)));
};

export const checkSites = async (client: Client, sites: readonly SiteExpectation[]): Promise<void> => {
  const problems = (await Promise.all(sites.map((s) => problemsOf(client, s)))).flat();
  if (problems.length > 0) {
    throw new SharePointSetupError(
      `SharePoint is niet klaar voor STORE=sharepoint:\n- ${problems.join('\n- ')}\n` +
        'Maak of herstel de lijsten met: npm run provision:sharepoint -- --site <site-id> (eerst --dry-run om te zien wat er verandert)',
    );
  }
};
