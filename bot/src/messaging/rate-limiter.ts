/**
 * Sliding-window rate limiter for Teams' published bot limits: several windows per conversation
 * (7/1 s, 8/2 s, 60/30 s, 1800/h) and one or more per app (50/s). `take` waits until a send to a
 * conversation fits in every window and hands out a `Slot`; the caller reports with `done()` when
 * the request was answered.
 *
 * Why the answer matters: Teams counts a request when it arrives, and all we know is that this is
 * after we sent it and before we heard back. So a request keeps its place in a window until its
 * answer is in (`done`), and leaves one window length after that. Then no window at Teams can ever
 * hold more than the limit, whatever the network, event-loop or server delays (for a set of limit+1
 * arrivals within one window, the last one sent would have seen the other `limit` still counting),
 * without a fixed safety margin that costs throughput on every message: measured, a 20 ms margin
 * cost 2 % of the rate, and dispatch-time windows still drew a 429 on ~0.7 % of sends whenever the
 * connector or our event loop stalled. A request still unanswered after `maxTransitMs` is taken to
 * have arrived by then (a hung request must not hold a slot for its whole timeout).
 *
 * Why windows and not classic refilling token buckets: Teams states its limits as "N per window";
 * a bucket of N refilling at N/T lets up to 2N through in some window T. The app-wide limit is also
 * paced by a small bucket (see WindowLog); a conversation may burst up to its limits.
 */
export interface RateWindow {
  readonly limit: number;
  readonly ms: number;
}

export interface RateLimits {
  readonly perConversation: readonly RateWindow[];
  readonly perApp: readonly RateWindow[];
  /** Widens every window; 0 is exact, since windows already run from the answer (see above). */
  readonly safetyMs: number;
  /** How long an unanswered request keeps counting as possibly still on its way (default 1 s). */
  readonly maxTransitMs?: number;
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
  safetyMs: 0,
};

const DEFAULT_MAX_TRANSIT_MS = 1_000;

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

/** One request: sent at `start`, answered at `end` (null while in flight). */
interface Entry {
  readonly start: number;
  end: number | null;
}

/** A taken slot: report the answer with `done`; `followUp` takes an app-wide slot for a second request. */
export interface Slot {
  followUp(): Promise<void>;
  done(): void;
}

/**
 * The requests that still count in some window, and how long until one more fits. With `smooth`
 * a small token bucket (rate limit/window, burst a tenth of the limit) spreads the sends evenly:
 * 50 leaving together would reach the connector as one burst. The burst lets the sender catch up
 * after a late timer or a busy moment instead of losing those slots for good (the windows still
 * bound every second exactly).
 */
class WindowLog {
  private entries: Entry[] = [];
  private readonly rate: number;
  private readonly burst: number;
  private tokens: number;
  private refilledAt = -Infinity;
  private readonly longest: number;
  constructor(
    private readonly windows: readonly RateWindow[],
    private readonly safetyMs: number,
    private readonly maxTransitMs: number,
    smooth = false,
  ) {
    this.rate = smooth ? Math.min(...windows.map((w) => w.limit / (w.ms + safetyMs))) : Infinity;
    this.burst = smooth ? Math.max(1, Math.ceil(Math.min(...windows.map((w) => w.limit)) / 10)) : Infinity;
    this.tokens = this.burst;
    this.longest = Math.max(0, ...windows.map((w) => w.ms)) + safetyMs;
  }

  /** When the request stops being possibly on its way to Teams. */
  private landed(e: Entry): number {
    return Math.min(e.end ?? Infinity, e.start + this.maxTransitMs);
  }

  private refill(now: number): void {
    if (!Number.isFinite(this.rate)) return;
    if (this.refilledAt !== -Infinity) this.tokens = Math.min(this.burst, this.tokens + (now - this.refilledAt) * this.rate);
    this.refilledAt = now;
  }

  prune(now: number): void {
    const horizon = now - this.longest;
    if (this.entries.some((e) => this.landed(e) <= horizon)) this.entries = this.entries.filter((e) => this.landed(e) > horizon);
  }

  get empty(): boolean {
    return this.entries.length === 0;
  }

  wait(now: number): number {
    this.refill(now);
    let wait = this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.rate);
    for (const w of this.windows) {
      const span = w.ms + this.safetyMs;
      const counting = this.entries.map((e) => this.landed(e)).filter((t) => t > now - span);
      if (counting.length < w.limit) continue;
      // the oldest (count - limit + 1) must leave the window first
      counting.sort((a, b) => a - b);
      wait = Math.max(wait, Math.ceil(counting[counting.length - w.limit]! + span - now));
    }
    return wait;
  }

  record(now: number): Entry {
    this.refill(now);
    if (Number.isFinite(this.rate)) this.tokens -= 1;
    const entry: Entry = { start: now, end: null };
    this.entries.push(entry);
    return entry;
  }
}

export class RateLimiter {
  private readonly app: WindowLog;
  private readonly conversations = new Map<string, WindowLog>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly maxTransitMs: number;
  private appPausedUntil = 0;
  private recorded = 0;
  /** Senders waiting for an app slot, one at a time (see take). */
  private line: Promise<void> = Promise.resolve();

  constructor(private readonly limits: RateLimits) {
    this.maxTransitMs = limits.maxTransitMs ?? DEFAULT_MAX_TRANSIT_MS;
    this.app = new WindowLog(limits.perApp, limits.safetyMs, this.maxTransitMs, true);
  }

  private log(key: string): WindowLog {
    let log = this.conversations.get(key);
    if (!log) {
      log = new WindowLog(this.limits.perConversation, this.limits.safetyMs, this.maxTransitMs);
      this.conversations.set(key, log);
    }
    return log;
  }

  /** Milliseconds until the conversation `key` allows a send: its windows and any Retry-After (the app's too). */
  private conversationWait(key: string, now: number): number {
    const conv = this.conversations.get(key);
    conv?.prune(now);
    const paused = Math.max(this.appPausedUntil, this.pausedUntil.get(key) ?? 0) - now;
    return Math.max(0, paused, conv?.wait(now) ?? 0);
  }

  private appWait(now: number): number {
    this.app.prune(now);
    return this.app.wait(now);
  }

  /** Milliseconds until a send to `key` fits every window (0 = now). */
  waitMs(key: string, now: number): number {
    return Math.max(this.conversationWait(key, now), this.appWait(now));
  }

  /**
   * Waits (with the injected sleep) until a slot is free, then takes it. A send first waits for its own
   * conversation on its own, then in line for the app-wide windows: one waiter at a time sleeps until the
   * next app slot, first come first served, so a freed slot wakes one sender instead of every lane (each
   * waking lane was a timer and a pass over the windows, ~16 per message at 16 lanes).
   */
  async take(key: string, clock: () => number, sleep: (ms: number) => Promise<void>): Promise<Slot> {
    for (;;) {
      const own = this.conversationWait(key, clock());
      if (own > 0) {
        await sleep(own);
        continue;
      }
      const leave = await this.enterLine();
      try {
        for (;;) {
          const now = clock();
          // held back meanwhile (a Retry-After, another send to the same person): wait outside the line
          if (this.conversationWait(key, now) > 0) break;
          const wait = this.appWait(now);
          if (wait === 0) return this.grant(key, now, clock, sleep);
          await sleep(wait);
        }
      } finally {
        leave();
      }
    }
  }

  /** Resolves when it is this caller's turn to wait for an app slot; call the returned function to let the next in. */
  private async enterLine(): Promise<() => void> {
    let leave: () => void = () => undefined;
    const turn = new Promise<void>((resolve) => (leave = resolve));
    const before = this.line;
    this.line = before.then(() => turn);
    await before;
    return leave;
  }

  private grant(key: string, now: number, clock: () => number, sleep: (ms: number) => Promise<void>): Slot {
    const entries = [this.app.record(now), this.log(key).record(now)];
    this.recorded += 1;
    if (this.recorded % 5_000 === 0) this.sweep(now);
    return {
      followUp: async () => void entries.push(await this.takeApp(clock, sleep)),
      done: () => {
        const at = clock();
        for (const e of entries) e.end ??= at;
      },
    };
  }

  /** An app-wide slot only, for a request that is not a message in a known conversation (createConversation). */
  private async takeApp(clock: () => number, sleep: (ms: number) => Promise<void>): Promise<Entry> {
    for (;;) {
      const now = clock();
      this.app.prune(now);
      const wait = Math.max(0, this.appPausedUntil - now, this.app.wait(now));
      if (wait === 0) return this.app.record(now);
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
