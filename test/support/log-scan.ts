/**
 * For the log privacy checks (#18.5): capture what a logger writes, and find in it what must never
 * be logged — names, e-mail addresses, typed text. Logs hold ids, codes and counts only.
 */
import type { DestinationStream } from 'pino';

export interface CapturedLogs {
  readonly destination: DestinationStream;
  readonly lines: string[];
}

export const captureLogs = (): CapturedLogs => {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Every line that holds an e-mail address or one of `forbidden` (case-insensitive), with what it held. */
export const leaksIn = (lines: readonly string[], forbidden: readonly string[]): string[] =>
  lines.flatMap((line) => {
    const lower = line.toLowerCase();
    const found = forbidden.filter((f) => lower.includes(f.toLowerCase()));
    const email = EMAIL.exec(line)?.[0];
    return [...found, ...(email ? [email] : [])].map((what) => `${what} in ${line.trim()}`);
  });
