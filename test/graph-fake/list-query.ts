/**
 * `GET …/lists/{list}/items` as Graph answers it, with the rules our code could wrongly lean on:
 * - `$filter` only on indexed columns (else 400, or the threshold error with the Prefer header on a
 *   large list) — PLATFORM-FACTS, learn.microsoft.com "List items" (Graph) / "Manage large lists".
 * - `$orderby` is accepted and silently ignored: items come back in id order
 *   (microsoftgraph/microsoft-graph-docs issues #14191 and #3962; the listItem "list" reference
 *   documents `$filter`, `$expand`, `$select` and `$top`, not `$orderby`).
 * - The list view threshold applies to what the filter's first indexed clause selects: a filter
 *   whose leading clause matches more than 5,000 items is refused even with a small `$top` and a
 *   narrower second clause (microsoftgraph/msgraph-sdk-dotnet#827: "when I have less than 5000
 *   records for the first filter … it is working fine"; pnp/pnpjs#3149 and
 *   vgrem/office365-rest-python-client#804 for the SPQueryThrottledException code and message).
 *   An unfiltered read pages through any size of list in id order.
 * - A page may hold fewer items than `$top` and still carry `@odata.nextLink` (PLATFORM-FACTS;
 *   learn.microsoft.com "Paging Microsoft Graph data in your app": "a page of results may contain
 *   zero or more results"). Here every third page of a multi-page read is short (half of `$top`,
 *   rounded down, so a `$top=1` read gets an empty page) — deterministic, so tests never flake.
 */
import { GraphFault, itemJson, type Item, type List, type Site } from './lists.js';
import type { FakeRequest, FakeResponse, ListSettings } from './list-routes.js';
import { fieldsOf, matches, ODataError, parseFilter, parseOrderBy, type Expr } from './odata.js';

const HONOR = 'HonorNonIndexedQueriesWarningMayFailRandomly';
const THROTTLED_CODE = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';
const THROTTLED = 'The attempted operation is prohibited because it exceeds the list view threshold.';

const expandsFields = (q: URLSearchParams): { yes: boolean; select?: string[] } => {
  const expand = q.get('$expand') ?? '';
  const m = /^fields(?:\(\$select=([^)]*)\))?$/.exec(expand.trim());
  if (!m) return { yes: false };
  return m[1] ? { yes: true, select: m[1].split(',').map((s) => s.trim()) } : { yes: true };
};

export { expandsFields };

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
    if (list.items.size > s.threshold) throw new GraphFault(500, THROTTLED_CODE, THROTTLED);
  }
};

/** The leading clause of an `and` chain: what SharePoint narrows the list with first. */
const firstClause = (e: Expr): Expr => (e.kind === 'and' ? firstClause(e.left) : e);

const checkThreshold = (list: List, filter: Expr, s: ListSettings): void => {
  const lead = firstClause(filter);
  let selected = 0;
  for (const item of list.items.values()) if (matches(lead, item.fields)) selected += 1;
  if (selected > s.threshold) throw new GraphFault(500, THROTTLED_CODE, THROTTLED);
};

const parse = (q: URLSearchParams): Expr | null => {
  try {
    // $orderby is parsed (a malformed one is still a 400) and then ignored, as Graph does.
    if (q.get('$orderby')) parseOrderBy(q.get('$orderby') ?? '');
    return q.get('$filter') ? parseFilter(q.get('$filter') ?? '') : null;
  } catch (e) {
    if (e instanceof ODataError) throw new GraphFault(400, 'invalidRequest', e.message);
    throw e;
  }
};

/** Every third page (the 2nd, 5th, 8th, …) of a read that goes on is short. */
const pageLength = (top: number, pageNo: number): number => (pageNo % 3 === 1 ? Math.floor(top / 2) : top);

export const queryItems = (site: Site, list: List, req: FakeRequest, s: ListSettings): FakeResponse => {
  const q = req.query;
  const filter = parse(q);
  if (filter) {
    checkIndexed(list, fieldsOf(filter), req, s);
    checkThreshold(list, filter, s);
  }
  const top = Math.min(Math.max(1, Number(q.get('$top') ?? s.defaultTop) || s.defaultTop), s.maxTop);
  const token = Buffer.from(q.get('$skiptoken') ?? '', 'base64').toString();
  const offset = Number(/p_Offset=(\d+)/.exec(token)?.[1] ?? 0);
  const pageNo = Number(/p_Page=(\d+)/.exec(token)?.[1] ?? 0);
  const rows: Item[] = [...list.items.values()].filter((i) => !filter || matches(filter, i.fields)).sort((a, b) => a.id - b.id);
  const more = offset + top < rows.length;
  const end = offset + (more ? pageLength(top, pageNo) : top);
  const page = rows.slice(offset, end);
  const expand = expandsFields(q);
  const body: Record<string, unknown> = { value: page.map((i) => itemJson(i, expand.yes, expand.select)) };
  if (more) {
    const next = new URLSearchParams(q);
    next.set('$skiptoken', Buffer.from(`Paged=TRUE&p_ID=${page.at(-1)?.id ?? 0}&p_Offset=${end}&p_Page=${pageNo + 1}`).toString('base64'));
    const path = ['sites', site.id, 'lists', list.id, 'items'].map(encodeURIComponent).join('/');
    body['@odata.nextLink'] = `${s.baseUrl}/v1.0/${path}?${next.toString()}`;
  }
  return { status: 200, body };
};
