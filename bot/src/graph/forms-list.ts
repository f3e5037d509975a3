/**
 * Reads Microsoft Forms responses from the `Formulierantwoorden` list on the partnership's site,
 * where a Power Automate flow puts each response ("When a new response is submitted" → "Get
 * response details" → SharePoint "Create item"; docs/sharepoint.md). The app reads it with its own
 * app-only token (`Sites.Selected`, granted on that site): the Excel workbook API has no app-only
 * access, a SharePoint list has.
 *
 * One query per form: `fields/FormId eq '…'` on the indexed FormId column, 500 items a page,
 * following `@odata.nextLink` (a page may be short and still have one). It stays under the list
 * view threshold while one form has at most 5,000 responses (a registration form holds a meeting's
 * sign-ups, a survey form one answer per person); no `$orderby` (Graph ignores it on list items):
 * rows are sorted by response number here. Every item is validated; a bad one is reported, never
 * thrown.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { LISTS } from '../../../infra/sharepoint/lists.js';
import { graphPages, lit } from './client.js';
import { ANSWER_COLUMNS, type FormResponse, type FormResponses, type FormResponseSource, type MalformedItem } from '../store/ports-form-responses.js';

/** Where the responses list is: the app-only client and the partnership's site. */
export interface FormsSource {
  readonly client: Client;
  readonly siteId: string;
}

const optionalText = z.preprocess((v) => (v === null || v === undefined ? '' : v), z.union([z.string(), z.number()]).transform((v) => String(v).trim()));

const FieldsSchema = z.object({
  FormId: z.string().min(1),
  // Forms numbers responses 1, 2, 3… per form; SharePoint returns a number column as a number.
  ResponseId: z.coerce.number().int().min(1),
  Email: optionalText,
  Name: optionalText,
  School: optionalText,
  Role: optionalText,
  Session: optionalText,
  ...Object.fromEntries(Array.from({ length: ANSWER_COLUMNS }, (_, i) => [`Answer${i + 1}`, optionalText])),
});

const ItemSchema = z.object({ id: z.string().min(1), fields: z.record(z.string(), z.unknown()) });

const responseOf = (fields: Readonly<Record<string, unknown>>): FormResponse | null => {
  const parsed = FieldsSchema.safeParse(fields);
  if (!parsed.success) return null;
  const f = parsed.data as z.output<typeof FieldsSchema> & Record<string, string>;
  const answers = Array.from({ length: ANSWER_COLUMNS }, (_, i) => f[`Answer${i + 1}`] ?? '');
  return { responseId: f.ResponseId, email: f.Email, name: f.Name, school: f.School, role: f.Role, session: f.Session, answers };
};

export const readResponses = async (source: FormsSource, formId: string): Promise<FormResponses> => {
  const list = encodeURIComponent(LISTS.formResponses.name);
  const filter = encodeURIComponent(`fields/FormId eq ${lit(formId)}`);
  const url = `/sites/${encodeURIComponent(source.siteId)}/lists/${list}/items?$expand=fields&$filter=${filter}&$top=500`;
  const rows: FormResponse[] = [];
  const malformed: MalformedItem[] = [];
  for await (const page of graphPages(source.client, url)) {
    for (const raw of page) {
      const item = ItemSchema.safeParse(raw);
      const response = item.success ? responseOf(item.data.fields) : null;
      if (response) rows.push(response);
      else malformed.push({ itemId: Number((raw as { id?: unknown } | null)?.id) || 0 });
    }
  }
  return { rows: rows.sort((a, b) => a.responseId - b.responseId), malformed };
};

/** The FormResponseSource adapter on the list Formulierantwoorden. */
export const graphFormResponses = (source: FormsSource): FormResponseSource => ({ read: (formId) => readResponses(source, formId) });
