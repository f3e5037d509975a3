/** How a failed proactive send is classified: permanent (never retried) or retry (maybe uncertain). */
import type { SendOutcome } from '../messaging/messenger.js';

interface ChannelError {
  readonly statusCode?: number;
  readonly code?: string;
  readonly response?: { readonly headers?: { get?(name: string): string | null } | Record<string, string> };
  readonly message?: string;
}

export class SendTimeout extends Error {
  constructor(ms: number) {
    super(`timeout after ${ms} ms`);
  }
}

/** Rejects after `ms`; the request itself may still arrive, so a timeout is an uncertain failure. */
export const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SendTimeout(ms)), ms);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });

const retryAfterMs = (error: ChannelError): number | null => {
  const headers = error.response?.headers;
  const raw = headers && typeof (headers as { get?: unknown }).get === 'function'
    ? (headers as { get(name: string): string | null }).get('retry-after')
    : (headers as Record<string, string> | undefined)?.['retry-after'];
  const seconds = raw ? Number(raw) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : null;
};

/**
 * 403/404: blocked, uninstalled or conversation gone — never retried (403 `Forbidden`: the app is
 * not installed for the person). 429: retried. 5xx/network/timeout: retried, uncertain.
 */
export const classifySendError = (error: unknown): SendOutcome => {
  if (error instanceof SendTimeout) return { kind: 'retry', failure: 'timeout', detail: error.message, retryAfterMs: null, uncertain: true };
  const e = (error ?? {}) as ChannelError;
  const status = e.statusCode;
  const detail = `HTTP ${status}${e.code ? ` ${e.code}` : ''}`;
  if (status === 403) return { kind: 'permanent', failure: e.code === 'Forbidden' ? 'not-installed' : 'blocked', detail };
  if (status === 404) return { kind: 'permanent', failure: 'gone', detail };
  if (status === 429) return { kind: 'retry', failure: 'throttled', detail, retryAfterMs: retryAfterMs(e) };
  if (status !== undefined && status >= 500) {
    return { kind: 'retry', failure: 'server-error', detail, retryAfterMs: retryAfterMs(e), uncertain: true };
  }
  if (status !== undefined && status >= 400) return { kind: 'permanent', failure: 'rejected', detail };
  return { kind: 'retry', failure: 'network', detail: e.message ?? 'network error', retryAfterMs: null, uncertain: true };
};
