/**
 * Graph's failures in the store's vocabulary. Nothing Graph-shaped leaves this folder: a duplicate
 * key (`isDuplicate`), an edit conflict (`isEditConflict`: 412, or 409 resourceModified) or 404 on a
 * write becomes STORE.CONFLICT; anything else
 * (throttled past the retries, 5xx, network, an item that no longer validates) becomes
 * STORE.UNAVAILABLE, with the original kept in `cause` for the log.
 */
import { fail, type Result } from '@samen/shared';
import { ZodError } from 'zod';
import { statusOf } from '../../graph/client.js';
import { StorageForbidden, StorageUnavailable } from '../errors.js';

/** Thrown inside the adapter to end an operation with STORE.CONFLICT. */
export class Conflict extends Error {
  override readonly name = 'Conflict';
}

/** Thrown inside the adapter to end an operation with the given failed Result (e.g. decide refused). */
export class Refused<T> extends Error {
  constructor(readonly result: Result<T>) {
    super('refused');
  }
}


/** Code and message of a Graph error answer: a $batch part (`{ error }`) or a single request (the client's GraphError body, a JSON string of the error). */
export const graphErrorOf = (answer: { readonly body?: unknown }): { code: string; message: string } => {
  let body: unknown = answer.body;
  if (typeof answer.body === 'string') {
    try {
      body = JSON.parse(answer.body) as unknown;
    } catch {
      return { code: '', message: answer.body };
    }
  }
  const b = (body ?? {}) as { error?: unknown; code?: unknown; message?: unknown };
  const e = (typeof b.error === 'object' && b.error !== null ? b.error : b) as { code?: unknown; message?: unknown };
  const message = typeof e.message === 'object' && e.message !== null ? (e.message as { value?: unknown }).value : e.message;
  return { code: typeof e.code === 'string' ? e.code : '', message: typeof message === 'string' ? message : '' };
};

/**
 * An edit conflict: 412 (stale If-Match) or 409 `resourceModified`, which SharePoint answers to a
 * PATCH that raced another edit even without If-Match (onedrive-api-docs #1414). Re-read and retry.
 */
export const isEditConflict = (answer: { readonly status: number; readonly body?: unknown }): boolean =>
  answer.status === 412 || (answer.status === 409 && graphErrorOf(answer).code === 'resourceModified');

/**
 * A value already in a unique column. Graph documents 409, but real SharePoint also answers 500 with
 * code "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException" or 400 with "…because
 * duplicate values were found…" in the message (pnp/pnpjs issues, Power Automate community forum).
 */
export const isDuplicate = (answer: { readonly status: number; readonly body?: unknown }): boolean => {
  if (answer.status < 400) return false;
  const { code, message } = graphErrorOf(answer);
  if (answer.status === 409) return code !== 'resourceModified';
  return /SPDuplicateValuesFoundException|-2130575169/i.test(code) || /duplicate values were found/i.test(message);
};

/** A write that lost to another writer: a duplicate key or an edit conflict. */
export const isConflict = (answer: { readonly status: number; readonly body?: unknown }): boolean => isDuplicate(answer) || isEditConflict(answer);

/**
 * Any failure as a StorageUnavailable (conflicts included: a read has no version to conflict with);
 * a refusal (401/403: the user or the app has no access to that site) stays a StorageForbidden.
 */
export const unavailable = (e: unknown, what = 'SharePoint could not be reached.'): StorageUnavailable | StorageForbidden => {
  if (e instanceof StorageUnavailable || e instanceof StorageForbidden) return e;
  const status = statusOf(e) ?? (e as { status?: unknown } | null)?.status;
  if (status === 401 || status === 403) return new StorageForbidden('SharePoint refused access to this site.', { cause: e });
  return new StorageUnavailable(e instanceof ZodError ? 'A SharePoint item is not valid.' : what, { cause: e });
};

/** Runs a read: every failure is thrown as StorageUnavailable. */
export const guardRead = async <T>(read: () => Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (e) {
    throw unavailable(e);
  }
};

/** Runs a write returning a Result: Conflict → STORE.CONFLICT, Refused → its result, else STORE.UNAVAILABLE. */
export const guardWrite = async <T>(write: () => Promise<Result<T>>): Promise<Result<T>> => {
  try {
    return await write();
  } catch (e) {
    if (e instanceof Conflict) return fail('STORE.CONFLICT');
    if (e instanceof Refused) return e.result as Result<T>;
    // AUTH.FORBIDDEN when SharePoint refused the caller, STORE.UNAVAILABLE otherwise
    return fail(unavailable(e).code);
  }
};
