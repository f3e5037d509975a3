/**
 * What a store adapter throws when a read cannot be served (database locked past its timeout,
 * disk or network failure, a stored record that no longer validates). Writes return
 * `fail('STORE.UNAVAILABLE')` instead. Never carries the adapter's own error shape to callers:
 * the original stays in `cause` for the log.
 */
export class StorageUnavailable extends Error {
  override readonly name = 'StorageUnavailable';
  readonly code = 'STORE.UNAVAILABLE' as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export const isStorageUnavailable = (e: unknown): e is StorageUnavailable => e instanceof StorageUnavailable;

/**
 * What an adapter throws when the backend itself refuses the caller (SharePoint answering 403 to a
 * request made on behalf of a user without access to a school's site). Callers answer AUTH.FORBIDDEN.
 */
export class StorageForbidden extends Error {
  override readonly name = 'StorageForbidden';
  readonly code = 'AUTH.FORBIDDEN' as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export const isStorageForbidden = (e: unknown): e is StorageForbidden => e instanceof StorageForbidden;
