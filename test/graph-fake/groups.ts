/**
 * Entra groups as Graph serves their members: `GET /groups/{id}/transitiveMembers` returns a flat list of
 * every nested member (users, groups, devices), each with `@odata.type` and `id`, paged through
 * `@odata.nextLink`: 100 by default, `$top` at most 999. An OData cast (`/microsoft.graph.user`) or `$filter`
 * is an advanced query: without `ConsistencyLevel: eventual` and `$count=true` it is refused with 400
 * Request_UnsupportedQuery. (learn.microsoft.com, "List group transitive members" and "Advanced query
 * capabilities on Microsoft Entra ID objects".) An unknown group is 404 Request_ResourceNotFound.
 */
import { GraphFault } from './lists.js';
import type { FakeRequest, FakeResponse } from './list-routes.js';

type Member = { readonly type: 'user' | 'group' | 'device'; readonly id: string };

const DEFAULT_TOP = 100;
const MAX_TOP = 999;

export class Groups {
  private readonly members = new Map<string, Member[]>();
  /** Principals (bearer tokens) refused with 403, as an app without GroupMember.Read.All is. */
  readonly refused = new Set<string>();

  /** Sets a group's direct members: user ids, and `group:{id}` for a nested group. */
  set(groupId: string, members: readonly string[]): void {
    this.members.set(
      groupId,
      members.map((m) => (m.startsWith('group:') ? { type: 'group', id: m.slice('group:'.length) } : { type: 'user', id: m })),
    );
  }

  private transitive(groupId: string, seen = new Set<string>()): Member[] {
    seen.add(groupId);
    return (this.members.get(groupId) ?? []).flatMap((m) => {
      if (m.type !== 'group') return [m];
      return seen.has(m.id) ? [] : [m, ...this.transitive(m.id, seen)];
    });
  }

  route(req: FakeRequest, principal: string, baseUrl: string): FakeResponse {
    const [, groupId, relation, cast] = req.segments;
    if (req.method !== 'GET' || !groupId || relation !== 'transitiveMembers') throw new GraphFault(400, 'Request_BadRequest', 'Unsupported request.');
    if (this.refused.has(principal)) throw new GraphFault(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    if (!this.members.has(groupId)) throw new GraphFault(404, 'Request_ResourceNotFound', `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`);
    const advanced = req.headers.consistencylevel === 'eventual' && req.query.get('$count') === 'true';
    if ((cast !== undefined || req.query.has('$filter')) && !advanced) {
      throw new GraphFault(400, 'Request_UnsupportedQuery', 'Unsupported query.');
    }
    const top = Number(req.query.get('$top') ?? DEFAULT_TOP);
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new GraphFault(400, 'Request_BadRequest', `Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.`);
    const all = this.transitive(groupId).filter((m) => cast === undefined || `microsoft.graph.${m.type}` === cast);
    const skip = Number(req.query.get('$skiptoken') ?? 0);
    const page = all.slice(skip, skip + top);
    const next = skip + top < all.length ? new URL(`${baseUrl}/v1.0/${req.segments.join('/')}`) : null;
    if (next) {
      req.query.forEach((v, k) => k !== '$skiptoken' && next.searchParams.set(k, v));
      next.searchParams.set('$skiptoken', String(skip + top));
    }
    return {
      status: 200,
      body: {
        value: page.map((m) => ({ '@odata.type': `#microsoft.graph.${m.type}`, id: m.id })),
        ...(next ? { '@odata.nextLink': next.toString() } : {}),
      },
    };
  }
}
