/**
 * Runs the clean-up (run.ts) when it is due: the stored last run says when the next one is
 * (RETENTION_HOUR, Amsterdam), checked every 10 minutes and at start, under the same lease as the
 * reminders. A restart reads the plan from the store, so a clean-up missed while the server was down
 * runs at the first check, and one that already ran today does not run again. A failed run is
 * logged and tried again at the next check (it is idempotent).
 */
import { retentionDue } from '@samen/shared';
import type { Deps } from '../../deps.js';
import type { DeliveryLedger } from '../../store/delivery-ledger.js';
import { alwaysHeld, type Lease } from '../../store/lease.js';
import { realEvery, type Every } from '../forms/schedule.js';
import { runRetention } from './run.js';

export const RETENTION_CHECK_MINUTES = 10;

export interface RetentionSchedule {
  stop(): Promise<void>;
  /** One check now (also what the timer calls); resolves when it is done. */
  tick(): Promise<void>;
}

export const startRetentionSchedule = (
  deps: Deps,
  options: { readonly ledger: DeliveryLedger | null; readonly lease?: Lease; readonly every?: Every },
): RetentionSchedule => {
  const lease = options.lease ?? alwaysHeld;
  // The planned moment as last read or written; the store is asked again only once it has come.
  let planned: string | null = null;
  let busy: Promise<void> | null = null;
  const check = async (): Promise<void> => {
    if (planned !== null && !retentionDue(deps.clock(), { nextRunAt: planned })) return;
    try {
      await lease.runIfHeld(async () => {
        const last = await deps.stores.retention.lastRun();
        planned = last?.nextRunAt ?? null;
        if (!retentionDue(deps.clock(), last)) return;
        planned = (await runRetention(deps, options.ledger)).nextRunAt;
      });
    } catch (err) {
      deps.logger.error({ err }, 'retention clean-up failed; trying again at the next check');
    }
  };
  const tick = (): Promise<void> => {
    if (busy) return busy;
    busy = check().finally(() => {
      busy = null;
    });
    return busy;
  };
  const stopTimer = (options.every ?? realEvery)(RETENTION_CHECK_MINUTES * 60_000, () => void tick());
  void tick();
  // Stopping waits for a clean-up under way, so the stores are not closed beneath it.
  const stop = (): Promise<void> => {
    stopTimer();
    return busy ?? Promise.resolve();
  };
  return { stop, tick };
};
