/**
 * The ledger in its own SQLite file next to the store (`<dataDir>/fanout-ledger.sqlite`), WAL mode:
 * a write that returned survives `kill -9`. Kept apart from the store's schema so the outbox port
 * stays as it is; the Azure outbox keeps the same states in its table.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DeliveryLedger, LedgerEntry } from '../delivery-ledger.js';

export class SqliteLedger implements DeliveryLedger {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'fanout-ledger.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS ledger (key TEXT PRIMARY KEY, state TEXT NOT NULL, activity_id TEXT, updated_at INTEGER NOT NULL) STRICT',
    );
    this.stmts = {
      get: this.db.prepare('SELECT key, state, activity_id FROM ledger WHERE key = ?'),
      put: this.db.prepare(
        `INSERT INTO ledger (key, state, activity_id, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET state = excluded.state, activity_id = excluded.activity_id, updated_at = excluded.updated_at`,
      ),
      clear: this.db.prepare('DELETE FROM ledger WHERE key = ?'),
      purge: this.db.prepare('DELETE FROM ledger WHERE updated_at < ?'),
    };
  }

  async get(key: string): Promise<LedgerEntry | null> {
    const row = this.stmts.get.get(key) as { key: string; state: 'begun' | 'confirmed'; activity_id: string | null } | undefined;
    return row ? { key: row.key, state: row.state, activityId: row.activity_id } : null;
  }
  async begin(key: string): Promise<void> {
    this.stmts.put.run(key, 'begun', null, Date.now());
  }
  async confirm(key: string, activityId: string | null): Promise<void> {
    this.stmts.put.run(key, 'confirmed', activityId, Date.now());
  }
  async clear(key: string): Promise<void> {
    this.stmts.clear.run(key);
  }
  async purge(before: Date): Promise<number> {
    return this.stmts.purge.run(before.getTime()).changes;
  }
  async close(): Promise<void> {
    this.db.close();
  }
}
