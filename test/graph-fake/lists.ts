/**
 * The SharePoint side of the fake: sites, lists, columns (with Graph's columnDefinition shape)
 * and list items with monotonically increasing ids and ETags `"{guid},{version}"`.
 * Writes are validated like SharePoint does: unknown fields, wrong types, missing required values,
 * null in a create and duplicates in a column with `enforceUniqueValues` (compared case-insensitively)
 * are refused.
 */
import type { FieldValue } from './odata.js';

export interface ColumnDefinition {
  id: string;
  name: string;
  displayName: string;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number; linesForEditing?: number; textType?: string };
  number?: Record<string, unknown>;
  boolean?: Record<string, unknown>;
  dateTime?: Record<string, unknown>;
  choice?: { choices: string[] };
}

export interface Item {
  readonly id: number;
  readonly guid: string;
  version: number;
  fields: Record<string, FieldValue>;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface List {
  readonly id: string;
  readonly displayName: string;
  readonly columns: ColumnDefinition[];
  readonly items: Map<number, Item>;
  nextId: number;
}

export interface Site {
  readonly id: string;
  readonly displayName: string;
  readonly lists: List[];
}

/** A Graph error with its HTTP status, rendered as `{ error: { code, message } }`. */
export class GraphFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0').slice(-width);
export const guidOf = (seed: string, n: number): string => {
  let h = 2166136261;
  for (const ch of `${seed}:${n}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `${hex(h, 8)}-${hex(n, 4)}-4${hex(h >>> 4, 3)}-8${hex(h >>> 8, 3)}-${hex(h, 6)}${hex(n, 6)}`;
};

export const etagOf = (item: Item): string => `"${item.guid},${item.version}"`;

/** `If-Match` values arrive quoted or not; `*` matches any version. */
export const etagMatches = (item: Item, ifMatch: string): boolean => {
  const strip = (s: string) => s.replace(/^W\//, '').replace(/"/g, '');
  return ifMatch.trim() === '*' || strip(ifMatch) === strip(etagOf(item));
};

export const BUILT_IN_COLUMNS: readonly ColumnDefinition[] = [
  { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', name: 'Title', displayName: 'Title', required: false, indexed: false, enforceUniqueValues: false, text: { allowMultipleLines: false, maxLength: 255, textType: 'plain' } },
];

const columnFault = (name: string, why: string) => new GraphFault(400, 'invalidRequest', `Field '${name}' ${why}`);

const checkValue = (c: ColumnDefinition, value: FieldValue): void => {
  if (value === null) {
    if (c.required) throw columnFault(c.name, 'is required.');
    return;
  }
  if (c.number && typeof value !== 'number') throw columnFault(c.name, 'expects a number.');
  if (c.boolean && typeof value !== 'boolean') throw columnFault(c.name, 'expects a boolean.');
  if (c.dateTime && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) throw columnFault(c.name, 'expects a date.');
  if (c.choice && !c.choice.choices.includes(String(value))) throw columnFault(c.name, `does not allow '${String(value)}'.`);
  if (c.text) {
    if (typeof value !== 'string') throw columnFault(c.name, 'expects text.');
    const max = c.text.allowMultipleLines ? 63_999 : (c.text.maxLength ?? 255);
    if (value.length > max) throw columnFault(c.name, `is longer than ${max} characters.`);
  }
};

/**
 * SharePoint compares unique values case-insensitively: 'ABC' after 'abc' is a duplicate
 * (learn.microsoft.com, "Enforcing Uniqueness in Column Values", ee536168: "the comparison is
 * case-insensitive, so the values "hello world" and "Hello World" are evaluated as equivalent").
 */
const sameValue = (a: FieldValue | undefined, b: FieldValue): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

/**
 * How a duplicate in a unique column is answered. Graph's docs: 409. Real SharePoint is also reported
 * to answer 500 with code "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException" or 400
 * with the same message (SPDuplicateValuesFoundException: pnp/pnpjs issues, Power Automate community forum).
 */
export type DuplicateAnswer = 409 | 500 | 400;

const duplicateFault = (answer: DuplicateAnswer, column: string): GraphFault => {
  const message = `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column}].`;
  if (answer === 500) return new GraphFault(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', message);
  if (answer === 400) return new GraphFault(400, 'invalidRequest', message);
  return new GraphFault(409, 'nameAlreadyExists', message);
};

const unique = (list: List, c: ColumnDefinition, value: FieldValue, self: number | null, answer: DuplicateAnswer): void => {
  if (!c.enforceUniqueValues || value === null || value === undefined) return;
  for (const item of list.items.values()) {
    if (item.id !== self && sameValue(item.fields[c.name], value)) throw duplicateFault(answer, c.name);
  }
};

/**
 * Checks a create (all required present, no nulls) or a partial update (null clears a field), then
 * applies it. A create with null, even for a column that is not required, is refused: reported for
 * Graph list items in msgraph-sdk-dotnet-core #656.
 */
export const writeFields = (list: List, item: Item | null, fields: Record<string, unknown>, now: string, duplicate: DuplicateAnswer = 409): Item => {
  const byName = new Map(list.columns.map((c) => [c.name, c]));
  for (const [name, raw] of Object.entries(fields)) {
    if (name.startsWith('@odata')) continue;
    const c = byName.get(name);
    if (!c) throw columnFault(name, 'is not recognized.');
    if (!item && raw === null) throw columnFault(name, 'cannot be null in a new item.');
    checkValue(c, raw as FieldValue);
    unique(list, c, raw as FieldValue, item?.id ?? null, duplicate);
  }
  if (!item) {
    for (const c of list.columns) {
      if (c.required && (fields[c.name] ?? null) === null) throw columnFault(c.name, 'is required.');
    }
  }
  const clean = Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith('@odata'))) as Record<string, FieldValue>;
  if (item) {
    Object.assign(item.fields, clean);
    item.version += 1;
    item.lastModifiedDateTime = now;
    return item;
  }
  const id = list.nextId++;
  const created: Item = { id, guid: guidOf(list.id, id), version: 1, fields: clean, createdDateTime: now, lastModifiedDateTime: now };
  list.items.set(id, created);
  return created;
};

export const itemJson = (item: Item, withFields: boolean, select?: readonly string[]) => {
  const fields: Record<string, unknown> = { '@odata.etag': etagOf(item), id: String(item.id) };
  for (const [k, v] of Object.entries(item.fields)) if (!select || select.includes(k)) fields[k] = v;
  return {
    '@odata.etag': etagOf(item),
    id: String(item.id),
    eTag: etagOf(item),
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    ...(withFields ? { fields } : {}),
  };
};

export const listJson = (site: Site, list: List, withColumns: boolean) => ({
  id: list.id,
  displayName: list.displayName,
  name: list.displayName,
  parentReference: { siteId: site.id },
  list: { template: 'genericList', hidden: false },
  ...(withColumns ? { columns: list.columns } : {}),
});
