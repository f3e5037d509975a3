/**
 * The partnership's reflection deadline per school year, and how far each school is (counts only),
 * both on the partnership's side: the reminder scheduler reads them as the app, without a user, so
 * never from a school's own site.
 */
import type { ReflectionDeadline, ReflectionProgressRow, Result } from '@samen/shared';
import type { Expected } from './paging.js';

export type NewReflectionDeadline = Omit<ReflectionDeadline, 'version'> & Expected;

export interface ReflectionDeadlineStore {
  /** The deadline of a school year; null while the partnership never set one (a cleared one has `date: null`). */
  get(schoolYear: string): Promise<ReflectionDeadline | null>;
  /** Saves with the version read ('' = first save); a stale version is STORE.CONFLICT. */
  save(deadline: NewReflectionDeadline): Promise<Result<ReflectionDeadline>>;
  /** Every school year's deadline (one per year: a handful), in year order. */
  list(): Promise<readonly ReflectionDeadline[]>;
  /** Keeps one school's count for a year; the last write wins. */
  saveProgress(row: ReflectionProgressRow): Promise<void>;
  /** Every school's count for a year, in school id order. */
  progress(schoolYear: string): Promise<readonly ReflectionProgressRow[]>;
}
