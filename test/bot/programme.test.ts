/**
 * Issue #15, "programma" end to end over the Bot Framework protocol: the organiser takes attendance
 * after a session, invites only the schools that were not there for a repeat session, and schedules the
 * programme from the knelpunten — which survives a restart and is delivered once, at 09:00.
 */
import type { Meeting, Rsvp } from '@samen/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { button } from '../support/card-actions.js';
import { cardsOf, readable } from '../support/card-text.js';
import { startHarness, type Harness, type SentActivity } from '../support/bot-harness.js';
import { cardSchemaErrors } from '../../shared/src/cards/card-schema.test-helper.js';

const aad = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const SANNE = { aadObjectId: aad(2), name: 'Sanne de Wit', conversationId: 'personal-sanne' }; // ib, OBS De Zonnewijzer
const JOOST = { aadObjectId: aad(5), name: 'Joost Bakker', conversationId: 'personal-joost' }; // ib, CBS De Klimop
const STAFF = { aadObjectId: aad(4), name: 'Fatima El Amrani', conversationId: 'personal-fatima' };

const NOW = new Date('2026-11-25T10:00:00+01:00');
const ROUND_ONE: Omit<Meeting, 'version'> = {
  id: 'meeting-plg-ronde-1',
  title: 'PLG gedrag, ronde 1',
  type: 'plg',
  description: 'Eerste bijeenkomst over gedrag in de klas.',
  sessions: [
    { id: 'r1-s1', startsAt: '2026-11-18T15:00:00+01:00', endsAt: '2026-11-18T17:00:00+01:00', location: 'Kantoor, Houten', onlineUrl: null, region: 'midden', sectors: [], capacity: 12 },
    { id: 'r1-s2', startsAt: '2027-01-20T15:00:00+01:00', endsAt: '2027-01-20T17:00:00+01:00', location: 'Kantoor, Houten', onlineUrl: null, region: 'midden', sectors: [], capacity: 12 },
  ],
  sessionChoice: 'each',
  audience: { roles: ['ib'], sectors: [], schoolIds: [] },
  registrationDeadline: null,
  organiserId: 'person-16',
  reminderPlan: { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] },
  questions: [{ id: 'q1', label: 'Welk knelpunt wil je inbrengen?', choices: [], required: false }],
  status: 'verstuurd',
  createdAt: '2026-10-01T09:00:00+02:00',
};
const booked = (personId: string, knelpunt: string): Rsvp => ({
  id: `rsvp-${personId}`,
  meetingId: ROUND_ONE.id,
  sessionId: 'r1-s1',
  personId,
  status: 'booked',
  statusSince: '2026-11-01T10:00:00+01:00',
  source: 'card',
  answers: { q1: knelpunt },
  version: '',
});

const cardJson = (value: unknown) => JSON.stringify(value);
const asActivity = (value: unknown): SentActivity[] => [{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: value }] }];
const numberOf = (list: string, title: string): string => {
  const n = new RegExp(`(\\d+)\\. ${title}`).exec(list)?.[1];
  if (!n) throw new Error(`"${title}" not listed in: ${list}`);
  return n;
};

describe('attendance, the repeat audience and the scheduled programme', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, NOW);
    await harness.say('help');
    await harness.say('help', SANNE);
    await harness.say('help', JOOST);
    const { stores } = harness.running.deps;
    await stores.meetings.upsert({ ...ROUND_ONE, expectedVersion: '' });
    const writes = [booked('person-2', 'Ruzies op het plein'), booked('person-5', 'Ruzies bij de overblijf')];
    await stores.rsvps.transact(ROUND_ONE.id, () => ({ ok: true, value: { writes } }));
  });
  afterAll(async () => harness?.close());

  it('"aanwezigheid" lists the meeting, shows the booked people, and stores who was there', async () => {
    const list = readable(await harness.say('aanwezigheid'));
    const replies = await harness.say(`aanwezigheid ${numberOf(list, 'PLG gedrag, ronde 1')}`);
    const [sheet] = cardsOf(replies);
    expect(cardsOf(replies)).toHaveLength(1); // the January session has not started
    expect(cardSchemaErrors(sheet)).toEqual([]);
    expect(readable(replies)).toContain('Aanwezigheid — PLG gedrag, ronde 1');
    expect(readable(replies)).toContain('Aanwezigheid nog niet opgenomen');
    expect(cardJson(sheet)).toContain('Sanne de Wit');
    expect(cardJson(sheet)).toContain('Joost Bakker');

    const save = button(sheet, 'attendance.save');
    const { body } = await harness.execute(save.verb, { ...save.data, present: 'person-2' });
    expect(readable(asActivity(body.value))).toContain('Aanwezigheid opgeslagen: 1 van 2 aanwezig.');
    expect(cardJson(body.value)).toContain('Aanwezig: 1 van 2');
    const stored = await harness.running.deps.stores.rsvps.forMeeting(ROUND_ONE.id);
    expect(Object.fromEntries(stored.map((r) => [r.personId, r.attended]))).toEqual({ 'person-2': true, 'person-5': false });

    const overviewReplies = await harness.say('overzicht');
    expect(readable(overviewReplies)).toContain('Aanwezig: 1 van 2');
    const roundOne = cardsOf(overviewReplies).find((c) => cardJson(c).includes('PLG gedrag, ronde 1'));
    const open = button(roundOne, 'attendance.show', 'Aanwezigheid opnemen');
    expect(open.data).toMatchObject({ meetingId: ROUND_ONE.id, sessionId: 'r1-s1' }); // only the session that started
    const reopened = await harness.execute(open.verb, open.data);
    expect(cardJson(reopened.body.value)).toContain('"value":"person-2"');
  });

  it('refuses attendance to staff with the organiser message', async () => {
    const { body } = await harness.execute('attendance.save', { meetingId: ROUND_ONE.id, sessionId: 'r1-s1', present: 'person-2' }, STAFF);
    expect(readable(asActivity(body.value))).toContain('Alleen de organisator of een coördinator kan dit doen.');
  });

  it('invites for a repeat session only the schools where nobody was, and says so in the preview', async () => {
    const formReplies = await harness.say('nieuwe bijeenkomst');
    const formJson = cardJson(cardsOf(formReplies)[0]);
    expect(formJson).toContain('Alleen wie niet bij … was');
    expect(formJson).toContain(`${ROUND_ONE.id}|school`);

    const preview = await harness.execute('meeting.preview', {
      title: 'PLG gedrag, herhalingssessie',
      type: 'plg',
      sessionChoice: 'one',
      s0Date: '2027-02-10',
      s0Start: '15:00',
      s0End: '17:00',
      s0Location: 'Kantoor, Houten',
      audienceRoles: 'ib',
      audienceNotAttended: `${ROUND_ONE.id}|school`,
    });
    const previewText = readable(asActivity(preview.body.value));
    expect(cardSchemaErrors(preview.body.value)).toEqual([]);
    // ib'ers: Sanne's school was there; Joost (absent), Esther and Karin's schools were not.
    expect(previewText).toContain('Niet bij “PLG gedrag, ronde 1”: deze uitnodiging gaat naar 3 personen.');
    expect(previewText).toContain('Van 3 scholen: CBS De Klimop, IKC De Vlinderboom, SBO De Horizon');

    const meetingId = /"meetingId":"([^"]+)"/.exec(cardJson(preview.body.value))?.[1] ?? '';
    const stored = await harness.running.deps.stores.meetings.get(meetingId);
    expect(stored?.audience.notAttended).toEqual({ meetingId: ROUND_ONE.id, by: 'school' });
    await harness.execute('meeting.send', { meetingId });
    const invited = (await harness.running.deps.stores.outbox.forSubject(meetingId)).filter((i) => i.kind === 'invitation').map((i) => i.personId);
    expect(invited.sort()).toEqual(['person-5', 'person-8', 'person-9']);
  });

  it('shows a stale or forged earlier meeting as an error under the choice, and saves nothing', async () => {
    const before = (await harness.running.deps.stores.meetings.list({ limit: 500 })).items.length;
    const { body } = await harness.execute('meeting.preview', {
      title: 'PLG gedrag, nog een herhaling',
      type: 'plg',
      s0Date: '2027-02-11',
      s0Start: '15:00',
      s0End: '17:00',
      s0Location: 'Kantoor, Houten',
      audienceNotAttended: 'meeting-bestaat-niet|person',
    });
    expect(readable(asActivity(body.value))).toContain('Kies een eerdere bijeenkomst uit de lijst.');
    expect(cardJson(body.value)).toContain('PLG gedrag, nog een herhaling');
    expect((await harness.running.deps.stores.meetings.list({ limit: 500 })).items.length).toBe(before);
  });

  it('schedules the programme from the knelpunten, keeps it over a restart and delivers it once at 09:00', async () => {
    const list = readable(await harness.say('programma'));
    const replies = await harness.say(`programma ${numberOf(list, 'PLG gedrag, ronde 1')}`);
    const [draftCard] = cardsOf(replies);
    expect(cardSchemaErrors(draftCard)).toEqual([]);
    const draft = cardJson(draftCard);
    expect(draft).toContain('Programma — PLG gedrag, ronde 1');
    expect(draft).toContain('Thema “ruzies” (2 knelpunten)');
    expect(draft).not.toContain('Sanne');
    expect(draft).not.toContain('er staat al een programma klaar');

    const schedule = button(draftCard, 'programme.schedule');
    const text = 'Programma — PLG gedrag, ronde 1\n\n15.00 Ruzies op het plein en bij de overblijf\n16.15 Afspraken voor de klas';
    const done = await harness.execute(schedule.verb, { ...schedule.data, programmeText: text, programmeDate: '2026-12-01' });
    expect(readable(asActivity(done.body.value))).toMatch(/Ingepland: het programma gaat op .*1 december.* naar 2 deelnemers\./);

    // The programme, wherever it went (the repeat session's invitations are in the outbox as well).
    const toParticipants = (from: number) => harness.sent.slice(from).filter((a) => readable([a]).includes('16.15 Afspraken voor de klas'));
    let mark = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    expect(toParticipants(mark)).toEqual([]); // not before 1 December, 09:00

    await harness.restart();
    harness.setNow(new Date('2026-12-01T08:59:00+01:00'));
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    expect(toParticipants(mark)).toEqual([]);

    // Asking for the programme again while it waits: the card says a second one would go out as well.
    const again = async () => readable(await harness.say(`programma ${numberOf(readable(await harness.say('programma')), 'PLG gedrag, ronde 1')}`));
    expect(await again()).toMatch(/Let op: er staat al een programma klaar dat op .*1 december.* naar 2 deelnemers gaat\. Plan je dit programma ook in, dan krijgen de deelnemers twee berichten\./);

    harness.setNow(new Date('2026-12-01T09:01:00+01:00'));
    mark = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    const delivered = toParticipants(mark);
    expect(delivered.map((a) => a.conversationId).sort()).toEqual([JOOST.conversationId, SANNE.conversationId]);
    expect(readable(delivered)).toContain('16.15 Afspraken voor de klas');

    mark = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    expect(toParticipants(mark)).toEqual([]);
    expect(await again()).not.toContain('er staat al een programma klaar');
  });

  it('refuses a sending day after the last session, in Dutch', async () => {
    const { body } = await harness.execute('programme.schedule', { meetingId: ROUND_ONE.id, programmeText: 'x', programmeDate: '2027-03-01' });
    expect(readable(asActivity(body.value))).toContain('Kies een verzenddatum vanaf vandaag tot en met de dag van de laatste sessie.');
  });
});

describe('an organiser who is not a coördinator, in chat', () => {
  let harness: Harness;
  // Sanne (ib'er, person-2) organises an IB-netwerk of her own; round one is someone else's.
  const SANNES: Omit<Meeting, 'version'> = {
    ...ROUND_ONE,
    id: 'meeting-ib-netwerk',
    title: 'IB-netwerk Houten',
    organiserId: 'person-2',
    sessions: [
      { ...ROUND_ONE.sessions[0]!, id: 'ib-s1' },
      { ...ROUND_ONE.sessions[1]!, id: 'ib-s2' },
    ],
  };
  beforeAll(async () => {
    harness = await startHarness({}, NOW);
    for (const u of [SANNE, JOOST]) await harness.say('help', u);
    const { stores } = harness.running.deps;
    await stores.meetings.upsert({ ...ROUND_ONE, expectedVersion: '' });
    await stores.meetings.upsert({ ...SANNES, expectedVersion: '' });
    const joost: Rsvp = { ...booked('person-5', 'Overgang naar het vo'), id: 'rsvp-ib-joost', meetingId: SANNES.id, sessionId: 'ib-s1' };
    await stores.rsvps.transact(SANNES.id, () => ({ ok: true, value: { writes: [joost] } }));
  });
  afterAll(async () => harness?.close());

  it('takes attendance and drafts the programme for her own meeting, and sees only hers', async () => {
    const list = readable(await harness.say('aanwezigheid', SANNE));
    expect(list).toContain('IB-netwerk Houten');
    expect(list).not.toContain('PLG gedrag, ronde 1');
    const replies = await harness.say(`aanwezigheid ${numberOf(list, 'IB-netwerk Houten')}`, SANNE);
    expect(readable(replies)).toContain('Aanwezigheid — IB-netwerk Houten');
    const save = button(cardsOf(replies)[0], 'attendance.save');
    const { body } = await harness.execute(save.verb, { ...save.data, present: 'person-5' }, SANNE);
    expect(readable(asActivity(body.value))).toContain('Aanwezigheid opgeslagen: 1 van 1 aanwezig.');

    const programme = readable(await harness.say('programma', SANNE));
    expect(programme).toContain('IB-netwerk Houten');
    expect(programme).not.toContain('PLG gedrag, ronde 1');
  });

  it('still refuses her someone else’s meeting, and the commands to someone who organises nothing', async () => {
    const { body } = await harness.execute('attendance.save', { meetingId: ROUND_ONE.id, sessionId: 'r1-s1', present: 'person-2' }, SANNE);
    expect(readable(asActivity(body.value))).toContain('Alleen de organisator of een coördinator kan dit doen.');
    for (const command of ['aanwezigheid', 'programma', 'selectie']) {
      expect(readable(await harness.say(command, JOOST))).toContain('Deze opdracht is alleen voor coördinatoren van het samenwerkingsverband.');
    }
  });

  it('lets her cancel a scheduled programme before it goes out: nobody gets it, and she can schedule a new one', async () => {
    const draftFor = async () => {
      const list = readable(await harness.say('programma', SANNE));
      return cardsOf(await harness.say(`programma ${numberOf(list, 'IB-netwerk Houten')}`, SANNE))[0];
    };
    const first = await draftFor();
    expect(JSON.stringify(first)).not.toContain('programme.cancel');
    const schedule = button(first, 'programme.schedule');
    await harness.execute(schedule.verb, { ...schedule.data, programmeText: 'Eerste versie, met een fout', programmeDate: '2026-12-01' }, SANNE);

    const waiting = await draftFor();
    expect(cardSchemaErrors(waiting)).toEqual([]);
    expect(readable(asActivity(waiting))).toContain('Let op: er staat al een programma klaar');
    const cancel = button(waiting, 'programme.cancel');
    const { body } = await harness.execute(cancel.verb, cancel.data, SANNE);
    const answer = readable(asActivity(body.value));
    expect(answer).toContain('Geannuleerd: het geplande programma gaat niet naar 1 deelnemer.');
    expect(answer).not.toContain('Let op: er staat al een programma klaar');
    expect(JSON.stringify(body.value)).toContain('programme.schedule');

    // Someone else's meeting stays out of her reach.
    const refused = await harness.execute('programme.cancel', { meetingId: ROUND_ONE.id }, SANNE);
    expect(readable(asActivity(refused.body.value))).toContain('Alleen de organisator of een coördinator kan dit doen.');

    const corrected = button(cardsOf(asActivity(body.value))[0], 'programme.schedule');
    await harness.execute(corrected.verb, { ...corrected.data, programmeText: 'Tweede versie, goed', programmeDate: '2026-12-01' }, SANNE);
    harness.setNow(new Date('2026-12-01T09:01:00+01:00'));
    const mark = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    const toJoost = harness.sent.slice(mark).filter((a) => a.conversationId === JOOST.conversationId);
    expect(readable(toJoost)).toContain('Tweede versie, goed');
    expect(readable(toJoost)).not.toContain('Eerste versie, met een fout');
    harness.setNow(NOW);
  });

  it('tells an organiser whose only meeting has not started that there is nothing yet, not that the command is for coördinatoren', async () => {
    // Fatima (person-4) organises one meeting, both sessions still to come.
    const fatimas: Omit<Meeting, 'version'> = {
      ...SANNES,
      id: 'meeting-leesnetwerk',
      title: 'Leesnetwerk voorjaar',
      organiserId: 'person-4',
      sessions: [
        { ...ROUND_ONE.sessions[1]!, id: 'lees-s1' },
        { ...ROUND_ONE.sessions[1]!, id: 'lees-s2', startsAt: '2027-02-17T15:00:00+01:00', endsAt: '2027-02-17T17:00:00+01:00' },
      ],
    };
    await harness.running.deps.stores.meetings.upsert({ ...fatimas, expectedVersion: '' });
    await harness.say('help', STAFF);
    const coordinatorOnly = 'Deze opdracht is alleen voor coördinatoren van het samenwerkingsverband.';

    const attendance = readable(await harness.say('aanwezigheid', STAFF));
    expect(attendance).toContain('Er is nog geen verstuurde bijeenkomst waarvan een sessie begonnen is.');
    expect(attendance).not.toContain(coordinatorOnly);
    const programme = readable(await harness.say('programma', STAFF));
    expect(programme).toContain('Leesnetwerk voorjaar');
    expect(programme).not.toContain('IB-netwerk Houten');
    const selection = readable(await harness.say('selectie', STAFF));
    expect(selection).toContain('Er staan op dit moment geen bijeenkomsten voor je klaar.');
    expect(selection).not.toContain(coordinatorOnly);
  });
});

