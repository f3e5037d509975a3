/** Graph's SharePoint endpoints: sites, lists, columns and list items (with $filter/$orderby/$top paging). */
import {
  BUILT_IN_COLUMNS,
  etagMatches,
  GraphFault,
  guidOf,
  itemJson,
  listJson,
  writeFields,
  type Item,
  type List,
  type Site,
} from './lists.js';
import { newColumn } from './columns.js';
import { compare, fieldsOf, matches, ODataError, parseFilter, parseOrderBy } from './odata.js';

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
  random: () => number;
  now: () => string;
  baseUrl: string;
}

const HONOR = 'HonorNonIndexedQueriesWarningMayFailRandomly';
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

const expandsFields = (q: URLSearchParams): { yes: boolean; select?: string[] } => {
  const expand = q.get('$expand') ?? '';
  const m = /^fields(?:\(\$select=([^)]*)\))?$/.exec(expand.trim());
  if (!m) return { yes: false };
  return m[1] ? { yes: true, select: m[1].split(',').map((s) => s.trim()) } : { yes: true };
};

const checkIndexed = (list: List, names: readonly string[], req: FakeRequest, s: ListSettings): void => {
  const honor = (req.headers.prefer ?? '').includes(HONOR);
  for (const name of names) {
    const c = list.columns.find((col) => col.name === name);
    if (!c) throw new GraphFault(400, 'invalidRequest', `Field '${name}' is not recognized`);
    if (c.indexed) continue;
    if (!honor) {
      throw new GraphFault(
        400,
        'invalidRequest',
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR}' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
    if (list.items.size > s.threshold) {
      throw new GraphFault(400, 'invalidRequest', 'The attempted operation is prohibited because it exceeds the list view threshold.');
    }
  }
};

const queryItems = (site: Site, list: List, req: FakeRequest, s: ListSettings): FakeResponse => {
  const q = req.query;
  let filter;
  let order;
  try {
    filter = q.get('$filter') ? parseFilter(q.get('$filter') ?? '') : null;
    order = q.get('$orderby') ? parseOrderBy(q.get('$orderby') ?? '') : [];
  } catch (e) {
    if (e instanceof ODataError) throw new GraphFault(400, 'invalidRequest', e.message);
    throw e;
  }
  checkIndexed(list, [...(filter ? fieldsOf(filter) : []), ...order.map((o) => o.field)], req, s);
  const top = Math.min(Math.max(1, Number(q.get('$top') ?? s.defaultTop) || s.defaultTop), s.maxTop);
  const offset = Number(/p_Offset=(\d+)/.exec(Buffer.from(q.get('$skiptoken') ?? '', 'base64').toString())?.[1] ?? 0);
  const rows = [...list.items.values()]
    .filter((i) => !filter || matches(filter, i.fields))
    .sort((a, b) => {
      for (const o of order) {
        const c = compare(a.fields[o.field], b.fields[o.field]);
        if (c !== 0) return o.desc ? -c : c;
      }
      return a.id - b.id;
    });
  const page = rows.slice(offset, offset + top);
  const expand = expandsFields(q);
  const body: Record<string, unknown> = { value: page.map((i) => itemJson(i, expand.yes, expand.select)) };
  if (offset + top < rows.length) {
    const next = new URLSearchParams(q);
    next.set('$skiptoken', Buffer.from(`Paged=TRUE&p_ID=${page.at(-1)?.id ?? 0}&p_Offset=${offset + top}`).toString('base64'));
    const path = ['sites', site.id, 'lists', list.id, 'items'].map(encodeURIComponent).join('/');
    body['@odata.nextLink'] = `${s.baseUrl}/v1.0/${path}?${next.toString()}`;
  }
  return { status: 200, body };
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
      const created = writeFields(list, null, fieldsBody(fieldsBody(req.body).fields), s.now());
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
    ifMatch(item, req, s);
    const updated = writeFields(list, item, fieldsBody(req.body), s.now());
    return { status: 200, body: itemJson(updated, true).fields };
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
