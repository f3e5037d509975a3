/**
 * Excel tables in a drive item, as the Graph workbook API serves them:
 * `GET /drives/{d}/items/{i}/workbook/tables/{name}/headerRowRange` → `{ values: [[...]] }` and
 * `GET .../tables/{name}/rows?$top=&$skip=` → `{ value: [{ index, values: [[...]] }] }`.
 * Records the most requests that were ever open at once on one workbook: Excel Online wants
 * one at a time per workbook.
 *
 * Like Graph, the workbook API answers only delegated tokens (a user signed in): an app-only
 * token gets 403. Source: Graph reference pages table-list-rows, tablerow-list, table-list and
 * worksheet-list-tables, permissions table "Application: Not supported."
 * (learn.microsoft.com/graph/api/tablerow-list, /graph/api/worksheet-list-tables).
 */
import { GraphFault } from './lists.js';
import type { FakeRequest, FakeResponse } from './list-routes.js';

/** The tokens this fake treats as delegated: what the server sends on behalf of a user (`local-user:{oid}`). */
export const isDelegatedToken = (principal: string): boolean => principal.startsWith('local-user:');

export type Cell = string | number | boolean;

interface Table {
  headers: string[];
  rows: Cell[][];
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Workbooks {
  private readonly books = new Map<string, Map<string, Table>>();
  private readonly open = new Map<string, number>();
  /** The highest number of requests ever in flight on one workbook. */
  maxConcurrent = 0;

  setTable(driveId: string, itemId: string, name: string, headers: string[], rows: Cell[][]): void {
    const book = this.books.get(`${driveId}/${itemId}`) ?? new Map<string, Table>();
    book.set(name.toLowerCase(), { headers, rows });
    this.books.set(`${driveId}/${itemId}`, book);
  }

  addRows(driveId: string, itemId: string, name: string, rows: Cell[][]): void {
    this.table(`${driveId}/${itemId}`, name).rows.push(...rows);
  }

  private table(book: string, name: string): Table {
    const table = this.books.get(book)?.get(name.toLowerCase());
    if (!table) throw new GraphFault(404, 'ItemNotFound', `The requested resource doesn't exist.`);
    return table;
  }

  async route(req: FakeRequest, principal: string, count: (operation: string) => void): Promise<FakeResponse> {
    if (!isDelegatedToken(principal)) {
      throw new GraphFault(403, 'accessDenied', 'The workbook API does not support application permissions; sign in a user (delegated).');
    }
    const [, drive, items, item, workbook, tables, name, what] = req.segments;
    if (items !== 'items' || workbook !== 'workbook' || tables !== 'tables' || !drive || !item || !name || req.method !== 'GET') {
      throw new GraphFault(404, 'itemNotFound', 'Resource not found');
    }
    const key = `${drive}/${item}`;
    const open = (this.open.get(key) ?? 0) + 1;
    this.open.set(key, open);
    this.maxConcurrent = Math.max(this.maxConcurrent, open);
    try {
      await tick();
      await tick();
      const table = this.table(key, name);
      if (what === 'headerRowRange') {
        count('GET workbook header');
        return { status: 200, body: { address: `Sheet1!A1`, values: [table.headers] } };
      }
      if (what !== 'rows') throw new GraphFault(404, 'itemNotFound', 'Resource not found');
      count('GET workbook rows');
      const top = Math.min(Number(req.query.get('$top') ?? 100) || 100, 500);
      const skip = Number(req.query.get('$skip') ?? 0) || 0;
      const value = table.rows.slice(skip, skip + top).map((values, i) => ({ index: skip + i, values: [values] }));
      return { status: 200, body: { value } };
    } finally {
      this.open.set(key, (this.open.get(key) ?? 1) - 1);
    }
  }
}
