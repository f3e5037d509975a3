/**
 * Schools, people and meetings on the central site: plain versioned records.
 * Schools and people are also remembered for a short while (RecentRecords): every click looks up
 * who is clicking and their schools, and both change rarely. A save through this store replaces
 * the remembered record at once; another instance's save is seen within DIRECTORY_CACHE.ttlMs.
 * Meetings are always read: a meeting's sessions and capacity feed the RSVP rule.
 */
import type { Id, Meeting, Person, Result, School } from '@samen/shared';
import type { Expected, MeetingStore, Page, PageRequest, PersonStore, SchoolStore } from '../ports.js';
import { guardRead } from './errors.js';
import { lit } from './list-client.js';
import { DirectoryIndex } from './directory-index.js';
import { DIRECTORY_CACHE, RecentRecords, type RecentOptions } from './recent-records.js';
import type { RecordList } from './record-list.js';

export class SharePointSchoolStore implements SchoolStore {
  private readonly recent: RecentRecords<School>;

  constructor(
    private readonly records: RecordList<School>,
    cache: RecentOptions = DIRECTORY_CACHE,
  ) {
    this.recent = new RecentRecords(cache);
  }

  list(page?: PageRequest): Promise<Page<School>> {
    return this.records.list(page);
  }

  get(id: Id): Promise<School | null> {
    return this.recent.through(id, () => this.records.get(id));
  }

  async upsert({ expectedVersion, ...school }: Omit<School, 'version'> & Expected): Promise<Result<School>> {
    this.recent.forget((s) => s.id === school.id);
    const saved = await this.records.upsert(school, expectedVersion);
    if (saved.ok) this.recent.set(saved.value.id, saved.value);
    return saved;
  }
}

const byId = (id: Id) => `id:${id}`;
const byAad = (aadObjectId: string) => `aad:${aadObjectId}`;

export class SharePointPersonStore implements PersonStore {
  private readonly recent: RecentRecords<Person>;
  private readonly directory: DirectoryIndex;

  constructor(
    private readonly records: RecordList<Person>,
    cache: RecentOptions = DIRECTORY_CACHE,
  ) {
    this.recent = new RecentRecords(cache);
    this.directory = new DirectoryIndex(() => records.all(), cache);
  }

  list(page?: PageRequest): Promise<Page<Person>> {
    return this.records.list(page);
  }

  get(id: Id): Promise<Person | null> {
    return this.recent.through(byId(id), () => this.records.get(id));
  }

  /** Unique AadObjectId: one item. */
  getByAadObjectId(aadObjectId: string): Promise<Person | null> {
    return this.recent.through(byAad(aadObjectId), async () => (await this.records.find(`fields/AadObjectId eq ${lit(aadObjectId)}`))[0] ?? null);
  }

  /** From the directory index (one whole-list read a minute): SchoolIds cannot be filtered on. */
  byIds(ids: readonly Id[]): Promise<readonly Person[]> {
    return guardRead(() => this.directory.byIds(ids));
  }

  atSchools(schoolIds: readonly Id[]): Promise<readonly Person[]> {
    return guardRead(() => this.directory.atSchools(schoolIds));
  }

  /** AadObjectId is a unique column: a second person with the same Entra id is a 409 → STORE.CONFLICT. */
  async upsert({ expectedVersion, ...person }: Omit<Person, 'version'> & Expected): Promise<Result<Person>> {
    this.recent.forget((p) => p.id === person.id || p.aadObjectId === person.aadObjectId);
    const saved = await this.records.upsert(person, expectedVersion);
    if (saved.ok) {
      this.directory.put(saved.value);
      this.recent.set(byId(saved.value.id), saved.value);
      this.recent.set(byAad(saved.value.aadObjectId), saved.value);
    }
    return saved;
  }

  /** After the person was erased (person-data-store.ts): nothing of them stays remembered here. */
  forget(personId: Id): void {
    this.recent.forget((p) => p.id === personId);
    this.directory.drop(personId);
  }
}

export class SharePointMeetingStore implements MeetingStore {
  constructor(private readonly records: RecordList<Meeting>) {}

  list(page?: PageRequest): Promise<Page<Meeting>> {
    return this.records.list(page);
  }

  get(id: Id): Promise<Meeting | null> {
    return this.records.get(id);
  }

  upsert({ expectedVersion, ...meeting }: Omit<Meeting, 'version'> & Expected): Promise<Result<Meeting>> {
    return this.records.upsert(meeting, expectedVersion);
  }
}
