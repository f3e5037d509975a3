import type { ErrorCode } from './errors.js';

/** A domain failure: a stable code plus optional parameters for the message. Never thrown for expected cases. */
export interface DomainError {
  readonly code: ErrorCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, params?: Record<string, string | number>): Result<T> =>
  params ? { ok: false, error: { code, params } } : { ok: false, error: { code } };
