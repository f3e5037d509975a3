/**
 * Runs the Forms import on a schedule (every FORMS_IMPORT_INTERVAL_MINUTES), besides `importeer`
 * in chat. Under the same lease as the reminders, so with several instances only one imports. A
 * run that fails is logged and tried again at the next tick; a tick while a run is still busy is
 * skipped, so slow reads never pile runs up. Logs ids and counts only.
 */
import type { Deps } from '../../deps.js';
import { alwaysHeld, type Lease } from '../../store/lease.js';
import type { FormsImporter, FormsReport } from './import.js';

/** Calls `tick` every `ms` until the returned function is called; tests pass one they step by hand. */
export type Every = (ms: number, tick: () => void) => () => void;

export const realEvery: Every = (ms, tick) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};

export interface FormsSchedule {
  stop(): void;
  /** Runs one tick now (also what the timer calls); resolves when it is done. */
  tick(): Promise<void>;
}

export interface FormsScheduleOptions {
  readonly lease?: Lease;
  readonly intervalMinutes: number;
  readonly every?: Every;
}

const logged = (r: FormsReport) => ({
  kind: r.kind,
  id: r.kind === 'survey' ? r.surveyId : r.meetingId,
  alreadyImported: r.alreadyImported,
  unmatched: r.unmatched.length,
});

export const startFormsSchedule = (deps: Deps, importer: FormsImporter, options: FormsScheduleOptions): FormsSchedule => {
  const lease = options.lease ?? alwaysHeld;
  let busy: Promise<void> | null = null;
  const runOnce = async (): Promise<void> => {
    try {
      const reports = await lease.runIfHeld(() => importer.run(deps));
      if (reports) deps.logger.info({ forms: reports.map(logged) }, 'scheduled forms import');
    } catch (err) {
      deps.logger.error({ err }, 'scheduled forms import failed; trying again next time');
    }
  };
  const tick = (): Promise<void> => {
    if (busy) return busy;
    busy = runOnce().finally(() => {
      busy = null;
    });
    return busy;
  };
  const stop = (options.every ?? realEvery)(options.intervalMinutes * 60_000, () => void tick());
  void tick();
  return { stop, tick };
};

/** Starts the scheduled import when a form is linked; the stop functions for main.ts (none without forms). */
export const scheduledFormsImport = (deps: Deps, lease: Lease, every?: Every): (() => void)[] => {
  const importer = deps.formsImporter;
  if (!importer) return [];
  const schedule = startFormsSchedule(deps, importer, { lease, intervalMinutes: deps.config.formsImportIntervalMinutes, ...(every ? { every } : {}) });
  return [schedule.stop];
};
