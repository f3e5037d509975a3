/**
 * Port of the Forms import's memory: which rows of each form were imported (so a restart never
 * imports a row twice — a person who registered through Forms and later cancelled on the card
 * stays cancelled), and the last run per form (what the coördinator's dashboard shows).
 */
import type { FormsImportRunDto } from '@samen/shared';

/** The last run of one form, stored as the dashboard shows it (row numbers and reasons only). */
export type FormsImportRun = FormsImportRunDto;

export interface FormsImportStore {
  /** The keys of the rows of this form imported so far. */
  seen(formId: string): Promise<ReadonlySet<string>>;
  /** Remembers rows as imported; a key recorded twice (or by two instances at once) stays one. */
  record(formId: string, keys: readonly string[]): Promise<void>;
  /** Replaces the form's last run. */
  saveRun(run: FormsImportRun): Promise<void>;
  /** The last run of every form, ordered by form id. */
  runs(): Promise<readonly FormsImportRun[]>;
}
