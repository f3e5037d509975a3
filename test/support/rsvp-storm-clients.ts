/**
 * The clicking side of the RSVP storm, in its own process as Teams is another machine: the server's
 * event loop and CPU time then hold server work only. Started by rsvp-storm.ts (fork, IPC):
 * it gets the invoke bodies, says `ready`, and on `go` POSTs them all at once, answering with each
 * click's round-trip time and HTTP status.
 * Like Teams' Bot Framework service, it sends over a pool of kept-alive connections (POOL, opened before
 * the storm) rather than a new connection per click; and it uses node:http, not fetch: on a 2-core
 * machine undici's ~2–2.7 ms of CPU per request competed with the server it is meant to measure.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** Connections kept open to the server (BENCH_STORM_POOL, default 50); the clicks beyond it wait for a free one, as in any client pool. */
const POOL = Number(process.env.BENCH_STORM_POOL ?? 50);
const agent = new Agent({ keepAlive: true, maxSockets: POOL });

const post = (url: string, body: string | null): Promise<{ status: number; text: string }> =>
  new Promise((resolve, reject) => {
    const req = request(url, { method: body === null ? 'GET' : 'POST', agent, headers: body === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });

export interface StormOrder {
  /** The server's base URL: invokes go to /api/messages; /healthz warms this process's connections first. */
  readonly url: string;
  readonly bodies: readonly string[];
}

export interface StormAnswer {
  readonly latenciesMs: number[];
  readonly statuses: number[];
  /** Invoke response bodies' `statusCode` (200 when the card came back). */
  readonly invokeStatuses: number[];
}

const click = async (url: string, body: string): Promise<{ ms: number; status: number; invokeStatus: number }> => {
  const t0 = performance.now();
  const res = await post(url, body);
  const text = res.text;
  const ms = performance.now() - t0;
  let invokeStatus = 0;
  try {
    invokeStatus = Number((JSON.parse(text) as { statusCode?: unknown }).statusCode ?? 0);
  } catch {
    invokeStatus = 0;
  }
  return { ms, status: res.status, invokeStatus };
};

const send = (message: unknown): void => {
  process.send?.(message);
};

let order: StormOrder | null = null;
process.on('message', (message: unknown) => {
  if (typeof message === 'object' && message !== null && 'bodies' in message) {
    const received = message as StormOrder;
    order = received;
    // the pool's connections are opened before the storm, off its books
    void Promise.all(Array.from({ length: POOL }, () => post(`${received.url}/healthz`, null))).then(() => send({ ready: true }));
    return;
  }
  if (message === 'go' && order) {
    const { url, bodies } = order;
    void Promise.all(bodies.map((b) => click(`${url}/api/messages`, b))).then((results) => {
      const answer: StormAnswer = {
        latenciesMs: results.map((r) => r.ms),
        statuses: results.map((r) => r.status),
        invokeStatuses: results.map((r) => r.invokeStatus),
      };
      send(answer);
      process.disconnect?.();
    });
  }
});
