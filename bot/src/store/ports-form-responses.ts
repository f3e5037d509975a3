/**
 * Port: Microsoft Forms responses as a Power Automate flow stored them (one per form, by form id). The
 * SharePoint list `Formulierantwoorden` read through Graph is the adapter (graph/forms-list.ts); the import
 * rules (usecases/forms/) see only this.
 */

/** Answer1…Answer10: a survey's question N goes into AnswerN. */
export const ANSWER_COLUMNS = 10;

/** One response as the flow stored it; texts trimmed, absent columns ''. */
export interface FormResponse {
  readonly responseId: number;
  readonly email: string;
  readonly name: string;
  readonly school: string;
  readonly role: string;
  readonly session: string;
  /** Answer1…Answer10 (index 0 = Answer1). */
  readonly answers: readonly string[];
}

/** A stored response the import cannot read: its item id where it is stored. */
export interface MalformedItem {
  readonly itemId: number;
}

export interface FormResponses {
  /** Sorted by response number; a response the flow stored twice appears twice. */
  readonly rows: readonly FormResponse[];
  readonly malformed: readonly MalformedItem[];
}

export interface FormResponseSource {
  read(formId: string): Promise<FormResponses>;
}
