/**
 * AVG requests on SharePoint. PERSON_COLUMNS names, per list, every column that can hold a person
 * (person-data-store.test.ts fails when a list in infra/sharepoint/lists.ts gains one it does not
 * classify). Person columns that are indexed are filtered on (`PersonId eq`); the others are read
 * whole and filtered here: an export or erasure is a rare, one-person request.
 * School documents (niveau-overzicht, reflection, SOP) on a school's own site are reached only where
 * the app may (no delegated access configured): with delegated access their `UpdatedBy` stays.
 */
import { ErasureLogEntrySchema, registrantEmailKey, withPseudonym, type ErasureLogEntry, type ExternalRegistrant, type Id, type Person, type Rsvp, type SurveyResponse } from '@samen/shared';
import type { ListKey } from '../../../../infra/sharepoint/lists.js';
import { outboxFromStored } from '../outbox-record.js';
import { ANSWER_COLUMNS } from '../ports-form-responses.js';
import type { ConversationRef, ErasureLog, OutboxItem, PersonDataStore, PersonRecords, PersonStamp, StoredFormAnswer, StoreErasureCounts } from '../ports.js';
import { guardRead } from './errors.js';
import { lit, type Fields, type ListClient, type ListItem } from './list-client.js';
import { fromJson, json, rsvpKey } from './mappers.js';
import { outboxFields } from './outbox-store.js';
import type { RecordList } from './record-list.js';

/** Per list, the columns that can hold a person id, name or address (or a JSON copy naming one). */
export const PERSON_COLUMNS: Readonly<Partial<Record<ListKey, readonly string[]>>> = {
  people: ['RecordId', 'AadObjectId', 'Name', 'Email'],
  conversations: ['PersonId', 'Reference'],
  meetings: ['OrganiserId', 'Data'],
  rsvps: ['RsvpKey', 'PersonId'],
  outbox: ['OutboxKey', 'PersonId', 'DueKey'],
  reflectionStatus: ['SharedReflection', 'Grants'],
  reflectionDeadlines: ['UpdatedBy'],
  niveauTemplates: ['UpdatedBy'],
  niveaus: ['UpdatedBy'],
  reflections: ['UpdatedBy', 'Grants'],
  sops: ['UpdatedBy'],
  sopStatus: ['SharedSop'],
  announcements: ['Data'],
  announcementRecipients: ['RecipientKey', 'PersonId', 'ForwardedBy'],
  acknowledgements: ['AckKey', 'PersonId'],
  surveys: ['Data'],
  surveyResponses: ['PersonKey', 'Data'],
  formResponses: ['Email', 'Name'],
  registrants: ['RecordId', 'RegistrantKey', 'Name', 'Email'],
  erasures: ['ByPersonId'],
};

export interface PersonDataLists {
  readonly people: RecordList<Person>;
  readonly registrants: RecordList<ExternalRegistrant>;
  readonly rsvps: RecordList<Rsvp>;
  readonly surveyResponses: RecordList<SurveyResponse>;
  readonly conversations: ListClient;
  readonly outbox: ListClient;
  readonly recipients: ListClient;
  readonly acknowledgements: ListClient;
  readonly niveauTemplates: ListClient;
  readonly reflectionDeadlines: ListClient;
  readonly reflectionStatus: ListClient;
  readonly sopStatus: ListClient;
  /** Formulierantwoorden: what the Power Automate flow stored from Microsoft Forms. */
  readonly formResponses: ListClient;
  /** Niveau, reflection and SOP lists on every site the app may reach (partnership site, schools' own sites). */
  readonly schoolDocuments: () => readonly { readonly record: PersonStamp['record']; readonly list: ListClient }[];
  /** Tells the person store to forget what it remembers of an erased person. */
  readonly forget: (personId: Id) => void;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const PENDING = new Set(['pending', 'sending']);

const grantedByAny = (grants: unknown, ids: ReadonlySet<Id>): boolean => {
  const list: unknown = typeof grants === 'string' && grants !== '' ? fromJson(grants) : [];
  return Array.isArray(list) && list.some((g: unknown) => typeof g === 'object' && g !== null && ids.has(String((g as { grantedBy?: unknown }).grantedBy)));
};

const conversationOf = (f: Readonly<Record<string, unknown>>): ConversationRef => ({
  personId: typeof f.PersonId === 'string' ? f.PersonId : null,
  scope: str(f.Scope),
  conversationId: str(f.ConversationId),
  reference: fromJson(f.Reference),
  updatedAt: str(f.UpdatedAt),
});

const stampOf = (record: PersonStamp['record'], f: Readonly<Record<string, unknown>>): PersonStamp => ({
  record,
  owner: str(f.SchoolId) || str(f.Sector) || str(f.SchoolYear),
  which: str(f.SchoolYear) || String(f.Revision ?? ''),
  updatedAt: str(f.UpdatedAt),
});

export class SharePointPersonDataStore implements PersonDataStore {
  constructor(private readonly lists: PersonDataLists) {}

  /** RegistrantKey hashes meeting and address, so it cannot find an address alone: one read of the list (kept 8 weeks). */
  registrantsByEmail(email: string): Promise<readonly ExternalRegistrant[]> {
    return guardRead(async () => {
      const key = registrantEmailKey(email);
      return (await this.lists.registrants.all()).filter((r) => registrantEmailKey(r.email) === key).sort((a, b) => a.id.localeCompare(b.id));
    });
  }

  recordsOf(ids: readonly Id[]): Promise<PersonRecords> {
    return guardRead(async () => {
      const wanted = new Set(ids);
      const has = (v: unknown): boolean => typeof v === 'string' && wanted.has(v);
      const each = <T>(read: (id: Id) => Promise<readonly T[]>) => Promise.all([...wanted].map(read)).then((r) => r.flat());
      const [profiles, registrants, conversations, rsvps, outbox, recipients, acks, responses, stamps, statuses] = await Promise.all([
        each(async (id) => (await this.lists.people.find(`fields/RecordId eq ${lit(id)}`)) as readonly Person[]),
        each((id) => this.lists.registrants.find(`fields/RecordId eq ${lit(id)}`)),
        each(async (id) => (await this.lists.conversations.all({ filter: `fields/PersonId eq ${lit(id)}` })).map((i) => conversationOf(i.fields))),
        each((id) => this.lists.rsvps.find(`fields/PersonId eq ${lit(id)}`)),
        this.lists.outbox.all({}),
        this.lists.recipients.all({}),
        this.lists.acknowledgements.all({}),
        this.lists.surveyResponses.all(),
        this.stampItems(wanted),
        this.lists.reflectionStatus.all({}),
      ]);
      const messages = outbox
        .filter((i) => has(i.fields.PersonId))
        .flatMap((i): OutboxItem[] => {
          const read = outboxFromStored(outboxFields(i));
          return read.ok ? [read.item] : [];
        });
      return {
        profiles,
        registrants,
        conversations,
        rsvps: [...rsvps].sort((a, b) => a.meetingId.localeCompare(b.meetingId) || a.sessionId.localeCompare(b.sessionId)),
        announcementRecipients: recipients
          .filter((i) => has(i.fields.PersonId) || has(i.fields.ForwardedBy))
          .map((i) => ({ announcementId: str(i.fields.AnnouncementId), personId: str(i.fields.PersonId), forwardedBy: typeof i.fields.ForwardedBy === 'string' ? i.fields.ForwardedBy : null, addedAt: str(i.fields.AddedAt) })),
        acknowledgements: acks.filter((i) => has(i.fields.PersonId)).map((i) => ({ announcementId: str(i.fields.AnnouncementId), personId: str(i.fields.PersonId), at: str(i.fields.At) })),
        surveyResponses: responses.filter((r) => r.personId !== null && wanted.has(r.personId)),
        messages,
        stamps: [
          ...stamps.map((s) => stampOf(s.record, s.item.fields)),
          // Reflections the person shared: `grantedBy` in the grants the partnership site mirrors.
          ...statuses.filter((i) => grantedByAny(i.fields.Grants, wanted)).map((i) => stampOf('reflectionGrant', i.fields)),
        ],
      };
    });
  }

  erase(id: Id, pseudonym: Id): Promise<StoreErasureCounts> {
    return guardRead(async () => {
      const swap = (v: unknown): string => withPseudonym(str(v), id, pseudonym);
      const patch = (list: ListClient, item: ListItem, fields: Fields) => list.update(item.itemId, item.etag, fields);
      const profile = await this.removeWhere(this.lists.people.client, `fields/RecordId eq ${lit(id)}`);
      this.lists.forget(id);
      const registrants = await this.removeWhere(this.lists.registrants.client, `fields/RecordId eq ${lit(id)}`);
      const conversations = await this.removeWhere(this.lists.conversations, `fields/PersonId eq ${lit(id)}`);

      let pendingMessages = 0;
      let messages = 0;
      for (const item of (await this.lists.outbox.all({})).filter((i) => i.fields.PersonId === id)) {
        if (PENDING.has(str(item.fields.Status))) {
          await this.lists.outbox.remove(item.itemId);
          pendingMessages += 1;
        } else {
          await patch(this.lists.outbox, item, { Title: swap(item.fields.OutboxKey).slice(0, 255), OutboxKey: swap(item.fields.OutboxKey), DueKey: swap(item.fields.DueKey), PersonId: pseudonym });
          messages += 1;
        }
      }

      let rsvps = 0;
      for (const r of await this.lists.rsvps.find(`fields/PersonId eq ${lit(id)}`)) {
        const item = await this.lists.rsvps.client.first(`fields/RecordId eq ${lit(r.id)}`);
        if (!item) continue;
        await patch(this.lists.rsvps.client, item, { PersonId: pseudonym, RsvpKey: rsvpKey({ ...r, personId: pseudonym }) });
        rsvps += 1;
      }

      let announcementRecipients = 0;
      for (const item of await this.lists.recipients.all({})) {
        const mine = item.fields.PersonId === id;
        const forwarded = item.fields.ForwardedBy === id;
        if (!mine && !forwarded) continue;
        await patch(this.lists.recipients, item, {
          ...(mine ? { Title: pseudonym, PersonId: pseudonym, RecipientKey: swap(item.fields.RecipientKey) } : {}),
          ...(forwarded ? { ForwardedBy: pseudonym } : {}),
        });
        announcementRecipients += Number(mine) + Number(forwarded);
      }

      let acknowledgements = 0;
      for (const item of (await this.lists.acknowledgements.all({})).filter((i) => i.fields.PersonId === id)) {
        await patch(this.lists.acknowledgements, item, { Title: pseudonym, PersonId: pseudonym, AckKey: swap(item.fields.AckKey) });
        acknowledgements += 1;
      }

      let surveyResponses = 0;
      for (const item of await this.lists.surveyResponses.client.all({})) {
        const response = this.lists.surveyResponses.toDomain(item);
        if (response.personId !== id) continue;
        const { version: _version, ...rest } = response;
        await patch(this.lists.surveyResponses.client, item, { Data: json({ ...rest, personId: pseudonym }), PersonKey: swap(item.fields.PersonKey) });
        surveyResponses += 1;
      }

      let stamps = 0;
      for (const { list, item } of await this.stampItems(new Set([id]))) {
        await patch(list, item, { UpdatedBy: pseudonym });
        stamps += 1;
      }
      // Shared copies of a reflection or SOP on the partnership site carry `updatedBy` inside their JSON.
      // So do the grants of a reflection (`grantedBy`), on the partnership site and the school's own.
      const reflectionLists = this.lists.schoolDocuments().flatMap((d) => (d.record === 'reflection' ? [d.list] : []));
      for (const [list, column] of [
        [this.lists.reflectionStatus, 'SharedReflection'],
        [this.lists.sopStatus, 'SharedSop'],
        [this.lists.reflectionStatus, 'Grants'],
        ...reflectionLists.map((l) => [l, 'Grants'] as const),
      ] as const) {
        for (const item of await list.all({})) {
          const copy = str(item.fields[column]);
          if (!copy.includes(id)) continue;
          await patch(list, item, { [column]: swap(copy) });
          stamps += 1;
        }
      }
      return { profile, registrants, conversations, pendingMessages, messages, rsvps, announcementRecipients, acknowledgements, surveyResponses, stamps };
    });
  }

  formAnswersOf(email: string): Promise<readonly StoredFormAnswer[]> {
    return guardRead(async () =>
      (await this.formItems(email)).map((i) => ({
        formId: str(i.fields.FormId),
        responseId: Number(i.fields.ResponseId ?? 0),
        submittedAt: str(i.fields.SubmittedAt),
        name: str(i.fields.Name),
        email: str(i.fields.Email),
        answers: Array.from({ length: ANSWER_COLUMNS }, (_, n) => str(i.fields[`Answer${n + 1}`])),
      })),
    );
  }

  eraseFormAnswers(email: string): Promise<number> {
    return guardRead(async () => {
      const items = await this.formItems(email);
      for (const item of items) await this.lists.formResponses.remove(item.itemId);
      return items.length;
    });
  }

  /** Email is not indexed (the flow fills the list): one read of the list, matched here. */
  private async formItems(email: string): Promise<ListItem[]> {
    const key = registrantEmailKey(email);
    if (key === '') return [];
    return (await this.lists.formResponses.all({})).filter((i) => registrantEmailKey(str(i.fields.Email)) === key);
  }

  private async removeWhere(list: ListClient, filter: string): Promise<number> {
    const items = await list.all({ filter });
    for (const item of items) await list.remove(item.itemId);
    return items.length;
  }

  private async stampItems(ids: ReadonlySet<Id>): Promise<{ record: PersonStamp['record']; list: ListClient; item: ListItem }[]> {
    const lists = [
      { record: 'niveauTemplate' as const, list: this.lists.niveauTemplates },
      { record: 'reflectionDeadline' as const, list: this.lists.reflectionDeadlines },
      ...this.lists.schoolDocuments(),
    ];
    const found = await Promise.all(
      lists.map(async ({ record, list }) => (await list.all({})).filter((i) => typeof i.fields.UpdatedBy === 'string' && ids.has(i.fields.UpdatedBy)).map((item) => ({ record, list, item }))),
    );
    return found.flat();
  }
}

/** List `Verwijderverzoeken` on the partnership's site. */
export class SharePointErasureLog implements ErasureLog {
  constructor(private readonly items: ListClient) {}

  async append(e: ErasureLogEntry): Promise<void> {
    await guardRead(() =>
      this.items.create({ Title: e.id, RecordId: e.id, ErasedAt: e.erasedAt, ByPersonId: e.byPersonId, SubjectKind: e.subjectKind, Pseudonym: e.pseudonym, Counts: json(e.counts) }),
    );
  }

  list(): Promise<readonly ErasureLogEntry[]> {
    return guardRead(async () =>
      (await this.items.all({}))
        .map((i) =>
          ErasureLogEntrySchema.parse({
            id: i.fields.RecordId,
            erasedAt: i.fields.ErasedAt,
            byPersonId: i.fields.ByPersonId,
            subjectKind: i.fields.SubjectKind,
            pseudonym: i.fields.Pseudonym,
            counts: fromJson(i.fields.Counts),
          }),
        )
        .sort((a, b) => b.erasedAt.localeCompare(a.erasedAt) || b.id.localeCompare(a.id)),
    );
  }
}
