/**
 * The fake's list columns: create (POST, or inside a list's `columns`), read and update (PATCH),
 * checked the way SharePoint checks a column definition. Each rule names its public source.
 */
import { GraphFault, guidOf, type ColumnDefinition, type List } from './lists.js';
import type { FakeRequest, FakeResponse } from './list-routes.js';

/**
 * The type facets of a columnDefinition; a column has exactly one (Microsoft Learn, "columnDefinition
 * resource type": the type-specific properties boolean, calculated, choice, currency, dateTime,
 * lookup, number, personOrGroup, text, … of which one describes the column).
 */
const FACETS = ['text', 'number', 'boolean', 'choice', 'dateTime', 'currency', 'lookup', 'personOrGroup', 'calculated', 'hyperlinkOrPicture'] as const;

const invalid = (message: string) => new GraphFault(400, 'invalidRequest', message);

const facetsOf = (c: Record<string, unknown>) => FACETS.filter((f) => c[f] !== undefined && c[f] !== null);

/** The whole column as it would be after a create or update; refused as SharePoint refuses it. */
const check = (c: ColumnDefinition): void => {
  const facets = facetsOf(c as unknown as Record<string, unknown>);
  if (facets.length !== 1) throw invalid(`Column '${c.name}' must have exactly one type (found ${facets.join(', ') || 'none'}).`);
  // textType is plain or richText (Learn, "textColumn resource type").
  if (c.text?.textType !== undefined && !['plain', 'richText'].includes(c.text.textType)) {
    throw invalid(`Column '${c.name}': textType must be plain or richText.`);
  }
  // Multiple lines of text need a text box of at least one line (microsoft-graph-docs-contrib issue #268).
  if (c.text?.allowMultipleLines && c.text.linesForEditing === 0) {
    throw invalid(`Column '${c.name}': allowMultipleLines needs linesForEditing other than 0.`);
  }
  // A choice column lists its choices as strings (Learn, "choiceColumn resource type").
  if (c.choice && (!Array.isArray(c.choice.choices) || c.choice.choices.some((x) => typeof x !== 'string'))) {
    throw invalid(`Column '${c.name}': choice.choices must be a list of text values.`);
  }
  // Multiple lines of text cannot be indexed nor unique; a Yes/No column cannot be unique; unique
  // values need an index (Learn, SharePoint 2010 "Enforcing Uniqueness in Column Values": "the key
  // factor … is whether that column can be indexed", with the supported and unsupported column types).
  if (c.text?.allowMultipleLines && (c.indexed || c.enforceUniqueValues)) {
    throw invalid(`Column '${c.name}': a column with multiple lines of text cannot be indexed or enforce unique values.`);
  }
  if (c.boolean && c.enforceUniqueValues) throw invalid(`Column '${c.name}': a Yes/No column cannot enforce unique values.`);
  if (c.enforceUniqueValues && !c.indexed) throw invalid(`Column '${c.name}': the column must be indexed to enforce unique values.`);
};

const body = (raw: unknown): Record<string, unknown> => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid('Invalid request body');
  return raw as Record<string, unknown>;
};

export const newColumn = (list: List, raw: unknown): ColumnDefinition => {
  const { id: _i, ...rest } = body(raw);
  const name = String(rest.name ?? '');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw invalid(`Invalid column name '${name}'`);
  if (list.columns.some((c) => c.name === name)) throw new GraphFault(409, 'nameAlreadyExists', `A column named '${name}' exists`);
  const column = { required: false, indexed: false, enforceUniqueValues: false, displayName: name, ...rest, id: guidOf(list.id, 10_000 + list.columns.length), name } as ColumnDefinition;
  check(column);
  return column;
};

/**
 * PATCH: any property but `id` may change (Learn, "Update columnDefinition"); a type facet in the
 * body replaces the column's facet, its own properties merge with the current ones (OData 4.01
 * update semantics for complex properties). The result is checked before anything is kept.
 */
const updated = (column: ColumnDefinition, raw: unknown): ColumnDefinition => {
  const { id: _i, name: _n, ...changes } = body(raw);
  const next = { ...column } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    const facet = (FACETS as readonly string[]).includes(key);
    if (facet && value !== null) for (const f of FACETS) if (f !== key) delete next[f];
    next[key] = facet && value !== null && typeof next[key] === 'object' ? { ...(next[key] as object), ...(value as object) } : value;
  }
  const result = next as unknown as ColumnDefinition;
  check(result);
  return result;
};

export const columnRoute = (list: List, rest: readonly string[], req: FakeRequest): FakeResponse => {
  const [columnId] = rest;
  if (columnId === undefined && req.method === 'GET') return { status: 200, body: { value: list.columns } };
  if (columnId === undefined && req.method === 'POST') {
    const column = newColumn(list, req.body);
    list.columns.push(column);
    return { status: 201, body: column };
  }
  const index = list.columns.findIndex((c) => c.id === columnId || c.name === columnId);
  const column = list.columns[index];
  if (!column) throw new GraphFault(404, 'itemNotFound', `Column '${columnId ?? ''}' not found`);
  if (req.method === 'GET') return { status: 200, body: column };
  if (req.method !== 'PATCH') throw new GraphFault(405, 'invalidRequest', 'not supported');
  list.columns[index] = updated(column, req.body);
  return { status: 200, body: list.columns[index] };
};
