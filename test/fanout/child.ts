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
  /** Peak resident memory reported by /proc while it ran (MB), sampled. */
  peakRssMb(): number;
}

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

export const startWorker = (env: Record<string, string>): WorkerChild => {
  const child = spawn(process.execPath, [...(process.env.FANOUT_WORKER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', script], {
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
  const firstSentAt = new Promise<number>((resolve) => {
    child.stdout?.on('data', (c: Buffer) => {
      const m = /first-sent (\d+)/.exec(c.toString());
      if (m) resolve(Number(m[1]));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    clearInterval(sampler);
    resolve();
  }));
  return { child, ready, exited, firstSentAt, peakRssMb: () => Math.max(peak, rssMb(child.pid)) };
};

export const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, everyMs = 25): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};
