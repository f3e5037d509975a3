/** Graph's SharePoint endpoints: sites, lists, columns and list items (queries: see list-query.ts). */
import {
  BUILT_IN_COLUMNS,
  etagMatches,
  GraphFault,
  guidOf,
  itemJson,
  listJson,
  writeFields,
  type DuplicateAnswer,
  type Item,
  type List,
  type Site,
} from './lists.js';
import { expandsFields, queryItems } from './list-query.js';
import { newColumn } from './columns.js';

export interface FakeRequest {
  readonly method: string;
  /** Path after /v1.0, without a leading slash, decoded per segment. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
}

export interface FakeResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface ListSettings {
  /** SharePoint's list view threshold (5,000); set low in tests. */
  threshold: number;
  defaultTop: number;
  maxTop: number;
  /** Chance that a conditional write finds the item just changed by someone else (→ 412). */
  raceRate: number;
  /** How a duplicate in a unique column is answered (see DuplicateAnswer in lists.ts). */
  duplicate: DuplicateAnswer;
  /**
   * Leave @odata.etag out of the answer to PATCH .../fields. listitem-update: the response is a
   * fieldValueSet, and the documented example carries no @odata.etag.
   */
  omitPatchEtag: boolean;
  /**
   * Chance that a PATCH, with or without If-Match, is refused 409 resourceModified (an edit
   * conflict with a concurrent change; nothing written): onedrive-api-docs #1414.
   */
  editConflictRate: number;
  random: () => number;
  now: () => string;
  baseUrl: string;
}

export const notFound = (what: string) => new GraphFault(404, 'itemNotFound', `${what} not found`);

export const findList = (site: Site, ref: string): List => {
  const list = site.lists.find((l) => l.id === ref || l.displayName.toLowerCase() === ref.toLowerCase());
  if (!list) throw notFound(`List '${ref}'`);
  return list;
};

const findItem = (list: List, id: string): Item => {
  const item = list.items.get(Number(id));
  if (!/^\d+$/.test(id) || !item) throw notFound(`Item '${id}'`);
  return item;
};

const fieldsBody = (body: unknown): Record<string, unknown> => {
  if (typeof body !== 'object' || body === null) throw new GraphFault(400, 'invalidRequest', 'Invalid request body');
  return body as Record<string, unknown>;
};

const ifMatch = (item: Item, req: FakeRequest, s: ListSettings): void => {
  const header = req.headers['if-match'];
  if (header === undefined) return;
  if (header.trim() !== '*' && s.random() < s.raceRate) item.version += 1;
  if (!etagMatches(item, header)) {
    throw new GraphFault(412, 'preconditionFailed', `The request ETag value '${header}' does not match the object's ETag value.`);
  }
};

export const itemRoute = (site: Site, list: List, rest: readonly string[], req: FakeRequest, s: ListSettings): FakeResponse => {
  const [id, sub] = rest;
  if (id === undefined) {
    if (req.method === 'GET') return queryItems(site, list, req, s);
    if (req.method === 'POST') {
      const created = writeFields(list, null, fieldsBody(fieldsBody(req.body).fields), s.now(), s.duplicate);
      return { status: 201, body: itemJson(created, true) };
    }
  } else if (sub === undefined) {
    const item = findItem(list, id);
    if (req.method === 'GET') return { status: 200, body: itemJson(item, expandsFields(req.query).yes) };
    if (req.method === 'DELETE') {
      ifMatch(item, req, s);
      list.items.delete(item.id);
      return { status: 204 };
    }
  } else if (sub === 'fields' && req.method === 'PATCH') {
    const item = findItem(list, id);
    if (s.editConflictRate > 0 && s.random() < s.editConflictRate) {
      throw new GraphFault(409, 'resourceModified', 'The resource has been modified by another request. Please retry.');
    }
    ifMatch(item, req, s);
    const updated = writeFields(list, item, fieldsBody(req.body), s.now(), s.duplicate);
    const fields: Record<string, unknown> = { ...itemJson(updated, true).fields };
    if (s.omitPatchEtag) delete fields['@odata.etag'];
    return { status: 200, body: fields };
  }
  throw new GraphFault(405, 'invalidRequest', `${req.method} is not supported here`);
};

export const createList = (site: Site, body: unknown): FakeResponse => {
  const b = fieldsBody(body);
  const displayName = String(b.displayName ?? '');
  if (!displayName) throw new GraphFault(400, 'invalidRequest', 'displayName is required');
  if (site.lists.some((l) => l.displayName.toLowerCase() === displayName.toLowerCase())) {
    throw new GraphFault(409, 'nameAlreadyExists', `A list named '${displayName}' already exists`);
  }
  const list: List = { id: guidOf(site.id, site.lists.length + 1), displayName, columns: BUILT_IN_COLUMNS.map((c) => ({ ...c })), items: new Map(), nextId: 1 };
  for (const c of Array.isArray(b.columns) ? (b.columns as unknown[]) : []) list.columns.push(newColumn(list, c));
  site.lists.push(list);
  return { status: 201, body: listJson(site, list, true) };
};
