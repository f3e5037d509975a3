/**
 * PersonDataStore + ErasureLog (AVG): `recordsOf` finds every record that carries a person, `erase`
 * deletes what only reaches them and pseudonymises what a count rests on, and a second erase finds
 * nothing. Seeds through the ordinary ports, so what a user did is what is found.
 */
import { describe, expect, it } from 'vitest';
import type { Announcement, ErasureLogEntry, Survey } from '@samen/shared';
import type { Stores } from '../ports.js';
import { aMeeting, aNiveau, anOutboxItem, anRsvp, aPerson, aReflection, aSchool, type MakeStores, value } from './fixtures.js';
import { useStores } from './harness.js';

const audience = { roles: [], sectors: [], schoolIds: [] };
const anAnnouncement = (id: string): Omit<Announcement, 'version'> & { expectedVersion: string } => ({
  id,
  title: 'Nieuwe werkwijze',
  text: 'Lees dit.',
  documentUrl: null,
  ackLabel: null,
  deadline: null,
  audience,
  reminderDaysBeforeDeadline: [],
  organiserId: 'person-0009',
  status: 'verstuurd',
  createdAt: '2026-11-20T09:00:00+01:00',
  expectedVersion: '',
});
const aSurvey = (id: string): Omit<Survey, 'version'> & { expectedVersion: string } => ({
  id,
  title: 'Tevredenheid',
  intro: '',
  questions: [{ id: 'q1', kind: 'short', text: 'Hoe ging het?', required: true, options: [] }],
  anonymous: false,
  perSchool: false,
  deadline: null,
  audience,
  reminderDaysBeforeDeadline: [],
  formsUrl: null,
  organiserId: 'person-0009',
  status: 'verstuurd',
  createdAt: '2026-11-20T09:00:00+01:00',
  expectedVersion: '',
});

/** Person 1 (the one asked about) and person 2 (a colleague) in every store that can hold a person. */
const seed = async (s: Stores): Promise<void> => {
  value(await s.schools.upsert(aSchool(1)));
  value(await s.people.upsert(aPerson(1, { name: 'Fenna Wissel', email: 'fenna.wissel@school.example' })));
  value(await s.people.upsert(aPerson(2)));
  value(await s.meetings.upsert(aMeeting(1, { organiserId: 'person-0009' })));
  await s.conversations.save({ personId: 'person-0001', scope: 'personal', conversationId: 'conv-1', reference: { user: { name: 'Fenna Wissel' } }, updatedAt: '2026-11-25T09:00:00.000Z' });
  await s.conversations.save({ personId: 'person-0002', scope: 'personal', conversationId: 'conv-2', reference: {}, updatedAt: '2026-11-25T09:00:00.000Z' });
  value(await s.rsvps.transact('meeting-0001', () => ({ ok: true, value: { writes: [anRsvp(1), anRsvp(2), anRsvp(3, { personId: 'ext-0001', source: 'forms' })] } })));
  value(await s.registrants.upsert({ id: 'ext-0001', meetingId: 'meeting-0001', name: 'Ouder Een', email: 'Ouder.Een@thuis.example', role: 'ouder', sector: 'PO', createdAt: '2026-11-25T10:00:00+01:00', expectedVersion: '' }));
  value(await s.registrants.upsert({ id: 'ext-0002', meetingId: 'meeting-0002', name: 'Ouder Een', email: 'ouder.een@thuis.example', role: 'ouder', sector: 'PO', createdAt: '2026-11-25T10:00:00+01:00', expectedVersion: '' }));
  value(await s.announcements.upsert(anAnnouncement('ann-1')));
  await s.announcements.addRecipients([
    { announcementId: 'ann-1', personId: 'person-0001', forwardedBy: null, addedAt: '2026-11-25T09:00:00.000Z' },
    { announcementId: 'ann-1', personId: 'person-0002', forwardedBy: 'person-0001', addedAt: '2026-11-25T09:01:00.000Z' },
  ]);
  await s.announcements.acknowledge({ announcementId: 'ann-1', personId: 'person-0001', at: '2026-11-25T09:05:00.000Z' });
  await s.announcements.acknowledge({ announcementId: 'ann-1', personId: 'person-0002', at: '2026-11-25T09:06:00.000Z' });
  value(await s.surveys.upsert(aSurvey('survey-1')));
  value(
    await s.surveys.saveResponse(
      { response: { id: 'resp-1', surveyId: 'survey-1', personId: 'person-0001', schoolId: 'school-0001', roles: ['ib'], answers: { q1: 'Goed' }, submittedAt: '2026-11-25T09:10:00.000Z' }, expectedVersion: '', markAnswered: false },
      null,
    ),
  );
  await s.outbox.enqueue([
    anOutboxItem('invitation:meeting-0001:person-0001'),
    anOutboxItem('reminder:meeting-0001:person-0001', '2026-11-26T09:00:00.000Z', { kind: 'reminder', meetingId: 'meeting-0001', payload: { audience: 'non-responders', sessionId: null } }),
    anOutboxItem('invitation:meeting-0001:person-0002', undefined, undefined, 'person-0002'),
  ]);
  await s.outbox.markSent('invitation:meeting-0001:person-0001', 'activity-1', new Date('2026-11-25T09:00:01.000Z'));
  value(await s.niveaus.save(aNiveau('school-0001')));
  value(await s.reflections.save(aReflection('school-0001', { updatedBy: 'person-0002' })));
};

const booked = async (s: Stores): Promise<number> => (await s.rsvps.forMeeting('meeting-0001')).filter((r) => r.status === 'booked').length;

export const runPersonDataStoreContract = (make: MakeStores): void => {
  describe('PersonDataStore', () => {
    const stores = useStores(make);

    it('finds every record that carries the person: profile, chat, RSVP, recipient (also as forwarder), acknowledgement, named answer, messages, stamps', async () => {
      await seed(stores());
      const r = await stores().personData.recordsOf(['person-0001']);
      expect(r.profiles.map((p) => p.email)).toEqual(['fenna.wissel@school.example']);
      expect(r.conversations.map((c) => c.conversationId)).toEqual(['conv-1']);
      expect(r.rsvps.map((x) => x.id)).toEqual(['rsvp-0001']);
      expect(r.announcementRecipients.map((x) => `${x.personId}<${x.forwardedBy ?? ''}`).sort()).toEqual(['person-0001<', 'person-0002<person-0001']);
      expect(r.acknowledgements.map((a) => a.personId)).toEqual(['person-0001']);
      expect(r.surveyResponses.map((x) => x.id)).toEqual(['resp-1']);
      expect(r.messages.map((m) => `${m.key}=${m.status}`).sort()).toEqual(['invitation:meeting-0001:person-0001=sent', 'reminder:meeting-0001:person-0001=pending']);
      expect(r.stamps.map((x) => `${x.record}:${x.owner}`)).toEqual(['niveau:school-0001']);
      expect(r.registrants).toEqual([]);
    });

    it('finds an external registrant by address over every meeting (any case), and their RSVPs by registrant id', async () => {
      await seed(stores());
      const found = await stores().personData.registrantsByEmail('  OUDER.een@Thuis.example ');
      expect(found.map((x) => x.id)).toEqual(['ext-0001', 'ext-0002']);
      const r = await stores().personData.recordsOf(found.map((x) => x.id));
      expect(r.registrants.map((x) => x.id)).toEqual(['ext-0001', 'ext-0002']);
      expect(r.rsvps.map((x) => x.id)).toEqual(['rsvp-0003']);
      expect(r.profiles).toEqual([]);
    });

    it('erases: profile and chat go, counts stay under a pseudonym, messages not sent are dropped, a second erase finds nothing', async () => {
      const s = stores();
      await seed(s);
      const before = await booked(s);
      const counts = await s.personData.erase('person-0001', 'gewist-abc');
      expect(counts).toEqual({ profile: 1, registrants: 0, conversations: 1, pendingMessages: 1, messages: 1, rsvps: 1, announcementRecipients: 2, acknowledgements: 1, surveyResponses: 1, stamps: 1 });
      expect(await s.people.get('person-0001')).toBeNull();
      expect(await s.people.getByAadObjectId('aad-0001')).toBeNull();
      expect((await s.people.atSchools(['school-0001'])).map((p) => p.id)).toEqual(['person-0002']);
      expect(await s.conversations.forPerson('person-0001')).toBeNull();
      expect(await s.conversations.get('conv-1')).toBeNull();
      expect(await booked(s)).toBe(before);
      expect((await s.rsvps.forMeeting('meeting-0001')).map((r) => r.personId).sort()).toEqual(['ext-0001', 'gewist-abc', 'person-0002']);
      expect(await s.rsvps.forPerson('person-0001')).toEqual([]);
      expect((await s.announcements.acknowledgements('ann-1')).map((a) => a.personId).sort()).toEqual(['gewist-abc', 'person-0002']);
      expect((await s.announcements.recipients('ann-1')).map((x) => `${x.personId}<${x.forwardedBy ?? ''}`)).toEqual(['gewist-abc<', 'person-0002<gewist-abc']);
      expect((await s.surveys.responses('survey-1')).map((x) => x.personId)).toEqual(['gewist-abc']);
      expect(await s.surveys.responseOf('survey-1', 'person-0001')).toBeNull();
      expect((await s.outbox.forSubject('meeting-0001')).map((m) => `${m.key}=${m.status}`).sort()).toEqual([
        'invitation:meeting-0001:gewist-abc=sent',
        'invitation:meeting-0001:person-0002=pending',
      ]);
      expect((await s.niveaus.get('school-0001'))?.updatedBy).toBe('gewist-abc');
      expect((await s.reflections.get('school-0001', '2026-2027'))?.updatedBy).toBe('person-0002');
      // The colleague is untouched.
      expect((await s.people.get('person-0002'))?.name).toBe('Medewerker 2');
      expect(await s.conversations.forPerson('person-0002')).not.toBeNull();

      const again = await s.personData.recordsOf(['person-0001']);
      expect(Object.values(again).every((list) => list.length === 0)).toBe(true);
      const second = await s.personData.erase('person-0001', 'gewist-def');
      expect(Object.values(second).every((n) => n === 0)).toBe(true);
    });

    it('erases an external registrant: the record goes, the RSVP stays as a count', async () => {
      const s = stores();
      await seed(s);
      const counts = await s.personData.erase('ext-0001', 'gewist-ext');
      expect(counts.registrants).toBe(1);
      expect(counts.rsvps).toBe(1);
      expect(await s.registrants.get('ext-0001')).toBeNull();
      expect(await s.registrants.get('ext-0002')).not.toBeNull();
      expect((await s.rsvps.forMeeting('meeting-0001')).map((r) => r.personId)).toContain('gewist-ext');
    });
  });

  describe('ErasureLog', () => {
    const stores = useStores(make);
    const entry = (id: string, erasedAt: string): ErasureLogEntry => ({
      id,
      erasedAt,
      byPersonId: 'person-0009',
      subjectKind: 'staff',
      pseudonym: `gewist-${id}`,
      counts: { profile: 1, registrants: 0, formAnswers: 0, conversations: 1, pendingMessages: 0, messages: 2, rsvps: 3, announcementRecipients: 0, acknowledgements: 0, surveyResponses: 0, organised: 0, meetingContacts: 0, sectorExceptions: 0, stamps: 0 },
    });

    it('keeps every entry, newest first', async () => {
      await stores().erasures.append(entry('e1', '2026-11-25T10:00:00.000Z'));
      await stores().erasures.append(entry('e2', '2026-11-26T10:00:00.000Z'));
      expect(await stores().erasures.list()).toEqual([entry('e2', '2026-11-26T10:00:00.000Z'), entry('e1', '2026-11-25T10:00:00.000Z')]);
    });
  });
};
