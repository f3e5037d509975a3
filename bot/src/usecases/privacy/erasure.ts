/**
 * AVG art. 17: a coördinator erases a person. Profile, registrant records, chat references, messages
 * not sent yet and Forms answers are deleted; RSVPs, acknowledgements, named survey answers, sent
 * messages and "last saved by" stamps keep their place under one fresh pseudonym, so every count and
 * history stays right. Idempotent: when nothing of the person is left, nothing changes and nothing is
 * logged. The erasure log and the log line carry counts and the coördinator's id, never whom.
 */
import {
  addErasureCounts,
  fail,
  noErasureCounts,
  ok,
  pseudonymFrom,
  type Announcement,
  type ErasureCounts,
  type ErasureResultDto,
  type Id,
  type Meeting,
  type Person,
  type PrivacySubject,
  type Result,
  type Survey,
} from '@samen/shared';
import type { Deps } from '../../deps.js';
import type { Expected } from '../../store/ports.js';
import { authorize } from '../policy.js';
import { holdingsOf, resolveSubject, type Mentions } from './person-data.js';

const ATTEMPTS = 3;

/** Rewrites one versioned document, re-reading it when someone else saved it in between. */
const rewrite = async <T extends { readonly id: Id; readonly version: string }>(
  first: T,
  get: (id: Id) => Promise<T | null>,
  change: (record: T) => T,
  upsert: (record: Omit<T, 'version'> & Expected) => Promise<Result<T>>,
): Promise<Result<true>> => {
  let current: T | null = first;
  for (let attempt = 0; attempt < ATTEMPTS && current; attempt += 1) {
    const { version, ...rest } = change(current);
    const saved = await upsert({ ...rest, expectedVersion: version } as Omit<T, 'version'> & Expected);
    if (saved.ok) return ok(true);
    if (saved.error.code !== 'STORE.CONFLICT') return saved;
    current = await get(first.id);
  }
  return current ? fail('STORE.CONFLICT') : ok(true);
};

export const erasePerson = async (deps: Deps, actor: Person, subject: PrivacySubject): Promise<Result<ErasureResultDto>> => {
  const allowed = authorize(deps, actor, 'privacy.manage');
  if (!allowed.ok) return allowed;
  const who = await resolveSubject(deps, subject);
  const holdings = who ? await holdingsOf(deps, who) : null;
  if (!who || !holdings) return ok({ erased: false, counts: noErasureCounts(), logEntryId: null });

  const pseudonym = pseudonymFrom(deps.newId());
  const ids = new Set(who.ids);
  const swap = (id: Id): Id => (ids.has(id) ? pseudonym : id);
  let counts: ErasureCounts = noErasureCounts();
  for (const id of who.ids) counts = addErasureCounts(counts, { ...noErasureCounts(), ...(await deps.stores.personData.erase(id, pseudonym)) });
  const forms = noErasureCounts();
  for (const email of who.emails) forms.formAnswers += await deps.stores.personData.eraseFormAnswers(email);

  const documents = noErasureCounts();
  const meetings = deps.stores.meetings;
  for (const m of holdings.meetings) {
    const done = await rewrite<Meeting>(
      m.record,
      (id) => meetings.get(id),
      (r) => ({
        ...r,
        organiserId: swap(r.organiserId),
        ...(m.contact ? { contact: null } : {}),
        ...(r.sectorExceptions ? { sectorExceptions: r.sectorExceptions.map(swap) } : {}),
      }),
      (r) => meetings.upsert(r),
    );
    if (!done.ok) return done;
    count(documents, m);
  }
  const broadcasts: [readonly Mentions<Announcement>[] | readonly Mentions<Survey>[], 'announcements' | 'surveys'][] = [
    [holdings.announcements, 'announcements'],
    [holdings.surveys, 'surveys'],
  ];
  for (const [list, store] of broadcasts) {
    for (const m of list) {
      const done =
        store === 'announcements'
          ? await rewrite<Announcement>(m.record as Announcement, (id) => deps.stores.announcements.get(id), (r) => ({ ...r, organiserId: swap(r.organiserId) }), (r) => deps.stores.announcements.upsert(r))
          : await rewrite<Survey>(m.record as Survey, (id) => deps.stores.surveys.get(id), (r) => ({ ...r, organiserId: swap(r.organiserId) }), (r) => deps.stores.surveys.upsert(r));
      if (!done.ok) return done;
      count(documents, m);
    }
  }
  counts = addErasureCounts(addErasureCounts(counts, forms), documents);

  const entry = { id: `erasure-${deps.newId()}`, erasedAt: deps.clock().toISOString(), byPersonId: actor.id, subjectKind: subject.kind, pseudonym, counts };
  await deps.stores.erasures.append(entry);
  deps.logger.info({ erasureId: entry.id, subjectKind: subject.kind, counts }, 'person erased (AVG art. 17)');
  return ok({ erased: true, counts, logEntryId: entry.id });
};

const count = (into: Record<keyof ErasureCounts, number>, m: Mentions<unknown>): void => {
  if (m.organiser) into.organised += 1;
  if (m.contact) into.meetingContacts += 1;
  if (m.sectorException) into.sectorExceptions += 1;
};
