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
