import type { Database, Statement } from 'better-sqlite3';
import type { Id } from '@samen/shared';
import type { ConversationRef, ConversationStore } from '../ports.js';
import { commandFailure, guardRead } from './guard.js';
import type { GroupCommit } from './group-commit.js';
import { fromJson, toJson } from './json.js';
import type { Row } from './record-table.js';

export const conversationFromRow = (r: Row): ConversationRef => ({
  personId: typeof r.person_id === 'string' ? r.person_id : null,
  scope: String(r.scope),
  conversationId: String(r.conversation_id),
  reference: fromJson(r.reference),
  updatedAt: String(r.updated_at),
});

const toRow = (c: ConversationRef): Row => ({
  conversation_id: c.conversationId,
  person_id: c.personId,
  scope: c.scope,
  reference: toJson(c.reference),
  updated_at: c.updatedAt,
});

/** Conversation references are last-writer-wins: Teams hands us a fresh one on every activity. */
export class SqliteConversationStore implements ConversationStore {
  private readonly upsert: Statement;
  private readonly byId: Statement;
  private readonly byPerson: Statement;

  constructor(
    private readonly db: Database,
    private readonly commits: GroupCommit,
  ) {
    this.upsert = db.prepare(
      `INSERT INTO conversations (conversation_id, person_id, scope, reference, updated_at)
       VALUES (@conversation_id, @person_id, @scope, @reference, @updated_at)
       ON CONFLICT (conversation_id) DO UPDATE SET
         person_id = excluded.person_id, scope = excluded.scope,
         reference = excluded.reference, updated_at = excluded.updated_at`,
    );
    this.byId = db.prepare('SELECT * FROM conversations WHERE conversation_id = ?');
    // A person's own (personal) chat first, then the most recently seen.
    this.byPerson = db.prepare(
      `SELECT * FROM conversations WHERE person_id = ?
       ORDER BY scope = 'personal' DESC, updated_at DESC LIMIT 1`,
    );
  }

  /**
   * In the next group commit (group-commit.ts): a storm of first clicks saves its references with one commit.
   * One statement, so no savepoint of its own.
   */
  async save(ref: ConversationRef): Promise<void> {
    const row = toRow(ref);
    await this.commits.runStatement(() => this.upsert.run(row)).catch(commandFailure);
  }

  async forPerson(personId: Id): Promise<ConversationRef | null> {
    return guardRead(this.db, () => {
      const row = this.byPerson.get(personId) as Row | undefined;
      return row ? conversationFromRow(row) : null;
    });
  }

  async get(conversationId: string): Promise<ConversationRef | null> {
    return guardRead(this.db, () => {
      const row = this.byId.get(conversationId) as Row | undefined;
      return row ? conversationFromRow(row) : null;
    });
  }
}
