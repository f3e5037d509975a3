/**
 * The stand-in's Teams batch API (sendMessageToListOfUsers, getOperationState, getFailedEntries):
 * accepts a list, delivers it in the background at `rps` messages per second (the service paces
 * itself; the caller only polls), reports state and failed entries.
 */
import type http from 'node:http';

interface Operation {
  readonly id: string;
  readonly pending: string[];
  readonly activity: Record<string, unknown>;
  readonly statusMap: Record<string, number>;
  readonly failed: { id: string; error: string }[];
  readonly total: number;
}

export interface BatchOps {
  handle(
    method: string,
    path: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    readJson: (req: http.IncomingMessage) => Promise<Record<string, unknown>>,
    send: (res: http.ServerResponse, status: number, body: unknown) => void,
  ): boolean;
  stop(): void;
}

export const startBatchOperations = (o: {
  rps: number;
  deliver: (conversationId: string, activity: Record<string, unknown>) => string;
  isBlocked: (id: string) => boolean;
}): BatchOps => {
  const operations = new Map<string, Operation>();
  const queue: Operation[] = [];
  let counter = 0;
  const tickMs = 20;
  let credit = 0;
  const timer = setInterval(() => {
    credit = Math.min(o.rps, credit + (o.rps * tickMs) / 1000);
    while (credit >= 1 && queue.length > 0) {
      const op = queue[0]!;
      const id = op.pending.shift();
      if (id === undefined) {
        queue.shift();
        continue;
      }
      credit -= 1;
      if (o.isBlocked(id)) {
        op.statusMap['403'] = (op.statusMap['403'] ?? 0) + 1;
        op.failed.push({ id, error: 'Forbidden' });
      } else {
        o.deliver(`a:${id}`, op.activity);
        op.statusMap['201'] = (op.statusMap['201'] ?? 0) + 1;
      }
      if (op.pending.length === 0) queue.shift();
    }
  }, tickMs);
  timer.unref();

  return {
    handle(method, path, req, res, readJson, send) {
      if (method === 'POST' && /^\/v3\/batch\/conversation\/users\/?$/.test(path)) {
        void readJson(req).then((body) => {
          const members = ((body.members as { id?: string }[] | undefined) ?? []).map((m) => m.id).filter((x): x is string => !!x);
          if (members.length === 0 || members.length > 100) {
            return send(res, 400, { error: { code: 'BadArgument', message: 'between 1 and 100 members' } });
          }
          counter += 1;
          const op: Operation = { id: `op-${counter}`, pending: [...members], activity: (body.activity as Record<string, unknown>) ?? {}, statusMap: {}, failed: [], total: members.length };
          operations.set(op.id, op);
          queue.push(op);
          send(res, 201, { operationId: op.id });
        });
        return true;
      }
      const failed = /^\/v3\/batch\/conversation\/failedentries\/([^/]+)$/.exec(path);
      if (method === 'GET' && failed) {
        const op = operations.get(decodeURIComponent(failed[1]!));
        if (!op) send(res, 404, { error: { code: 'NotFound' } });
        else send(res, 200, { continuationToken: null, failedEntries: op.failed });
        return true;
      }
      const state = /^\/v3\/batch\/conversation\/([^/]+)$/.exec(path);
      if (method === 'GET' && state) {
        const op = operations.get(decodeURIComponent(state[1]!));
        if (!op) send(res, 404, { error: { code: 'NotFound' } });
        else send(res, 200, { state: op.pending.length > 0 ? 'InProgress' : 'Completed', statusMap: op.statusMap, totalEntriesCount: op.total });
        return true;
      }
      return false;
    },
    stop: () => clearInterval(timer),
  };
};
