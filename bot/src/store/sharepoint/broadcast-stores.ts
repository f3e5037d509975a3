/**
 * Announcements and surveys on the central site. Records are JSON documents (`Data`) behind a
 * unique key; what must be unique for a rule is a unique column: one recipient row and one
 * acknowledgement per person, one response per person (PersonKey) or per school (SchoolKey), one
 * anonymous marker — so a race ends in duplicate key (isDuplicate) → STORE.CONFLICT or "already there".
 */
import { ok, type Acknowledgement, type Announcement, type AnnouncementRecipient, type AnswerWrite, type Id, type Result, type Survey, type SurveyResponse } from '@samen/shared';
import { z } from 'zod';
import type { AnnouncementStore, SurveyStore } from '../ports-announcements.js';
import type { Expected, Page, PageRequest } from '../ports.js';
import { Conflict, guardRead, guardWrite, isDuplicate } from './errors.js';
import type { GraphRequests } from './graph-requests.js';
import { lit, type ListClient } from './list-client.js';
import { fromJson, json } from './mappers.js';
import type { ListMapping, RecordList } from './record-list.js';

const Doc = z.looseObject({ id: z.string().min(1) });

/** A record kept whole as JSON; the key column is its id. */
export const documentMapping = <R extends { readonly id: Id }>(extra: (r: Omit<R, 'version'>) => Record<string, string | null> = () => ({})): ListMapping<R> => ({
  keyColumn: 'RecordId',
  keyOf: (r) => r.id,
  toFields: (r) => ({ Title: r.id, RecordId: r.id, Data: json(r), ...extra(r) }),
  toDomain: (f, version) => ({ ...Doc.parse(fromJson(f.Data)), version }) as unknown as R,
});

const Recipient = z.object({ announcementId: z.string(), personId: z.string(), forwardedBy: z.string().nullable(), addedAt: z.string() });
const Ack = z.object({ announcementId: z.string(), personId: z.string(), at: z.string() });

export class SharePointAnnouncementStore implements AnnouncementStore {
  constructor(
    private readonly records: RecordList<Announcement>,
    private readonly recipientList: ListClient,
    private readonly ackList: ListClient,
    private readonly graph: GraphRequests,
  ) {}

  list(page?: PageRequest): Promise<Page<Announcement>> {
    return this.records.list(page);
  }

  get(id: Id): Promise<Announcement | null> {
    return this.records.get(id);
  }

  upsert({ expectedVersion, ...a }: Omit<Announcement, 'version'> & Expected): Promise<Result<Announcement>> {
    return this.records.upsert(a, expectedVersion);
  }

  /** `AnnouncementId eq`: one announcement's recipients; under 5,000 while its audience is (an all-staff one is not). */
  recipients(announcementId: Id): Promise<readonly AnnouncementRecipient[]> {
    return guardRead(async () => {
      const items = await this.recipientList.all({ filter: `fields/AnnouncementId eq ${lit(announcementId)}` });
      const rows = items.map((i) =>
        Recipient.parse({ announcementId: i.fields.AnnouncementId, personId: i.fields.PersonId, forwardedBy: i.fields.ForwardedBy ?? null, addedAt: i.fields.AddedAt }),
      );
      return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.personId.localeCompare(b.personId));
    });
  }

  /** One $batch per 20; a duplicate key (isDuplicate) means the person was already a recipient. */
  addRecipients(recipients: readonly AnnouncementRecipient[]): Promise<readonly AnnouncementRecipient[]> {
    return guardRead(async () => {
      if (recipients.length === 0) return [];
      const calls = recipients.map((r) =>
        this.recipientList.createCall({
          Title: r.personId,
          RecipientKey: `${r.announcementId}|${r.personId}`,
          AnnouncementId: r.announcementId,
          PersonId: r.personId,
          ForwardedBy: r.forwardedBy,
          AddedAt: r.addedAt,
        }),
      );
      const answers = await this.graph.batch(calls);
      if (answers.some((a) => a.status >= 300 && !isDuplicate(a))) throw new Error('SharePoint refused a recipient.');
      return recipients.filter((_, n) => answers[n]?.status === 201);
    });
  }

  /** `AnnouncementId eq`: who confirmed one announcement; bounded by its audience, as recipients(). */
  acknowledgements(announcementId: Id): Promise<readonly Acknowledgement[]> {
    return guardRead(async () => {
      const items = await this.ackList.all({ filter: `fields/AnnouncementId eq ${lit(announcementId)}` });
      const rows = items.map((i) => Ack.parse({ announcementId: i.fields.AnnouncementId, personId: i.fields.PersonId, at: i.fields.At }));
      return rows.sort((a, b) => a.at.localeCompare(b.at) || a.personId.localeCompare(b.personId));
    });
  }

  /**
   * `AnnouncementId eq` on both lists (bounded by the audience, as recipients()); every row naming
   * someone in `pseudonyms` is rewritten with If-Match, keys included, in `$batch`es.
   */
  pseudonymise(announcementId: Id, pseudonyms: ReadonlyMap<Id, Id>): Promise<{ readonly recipients: number; readonly acknowledgements: number }> {
    const swap = (id: unknown): string | null => (typeof id === 'string' ? (pseudonyms.get(id) ?? id) : null);
    return guardRead(async () => {
      const filter = `fields/AnnouncementId eq ${lit(announcementId)}`;
      const [recipients, acks] = await Promise.all([this.recipientList.all({ filter }), this.ackList.all({ filter })]);
      const recipientCalls = recipients
        .filter((i) => pseudonyms.has(String(i.fields.PersonId)) || pseudonyms.has(String(i.fields.ForwardedBy)))
        .map((i) => {
          const personId = swap(i.fields.PersonId) ?? '';
          return this.recipientList.updateCall(i.itemId, i.etag, {
            Title: personId,
            RecipientKey: `${announcementId}|${personId}`,
            PersonId: personId,
            ForwardedBy: swap(i.fields.ForwardedBy),
          });
        });
      const ackCalls = acks
        .filter((i) => pseudonyms.has(String(i.fields.PersonId)))
        .map((i) => {
          const personId = swap(i.fields.PersonId) ?? '';
          return this.ackList.updateCall(i.itemId, i.etag, { Title: personId, AckKey: `${announcementId}|${personId}`, PersonId: personId });
        });
      const answers = await this.graph.batch([...recipientCalls, ...ackCalls]);
      const failed = answers.find((a) => a.status >= 300);
      if (failed) throw new Error(`SharePoint answered ${failed.status} to a pseudonymisation.`);
      return { recipients: recipientCalls.length, acknowledgements: ackCalls.length };
    });
  }

  acknowledge(ack: Acknowledgement): Promise<boolean> {
    return guardRead(async () => {
      try {
        await this.ackList.create({ Title: ack.personId, AckKey: `${ack.announcementId}|${ack.personId}`, AnnouncementId: ack.announcementId, PersonId: ack.personId, At: ack.at });
        return true;
      } catch (e) {
        if (e instanceof Conflict) return false;
        throw e;
      }
    });
  }
}

export class SharePointSurveyStore implements SurveyStore {
  constructor(
    private readonly records: RecordList<Survey>,
    private readonly answers: RecordList<SurveyResponse>,
    private readonly markers: ListClient,
  ) {}

  list(page?: PageRequest): Promise<Page<Survey>> {
    return this.records.list(page);
  }

  get(id: Id): Promise<Survey | null> {
    return this.records.get(id);
  }

  upsert({ expectedVersion, ...s }: Omit<Survey, 'version'> & Expected): Promise<Result<Survey>> {
    return this.records.upsert(s, expectedVersion);
  }

  /** `SurveyId eq`: one survey's answers, one per school (1,000) or per person (its audience); id order made here. */
  async responses(surveyId: Id): Promise<readonly SurveyResponse[]> {
    return (await this.answers.find(`fields/SurveyId eq ${lit(surveyId)}`)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Unique PersonKey / SchoolKey / MarkerKey below: one item each. */
  async responseOf(surveyId: Id, personId: Id): Promise<SurveyResponse | null> {
    return (await this.answers.find(`fields/PersonKey eq ${lit(`${surveyId}|${personId}`)}`))[0] ?? null;
  }

  async responseOfSchool(surveyId: Id, schoolId: Id): Promise<SurveyResponse | null> {
    return (await this.answers.find(`fields/SchoolKey eq ${lit(`${surveyId}|${schoolId}`)}`))[0] ?? null;
  }

  hasMarker(surveyId: Id, marker: string): Promise<boolean> {
    return guardRead(async () => (await this.markers.first(`fields/MarkerKey eq ${lit(`${surveyId}|${marker}`)}`)) !== null);
  }

  /** The marker first (a set marker refuses the answer); the response second, and the marker is taken back if it fails. */
  saveResponse(write: AnswerWrite, marker: string | null): Promise<Result<SurveyResponse>> {
    return guardWrite(async () => {
      const survey = await this.records.get(write.response.surveyId);
      if (!survey) throw new Conflict();
      const key = `${write.response.surveyId}|${marker ?? ''}`;
      const placed = marker === null ? null : await this.markers.create({ Title: 'marker', MarkerKey: key });
      try {
        const r = write.response;
        const schoolKey = survey.perSchool && r.schoolId !== null ? `${r.surveyId}|${r.schoolId}` : null;
        const personKey = r.personId === null ? null : `${r.surveyId}|${r.personId}`;
        return ok(await this.answers.write(r, write.expectedVersion, { SurveyId: r.surveyId, PersonKey: personKey, SchoolKey: schoolKey }));
      } catch (e) {
        if (placed) await this.markers.remove(placed.itemId).catch(() => undefined);
        throw e;
      }
    });
  }
}
