import { ok, type Result } from '@samen/shared';

/**
 * A concept (meeting, announcement, survey) becomes 'verstuurd' once, ETag-guarded; a record already
 * sent is returned as it is, so sending twice is harmless.
 */
export const publish = async <T extends { readonly status: string; readonly version: string }>(
  record: T,
  save: (next: T & { readonly expectedVersion: string }) => Promise<Result<T>>,
): Promise<Result<T>> =>
  record.status === 'concept' ? save({ ...record, status: 'verstuurd', expectedVersion: record.version }) : ok(record);
