/** Starts and kills the worker process for the fan-out tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker-process.ts');

export interface WorkerChild {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
  /** When the process's first message was answered as sent (epoch ms). */
  readonly firstSentAt: Promise<number>;
  /** When the process began its first send request (epoch ms). */
  readonly firstTryAt: Promise<number>;
  /** The boot's parts as the process reported them (ms since its start; `startedAt` epoch ms). */
  readonly boot: Promise<BootTimes>;
  /** Peak resident memory reported by /proc while it ran (MB), sampled. */
  peakRssMb(): number;
}

export interface BootTimes {
  readonly startedAt: number;
  readonly modules_ms: number;
  readonly stores_ms: number;
  readonly worker_ms: number;
  readonly cpu_ms: number;
}

/** Resolves with the first match of `pattern` in the child's output, read from its first group. */
const lineOf = <T>(child: ChildProcess, pattern: RegExp, read: (m: string) => T): Promise<T> =>
  new Promise<T>((resolve) => {
    child.stdout?.on('data', (c: Buffer) => {
      const m = pattern.exec(c.toString());
      if (m) resolve(read(m[1]!));
    });
  });

const rssMb = (pid: number | undefined): number => {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
};

/**
 * `bundle`: a build of worker-process.ts (bench/worker-bundle.ts) run by plain Node, as production runs
 * bot/dist/index.js; without it the TypeScript source runs through tsx.
 */
export const startWorker = (env: Record<string, string>, bundle?: string): WorkerChild => {
  const nodeArgs = process.env.FANOUT_WORKER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, bundle ? [...nodeArgs, bundle] : [...nodeArgs, '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(child.pid));
  }, 250);
  let stderr = '';
  const log = process.env.FANOUT_WORKER_LOG;
  if (log) {
    child.stdout?.on('data', (c: Buffer) => appendFileSync(log, c));
    child.stderr?.on('data', (c: Buffer) => appendFileSync(log, c));
  }
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      if (c.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited before ready (${code}): ${stderr}`)));
  });
  const firstSentAt = lineOf(child, /first-sent (\d+)/, Number);
  const firstTryAt = lineOf(child, /first-try (\d+)/, Number);
  const boot = lineOf(child, /boot (\{.*\})/, (json) => JSON.parse(json) as BootTimes);
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    clearInterval(sampler);
    resolve();
  }));
  return { child, ready, exited, firstSentAt, firstTryAt, boot, peakRssMb: () => Math.max(peak, rssMb(child.pid)) };
};

export const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, everyMs = 25): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};
