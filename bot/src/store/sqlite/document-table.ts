/**
 * Records that are mostly one document (meetings, announcements, surveys): the columns that are
 * filtered on are real columns, everything else is one JSON column. One mapping serves them all.
 */
import { fromJson, toJson } from './json.js';
import type { TableSpec } from './record-table.js';
import { versionString } from './version.js';

interface DocumentRecord {
  readonly id: string;
  readonly status: string;
  readonly organiserId: string;
  readonly createdAt: string;
  readonly version: string;
}

export const documentTable = <R extends DocumentRecord>(table: string, parse: (raw: unknown) => R): TableSpec<R> => ({
  table,
  keys: ['id'],
  columns: ['status', 'organiser_id', 'created_at', 'data'],
  toRow: (record) => {
    const { id, status, organiserId, createdAt, ...data } = record as Omit<R, 'version'> & Partial<Pick<R, 'version'>>;
    delete (data as { version?: string }).version;
    return { id, status, organiser_id: organiserId, created_at: createdAt, data: toJson(data) };
  },
  toDomain: (row) => {
    const data = fromJson(row.data);
    return parse({
      ...(typeof data === 'object' && data !== null ? data : {}),
      id: row.id,
      status: row.status,
      organiserId: row.organiser_id,
      createdAt: row.created_at,
      version: versionString(Number(row.version)),
    });
  },
});
