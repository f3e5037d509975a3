import type { SqlValue } from './record-table.js';

/** Column text → value; a non-text column yields undefined so the record schema rejects it. */
export const fromJson = (value: SqlValue | undefined): unknown =>
  typeof value === 'string' ? JSON.parse(value) : undefined;

export const toJson = (value: unknown): string => JSON.stringify(value ?? null);

export const fromBool = (value: SqlValue | undefined): boolean | undefined =>
  value === 1 ? true : value === 0 ? false : undefined;

export const toBool = (value: boolean): number => (value ? 1 : 0);

/** Text column for the record schema: undefined when absent, so validation names the column. */
export const text = (value: SqlValue | undefined): string | null | undefined =>
  value === null ? null : typeof value === 'string' ? value : undefined;
