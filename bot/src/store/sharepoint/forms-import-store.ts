/**
 * The Forms import's memory on the partnership's site: `Forms-import` holds one item per imported
 * row (the unique EntryKey makes a second record of the same row a 409, which counts as done),
 * written in `$batch` requests of 20; `Forms-importverslagen` holds the last run per form.
 */
import { createHash } from 'node:crypto';
import { parseRun } from '../forms-import-record.js';
import type { FormsImportRun, FormsImportStore } from '../ports-forms.js';
import { guardRead, unavailable } from './errors.js';
import type { GraphRequests } from './graph-requests.js';
import { lit, type ListClient } from './list-client.js';
import { fromJson, json } from './mappers.js';

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
      const items = await this.rows.all({ filter: `fields/FormId eq ${lit(formId)}` });
      return new Set(items.map((i) => String(i.fields.RowKey ?? '')));
    });
  }

  record(formId: string, keys: readonly string[]): Promise<void> {
    return guardRead(async () => {
      const unique = [...new Set(keys)];
      if (unique.length === 0) return;
      const calls = unique.map((k) => this.rows.createCall({ Title: formId.slice(0, 255), EntryKey: entryKey(formId, k), FormId: formId, RowKey: k }));
      const answers = await this.graph.batch(calls);
      const failed = answers.find((a) => a.status >= 300 && a.status !== 409);
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
