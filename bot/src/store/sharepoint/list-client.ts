/**
 * One SharePoint list on one site, through Graph: items always with `$expand=fields`, queries
 * only on indexed columns (see infra/sharepoint/lists.ts), paging by `@odata.nextLink`, writes with
 * `If-Match` so a stale ETag is refused (412) instead of overwriting someone else's change.
 * There is no `$orderby`: Graph ignores it on list items (items come back in id order), so every
 * order is made in memory by the caller. A page may be short, even empty, and still have a
 * nextLink: reads follow the link to the end, never stop at a short page.
 */
import { relativeGraphPath } from '../../graph/client.js';
import { Conflict, isConflict, isEditConflict, unavailable } from './errors.js';
import type { GraphAnswer, GraphCall, GraphRequests } from './graph-requests.js';

export type FieldValue = string | number | boolean | null;
export type Fields = Readonly<Record<string, FieldValue>>;

export interface ListItem {
  readonly itemId: string;
  readonly etag: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface Query {
  /** On indexed columns; its first clause must select at most 5,000 items (the list view threshold). */
  readonly filter?: string;
  /** Only these fields (`$expand=fields($select=…)`); the item id and ETag come anyway. */
  readonly select?: readonly string[];
  readonly top?: number;
}

export { lit } from '../../graph/client.js';

const toItem = (raw: unknown): ListItem => {
  const r = raw as { id?: unknown; eTag?: unknown; '@odata.etag'?: unknown; fields?: Record<string, unknown> };
  const etag = String(r['@odata.etag'] ?? r.eTag ?? r.fields?.['@odata.etag'] ?? '');
  const itemId = String(r.id ?? r.fields?.id ?? '');
  if (!itemId || !etag) throw unavailable(null, 'SharePoint answered without an item id or ETag.');
  return { itemId, etag, fields: r.fields ?? {} };
};

const ok = (a: GraphAnswer): boolean => a.status >= 200 && a.status < 300;

export class ListClient {
  readonly path: string;

  constructor(
    private readonly graph: GraphRequests,
    siteId: string,
    listName: string,
    private readonly pageSize = 500,
  ) {
    this.path = `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(listName)}/items`;
  }

  /** Every item matching the query, following @odata.nextLink. */
  async all(q: Query): Promise<ListItem[]> {
    return this.allFrom(await this.graph.get(this.queryCall(q).url));
  }

  /** The first page of `all(q)` as a call, to send in a $batch; `allFrom` reads the rest. */
  queryCall(q: Query): GraphCall {
    return { method: 'GET', url: this.queryUrl({ ...q, top: q.top ?? this.pageSize }) };
  }

  /** Every item from the answer to a `queryCall` on, following @odata.nextLink. */
  async allFrom(first: GraphAnswer): Promise<ListItem[]> {
    let page = this.pageOf(first);
    const items: ListItem[] = [...page.items];
    while (page.nextLink !== undefined) {
      page = await this.read(relativeGraphPath(page.nextLink));
      items.push(...page.items);
    }
    return items;
  }

  /** The first item matching `filter` (for unique keys), following nextLink past empty pages. */
  async first(filter: string): Promise<ListItem | null> {
    let url: string | undefined = this.queryUrl({ filter, top: 1 });
    while (url !== undefined) {
      const page: { items: ListItem[]; nextLink?: string } = await this.read(url);
      if (page.items[0]) return page.items[0];
      url = page.nextLink === undefined ? undefined : relativeGraphPath(page.nextLink);
    }
    return null;
  }

  async getItem(itemId: string): Promise<ListItem | null> {
    const answer = await this.graph.get(`${this.path}/${encodeURIComponent(itemId)}?$expand=fields`);
    if (answer.status === 404) return null;
    if (!ok(answer)) throw unavailable(answer, `SharePoint answered ${answer.status}.`);
    return toItem(answer.body);
  }

  /**
   * Empty fields are left out of a create: SharePoint can refuse null even for a column that is not
   * required (msgraph-sdk-dotnet-core #656), and a field left out is empty anyway. An update keeps
   * null: that is how a field is cleared.
   */
  createCall(fields: Fields): GraphCall {
    const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
    return { method: 'POST', url: this.path, body: { fields: present } };
  }

  updateCall(itemId: string, etag: string, fields: Fields): GraphCall {
    return { method: 'PATCH', url: `${this.path}/${encodeURIComponent(itemId)}/fields`, headers: { 'If-Match': etag }, body: fields };
  }

  /** Creates an item; a duplicate in a unique column is a Conflict. */
  async create(fields: Fields): Promise<ListItem> {
    return this.written(await this.graph.send(this.createCall(fields)), null);
  }

  /** Updates with If-Match; an edit conflict (412, 409 resourceModified) or a vanished item (404) is a Conflict. */
  async update(itemId: string, etag: string, fields: Fields): Promise<ListItem> {
    return this.written(await this.graph.send(this.updateCall(itemId, etag, fields)), itemId);
  }

  /**
   * Creates or updates the one item matching `filter` (an indexed key column), last writer wins: a
   * lost race (duplicate or edit conflict) is read again and retried, `attempts` times in all, then thrown as Conflict.
   * `keep(current)` true leaves the current item as it is (it is newer than this write).
   */
  async upsertWhere(filter: string, fields: Fields, options: { readonly attempts?: number; readonly keep?: (current: ListItem) => boolean } = {}): Promise<void> {
    const attempts = options.attempts ?? 6;
    for (let attempt = 1; ; attempt++) {
      try {
        const item = await this.first(filter);
        if (item && options.keep?.(item)) return;
        await (item ? this.update(item.itemId, item.etag, fields) : this.create(fields));
        return;
      } catch (e) {
        if (!(e instanceof Conflict) || attempt >= attempts) throw e;
      }
    }
  }

  removeCall(itemId: string, etag = '*'): GraphCall {
    return { method: 'DELETE', url: `${this.path}/${encodeURIComponent(itemId)}`, headers: { 'If-Match': etag } };
  }

  /**
   * Deletes these items in `$batch`es ('*': whatever their version); a missing item is fine.
   * Returns how many were deleted by this call.
   */
  async removeAll(items: readonly ListItem[]): Promise<number> {
    if (items.length === 0) return 0;
    const answers = await this.graph.batch(items.map((i) => this.removeCall(i.itemId)));
    const failed = answers.find((a) => !ok(a) && a.status !== 404);
    if (failed) throw unavailable(failed, `SharePoint answered ${failed.status} to a delete.`);
    return answers.filter(ok).length;
  }

  /** Deletes with If-Match ('*' = whatever its version); a missing item is fine. */
  async remove(itemId: string, etag = '*'): Promise<void> {
    const answer = await this.graph.send(this.removeCall(itemId, etag));
    if (isEditConflict(answer)) throw new Conflict();
    if (!ok(answer) && answer.status !== 404) throw unavailable(answer, `SharePoint answered ${answer.status}.`);
  }

  /**
   * Turns the answer to a create or update into the stored item; throws Conflict or StorageUnavailable.
   * PATCH .../fields answers with the fieldValueSet, whose documented example (listitem-update) has
   * no @odata.etag: then the item is read once more for its ETag. POST .../items answers with the listItem.
   */
  async written(answer: GraphAnswer, itemId: string | null): Promise<ListItem> {
    if (isConflict(answer) || (itemId !== null && answer.status === 404)) throw new Conflict();
    if (!ok(answer)) throw unavailable(answer, `SharePoint answered ${answer.status}.`);
    if (itemId === null) return toItem(answer.body);
    const etag = (answer.body as Record<string, unknown> | null)?.['@odata.etag'];
    if (etag) return toItem({ id: itemId, fields: answer.body, '@odata.etag': etag });
    const item = await this.getItem(itemId);
    if (!item) throw new Conflict();
    return item;
  }

  private queryUrl(q: Query): string {
    const parts = [q.select ? `$expand=fields($select=${q.select.map(encodeURIComponent).join(',')})` : '$expand=fields'];
    if (q.filter) parts.push(`$filter=${encodeURIComponent(q.filter)}`);
    if (q.top) parts.push(`$top=${q.top}`);
    return `${this.path}?${parts.join('&')}`;
  }

  private async read(url: string): Promise<{ items: ListItem[]; nextLink?: string }> {
    return this.pageOf(await this.graph.get(url));
  }

  private pageOf(answer: GraphAnswer): { items: ListItem[]; nextLink?: string } {
    if (!ok(answer)) throw unavailable(answer, `SharePoint answered ${answer.status} to a query.`);
    const body = answer.body as { value?: unknown[]; '@odata.nextLink'?: string };
    const items = (body.value ?? []).map(toItem);
    return body['@odata.nextLink'] ? { items, nextLink: body['@odata.nextLink'] } : { items };
  }
}
