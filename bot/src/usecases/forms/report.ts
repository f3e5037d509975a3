/** What a Forms import run did, and the ledger that keeps it from importing a row twice. */
import type { FormsUnmatchedRowDto, Id } from '@samen/shared';
import type { FormsImportRun, FormsImportStore } from '../../store/ports.js';

/**
 * Remembers which rows of a form were imported (keyed by meeting id, or `survey:<id>`). In the app
 * this is the store (`stores.formsImports`), so it survives a restart; `memoryLedger` is for tests.
 */
export type FormsImportLedger = Pick<FormsImportStore, 'seen' | 'record'>;

export const memoryLedger = (): FormsImportLedger => {
  const keys = new Map<Id, Set<string>>();
  return {
    seen: async (formId) => new Set(keys.get(formId) ?? []),
    record: async (formId, added) => void keys.set(formId, new Set([...(keys.get(formId) ?? []), ...added])),
  };
};

/** A row the import could not process (row number + reason), as the dashboard shows it. */
export type UnmatchedRow = FormsUnmatchedRowDto;

/** Items of the responses list the import could not read (by list item id), as the report shows them. */
export const malformedRows = (items: readonly { readonly itemId: number }[]): UnmatchedRow[] =>
  items.map((m) => ({ row: m.itemId, problem: 'malformed' }));

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

/** Survey answers imported from a form: recorded through the same use case as a card answer. */
export interface SurveyImportReport extends ImportCounts {
  readonly kind: 'survey';
  readonly surveyId: Id;
  readonly title: string;
  /** New answers. */
  readonly recorded: number;
  /** A person's earlier answer replaced by a later submission (named surveys, before the deadline). */
  readonly changed: number;
}

export interface MeetingImportReport extends ImportCounts {
  readonly kind: 'meeting';
  readonly meetingId: Id;
  readonly title: string;
  readonly booked: number;
  readonly waitlisted: number;
}

/** The ledger's (and the stored run's) key of a survey's form; a meeting's form uses the meeting id. */
export const surveyFormId = (surveyId: Id): string => `survey:${surveyId}`;

/** What the store keeps of a run: counts and unmatched rows as row number + reason, nothing of the person. */
export const runOf = (r: MeetingImportReport | SurveyImportReport, ranAt: string): FormsImportRun => {
  const counts = { booked: 0, waitlisted: 0, recorded: 0, changed: 0, unchanged: r.unchanged, alreadyImported: r.alreadyImported };
  const common = { title: r.title, ranAt, unmatched: r.unmatched, unknownSchools: r.unknownSchools };
  return r.kind === 'meeting'
    ? { ...common, formId: r.meetingId, kind: 'meeting', targetId: r.meetingId, counts: { ...counts, booked: r.booked, waitlisted: r.waitlisted } }
    : { ...common, formId: surveyFormId(r.surveyId), kind: 'survey', targetId: r.surveyId, counts: { ...counts, recorded: r.recorded, changed: r.changed } };
};

/** The report of one form: registrations for a meeting, or answers to a survey. */
export type FormsReport = MeetingImportReport | SurveyImportReport;
