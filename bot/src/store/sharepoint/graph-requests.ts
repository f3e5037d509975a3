/**
 * How the adapter talks to Graph: every call returns `{ status, body }` instead of throwing, so
 * single requests and `$batch` parts are handled alike. GETs issued in the same tick are
 * coalesced into `$batch` requests (at most 20 parts each): opening a dashboard that asks for 20
 * meetings' RSVPs costs one HTTP request, not 20. Throttled parts of a batch (429/503) are retried
 * after the longest Retry-After, within the same bounded policy as single requests.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { DEFAULT_POLICY, isThrottled, retryDelayMs, type ThrottlingPolicy } from '../../graph/throttling.js';
import { statusOf } from '../../graph/client.js';

export interface GraphCall {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to /v1.0, starting with '/'; query already encoded. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /**
   * In a $batch: indexes (into the same `batch()` call) of the calls that must succeed first.
   * Graph then runs this one after them, or answers it 424 (Failed Dependency) without running it.
   */
  readonly dependsOn?: readonly number[];
}

export interface GraphAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly retryAfter?: string | null;
}

export const MAX_BATCH = 20;

const isSuccess = (status: number): boolean => status >= 200 && status < 300;

export class GraphRequests {
  private queued: { call: GraphCall; resolve: (a: GraphAnswer) => void; reject: (e: unknown) => void }[] = [];
  private readonly policy: ThrottlingPolicy;

  constructor(
    private readonly client: Client,
    policy: Partial<ThrottlingPolicy> = {},
  ) {
    this.policy = { ...DEFAULT_POLICY, ...policy };
  }

  /** A GET, sent alone or in a $batch with other GETs of the same tick. */
  get(url: string): Promise<GraphAnswer> {
    return new Promise((resolve, reject) => {
      this.queued.push({ call: { method: 'GET', url }, resolve, reject });
      if (this.queued.length === 1) setImmediate(() => void this.flush());
    });
  }

  /** One request, sent on its own (the client's middleware retries throttling). */
  async send(call: GraphCall): Promise<GraphAnswer> {
    let request = this.client.api(call.url);
    for (const [k, v] of Object.entries(call.headers ?? {})) request = request.header(k, v);
    try {
      const body: unknown =
        call.method === 'GET'
          ? await request.get()
          : call.method === 'POST'
            ? await request.post(call.body)
            : call.method === 'PATCH'
              ? await request.patch(call.body)
              : await request.delete();
      return { status: call.method === 'POST' ? 201 : call.method === 'DELETE' ? 204 : 200, body };
    } catch (e) {
      const status = statusOf(e);
      if (status === null || status === -1) throw e;
      return { status, body: (e as { body?: unknown }).body };
    }
  }

  /**
   * Many requests in $batch requests of at most 20; answers in the order of `calls`. Calls with
   * `dependsOn` must fit in one $batch together with what they depend on (at most 20 calls).
   */
  async batch(calls: readonly GraphCall[]): Promise<GraphAnswer[]> {
    if (calls.length === 1) return [await this.send(calls[0] as GraphCall)];
    if (calls.length > MAX_BATCH && calls.some((c) => c.dependsOn?.length)) throw new Error('dependsOn needs all its calls in one $batch.');
    const chunks: GraphCall[][] = [];
    for (let i = 0; i < calls.length; i += MAX_BATCH) chunks.push(calls.slice(i, i + MAX_BATCH));
    return (await Promise.all(chunks.map((c) => this.batchOf(c)))).flat();
  }

  private async flush(): Promise<void> {
    const queued = this.queued;
    this.queued = [];
    try {
      const answers = await this.batch(queued.map((q) => q.call));
      queued.forEach((q, i) => q.resolve(answers[i] as GraphAnswer));
    } catch (e) {
      for (const q of queued) q.reject(e);
    }
  }

  private async batchOf(calls: readonly GraphCall[]): Promise<GraphAnswer[]> {
    const answers: (GraphAnswer | undefined)[] = calls.map(() => undefined);
    for (let attempt = 1; ; attempt++) {
      // A call waiting on one that did not succeed is answered 424 as Graph would, not sent again.
      for (const [i, c] of calls.entries()) {
        const failed = (c.dependsOn ?? []).some((d) => answers[d] !== undefined && !isSuccess(answers[d].status));
        if (failed && answers[i] !== undefined && isThrottled(answers[i].status)) answers[i] = { status: 424, body: null };
      }
      const again = (i: number): boolean => answers[i] === undefined || isThrottled((answers[i] as GraphAnswer).status);
      // A 424 because what it waits on was throttled goes out again with it.
      const open = calls
        .map((c, i) => ({ c, i }))
        .filter(({ c, i }) => again(i) || (answers[i]?.status === 424 && (c.dependsOn ?? []).some(again)));
      if (open.length === 0 || attempt > this.policy.maxRetries + 1) return answers as GraphAnswer[];
      const sent = new Set(open.map(({ i }) => String(i)));
      if (attempt > 1) {
        const waits = open.map(({ i }) => retryDelayMs(answers[i]?.retryAfter, attempt - 1, this.policy));
        await this.policy.sleep(Math.max(...waits));
      }
      const requests = open.map(({ c, i }) => {
        // Dependencies answered (successfully) by an earlier attempt are not in this $batch.
        const dependsOn = (c.dependsOn ?? []).map(String).filter((d) => sent.has(d));
        return {
          id: String(i),
          method: c.method,
          url: c.url,
          headers: { ...(c.body === undefined ? {} : { 'content-type': 'application/json' }), ...c.headers },
          ...(c.body === undefined ? {} : { body: c.body }),
          ...(dependsOn.length > 0 ? { dependsOn } : {}),
        };
      });
      const reply = (await this.client.api('/$batch').post({ requests })) as { responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] };
      for (const r of reply.responses) {
        const retryAfter = Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1] ?? null;
        answers[Number(r.id)] = { status: r.status, body: r.body, retryAfter };
      }
    }
  }
}
