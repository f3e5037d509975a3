/**
 * Brings a site's lists in line with lists.ts through Graph: creates missing lists and columns,
 * repairs columns whose index, uniqueness, required flag, choices or text settings drifted (one
 * PATCH per column), and says which columns have another type, which it leaves to a person.
 * Idempotent: a second run plans nothing. Never deletes a list, a column or data.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { columnDefinition, type ListSpec } from './lists.js';
import { describeDrift, listDrift, typeRepairHint, type ColumnDrift } from './schema-diff.js';
import { findSiteList, readSiteLists } from './site-lists.js';

export interface PlannedChange {
  /** `manual`: provisioning cannot repair it safely; `text` says what a person does. */
  readonly kind: 'create-list' | 'add-column' | 'update-column' | 'manual';
  readonly list: string;
  readonly column?: string;
  /** One line for a person, in Dutch. */
  readonly text: string;
  /** Absent for `manual`. */
  readonly apply?: (client: Client) => Promise<void>;
}

const listsPath = (siteId: string) => `/sites/${encodeURIComponent(siteId)}/lists`;

const changeOf = (siteId: string, list: { id: string; name: string }, d: ColumnDrift): PlannedChange => {
  const columns = `${listsPath(siteId)}/${encodeURIComponent(list.id)}/columns`;
  const base = { list: list.name, column: d.column.name };
  if (d.kind === 'missing') {
    return { ...base, kind: 'add-column', text: `+ ${describeDrift(list.name, d)}: toevoegen`, apply: async (cl) => void (await cl.api(columns).post(columnDefinition(d.column))) };
  }
  if (d.kind === 'type') {
    return { ...base, kind: 'manual', text: `! ${describeDrift(list.name, d)}: niet automatisch te herstellen; ${typeRepairHint(list.name, d.column.name)}` };
  }
  return {
    ...base,
    kind: 'update-column',
    text: `~ ${describeDrift(list.name, d)}: herstellen`,
    apply: async (cl) => void (await cl.api(`${columns}/${encodeURIComponent(d.id)}`).patch(d.patch)),
  };
};

const createList = (siteId: string, spec: ListSpec): PlannedChange => ({
  kind: 'create-list',
  list: spec.name,
  text: `+ lijst ${spec.name} aanmaken met ${spec.columns.length} kolommen (${spec.description})`,
  apply: async (cl) =>
    void (await cl.api(listsPath(siteId)).post({
      displayName: spec.name,
      description: spec.description,
      columns: spec.columns.map(columnDefinition),
      list: { template: 'genericList' },
    })),
});

/** What would change on the site; nothing is written. One Graph request for the whole site. */
export const planSite = async (client: Client, siteId: string, specs: readonly ListSpec[]): Promise<PlannedChange[]> => {
  const lists = await readSiteLists(client, siteId);
  return specs.flatMap((spec) => {
    const present = findSiteList(lists, spec.name);
    if (!present) return [createList(siteId, spec)];
    return listDrift(spec, present.columns).map((d) => changeOf(siteId, { id: present.id, name: spec.name }, d));
  });
};

/** Plans and, unless `dryRun`, applies every change it can (list creation before its columns). */
export const provisionSite = async (
  client: Client,
  siteId: string,
  specs: readonly ListSpec[],
  options: { readonly dryRun?: boolean } = {},
): Promise<PlannedChange[]> => {
  const changes = await planSite(client, siteId, specs);
  if (!options.dryRun) for (const change of changes) await change.apply?.(client);
  return changes;
};
