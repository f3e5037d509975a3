/**
 * Announcements and surveys in the tab: for a coördinator their progress (acknowledged or answered
 * of sent), for everyone the ones meant for them with their own state. Acknowledging from the tab
 * is the card's use case (`acknowledgeAnnouncement`).
 */
import {
  acknowledgementReport,
  fail,
  answeringSchool,
  hasAcknowledged,
  ok,
  selectAudience,
  surveyOpen,
  type Announcement,
  type AnnouncementProgressDto,
  type BroadcastsDto,
  type Id,
  type MyAnnouncementDto,
  type MySurveyDto,
  type Person,
  type Result,
  type School,
  type Survey,
  type SurveyProgressDto,
} from '@samen/shared';
import type { Deps } from '../deps.js';
import { allPages } from '../store/all-pages.js';
import { acknowledgeAnnouncement, allPeople } from './announcements.js';
import { authorize } from './school-access.js';
import { answerState } from './surveys.js';

interface World {
  readonly people: readonly Person[];
  readonly schools: readonly School[];
  readonly announcements: readonly Announcement[];
  readonly surveys: readonly Survey[];
}

const load = async (deps: Deps): Promise<World> => {
  const [people, schools, announcements, surveys] = await Promise.all([
    allPeople(deps),
    allPages((p) => deps.stores.schools.list(p)),
    allPages((p) => deps.stores.announcements.list(p)),
    allPages((p) => deps.stores.surveys.list(p)),
  ]);
  const newestFirst = <T extends { createdAt: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { people, schools, announcements: newestFirst(announcements), surveys: newestFirst(surveys) };
};

const announcementProgress = async (deps: Deps, w: World, a: Announcement, names: ReadonlyMap<Id, string>): Promise<AnnouncementProgressDto> => {
  const [recipients, acks] = await Promise.all([deps.stores.announcements.recipients(a.id), deps.stores.announcements.acknowledgements(a.id)]);
  const r = acknowledgementReport(recipients, acks, w.people);
  return {
    id: a.id,
    title: a.title,
    status: a.status,
    deadline: a.deadline,
    total: r.recipients,
    done: r.acknowledged,
    forwarded: r.forwarded,
    bySchool: r.bySchool.map((s) => ({ schoolId: s.schoolId, name: s.schoolId === null ? '' : (names.get(s.schoolId) ?? s.schoolId), total: s.recipients, done: s.acknowledged })),
    byRole: r.byRole.map((x) => ({ role: x.role, total: x.recipients, done: x.acknowledged })),
  };
};

/** Answered of expected: people, or for a per-school survey the schools its recipients answer for. */
const surveyProgress = async (deps: Deps, w: World, s: Survey, now: Date): Promise<SurveyProgressDto> => {
  const base = { id: s.id, title: s.title, status: s.status, deadline: s.deadline, closed: !surveyOpen(s, now), anonymous: s.anonymous, perSchool: s.perSchool };
  if (s.status !== 'verstuurd') return { ...base, total: 0, done: 0 };
  const recipients = selectAudience(w.people, s.audience, w.schools);
  const responses = await deps.stores.surveys.responses(s.id);
  if (s.perSchool) {
    const schools = new Set(recipients.map((p) => answeringSchool(s, p)).filter((x): x is Id => x !== null));
    return { ...base, total: schools.size, done: responses.filter((r) => r.schoolId !== null && schools.has(r.schoolId)).length };
  }
  const ids = new Set(recipients.map((p) => p.id));
  const done = s.anonymous ? responses.length : responses.filter((r) => r.personId !== null && ids.has(r.personId)).length;
  return { ...base, total: recipients.length, done: Math.min(done, recipients.length) };
};

const myAnnouncement = async (deps: Deps, person: Person, a: Announcement): Promise<MyAnnouncementDto | null> => {
  if (a.status !== 'verstuurd') return null;
  const recipients = await deps.stores.announcements.recipients(a.id);
  if (!recipients.some((r) => r.personId === person.id)) return null;
  const acks = await deps.stores.announcements.acknowledgements(a.id);
  const { id, title, text, documentUrl, ackLabel, deadline } = a;
  return { id, title, text, documentUrl, ackLabel, deadline, acknowledged: hasAcknowledged(acks, person.id) };
};

const mySurvey = async (deps: Deps, w: World, person: Person, s: Survey, now: Date): Promise<MySurveyDto | null> => {
  if (s.status !== 'verstuurd' || selectAudience([person], s.audience, w.schools).length === 0) return null;
  const state = await answerState(deps, s, person);
  const answered = s.anonymous ? state.answered || state.school !== null : state.mine !== null || state.school !== null;
  return { id: s.id, title: s.title, deadline: s.deadline, closed: !surveyOpen(s, now), answered, formsUrl: s.formsUrl };
};

const present = <T>(xs: readonly (T | null)[]): T[] => xs.filter((x): x is T => x !== null);

export const myBroadcasts = async (deps: Deps, person: Person): Promise<Result<BroadcastsDto>> => {
  const now = deps.clock();
  const w = await load(deps);
  const mine = {
    announcements: present(await Promise.all(w.announcements.map((a) => myAnnouncement(deps, person, a)))),
    surveys: present(await Promise.all(w.surveys.map((s) => mySurvey(deps, w, person, s, now)))),
  };
  if (!authorize(deps, person, 'broadcasts.progress').ok) return ok({ progress: null, mine });
  const names = new Map(w.schools.map((s) => [s.id, s.name]));
  const progress = {
    announcements: await Promise.all(w.announcements.map((a) => announcementProgress(deps, w, a, names))),
    surveys: await Promise.all(w.surveys.map((s) => surveyProgress(deps, w, s, now))),
  };
  return ok({ progress, mine });
};

/** "Ontvangen" from the tab: the card's use case; answers with my announcement as it now stands. */
export const acknowledgeFromTab = async (deps: Deps, person: Person, id: Id): Promise<Result<MyAnnouncementDto>> => {
  const acked = await acknowledgeAnnouncement(deps, person, id);
  if (!acked.ok) return acked;
  const view = await myAnnouncement(deps, person, acked.value);
  return view ? ok(view) : fail('ANNOUNCEMENT.NOT_RECIPIENT');
};
