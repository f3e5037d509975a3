/**
 * An in-process Microsoft Graph stand-in on 127.0.0.1 for the SharePoint adapter, the provisioner
 * and the Forms importer. Keeps Graph's semantics where our code depends on them: error JSON
 * `{ error: { code, message } }`, `@odata.nextLink` paging with an occasional short page, `$filter`
 * refused on a non-indexed column, `$orderby` ignored on list items, the list view threshold on a
 * filter's first clause, case-insensitive unique values (list-query.ts, lists.ts), `If-Match` → 412, 429 + `Retry-After` at a configurable rate (also inside a
 * `$batch`), at most 20 requests per `$batch` (run in a shuffled order, as Graph promises none; `dependsOn`
 * honoured: a request runs after the ones it names, or is answered 424 when one failed), and a count of requests and SharePoint resource
 * units per operation (1 per single-item get, 2 per multi-item query, create, update or delete).
 * Real-service behaviours the adapter must tolerate, as options: a duplicate answered 500 or 400
 * (`duplicate`), PATCH answers without @odata.etag (`omitPatchEtag`), 409 resourceModified on a PATCH
 * (`editConflictRate`); null in a create is always refused (lists.ts).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphFault, listJson, type DuplicateAnswer, type Site } from './lists.js';
import { columnRoute } from './columns.js';
import { createList, findList, itemRoute, notFound, type FakeRequest, type FakeResponse, type ListSettings } from './list-routes.js';
import { Groups } from './groups.js';
import { Workbooks } from './workbook.js';
import { Mailboxes } from './mail.js';

export interface GraphFakeOptions {
  /** Share of requests answered 429 with Retry-After (0..1). */
  throttleRate?: number;
  retryAfterSeconds?: number;
  raceRate?: number;
  /** Status of a duplicate in a unique column: 409 (Graph's docs, default), 500 or 400 (real SharePoint; lists.ts). */
  duplicate?: DuplicateAnswer;
  /** PATCH .../fields answers without @odata.etag (listitem-update: a fieldValueSet). */
  omitPatchEtag?: boolean;
  /** Share of PATCHes refused 409 resourceModified (onedrive-api-docs #1414). */
  editConflictRate?: number;
  threshold?: number;
  defaultTop?: number;
  maxTop?: number;
  seed?: number;
  now?: () => string;
}

export type SiteRole = 'read' | 'write' | 'fullcontrol';

export interface GraphCounts {
  requests: number;
  throttled: number;
  resourceUnits: number;
  byOperation: Record<string, number>;
}

const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const errorBody = (code: string, message: string) => ({
  error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': 'fake', 'client-request-id': 'fake' } },
});

const UNITS: Record<string, number> = { 'GET item': 1, 'GET items': 2, 'POST item': 2, 'PATCH item': 2, 'DELETE item': 2 };

export class GraphFake {
  readonly sites = new Map<string, Site>();
  readonly workbooks = new Workbooks();
  readonly groups = new Groups();
  /** Shared mailboxes for `POST /users/{id}/sendMail` (mail.ts). */
  readonly mail = new Mailboxes();
  counts: GraphCounts = { requests: 0, throttled: 0, resourceUnits: 0, byOperation: {} };
  throttleRate: number;
  retryAfterSeconds: number;
  readonly settings: ListSettings;
  private server: Server | null = null;
  /** Sites with their own permissions: the bearer tokens (principals) allowed in; others get 403. */
  private readonly access = new Map<string, ReadonlySet<string>>();
  /** Sites.Selected grants per site: principal → role. */
  private readonly roles = new Map<string, Map<string, SiteRole>>();
  /** Order of a $batch's independent requests (its own sequence: throttling stays as seeded). */
  private readonly order: () => number;

  constructor(options: GraphFakeOptions = {}) {
    const random = mulberry32(options.seed ?? 42);
    this.order = mulberry32((options.seed ?? 42) + 1);
    this.throttleRate = options.throttleRate ?? 0;
    this.retryAfterSeconds = options.retryAfterSeconds ?? 2;
    this.settings = {
      threshold: options.threshold ?? 5000,
      defaultTop: options.defaultTop ?? 200,
      maxTop: options.maxTop ?? 5000,
      raceRate: options.raceRate ?? 0,
      duplicate: options.duplicate ?? 409,
      omitPatchEtag: options.omitPatchEtag ?? false,
      editConflictRate: options.editConflictRate ?? 0,
      random,
      now: options.now ?? (() => new Date().toISOString()),
      baseUrl: '',
    };
  }

  get baseUrl(): string {
    return this.settings.baseUrl;
  }

  addSite(id: string, displayName = id): Site {
    const site: Site = { id, displayName, lists: [] };
    this.sites.set(id, site);
    return site;
  }

  /**
   * Gives a site its own permissions, as SharePoint does: only these bearer tokens reach it (the
   * app's token, `local-user:{oid}` for a user on whose behalf the server acts); others get 403.
   */
  restrict(siteId: string, principals: readonly string[]): void {
    this.access.set(siteId, new Set(principals));
  }

  /**
   * A Sites.Selected grant, as an admin gives it (POST /sites/{id}/permissions, roles read | write |
   * fullcontrol). `write` acts like SharePoint's Contribute: items may be read and written, but lists and
   * columns cannot be created or changed, which needs `fullcontrol` ("Manage Lists"). Sources: Learn,
   * "Understanding Resource Specific Consent for Microsoft Graph and SharePoint Online" (roles) and
   * SPPermissionGroup ("Contributor … cannot create lists"). A principal without a grant gets 403.
   */
  grant(siteId: string, principal: string, role: SiteRole): void {
    const grants = this.roles.get(siteId) ?? new Map<string, SiteRole>();
    grants.set(principal, role);
    this.roles.set(siteId, grants);
  }

  resetCounts(): void {
    this.counts = { requests: 0, throttled: 0, resourceUnits: 0, byOperation: {} };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.serve(req).then(({ status, headers, body }) => {
        const text = body === undefined ? '' : JSON.stringify(body);
        const type = body === undefined ? {} : { 'content-type': 'application/json' };
        res.writeHead(status, { ...type, 'content-length': Buffer.byteLength(text), ...headers });
        res.end(text);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.settings.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async serve(req: IncomingMessage): Promise<FakeResponse> {
    this.counts.requests += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const text = Buffer.concat(chunks).toString('utf8');
    if (!(req.headers.authorization ?? '').startsWith('Bearer ')) {
      return { status: 401, body: errorBody('InvalidAuthenticationToken', 'Access token is empty.') };
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return { status: 400, body: errorBody('BadRequest', 'Invalid JSON in request body.') };
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
    if (!url.pathname.startsWith('/v1.0/')) return { status: 400, body: errorBody('BadRequest', 'Invalid version.') };
    const segments = url.pathname.slice('/v1.0/'.length).split('/').filter(Boolean).map(decodeURIComponent);
    const request: FakeRequest = { method: req.method ?? 'GET', segments, query: url.searchParams, headers, body };
    const principal = (req.headers.authorization ?? '').slice('Bearer '.length);
    if (segments[0] === '$batch' && request.method === 'POST') return this.batch(request, principal);
    return this.dispatch(request, principal);
  }

  private async batch(req: FakeRequest, principal: string): Promise<FakeResponse> {
    const requests = (req.body as { requests?: unknown })?.requests;
    if (!Array.isArray(requests) || requests.length === 0) return { status: 400, body: errorBody('BadRequest', 'Invalid batch payload.') };
    if (requests.length > 20) {
      return { status: 400, body: errorBody('BadRequest', 'The number of batch requests exceeds the limit of 20.') };
    }
    type Part = { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown; dependsOn?: unknown };
    const parts = requests as Part[];
    const ids = new Set(parts.map((r) => r.id));
    for (const r of parts) {
      if (r.dependsOn !== undefined && (!Array.isArray(r.dependsOn) || r.dependsOn.some((d) => !ids.has(d as string) || d === r.id))) {
        return { status: 400, body: errorBody('BadRequest', `Request '${r.id}' depends on a request that is not in this batch.`) };
      }
    }
    this.count('POST $batch', 0);
    // Graph runs a request after the ones it depends on, and answers 424 (Failed Dependency)
    // without running it when one of them failed.
    const statuses = new Map<string, number>();
    const responses = [];
    for (let pending = [...parts]; pending.length > 0; ) {
      // Independent requests run in any order on Graph: here in a shuffled one, so no caller leans on it.
      const ready = this.shuffled(pending.filter((r) => ((r.dependsOn as string[] | undefined) ?? []).every((d) => statuses.has(d))));
      if (ready.length === 0) return { status: 400, body: errorBody('BadRequest', 'The batch has a dependsOn cycle.') };
      for (const r of ready) {
        const failed = ((r.dependsOn as string[] | undefined) ?? []).some((d) => (statuses.get(d) ?? 0) < 200 || (statuses.get(d) ?? 0) >= 300);
        const res = failed
          ? { status: 424, body: errorBody('FailedDependency', 'A request this one depends on failed.') }
          : await this.dispatchPart(r, principal);
        statuses.set(r.id, res.status);
        responses.push({ id: r.id, status: res.status, headers: ('headers' in res ? res.headers : undefined) ?? {}, body: res.body });
      }
      pending = pending.filter((r) => !statuses.has(r.id));
    }
    return { status: 200, body: { responses } };
  }

  private shuffled<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.order() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }

  private dispatchPart(r: { method: string; url: string; headers?: Record<string, string>; body?: unknown }, principal: string): Promise<FakeResponse> {
    const url = new URL(r.url.replace(/^\/?/, '/'), 'http://fake');
    const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    return this.dispatch({ method: r.method.toUpperCase(), segments, query: url.searchParams, headers, body: r.body }, principal);
  }

  private count(operation: string, units = UNITS[operation] ?? 2): void {
    this.counts.byOperation[operation] = (this.counts.byOperation[operation] ?? 0) + 1;
    this.counts.resourceUnits += units;
  }

  private async dispatch(req: FakeRequest, principal: string): Promise<FakeResponse> {
    if (this.settings.random() < this.throttleRate) {
      this.counts.throttled += 1;
      return {
        status: 429,
        headers: { 'retry-after': String(this.retryAfterSeconds) },
        body: errorBody('TooManyRequests', 'Too many requests. Please retry after the time in the Retry-After header.'),
      };
    }
    try {
      const [root, id, kind, ref, sub, ...rest] = req.segments;
      if (root === 'drives') return await this.workbooks.route(req, principal, (op) => this.count(op, 1));
      if (root === 'groups') return this.groups.route(req, principal, this.baseUrl);
      if (root === 'users') return this.mail.route(req, principal);
      if (root !== 'sites' || id === undefined) throw notFound('Resource');
      const site = this.sites.get(id);
      if (!site) throw notFound(`Site '${id}'`);
      if (this.access.has(id) && !this.access.get(id)?.has(principal)) {
        return { status: 403, body: errorBody('accessDenied', 'Access denied') };
      }
      if (!this.roleAllows(id, principal, req, kind, sub)) {
        return { status: 403, body: errorBody('accessDenied', 'Access denied') };
      }
      if (kind === undefined && req.method === 'GET') return this.op('GET site', { status: 200, body: { id: site.id, displayName: site.displayName } });
      if (kind !== 'lists') throw notFound('Resource');
      if (ref === undefined) {
        if (req.method === 'POST') return this.op('POST list', createList(site, req.body));
        return this.op('GET lists', { status: 200, body: { value: site.lists.map((l) => listJson(site, l, req.query.get('$expand') === 'columns')) } });
      }
      const list = findList(site, ref);
      if (sub === undefined) return this.op('GET list', { status: 200, body: listJson(site, list, req.query.get('$expand') === 'columns') });
      if (sub === 'columns') return this.op(`${req.method} column`, columnRoute(list, rest, req));
      if (sub !== 'items') throw notFound('Resource');
      const operation = `${req.method} ${rest.length === 0 && req.method === 'GET' ? 'items' : 'item'}`;
      this.count(operation);
      return itemRoute(site, list, rest, req, this.settings);
    } catch (e) {
      if (e instanceof GraphFault) return { status: e.status, body: errorBody(e.code, e.message) };
      throw e;
    }
  }

  /** Under Sites.Selected grants: read = GET only; write = also items; fullcontrol = also lists and columns. */
  private roleAllows(siteId: string, principal: string, req: FakeRequest, kind: string | undefined, sub: string | undefined): boolean {
    const grants = this.roles.get(siteId);
    if (!grants) return true;
    const role = grants.get(principal);
    if (!role) return false;
    if (req.method === 'GET' || role === 'fullcontrol') return true;
    return role === 'write' && kind === 'lists' && sub === 'items';
  }

  private op(operation: string, response: FakeResponse): FakeResponse {
    this.count(operation);
    return response;
  }
}

export const startGraphFake = async (options: GraphFakeOptions = {}): Promise<GraphFake> => new GraphFake(options).start();
