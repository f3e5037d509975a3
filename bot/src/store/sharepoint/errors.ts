/**
 * Graph's failures in the store's vocabulary. Nothing Graph-shaped leaves this folder: a 409
 * (duplicate key), 412 (stale ETag) or 404 on a write becomes STORE.CONFLICT; anything else
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


export const isConflictStatus = (status: number): boolean => status === 409 || status === 412;

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
