import { describe, expect, it } from 'vitest';
import { parseWindows, RateLimiter, TEAMS_LIMITS, type RateWindow } from './rate-limiter.js';

/** A fake clock whose sleep advances time: the limiter's pacing runs instantly. */
const fakeTime = () => {
  let now = 1_000_000;
  return { now: () => now, sleep: async (ms: number) => void (now += ms) };
};

/** A fake clock shared by concurrent senders: each sleep ends when the clock reaches it, the earliest first. */
const sharedTime = () => {
  let now = 1_000_000;
  let sleeps = 0;
  const timers: { at: number; wake: () => void }[] = [];
  return {
    now: () => now,
    sleeps: () => sleeps,
    sleep: (ms: number) => {
      sleeps += 1;
      return new Promise<void>((wake) => timers.push({ at: now + ms, wake }));
    },
    /** Lets the senders run, moving the clock to the next timer whenever all of them wait. */
    run: async (senders: Promise<unknown>[]) => {
      let settled = false;
      const all = Promise.all(senders).finally(() => (settled = true));
      while (!settled) {
        await new Promise((r) => setTimeout(r, 0));
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) continue;
        now = Math.max(now, next.at);
        next.wake();
      }
      await all;
    },
  };
};

const maxInWindow = (times: readonly number[], w: RateWindow): number => {
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while (times[i]! - times[j]! >= w.ms) j += 1;
    max = Math.max(max, i - j + 1);
  }
  return max;
};

describe('the rate limiter', () => {
  it('never lets more than Teams allows into any window of one conversation, and keeps pace with the limit', async () => {
    const limiter = new RateLimiter({ ...TEAMS_LIMITS, safetyMs: 0 });
    const t = fakeTime();
    const times: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      (await limiter.take('conv-1', t.now, t.sleep)).done();
      times.push(t.now());
    }
    for (const w of TEAMS_LIMITS.perConversation) expect(maxInWindow(times, w)).toBeLessThanOrEqual(w.limit);
    // 60 per 30 s binds: each window's 60 go out at 8 per 2 s, so message 200 leaves 3 windows + 5 s in
    const span = times.at(-1)! - times[0]!;
    expect(span).toBeGreaterThanOrEqual(3 * 30_000 + 4_000);
    expect(span).toBeLessThan(3 * 30_000 + 4_100);
    expect(maxInWindow(times, { limit: 60, ms: 30_000 })).toBe(60);
  });

  it('sends to many people at the app limit, in small bursts', async () => {
    const limiter = new RateLimiter({ ...TEAMS_LIMITS, safetyMs: 0 });
    const t = fakeTime();
    const times: number[] = [];
    for (let i = 0; i < 1_000; i += 1) {
      (await limiter.take(`conv-${i}`, t.now, t.sleep)).done();
      times.push(t.now());
    }
    expect(maxInWindow(times, { limit: 50, ms: 1_000 })).toBe(50);
    // a burst of 5, then one every 20 ms: 1,000 messages in 995 gaps
    expect(times.at(-1)! - times[0]!).toBe(995 * 20);
    // never a whole second's 50 at once: at most the burst of 5 plus the steady 20 ms pace
    expect(maxInWindow(times, { limit: 10, ms: 100 })).toBeLessThanOrEqual(10);
  });

  it('keeps a request in the window until its answer is in, so slow answers slow the pace instead of drawing a 429', async () => {
    const limiter = new RateLimiter({ ...TEAMS_LIMITS, safetyMs: 0 });
    const t = fakeTime();
    const answered: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const slot = await limiter.take(`conv-${i}`, t.now, t.sleep);
      // every answer takes 100 ms; Teams may have counted the request at any moment in between
      await t.sleep(100);
      slot.done();
      answered.push(t.now());
    }
    // even if every request arrived only as its answer left, no second at Teams holds more than 50
    expect(maxInWindow(answered, { limit: 50, ms: 1_000 })).toBeLessThanOrEqual(50);
  });

  it('wakes one waiting sender per freed app slot, in the order they asked', async () => {
    const limiter = new RateLimiter({ ...TEAMS_LIMITS, perApp: [{ limit: 5, ms: 1_000 }], safetyMs: 0 });
    const t = sharedTime();
    const granted: number[] = [];
    await t.run(Array.from({ length: 16 }, async (_, lane) => {
      (await limiter.take(`conv-${lane}`, t.now, t.sleep)).done();
      granted.push(lane);
    }));
    expect(granted).toEqual(Array.from({ length: 16 }, (_, i) => i));
    // 11 had to wait for a slot: about one timer each, not one for every waiting lane at every slot
    expect(t.sleeps()).toBeLessThan(16 * 2);
  });

  it('does not let a conversation held back by Retry-After hold up the senders behind it', async () => {
    const limiter = new RateLimiter({ ...TEAMS_LIMITS, safetyMs: 0 });
    const t = sharedTime();
    const start = t.now();
    limiter.pause('conv-held', start + 5_000, false);
    const at: Record<string, number> = {};
    await t.run(['conv-held', 'conv-other'].map(async (key) => {
      (await limiter.take(key, t.now, t.sleep)).done();
      at[key] = t.now() - start;
    }));
    expect(at).toEqual({ 'conv-other': 0, 'conv-held': 5_000 });
  });

  it('lets a request that never answers count for at most the transit limit', async () => {
    const limiter = new RateLimiter({ ...TEAMS_LIMITS, perApp: [{ limit: 2, ms: 1_000 }], safetyMs: 0, maxTransitMs: 500 });
    const t = fakeTime();
    const t0 = t.now();
    await limiter.take('conv-1', t.now, t.sleep);
    await limiter.take('conv-2', t.now, t.sleep);
    // neither is answered: the first counts as arrived 500 ms after it left, and a window later it is out
    await limiter.take('conv-3', t.now, t.sleep);
    expect(t.now() - t0).toBe(500 + 1_000);
  });

  it('holds a conversation back until its Retry-After has passed', () => {
    const limiter = new RateLimiter(TEAMS_LIMITS);
    limiter.pause('conv-1', 5_000, false);
    expect(limiter.waitMs('conv-1', 1_000)).toBe(4_000);
    expect(limiter.waitMs('conv-2', 1_000)).toBe(0);
  });

  it.each([
    ['7/1000,8/2000', [{ limit: 7, ms: 1000 }, { limit: 8, ms: 2000 }]],
    [' 50/1000 ', [{ limit: 50, ms: 1000 }]],
  ])('reads the configured windows %j', (text, expected) => {
    expect(parseWindows(text)).toEqual(expected);
  });

  it.each(['7', '0/1000', 'x/1000', '7/-1'])('refuses the malformed window %j', (text) => {
    expect(() => parseWindows(text)).toThrow(/Ongeldige limiet/);
  });
});
