/** What a Forms import run did, and the ledger that keeps it from importing a row twice. */
import type { ErrorCode, Id } from '@samen/shared';
import type { RowProblem } from './forms-rows.js';

/** Remembers which rows of a form were imported (keyed by meeting or survey id). */
export interface FormsImportLedger {
  seen(formId: Id): Promise<ReadonlySet<string>>;
  record(formId: Id, keys: readonly string[]): Promise<void>;
}

export const memoryLedger = (): FormsImportLedger => {
  const keys = new Map<Id, Set<string>>();
  return {
    seen: async (formId) => new Set(keys.get(formId) ?? []),
    record: async (formId, added) => void keys.set(formId, new Set([...(keys.get(formId) ?? []), ...added])),
  };
};

export interface UnmatchedRow {
  /** 1-based row number as Excel shows it below the header (index + 2). */
  readonly row: number;
  readonly problem: RowProblem | 'refused';
  readonly code?: ErrorCode;
  /** Parameters of the code's message (e.g. `questions: "2"` for SURVEY.ANSWER_INVALID). */
  readonly params?: Readonly<Record<string, string>>;
}

/** Survey answers imported from a form: recorded through the same use case as a card answer. */
/** What every import report tells, whatever the form was for. */
export interface ImportCounts {
  /** Rows whose person already gave exactly this answer (e.g. a duplicate submission). */
  readonly unchanged: number;
  /** Rows imported in an earlier run. */
  readonly alreadyImported: number;
  readonly unmatched: readonly UnmatchedRow[];
  /** Imported, but the school in the form is not one we know (always empty for a survey form). */
  readonly unknownSchools: readonly { readonly row: number; readonly school: string }[];
}

export interface SurveyImportReport extends ImportCounts {
  readonly kind: 'survey';
  readonly surveyId: Id;
  readonly title: string;
  /** New answers. */
  readonly recorded: number;
  /** A person's earlier answer replaced by a later submission (named surveys, before the deadline). */
  readonly changed: number;
}
