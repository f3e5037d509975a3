/**
 * Every list on a site with its columns in one Graph request (more only when Graph pages the
 * answer): `GET /sites/{id}/lists?$expand=columns`. Microsoft Learn, "Get metadata for a list",
 * documents `expand=columns` on a list; the collection takes the same `$expand` (OData query
 * parameters on Graph collections), and `@odata.nextLink` is followed when present.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphColumn } from './schema-diff.js';

export interface SiteList {
  readonly id: string;
  readonly displayName: string;
  readonly columns: readonly GraphColumn[];
}

interface Page {
  readonly value: SiteList[];
  readonly '@odata.nextLink'?: string;
}

export const siteListsPath = (siteId: string): string => `/sites/${encodeURIComponent(siteId)}/lists?$expand=columns`;

export const readSiteLists = async (client: Client, siteId: string): Promise<SiteList[]> => {
  const lists: SiteList[] = [];
  let next: string | undefined = siteListsPath(siteId);
  while (next) {
    const page = (await client.api(next).get()) as Page;
    lists.push(...page.value.map((l) => ({ id: l.id, displayName: l.displayName, columns: l.columns ?? [] })));
    next = page['@odata.nextLink'];
  }
  return lists;
};

/** Finds a list by its display name as SharePoint does: case-insensitively. */
export const findSiteList = (lists: readonly SiteList[], name: string): SiteList | undefined =>
  lists.find((l) => l.displayName.toLowerCase() === name.toLowerCase());
