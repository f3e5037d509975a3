/**
 * Announcements: draft from the form, send (audience → recipients → outbox), acknowledge, share with
 * colleagues, report. Rules live in the domain; this file loads, decides, stores and queues.
 */
import {
  acknowledgementReport,
  announcementFromForm,
  decideAcknowledge,
  decideForward,
  fail,
  ok,
  selectAudience,
  type AckReport,
  type Announcement,
  type AnnouncementFormInput,
  type AnnouncementRecipient,
  type FormProblem,
  type Id,
  type Person,
  type Result,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { publish } from './publish.js';
import { allPages } from '../store/all-pages.js';
import { authorize } from './policy.js';

export type DraftOutcome<T> = { readonly kind: 'saved'; readonly value: T } | { readonly kind: 'invalid'; readonly problems: Readonly<Record<string, FormProblem | undefined>> };

export const allPeople = (deps: Deps): Promise<Person[]> => allPages((p) => deps.stores.people.list(p));

/** Everyone a broadcast's audience selects. */
export const broadcastAudience = async (deps: Deps, audience: Announcement['audience']): Promise<Person[]> => {
  const [people, schools] = await Promise.all([allPeople(deps), allPages((p) => deps.stores.schools.list(p))]);
  return selectAudience(people, audience, schools);
};

export const saveAnnouncementDraft = async (deps: Deps, organiser: Person, values: AnnouncementFormInput): Promise<Result<DraftOutcome<Announcement>>> => {
  const allowed = authorize(deps, organiser, 'announcement.manage');
  if (!allowed.ok) return allowed;
  const now = deps.clock();
  const read = announcementFromForm(values, now);
  if (!read.ok) return ok({ kind: 'invalid', problems: read.problems });
  const saved = await deps.stores.announcements.upsert({
    ...read.draft,
    id: deps.newId(),
    organiserId: organiser.id,
    status: 'concept',
    createdAt: now.toISOString(),
    expectedVersion: '',
  });
  return saved.ok ? ok({ kind: 'saved', value: saved.value }) : saved;
};

/** Queues the announcement card for each person; the key makes a second send to the same person impossible. */
const queue = (deps: Deps, announcementId: Id, recipients: readonly AnnouncementRecipient[]): Promise<number> =>
  deps.stores.outbox.enqueue(
    recipients.map((r) => ({
      key: `announcement:${announcementId}:${r.personId}`,
      kind: 'announcement' as const,
      personId: r.personId,
      announcementId,
      payload: { sharedBy: r.forwardedBy, reminder: false },
      notBefore: deps.clock().toISOString(),
    })),
  );

export const sendAnnouncement = async (deps: Deps, actor: Person, id: Id): Promise<Result<{ recipients: number; queued: number }>> => {
  const allowed = authorize(deps, actor, 'announcement.manage');
  if (!allowed.ok) return allowed;
  const found = await deps.stores.announcements.get(id);
  if (!found) return fail('ANNOUNCEMENT.NOT_FOUND');
  const published = await publish(found, (next) => deps.stores.announcements.upsert(next));
  if (!published.ok) return published;
  const sent = published.value;
  const at = deps.clock().toISOString();
  const audience = await broadcastAudience(deps, sent.audience);
  await deps.stores.announcements.addRecipients(audience.map((p) => ({ announcementId: id, personId: p.id, forwardedBy: null, addedAt: at })));
  const recipients = await deps.stores.announcements.recipients(id);
  const queued = await queue(deps, id, recipients);
  return ok({ recipients: recipients.length, queued });
};

export const acknowledgeAnnouncement = async (deps: Deps, person: Person, id: Id): Promise<Result<Announcement>> => {
  const announcement = await deps.stores.announcements.get(id);
  if (!announcement) return fail('ANNOUNCEMENT.NOT_FOUND');
  const [recipients, acks] = await Promise.all([deps.stores.announcements.recipients(id), deps.stores.announcements.acknowledgements(id)]);
  const decided = decideAcknowledge(announcement, recipients, acks, person.id, deps.clock());
  if (!decided.ok) return decided;
  if (decided.value) await deps.stores.announcements.acknowledge(decided.value);
  return ok(announcement);
};

/** "Deel met collega's": adds colleagues of the sharer's school as recipients and queues their card. */
export const forwardAnnouncement = async (deps: Deps, person: Person, id: Id, colleagueIds: readonly Id[]): Promise<Result<{ added: number }>> => {
  const announcement = await deps.stores.announcements.get(id);
  if (!announcement) return fail('ANNOUNCEMENT.NOT_FOUND');
  const [recipients, schoolmates] = await Promise.all([deps.stores.announcements.recipients(id), deps.stores.people.atSchools(person.schoolIds)]);
  const decided = decideForward(announcement, recipients, person, colleagueIds, schoolmates, deps.clock());
  if (!decided.ok) return decided;
  const added = await deps.stores.announcements.addRecipients(decided.value);
  await queue(deps, id, added);
  deps.logger.info({ announcementId: id, by: person.id, added: added.length }, 'announcement shared');
  return ok({ added: added.length });
};

export interface AnnouncementReportData {
  readonly announcement: Announcement;
  readonly report: AckReport;
  readonly personNames: Map<Id, string>;
}

export const announcementReport = async (deps: Deps, actor: Person, id: Id): Promise<Result<AnnouncementReportData>> => {
  const allowed = authorize(deps, actor, 'announcement.manage');
  if (!allowed.ok) return allowed;
  const announcement = await deps.stores.announcements.get(id);
  if (!announcement) return fail('ANNOUNCEMENT.NOT_FOUND');
  const [recipients, acks] = await Promise.all([deps.stores.announcements.recipients(id), deps.stores.announcements.acknowledgements(id)]);
  const people = await deps.stores.people.byIds(recipients.map((r) => r.personId));
  return ok({ announcement, report: acknowledgementReport(recipients, acks, people), personNames: new Map(people.map((p) => [p.id, p.name])) });
};
