/**
 * External registrants on the partnership's site (list `Externe aanmelders`). RecordId is the key;
 * RegistrantKey (a hash of meeting id and lowercased address, unique) makes a second registrant
 * for the same meeting and address a duplicate (→ STORE.CONFLICT) and fits an indexed column's 255
 * characters whatever the address. Reads by meeting use the indexed MeetingId.
 */
import { createHash } from 'node:crypto';
import { ExternalRegistrantSchema, registrantEmailKey, type ExternalRegistrant, type Id, type Result } from '@samen/shared';
import type { Expected } from '../paging.js';
import type { RegistrantStore } from '../ports-registrants.js';
import { guardRead } from './errors.js';
import { lit } from './list-client.js';
import { orNull } from './mappers.js';
import type { ListMapping, RecordList } from './record-list.js';

/** Meeting and address in 43 characters. */
export const registrantKey = (meetingId: Id, email: string): string =>
  createHash('sha256').update(`${meetingId}|${registrantEmailKey(email)}`).digest('base64url');

export const registrantMapping: ListMapping<ExternalRegistrant> = {
  keyColumn: 'RecordId',
  keyOf: (r) => r.id,
  toFields: (r) => ({
    // Title shows the id, not the name: browsing the list shows no one's name at a glance.
    Title: r.id,
    RecordId: r.id,
    RegistrantKey: registrantKey(r.meetingId, r.email),
    MeetingId: r.meetingId,
    Name: r.name,
    Email: r.email,
    Role: r.role,
    Sector: r.sector,
    CreatedAt: r.createdAt,
  }),
  toDomain: (f, version) =>
    ExternalRegistrantSchema.parse({
      id: f.RecordId,
      meetingId: f.MeetingId,
      name: f.Name,
      email: f.Email,
      role: f.Role,
      sector: orNull(f.Sector),
      createdAt: f.CreatedAt,
      version,
    }),
};

const byId = (a: ExternalRegistrant, b: ExternalRegistrant): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class SharePointRegistrantStore implements RegistrantStore {
  constructor(private readonly records: RecordList<ExternalRegistrant>) {}

  get(id: Id): Promise<ExternalRegistrant | null> {
    return this.records.get(id);
  }

  /** One unique-key read per id; GETs of one tick go out together in `$batch` requests (graph-requests.ts). */
  async byIds(ids: readonly Id[]): Promise<readonly ExternalRegistrant[]> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.records.get(id)));
    return found.filter((r): r is ExternalRegistrant => r !== null).sort(byId);
  }

  /** `MeetingId eq`: one meeting's registrants (hundreds at most). */
  async forMeeting(meetingId: Id): Promise<readonly ExternalRegistrant[]> {
    return (await this.records.find(`fields/MeetingId eq ${lit(meetingId)}`)).sort(byId);
  }

  async findByEmail(meetingId: Id, email: string): Promise<ExternalRegistrant | null> {
    return (await this.records.find(`fields/RegistrantKey eq ${lit(registrantKey(meetingId, email))}`))[0] ?? null;
  }

  upsert({ expectedVersion, ...registrant }: Omit<ExternalRegistrant, 'version'> & Expected): Promise<Result<ExternalRegistrant>> {
    return this.records.upsert(registrant, expectedVersion);
  }

  /** `MeetingId eq` as forMeeting, ids only; deleted in `$batch`es. */
  removeForMeeting(meetingId: Id): Promise<number> {
    const list = this.records.client;
    return guardRead(async () => list.removeAll(await list.all({ filter: `fields/MeetingId eq ${lit(meetingId)}`, select: ['RecordId'] })));
  }
}
