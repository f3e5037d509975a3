import type { Database, Statement } from 'better-sqlite3';
import type { Acknowledgement, Announcement, AnnouncementRecipient, Id, Result } from '@samen/shared';
import type { AnnouncementStore } from '../ports-announcements.js';
import type { Expected, Page, PageRequest } from '../ports.js';
import { ackToDomain, announcementTable, recipientToDomain, recipientToRow } from './announcement-mapper.js';
import { guardCommand, guardRead } from './guard.js';
import { RecordTable, type Row } from './record-table.js';

const SQL = {
  recipients: 'SELECT * FROM announcement_recipients WHERE announcement_id = ? ORDER BY added_at, person_id',
  addRecipient: `INSERT OR IGNORE INTO announcement_recipients (announcement_id, person_id, forwarded_by, added_at)
    VALUES (@announcement_id, @person_id, @forwarded_by, @added_at)`,
  acks: 'SELECT * FROM announcement_acks WHERE announcement_id = ? ORDER BY at, person_id',
  ack: 'INSERT OR IGNORE INTO announcement_acks (announcement_id, person_id, at) VALUES (?, ?, ?)',
  touchedRecipients: `SELECT COUNT(*) FROM announcement_recipients WHERE announcement_id = ?
    AND (person_id IN (SELECT value FROM json_each(?)) OR forwarded_by IN (SELECT value FROM json_each(?)))`,
  pseudonymRecipient: 'UPDATE announcement_recipients SET person_id = ? WHERE announcement_id = ? AND person_id = ?',
  pseudonymForwarder: 'UPDATE announcement_recipients SET forwarded_by = ? WHERE announcement_id = ? AND forwarded_by = ?',
  pseudonymAck: 'UPDATE announcement_acks SET person_id = ? WHERE announcement_id = ? AND person_id = ?',
} as const;

export class SqliteAnnouncementStore implements AnnouncementStore {
  private readonly table: RecordTable<Announcement>;
  private readonly sql: { readonly [K in keyof typeof SQL]: Statement };

  constructor(private readonly db: Database) {
    this.table = new RecordTable(db, announcementTable);
    this.sql = Object.fromEntries(Object.entries(SQL).map(([k, s]) => [k, db.prepare(s)])) as { [K in keyof typeof SQL]: Statement };
  }

  async list(page?: PageRequest): Promise<Page<Announcement>> {
    return this.table.list(page);
  }

  async get(id: Id): Promise<Announcement | null> {
    return this.table.get({ id });
  }

  async upsert({ expectedVersion, ...a }: Omit<Announcement, 'version'> & Expected): Promise<Result<Announcement>> {
    return this.table.upsert(a, expectedVersion);
  }

  async recipients(announcementId: Id): Promise<readonly AnnouncementRecipient[]> {
    return guardRead(this.db, () => (this.sql.recipients.all(announcementId) as Row[]).map(recipientToDomain));
  }

  async addRecipients(recipients: readonly AnnouncementRecipient[]): Promise<readonly AnnouncementRecipient[]> {
    const run = this.db.transaction(() => recipients.filter((r) => this.sql.addRecipient.run(recipientToRow(r)).changes === 1));
    return guardCommand(this.db, () => run.immediate());
  }

  async acknowledgements(announcementId: Id): Promise<readonly Acknowledgement[]> {
    return guardRead(this.db, () => (this.sql.acks.all(announcementId) as Row[]).map(ackToDomain));
  }

  async acknowledge(ack: Acknowledgement): Promise<boolean> {
    return guardCommand(this.db, () => this.sql.ack.run(ack.announcementId, ack.personId, ack.at).changes === 1);
  }

  /** One IMMEDIATE transaction: a recipient and their acknowledgement change together. */
  async pseudonymise(announcementId: Id, pseudonyms: ReadonlyMap<Id, Id>): Promise<{ readonly recipients: number; readonly acknowledgements: number }> {
    const run = this.db.transaction(() => {
      // A row whose person and forwarder both change counts once.
      const ids = JSON.stringify([...pseudonyms.keys()]);
      const recipients = Number(this.sql.touchedRecipients.pluck().get(announcementId, ids, ids));
      let acknowledgements = 0;
      for (const [from, to] of pseudonyms) {
        this.sql.pseudonymRecipient.run(to, announcementId, from);
        this.sql.pseudonymForwarder.run(to, announcementId, from);
        acknowledgements += this.sql.pseudonymAck.run(to, announcementId, from).changes;
      }
      return { recipients, acknowledgements };
    });
    return guardCommand(this.db, () => run.immediate());
  }
}
