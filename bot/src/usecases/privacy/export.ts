/**
 * AVG art. 15/20: everything the app holds about one person as one JSON document. A coördinator
 * may ask it for anyone (staff or external registrant); everyone may ask it for themselves.
 */
import { ok, type Id, type Person, type PersonDataExport, type PrivacySubject, type Result } from '@samen/shared';
import type { Deps } from '../../deps.js';
import { authorize } from '../policy.js';
import { findHoldings, type Mentions, type PersonHoldings } from './person-data.js';

const organisedRows = <T extends { readonly id: Id; readonly title: string }>(kind: 'meeting' | 'announcement' | 'survey', list: readonly Mentions<T>[]) =>
  list.flatMap((m) => [
    ...(m.organiser ? [{ kind, id: m.record.id, title: m.record.title, role: 'organiser' as const }] : []),
    ...(m.contact ? [{ kind, id: m.record.id, title: m.record.title, role: 'contact' as const }] : []),
    ...(m.sectorException ? [{ kind, id: m.record.id, title: m.record.title, role: 'sectorException' as const }] : []),
  ]);

export const exportOf = async (deps: Deps, h: PersonHoldings): Promise<PersonDataExport> => {
  const { records, who } = h;
  const profile = records.profiles[0] ?? who.profile;
  const schools = profile ? await Promise.all(profile.schoolIds.map(async (id) => ({ id, name: (await deps.stores.schools.get(id))?.name ?? id }))) : [];
  const meetingTitle = (id: Id) => h.meetingsById.get(id)?.title ?? id;
  const ackOf = new Map(records.acknowledgements.map((a) => [a.announcementId, a.at]));
  const ids = new Set(who.ids);
  return {
    generatedAt: deps.clock().toISOString(),
    subject: who.subject,
    profile: profile ? { id: profile.id, name: profile.name, email: profile.email, roles: profile.roles, schools, locale: profile.locale } : null,
    registrations: records.registrants.map((r) => ({
      registrantId: r.id,
      meetingId: r.meetingId,
      meetingTitle: meetingTitle(r.meetingId),
      name: r.name,
      email: r.email,
      role: r.role,
      sector: r.sector,
      createdAt: r.createdAt,
    })),
    chats: records.conversations.map((c) => ({ scope: c.scope, updatedAt: c.updatedAt })),
    rsvps: records.rsvps.map((r) => ({
      meetingId: r.meetingId,
      meetingTitle: meetingTitle(r.meetingId),
      sessionId: r.sessionId,
      sessionStartsAt: h.meetingsById.get(r.meetingId)?.sessions.find((s) => s.id === r.sessionId)?.startsAt ?? null,
      status: r.status,
      statusSince: r.statusSince,
      source: r.source,
      answers: r.answers ?? {},
      attended: r.attended ?? null,
    })),
    announcements: [
      ...records.announcementRecipients.filter((r) => ids.has(r.personId)).map((r) => ({ id: r.announcementId, as: 'recipient' as const, addedAt: r.addedAt })),
      ...records.announcementRecipients.filter((r) => r.forwardedBy !== null && ids.has(r.forwardedBy)).map((r) => ({ id: r.announcementId, as: 'forwarder' as const, addedAt: r.addedAt })),
      // An acknowledgement without a recipient row (an older record) still shows.
      ...records.acknowledgements
        .filter((a) => !records.announcementRecipients.some((r) => r.announcementId === a.announcementId && ids.has(r.personId)))
        .map((a) => ({ id: a.announcementId, as: 'recipient' as const, addedAt: a.at })),
    ].map((r) => ({
      announcementId: r.id,
      title: h.announcementsById.get(r.id)?.title ?? r.id,
      as: r.as,
      addedAt: r.addedAt,
      acknowledgedAt: r.as === 'recipient' ? (ackOf.get(r.id) ?? null) : null,
    })),
    surveyAnswers: records.surveyResponses.map((r) => ({ surveyId: r.surveyId, title: h.surveysById.get(r.surveyId)?.title ?? r.surveyId, submittedAt: r.submittedAt, answers: r.answers })),
    anonymousSurveys: h.anonymousSurveys.map((s) => ({ surveyId: s.id, title: s.title })),
    messages: records.messages.map((m) => ({
      kind: m.kind,
      subjectId: 'meetingId' in m ? m.meetingId : 'announcementId' in m ? m.announcementId : 'surveyId' in m ? m.surveyId : m.schoolYear,
      status: m.status,
      notBefore: m.notBefore,
      updatedAt: m.updatedAt,
    })),
    organised: [...organisedRows('meeting', h.meetings), ...organisedRows('announcement', h.announcements), ...organisedRows('survey', h.surveys)],
    documentEdits: records.stamps.map((s) => ({ record: s.record, owner: s.owner, which: s.which, updatedAt: s.updatedAt })),
    formAnswers: h.formAnswers.map((f) => ({ ...f })),
  };
};

/** A coördinator's export of anyone's data. */
export const exportPersonData = async (deps: Deps, actor: Person, subject: PrivacySubject): Promise<Result<PersonDataExport>> => {
  const allowed = authorize(deps, actor, 'privacy.manage');
  if (!allowed.ok) return allowed;
  const holdings = await findHoldings(deps, subject);
  return holdings.ok ? ok(await exportOf(deps, holdings.value)) : holdings;
};

/** Anyone's own data: the subject is the signed-in person, never a parameter. */
export const exportMyData = async (deps: Deps, actor: Person): Promise<Result<PersonDataExport>> => {
  const allowed = authorize(deps, actor, 'self');
  if (!allowed.ok) return allowed;
  const holdings = await findHoldings(deps, { kind: 'staff', personId: actor.id });
  return holdings.ok ? ok(await exportOf(deps, holdings.value)) : holdings;
};
