/** External registrants in SQLite (migration 7): one row per meeting and lowercased address. */
import type { Database } from 'better-sqlite3';
import { ExternalRegistrantSchema, registrantEmailKey, type ExternalRegistrant, type Id, type Result } from '@samen/shared';
import type { Expected } from '../paging.js';
import type { RegistrantStore } from '../ports-registrants.js';
import { guardCommand } from './guard.js';
import { RecordTable, type TableSpec } from './record-table.js';
import { versionString } from './version.js';

export const registrantTable: TableSpec<ExternalRegistrant> = {
  table: 'registrants',
  keys: ['id'],
  columns: ['meeting_id', 'email_key', 'name', 'email', 'role', 'sector', 'created_at'],
  toRow: (r) => ({
    id: r.id,
    meeting_id: r.meetingId,
    email_key: registrantEmailKey(r.email),
    name: r.name,
    email: r.email,
    role: r.role,
    sector: r.sector,
    created_at: r.createdAt,
  }),
  toDomain: (r) =>
    ExternalRegistrantSchema.parse({
      id: r.id,
      meetingId: r.meeting_id,
      name: r.name,
      email: r.email,
      role: r.role,
      sector: r.sector,
      createdAt: r.created_at,
      version: versionString(Number(r.version)),
    }),
};

export class SqliteRegistrantStore implements RegistrantStore {
  private readonly table: RecordTable<ExternalRegistrant>;

  constructor(private readonly db: Database) {
    this.table = new RecordTable(db, registrantTable);
  }

  async get(id: Id): Promise<ExternalRegistrant | null> {
    return this.table.get({ id });
  }

  async byIds(ids: readonly Id[]): Promise<readonly ExternalRegistrant[]> {
    if (ids.length === 0) return [];
    return this.table.query('id IN (SELECT value FROM json_each(@ids)) ORDER BY id', { ids: JSON.stringify([...new Set(ids)]) });
  }

  async forMeeting(meetingId: Id): Promise<readonly ExternalRegistrant[]> {
    return this.table.query('meeting_id = @meeting ORDER BY id', { meeting: meetingId });
  }

  async findByEmail(meetingId: Id, email: string): Promise<ExternalRegistrant | null> {
    return this.table.query('meeting_id = @meeting AND email_key = @key', { meeting: meetingId, key: registrantEmailKey(email) })[0] ?? null;
  }

  /** A second registrant with the same meeting and address is refused with STORE.CONFLICT. */
  async upsert({ expectedVersion, ...registrant }: Omit<ExternalRegistrant, 'version'> & Expected): Promise<Result<ExternalRegistrant>> {
    return this.table.upsert(registrant, expectedVersion);
  }

  async removeForMeeting(meetingId: Id): Promise<number> {
    return guardCommand(this.db, () => this.db.prepare('DELETE FROM registrants WHERE meeting_id = ?').run(meetingId).changes);
  }
}
