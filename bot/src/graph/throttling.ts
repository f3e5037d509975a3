/**
 * Graph's throttling policy for every request this app makes: on 429 or 503 wait what
 * `Retry-After` asks (seconds), else back off exponentially, and give up after `maxRetries`.
 * `sleep` is injected so tests never wait for real.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ThrottlingPolicy {
  readonly maxRetries: number;
  /** Longest single wait; a larger Retry-After is capped (the next attempt may be throttled again). */
  readonly maxDelayMs: number;
  readonly sleep: Sleep;
}

export const DEFAULT_POLICY: ThrottlingPolicy = { maxRetries: 8, maxDelayMs: 60_000, sleep: realSleep };

export const isThrottled = (status: number): boolean => status === 429 || status === 503;

/** Milliseconds to wait before attempt `attempt` (1-based) after a throttled answer. */
export const retryDelayMs = (retryAfter: string | null | undefined, attempt: number, policy: ThrottlingPolicy): number => {
  const seconds = retryAfter === null || retryAfter === undefined ? NaN : Number(retryAfter);
  const date = retryAfter ? Date.parse(retryAfter) : NaN;
  const wanted = Number.isFinite(seconds)
    ? seconds * 1000
    : Number.isFinite(date)
      ? date - Date.now()
      : 2 ** attempt * 500;
  return Math.min(policy.maxDelayMs, Math.max(0, wanted));
};

/** Retries a throttled request with the same method, headers and (string) body. */
export class ThrottlingMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: ThrottlingPolicy) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('ThrottlingMiddleware needs a next middleware');
    for (let attempt = 1; ; attempt++) {
      await this.next.execute(context);
      const response = context.response;
      if (!response || !isThrottled(response.status) || attempt > this.policy.maxRetries) return;
      const delay = retryDelayMs(response.headers.get('retry-after'), attempt, this.policy);
      await response.body?.cancel();
      await this.policy.sleep(delay);
    }
  }
}
