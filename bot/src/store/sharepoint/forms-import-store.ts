/**
 * The Forms import's memory on the partnership's site: `Forms-import` holds the imported keys of a
 * form, up to 200 per item (RowKey: a JSON list; older items hold one key as plain text), so 500
 * responses cost three creates in one `$batch` instead of 500 (about 6 resource units instead of
 * 1,000 of the 1,250 a minute). The unique EntryKey makes a second record of the same keys a duplicate
 * (409, or SharePoint's 500/400: isDuplicate), which counts as done; a key in two items is still one key. `Forms-importverslagen` holds the last
 * run per form.
 */
import { createHash } from 'node:crypto';
import { parseRun } from '../forms-import-record.js';
import type { FormsImportRun, FormsImportStore } from '../ports-forms.js';
import { guardRead, isDuplicate, unavailable } from './errors.js';
import type { GraphRequests } from './graph-requests.js';
import { lit, type ListClient } from './list-client.js';
import { fromJson, json } from './mappers.js';

/** Keys per ledger item: 200 keys of at most ~45 characters stay far below a note column's 63,999. */
const KEYS_PER_ITEM = 200;

const keysOf = (rowKey: unknown): string[] => {
  const text = String(rowKey ?? '');
  if (!text.startsWith('[')) return text ? [text] : [];
  try {
    const parsed = fromJson(text);
    return Array.isArray(parsed) ? parsed.map(String) : [text];
  } catch {
    return [text];
  }
};

/** Form id and row key in 43 characters: an indexed text column holds at most 255. */
export const entryKey = (formId: string, rowKey: string): string =>
  createHash('sha256').update(`${formId}\n${rowKey}`).digest('base64url');

export class SharePointFormsImportStore implements FormsImportStore {
  constructor(
    private readonly rows: ListClient,
    private readonly runList: ListClient,
    private readonly graph: GraphRequests,
  ) {}

  /** `FormId eq` selects one form's imported rows: its responses, a few thousand at most. */
  seen(formId: string): Promise<ReadonlySet<string>> {
    return guardRead(async () => {
      // FormId selects one form's items: 200 keys each, so 5,000 items hold a million responses.
      const items = await this.rows.all({ filter: `fields/FormId eq ${lit(formId)}` });
      return new Set(items.flatMap((i) => keysOf(i.fields.RowKey)));
    });
  }

  record(formId: string, keys: readonly string[]): Promise<void> {
    return guardRead(async () => {
      const unique = [...new Set(keys)].sort();
      const chunks = Array.from({ length: Math.ceil(unique.length / KEYS_PER_ITEM) }, (_, i) => unique.slice(i * KEYS_PER_ITEM, (i + 1) * KEYS_PER_ITEM));
      const calls = chunks.map((chunk) =>
        this.rows.createCall({ Title: formId.slice(0, 255), EntryKey: entryKey(formId, chunk.join('\n')), FormId: formId, RowKey: json(chunk) }),
      );
      if (calls.length === 0) return;
      const answers = await this.graph.batch(calls);
      const failed = answers.find((a) => a.status >= 300 && !isDuplicate(a));
      if (failed) throw unavailable(failed, `SharePoint answered ${failed.status} to recording imported rows.`);
    });
  }

  saveRun(run: FormsImportRun): Promise<void> {
    const valid = parseRun(run);
    const fields = { Title: valid.title.slice(0, 255), FormId: valid.formId, RanAt: valid.ranAt, Run: json(valid) };
    return guardRead(() => this.runList.upsertWhere(`fields/FormId eq ${lit(valid.formId)}`, fields));
  }

  runs(): Promise<readonly FormsImportRun[]> {
    return guardRead(async () => {
      // Unfiltered: one item per form (tens); sorted by FormId here since Graph ignores $orderby.
      const items = await this.runList.all({});
      return items.map((i) => parseRun(fromJson(i.fields.Run))).sort((a, b) => (a.formId < b.formId ? -1 : a.formId > b.formId ? 1 : 0));
    });
  }
}
