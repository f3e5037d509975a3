/**
 * The clicking side of the RSVP storm, in its own process as Teams is another machine: the server's
 * event loop and CPU time then hold server work only. Started by rsvp-storm.ts (fork, IPC):
 * it gets the invoke bodies, says `ready`, and on `go` POSTs them all at once, answering with each
 * click's round-trip time and HTTP status.
 */
import { performance } from 'node:perf_hooks';

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
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
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
    // fetch (undici) loads and connects on first use: done before the storm, off its books.
    void fetch(`${received.url}/healthz`)
      .then((res) => res.text())
      .then(() => send({ ready: true }));
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
