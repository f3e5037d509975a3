/**
 * COORDINATOR_GROUP_ID through Microsoft Graph: the group's transitive members, read with the app's token
 * (application `GroupMember.Read.All`, the least privilege for this call) and kept for a few minutes.
 *
 *   GET /groups/{id}/transitiveMembers?$select=id&$top=999   (then @odata.nextLink)
 *
 * No OData cast to microsoft.graph.user: that is an advanced query (ConsistencyLevel: eventual, $count)
 * served from an index that may lag; users are picked by `@odata.type` instead. A failed read keeps the
 * members read before (and logs it); before the first successful read nobody is a coördinator through
 * the group (closed, not open).
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { CoordinatorGroup } from '../auth/coordinators.js';
import { graphPages, statusOf } from './client.js';

const Members = z.array(z.object({ '@odata.type': z.string().optional(), id: z.string().min(1) }));

/** Stop paging here: a coördinator group is a handful of people; this bounds a misconfigured id. */
const MAX_PAGES = 20;

export class GraphCoordinatorGroup implements CoordinatorGroup {
  private members: ReadonlySet<string> = new Set();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly client: Client,
    private readonly groupId: string,
    private readonly logger: Logger,
  ) {}

  has(aadObjectId: string): boolean {
    return this.members.has(aadObjectId);
  }

  /** Reads the members again; true when it worked. */
  async refresh(): Promise<boolean> {
    try {
      const ids = new Set<string>();
      const path = `/groups/${encodeURIComponent(this.groupId)}/transitiveMembers?$select=id&$top=999`;
      for await (const page of graphPages(this.client, path, MAX_PAGES)) {
        for (const m of Members.parse(page)) if (m['@odata.type'] === '#microsoft.graph.user') ids.add(m.id);
      }
      this.members = ids;
      this.logger.info({ groupId: this.groupId, members: ids.size }, 'coordinator group read');
      return true;
    } catch (e) {
      this.logger.error({ groupId: this.groupId, status: statusOf(e), err: e instanceof z.ZodError ? 'unexpected answer' : String(e) }, 'coordinator group not read; keeping the members read before');
      return false;
    }
  }

  /** Reads now, then every `everyMs` in the background; returns the stop function. */
  async start(everyMs: number): Promise<() => void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), everyMs);
    this.timer.unref();
    return () => {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
    };
  }
}
