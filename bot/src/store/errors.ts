/**
 * What a store adapter throws when a read cannot be served. Never carries the adapter's own error
 * shape to callers: the original stays in `cause` for the log. Writes return `fail(code)` instead.
 */
abstract class StorageError<C extends 'STORE.UNAVAILABLE' | 'AUTH.FORBIDDEN'> extends Error {
  constructor(
    readonly code: C,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The store cannot be reached or read (database locked past its timeout, disk or network failure, a stored record that no longer validates). */
export class StorageUnavailable extends StorageError<'STORE.UNAVAILABLE'> {
  override readonly name = 'StorageUnavailable';

  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE.UNAVAILABLE', message, options);
  }
}

export const isStorageUnavailable = (e: unknown): e is StorageUnavailable => e instanceof StorageUnavailable;

/**
 * The backend itself refuses the caller (SharePoint answering 403 to a request made on behalf of a
 * user without access to a school's site). Callers answer AUTH.FORBIDDEN.
 */
export class StorageForbidden extends StorageError<'AUTH.FORBIDDEN'> {
  override readonly name = 'StorageForbidden';

  constructor(message: string, options?: { cause?: unknown }) {
    super('AUTH.FORBIDDEN', message, options);
  }
}

export const isStorageForbidden = (e: unknown): e is StorageForbidden => e instanceof StorageForbidden;
