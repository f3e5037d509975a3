/** Loads what an announcement or survey card needs and renders it for one viewer (chat, invoke, outbox). */
import { announcementCard, colleaguesOf, isRecipient, surveyCard, type Announcement, type Survey } from '@samen/shared';
import type { Deps } from '../deps.js';
import { isCoordinator } from '../auth/coordinators.js';
import type { OutboxMessage } from '../store/ports.js';
import { answerState } from '../usecases/surveys.js';
import type { AdaptiveCardJson } from './card-json.js';
import type { Viewer } from './viewer.js';
import { card, type Reply } from './replies.js';

interface Extra {
  readonly reminder?: boolean;
}

const who = (deps: Deps, viewer: Viewer) => ({
  personId: viewer.person.id,
  isCoordinator: isCoordinator(deps, viewer.person),
  ...(viewer.teamsUserId ? { teamsUserId: viewer.teamsUserId } : {}),
});

export const announcementFor = async (deps: Deps, announcement: Announcement, viewer: Viewer, extra: Extra = {}): Promise<AdaptiveCardJson> => {
  const [recipients, acks, schoolmates] = await Promise.all([
    deps.stores.announcements.recipients(announcement.id),
    deps.stores.announcements.acknowledgements(announcement.id),
    deps.stores.people.atSchools(viewer.person.schoolIds),
  ]);
  const mine = recipients.find((r) => r.personId === viewer.person.id);
  const sharer = mine?.forwardedBy ? await deps.stores.people.get(mine.forwardedBy) : null;
  const colleagues = mine ? colleaguesOf(viewer.person, schoolmates).filter((p) => !isRecipient(recipients, p.id)) : [];
  return announcementCard({
    announcement,
    viewer: who(deps, viewer),
    acknowledgement: acks.find((a) => a.personId === viewer.person.id) ?? null,
    colleagues: colleagues.map((p) => ({ id: p.id, name: p.name })),
    sharedBy: sharer?.name ?? null,
    ...(extra.reminder ? { reminder: true } : {}),
    now: deps.clock(),
    locale: viewer.locale,
    contact: deps.config.contact,
  });
};

export const surveyFor = async (deps: Deps, survey: Survey, viewer: Viewer, extra: Extra = {}): Promise<AdaptiveCardJson> => {
  const state = await answerState(deps, survey, viewer.person);
  return surveyCard({
    survey,
    viewer: who(deps, viewer),
    mine: state.mine,
    schoolAnswered: state.school !== null && (survey.anonymous || state.school.personId !== viewer.person.id),
    answeredAnonymously: state.answered,
    ...(extra.reminder ? { reminder: true } : {}),
    now: deps.clock(),
    locale: viewer.locale,
    contact: deps.config.contact,
  });
};

/** The outbox dispatch for announcement and survey items. */
export const renderBroadcastForPerson = async (deps: Deps, item: Extract<OutboxMessage, { kind: 'announcement' | 'survey' }>, viewer: Viewer): Promise<Reply | null> => {
  const extra = { reminder: item.payload.reminder };
  if (item.kind === 'announcement') {
    const a = await deps.stores.announcements.get(item.announcementId);
    return a ? card(await announcementFor(deps, a, viewer, extra)) : null;
  }
  const s = await deps.stores.surveys.get(item.surveyId);
  return s ? card(await surveyFor(deps, s, viewer, extra)) : null;
};
