/** A progress line every few seconds while the worker is sending (ids and counts only). */
import type { Logger } from 'pino';
import type { DeliveryCounters } from './deliver-item.js';

export const startProgressLog = (logger: Logger, counters: DeliveryCounters, everyMs: number): (() => void) => {
  let last = { ...counters };
  let lastAt = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    const sentSince = counters.sent - last.sent;
    const changed = (Object.keys(counters) as (keyof DeliveryCounters)[]).some((k) => counters[k] !== last[k]);
    if (changed) {
      const rps = Math.round((sentSince / Math.max(1, now - lastAt)) * 1000 * 10) / 10;
      logger.info({ ...counters, rps }, 'fan-out progress');
    }
    last = { ...counters };
    lastAt = now;
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
