/**
 * Sliding-window rate limiter for Teams' published bot limits: several windows per conversation
 * (7/1 s, 8/2 s, 60/30 s, 1800/h) and one or more per app (50/s). A send is recorded at the moment it
 * is dispatched; `waitMs` says how long until a send to `key` fits in every window.
 *
 * Why windows and not classic refilling token buckets: Teams states its limits as "N per window".
 * A bucket of N tokens refilling at N/T lets up to 2N through in some window of length T (a full
 * bucket plus the refill), which Teams answers with 429. A window log is exact and just as cheap
 * here (a conversation gets one or two messages per broadcast). `safetyMs` widens every window a
 * little so network jitter between our clock and the server's cannot push a send over the edge.
 * The app-wide limit is paced evenly (see WindowLog); a conversation may burst up to its limits.
 */
export interface RateWindow {
  readonly limit: number;
  readonly ms: number;
}

export interface RateLimits {
  readonly perConversation: readonly RateWindow[];
  readonly perApp: readonly RateWindow[];
  readonly safetyMs: number;
}

/** Teams' published limits (learn.microsoft.com, "Optimize your bot: rate limiting"). */
export const TEAMS_LIMITS: RateLimits = {
  perConversation: [
    { limit: 7, ms: 1_000 },
    { limit: 8, ms: 2_000 },
    { limit: 60, ms: 30_000 },
    { limit: 1_800, ms: 3_600_000 },
  ],
  perApp: [{ limit: 50, ms: 1_000 }],
  safetyMs: 20,
};

/** Parses "7/1000,8/2000" (limit/window-ms pairs). */
export const parseWindows = (text: string): RateWindow[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((pair) => {
      const [limit, ms] = pair.split('/').map(Number);
      if (!Number.isInteger(limit) || !Number.isInteger(ms) || limit! < 1 || ms! < 1) {
        throw new Error(`Ongeldige limiet "${pair}": verwacht aantal/milliseconden, bijv. 7/1000`);
      }
      return { limit: limit!, ms: ms! };
    });

/**
 * A sorted log of send times; `wait` is how long until one more fits in every window. With `smooth`
 * a small token bucket (rate limit/window, burst a 25th of the limit) also spreads the sends: a
 * burst of 50 requests leaves together but arrives spread by network and event-loop jitter, and
 * the next second's burst then overlaps its tail at the server (measured: 3 % answered 429 at
 * 50/s). The bucket's small burst lets the sender catch up after a late timer instead of losing
 * that time for good, as a fixed spacing would (measured: 0.78 of the limit).
 */
class WindowLog {
  private readonly times: number[] = [];
  private readonly rate: number;
  private readonly burst: number;
  private tokens: number;
  private refilledAt = -Infinity;
  constructor(private readonly windows: readonly RateWindow[], private readonly safetyMs: number, smooth = false) {
    const tightest = smooth ? Math.min(...windows.map((w) => w.limit / (w.ms + safetyMs))) : Infinity;
    this.rate = tightest;
    this.burst = smooth ? Math.max(1, Math.ceil(Math.min(...windows.map((w) => w.limit)) / 25)) : Infinity;
    this.tokens = this.burst;
  }

  private refill(now: number): void {
    if (!Number.isFinite(this.rate)) return;
    if (this.refilledAt !== -Infinity) this.tokens = Math.min(this.burst, this.tokens + (now - this.refilledAt) * this.rate);
    this.refilledAt = now;
  }

  private get longest(): number {
    return Math.max(0, ...this.windows.map((w) => w.ms)) + this.safetyMs;
  }

  prune(now: number): void {
    const horizon = now - this.longest;
    let drop = 0;
    while (drop < this.times.length && this.times[drop]! <= horizon) drop += 1;
    if (drop > 0) this.times.splice(0, drop);
  }

  get empty(): boolean {
    return this.times.length === 0;
  }

  wait(now: number): number {
    this.refill(now);
    let wait = this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.rate);
    for (const w of this.windows) {
      const span = w.ms + this.safetyMs;
      // the limit-th most recent send must have left the window
      const idx = this.times.length - w.limit;
      if (idx < 0) continue;
      const oldest = this.times[idx]!;
      if (oldest > now - span) wait = Math.max(wait, oldest + span - now);
    }
    return wait;
  }

  record(now: number): void {
    this.refill(now);
    if (Number.isFinite(this.rate)) this.tokens -= 1;
    this.times.push(now);
  }
}

export class RateLimiter {
  private readonly app: WindowLog;
  private readonly conversations = new Map<string, WindowLog>();
  private readonly pausedUntil = new Map<string, number>();
  private appPausedUntil = 0;
  private recorded = 0;

  constructor(private readonly limits: RateLimits) {
    this.app = new WindowLog(limits.perApp, limits.safetyMs, true);
  }

  private log(key: string): WindowLog {
    let log = this.conversations.get(key);
    if (!log) {
      log = new WindowLog(this.limits.perConversation, this.limits.safetyMs);
      this.conversations.set(key, log);
    }
    return log;
  }

  /** Milliseconds until a send to `key` fits every window (0 = now). */
  waitMs(key: string, now: number): number {
    this.app.prune(now);
    const conv = this.conversations.get(key);
    conv?.prune(now);
    const paused = Math.max(this.appPausedUntil, this.pausedUntil.get(key) ?? 0) - now;
    return Math.max(0, paused, this.app.wait(now), conv?.wait(now) ?? 0);
  }

  /** Takes a slot now if one is free; returns the wait otherwise (0 = taken). */
  tryTake(key: string, now: number): number {
    const wait = this.waitMs(key, now);
    if (wait > 0) return wait;
    this.app.record(now);
    this.log(key).record(now);
    this.recorded += 1;
    if (this.recorded % 5_000 === 0) this.sweep(now);
    return 0;
  }

  /** Waits (with the injected sleep) until a slot is free, then takes it. */
  async take(key: string, clock: () => number, sleep: (ms: number) => Promise<void>): Promise<void> {
    for (;;) {
      const wait = this.tryTake(key, clock());
      if (wait === 0) return;
      await sleep(wait);
    }
  }

  /**
   * Takes an app-wide slot only, for a request that is not a message in a known conversation
   * (createConversation for someone the bot has not met): it counts against the per-app limit.
   */
  async takeApp(clock: () => number, sleep: (ms: number) => Promise<void>): Promise<void> {
    for (;;) {
      const now = clock();
      this.app.prune(now);
      const wait = Math.max(0, this.appPausedUntil - now, this.app.wait(now));
      if (wait === 0) {
        this.app.record(now);
        return;
      }
      await sleep(wait);
    }
  }

  /** Honours a 429's Retry-After: nothing more to this conversation (and, briefly, the app) until then. */
  pause(key: string, untilMs: number, appToo: boolean): void {
    this.pausedUntil.set(key, Math.max(untilMs, this.pausedUntil.get(key) ?? 0));
    if (appToo) this.appPausedUntil = Math.max(this.appPausedUntil, untilMs);
  }

  /** Forgets conversations whose every window has passed (keeps memory flat over a long broadcast). */
  private sweep(now: number): void {
    for (const [key, log] of this.conversations) {
      log.prune(now);
      if (log.empty) this.conversations.delete(key);
    }
    for (const [key, until] of this.pausedUntil) if (until <= now) this.pausedUntil.delete(key);
  }
}
