/**
 * Reads an Excel table through the Graph workbook API: the header row, then the rows page by page
 * (`$top`/`$skip`). Excel Online wants one request at a time per workbook, so requests for the
 * same workbook queue behind each other, also across concurrent imports. Throttling (429 with
 * Retry-After) is handled by the client's middleware.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Cell } from './forms-rows.js';

export interface WorkbookTable {
  readonly driveId: string;
  readonly itemId: string;
  readonly table: string;
}

export interface TableRows {
  readonly headers: string[];
  readonly rows: { readonly index: number; readonly values: Cell[] }[];
}

const queues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task on the same workbook has finished. */
const oneAtATime = <T>(workbook: string, task: () => Promise<T>): Promise<T> => {
  const previous = queues.get(workbook) ?? Promise.resolve();
  const result = previous.then(task, task);
  queues.set(workbook, result.catch(() => undefined));
  return result;
};

export const readTable = async (client: Client, ref: WorkbookTable, pageSize = 100): Promise<TableRows> => {
  const base = `/drives/${encodeURIComponent(ref.driveId)}/items/${encodeURIComponent(ref.itemId)}/workbook/tables/${encodeURIComponent(ref.table)}`;
  const get = (path: string) => oneAtATime(`${ref.driveId}/${ref.itemId}`, () => client.api(`${base}${path}`).get() as Promise<unknown>);
  const header = (await get('/headerRowRange')) as { values?: Cell[][] };
  const headers = (header.values?.[0] ?? []).map((h) => String(h ?? '').trim());
  const rows: { index: number; values: Cell[] }[] = [];
  for (let skip = 0; ; skip += pageSize) {
    const page = (await get(`/rows?$top=${pageSize}&$skip=${skip}`)) as { value?: { index: number; values: Cell[][] }[] };
    const value = page.value ?? [];
    for (const r of value) rows.push({ index: r.index, values: r.values[0] ?? [] });
    if (value.length < pageSize) return { headers, rows };
  }
};
