/** The handreiking's framework per school year, and Teams conversation references. */
import { ok, type Framework, type Id, type Result } from '@samen/shared';
import { z } from 'zod';
import type { ConversationRef, ConversationStore, Expected, FrameworkStore } from '../ports.js';
import { Conflict, guardRead, guardWrite } from './errors.js';
import { lit, type ListClient, type ListItem } from './list-client.js';
import { frameworkFields, frameworkToDomain, fromJson, json } from './mappers.js';
import { parseVersion, versionOf } from './version.js';

export class SharePointFrameworkStore implements FrameworkStore {
  constructor(private readonly list: ListClient) {}

  get(schoolYear: string): Promise<Framework | null> {
    return guardRead(async () => {
      const item = await this.item(schoolYear);
      return item ? frameworkToDomain(item.fields, versionOf(item)) : null;
    });
  }

  /** The revision rises by one on every save; If-Match keeps two saves from the same read apart. */
  save({ expectedVersion, ...framework }: Omit<Framework, 'version' | 'revision'> & Expected): Promise<Result<Framework>> {
    return guardWrite(async () => {
      if (expectedVersion === '') {
        const item = await this.list.create(frameworkFields(framework, 1));
        return ok(frameworkToDomain(item.fields, versionOf(item)));
      }
      const current = await this.item(framework.schoolYear);
      const version = parseVersion(expectedVersion);
      if (!current || !version || versionOf(current) !== expectedVersion) throw new Conflict();
      const revision = Number(current.fields.Revision ?? 0) + 1;
      const item = await this.list.update(version.itemId, version.etag, frameworkFields(framework, revision));
      return ok(frameworkToDomain(item.fields, versionOf(item)));
    });
  }

  /** Unique SchoolYear: one item. */
  private item(schoolYear: string): Promise<ListItem | null> {
    return this.list.first(`fields/SchoolYear eq ${lit(schoolYear)}`);
  }
}

const ConversationRecord = z.object({
  personId: z.string().nullable(),
  scope: z.string(),
  conversationId: z.string().min(1),
  reference: z.unknown(),
  updatedAt: z.string().min(1),
});

const conversationOf = (f: Readonly<Record<string, unknown>>): ConversationRef =>
  ConversationRecord.parse({
    personId: f.PersonId ?? null,
    scope: f.Scope,
    conversationId: f.ConversationId,
    reference: fromJson(f.Reference),
    updatedAt: f.UpdatedAt,
  }) as ConversationRef;

/** Last writer wins: Teams hands us a fresh reference on every activity. */
export class SharePointConversationStore implements ConversationStore {
  constructor(private readonly list: ListClient) {}

  async save(ref: ConversationRef): Promise<void> {
    const fields = {
      Title: ref.conversationId.slice(0, 255),
      ConversationId: ref.conversationId,
      PersonId: ref.personId,
      Scope: ref.scope,
      Reference: json(ref.reference),
      UpdatedAt: ref.updatedAt,
    };
    await guardRead(() => this.list.upsertWhere(`fields/ConversationId eq ${lit(ref.conversationId)}`, fields));
  }

  /** A person's own (personal) chat first, then the most recently seen. `PersonId eq`: a few chats per person. */
  forPerson(personId: Id): Promise<ConversationRef | null> {
    return guardRead(async () => {
      const refs = (await this.list.all({ filter: `fields/PersonId eq ${lit(personId)}` })).map((i) => conversationOf(i.fields));
      refs.sort((a, b) => Number(b.scope === 'personal') - Number(a.scope === 'personal') || b.updatedAt.localeCompare(a.updatedAt));
      return refs[0] ?? null;
    });
  }

  /** Unique ConversationId: one item. */
  get(conversationId: string): Promise<ConversationRef | null> {
    return guardRead(async () => {
      const item = await this.list.first(`fields/ConversationId eq ${lit(conversationId)}`);
      return item ? conversationOf(item.fields) : null;
    });
  }
}
