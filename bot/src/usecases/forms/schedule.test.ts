import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import type { Deps } from '../../deps.js';
import type { Lease } from '../../store/lease.js';
import type { FormsImporter, FormsReport } from './import.js';
import { scheduledFormsImport, startFormsSchedule, type Every } from './schedule.js';


/** A timer stepped by hand: `fire()` is one interval passing. */
const handTimer = () => {
  const state = { ms: 0, tick: (): void => undefined, stopped: false };
  const every: Every = (ms, tick) => {
    state.ms = ms;
    state.tick = tick;
    return () => void (state.stopped = true);
  };
  return { every, state, fire: () => state.tick() };
};

const REPORT: FormsReport = { kind: 'meeting', meetingId: 'm1', title: 'PLG', booked: 1, waitlisted: 0, unchanged: 0, alreadyImported: 0, unmatched: [], unknownSchools: [] };

const setup = (outcomes: (() => Promise<readonly FormsReport[]>)[], lease?: Lease) => {
  const logs: { level: string; msg: string }[] = [];
  const logger = { info: (_: unknown, msg: string) => logs.push({ level: 'info', msg }), error: (_: unknown, msg: string) => logs.push({ level: 'error', msg }) };
  const deps = { config: loadConfig({ LOG_LEVEL: 'silent' }), logger } as unknown as Deps;
  let runs = 0;
  const importer: FormsImporter = { run: () => (outcomes[runs++] ?? (async () => [REPORT]))() };
  const timer = handTimer();
  const schedule = startFormsSchedule(deps, importer, { intervalMinutes: 15, every: timer.every, ...(lease ? { lease } : {}) });
  return { schedule, timer, logs, runs: () => runs };
};

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the scheduled Forms import', () => {
  it('imports at start and again every interval from the config, until stopped', async () => {
    const { schedule, timer, runs } = setup([]);
    await schedule.tick();
    expect(timer.state.ms).toBe(15 * 60_000);
    expect(runs()).toBe(1);
    timer.fire();
    await schedule.tick();
    expect(runs()).toBe(2);
    schedule.stop();
    expect(timer.state.stopped).toBe(true);
  });

  it('logs a failed run without crashing and tries again at the next tick', async () => {
    const { schedule, timer, logs, runs } = setup([() => Promise.reject(new Error('list 503'))]);
    await schedule.tick();
    expect(logs).toEqual([{ level: 'error', msg: 'scheduled forms import failed; trying again next time' }]);
    timer.fire();
    await schedule.tick();
    expect(runs()).toBe(2);
    expect(logs.at(-1)).toEqual({ level: 'info', msg: 'scheduled forms import' });
  });

  it('never starts a second run while one is still busy', async () => {
    let finish = (): void => undefined;
    const slow = () => new Promise<readonly FormsReport[]>((resolve) => (finish = () => resolve([REPORT])));
    const { schedule, timer, runs } = setup([slow]);
    timer.fire();
    timer.fire();
    await settle();
    expect(runs()).toBe(1);
    finish();
    await schedule.tick();
    timer.fire();
    await schedule.tick();
    expect(runs()).toBe(2);
  });

  it('runs only on the instance that holds the lease', async () => {
    const elsewhere: Lease = { runIfHeld: async () => null, release: async () => undefined };
    const { schedule, runs, logs } = setup([], elsewhere);
    await schedule.tick();
    expect(runs()).toBe(0);
    expect(logs).toEqual([]);
  });
});

describe('starting the schedule from config', () => {
  it('starts nothing while no Forms form is linked', () => {
    const deps = { config: loadConfig({ LOG_LEVEL: 'silent' }) } as Deps;
    expect(scheduledFormsImport(deps, { runIfHeld: async () => null, release: async () => undefined })).toEqual([]);
  });

  it.each([
    [{}, 15],
    [{ FORMS_IMPORT_INTERVAL_MINUTES: '5' }, 5],
  ])('reads the interval in minutes (%o → %i)', (env, minutes) => {
    expect(loadConfig({ LOG_LEVEL: 'silent', ...env }).formsImportIntervalMinutes).toBe(minutes);
  });

  it.each(['0', 'elk kwartier', '1441'])('refuses an interval of %s', (value) => {
    expect(() => loadConfig({ FORMS_IMPORT_INTERVAL_MINUTES: value })).toThrow(ConfigError);
  });
});
