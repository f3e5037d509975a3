/**
 * Brings a site's lists in line with lists.ts through Graph: creates missing lists and columns,
 * updates columns whose index, uniqueness, required flag or choices differ. Idempotent: a second
 * run plans nothing. Never deletes a list, a column or data.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { columnDefinition, type ColumnSpec, type ListSpec } from './lists.js';

export interface PlannedChange {
  readonly kind: 'create-list' | 'add-column' | 'update-column';
  readonly list: string;
  readonly column?: string;
  /** One line for a person, in Dutch. */
  readonly text: string;
  readonly apply: (client: Client) => Promise<void>;
}

interface GraphColumn {
  readonly id: string;
  readonly name: string;
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly choice?: { readonly choices?: readonly string[] };
}

const site = (siteId: string) => `/sites/${encodeURIComponent(siteId)}`;

/** The differences that matter between a column on the site and its spec, as Graph PATCH fields. */
const differences = (actual: GraphColumn, spec: ColumnSpec): Record<string, unknown> => {
  const want = columnDefinition(spec);
  const diff: Record<string, unknown> = {};
  for (const key of ['required', 'indexed', 'enforceUniqueValues'] as const) {
    if ((actual[key] ?? false) !== want[key]) diff[key] = want[key];
  }
  if (spec.type === 'choice' && JSON.stringify(actual.choice?.choices ?? []) !== JSON.stringify(spec.choices ?? [])) {
    diff.choice = want.choice;
  }
  return diff;
};

const describe = (diff: Record<string, unknown>): string =>
  Object.entries(diff)
    .map(([k, v]) => `${k} → ${k === 'choice' ? ((v as { choices: string[] }).choices ?? []).join('/') : String(v)}`)
    .join(', ');

const listChanges = async (client: Client, siteId: string, spec: ListSpec): Promise<PlannedChange[]> => {
  const path = `${site(siteId)}/lists/${encodeURIComponent(spec.name)}/columns`;
  const { value: columns } = (await client.api(path).get()) as { value: GraphColumn[] };
  const changes: PlannedChange[] = [];
  for (const c of spec.columns) {
    const actual = columns.find((a) => a.name === c.name);
    if (!actual) {
      changes.push({
        kind: 'add-column',
        list: spec.name,
        column: c.name,
        text: `+ kolom ${spec.name}.${c.name} (${c.type}${c.indexed ? ', geïndexeerd' : ''}${c.unique ? ', uniek' : ''}) toevoegen`,
        apply: async (cl) => void (await cl.api(path).post(columnDefinition(c))),
      });
      continue;
    }
    const diff = differences(actual, c);
    if (Object.keys(diff).length > 0) {
      changes.push({
        kind: 'update-column',
        list: spec.name,
        column: c.name,
        text: `~ kolom ${spec.name}.${c.name}: ${describe(diff)}`,
        apply: async (cl) => void (await cl.api(`${path}/${encodeURIComponent(actual.id)}`).patch(diff)),
      });
    }
  }
  return changes;
};

/** What would change on the site; nothing is written. */
export const planSite = async (client: Client, siteId: string, specs: readonly ListSpec[]): Promise<PlannedChange[]> => {
  const { value: lists } = (await client.api(`${site(siteId)}/lists?$select=id,displayName`).get()) as { value: { displayName: string }[] };
  const present = new Set(lists.map((l) => l.displayName.toLowerCase()));
  const changes: PlannedChange[] = [];
  for (const spec of specs) {
    if (present.has(spec.name.toLowerCase())) {
      changes.push(...(await listChanges(client, siteId, spec)));
      continue;
    }
    changes.push({
      kind: 'create-list',
      list: spec.name,
      text: `+ lijst ${spec.name} aanmaken met ${spec.columns.length} kolommen (${spec.description})`,
      apply: async (cl) =>
        void (await cl.api(`${site(siteId)}/lists`).post({
          displayName: spec.name,
          description: spec.description,
          columns: spec.columns.map(columnDefinition),
          list: { template: 'genericList' },
        })),
    });
  }
  return changes;
};

/** Plans and, unless `dryRun`, applies one change at a time (list creation before its columns). */
export const provisionSite = async (
  client: Client,
  siteId: string,
  specs: readonly ListSpec[],
  options: { readonly dryRun?: boolean } = {},
): Promise<PlannedChange[]> => {
  const changes = await planSite(client, siteId, specs);
  if (!options.dryRun) for (const change of changes) await change.apply(client);
  return changes;
};
