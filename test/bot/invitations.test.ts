import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { cardsOf, readable } from '../support/card-text.js';
import { button } from '../support/card-actions.js';

const aad = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const KARIN = { aadObjectId: aad(9), name: 'Karin Mulder', conversationId: 'personal-karin' }; // ib'er, SBO
const DAAN = { aadObjectId: aad(14), name: 'Daan Brouwer', conversationId: 'personal-daan' }; // leerkracht, VO

const form = {
  title: 'IB-netwerk: werken met het groeidocument',
  type: 'ib-oo',
  description: 'We wisselen ervaringen uit.',
  sessionChoice: 'one',
  s0Date: '2027-01-21',
  s0Start: '09:00',
  s0End: '11:00',
  s0Location: 'Kantoor samenwerkingsverband, Houten',
  s0Capacity: '2',
  audienceRoles: 'ib',
  deadlineDate: '2027-01-14',
  deadlineTime: '23:59',
};

describe('a coördinator creates a meeting on a card and the invitations reach the right people', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
    await harness.say('help', KARIN);
    await harness.say('help', DAAN);
  });
  afterAll(async () => harness?.close());

  it('keeps what was typed and shows field-level Dutch errors when the form is incomplete', async () => {
    const { body } = await harness.execute('meeting.preview', { ...form, title: 'IB', s0End: '08:00' });
    const text = readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] }]);
    expect(JSON.stringify(body.value)).toContain('Kantoor samenwerkingsverband, Houten');
    expect(text).toMatch(/titel/i);
    expect(text).toMatch(/eind/i);
  });

  it('shows a preview, sends on confirmation, and delivers one invitation to each invited person', async () => {
    const preview = await harness.execute('meeting.preview', form);
    const previewJson = JSON.stringify(preview.body.value);
    expect(previewJson).toContain('meeting.send');
    expect(previewJson).toMatch(/Deze uitnodiging past bij \d+ personen/);
    expect(previewJson).toContain('1 daarvan is nu bereikbaar in Teams');
    const meetingId = /"meetingId":"([^"]+)"/.exec(previewJson)?.[1];
    expect(meetingId).toBeTruthy();

    const sent = await harness.execute('meeting.send', { meetingId });
    expect(JSON.stringify(sent.body.value)).toMatch(/klaargezet voor \d+ personen/);
    expect(JSON.stringify(sent.body.value)).toContain('Bezig met versturen');

    const before = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    const delivered = harness.sent.slice(before);
    const toKarin = delivered.filter((a) => a.conversationId === KARIN.conversationId);
    expect(toKarin).toHaveLength(1);
    expect(readable(toKarin)).toContain('IB-netwerk: werken met het groeidocument');
    expect(cardsOf(toKarin)[0]).toMatchObject({ type: 'AdaptiveCard', version: '1.5', refresh: { userIds: [`29:${KARIN.aadObjectId}`] } });
    const report = JSON.stringify((await harness.execute('delivery.report', { meetingId })).body.value);
    expect(report).toContain('Klaar met versturen');
    expect(report).toContain('nog geen chat met de bot');
    expect(delivered.some((a) => a.conversationId === DAAN.conversationId)).toBe(false);

    await harness.execute('meeting.send', { meetingId });
    const again = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    expect(harness.sent.length).toBe(again);
  });

  it('warns the coördinator when a session falls on a weekend day or in the school holidays', async () => {
    const { body } = await harness.execute('meeting.preview', { ...form, s0Date: '2027-04-27' });
    expect(JSON.stringify(body.value)).toContain('valt in de meivakantie');
    const weekend = await harness.execute('meeting.preview', { ...form, s0Date: '2027-01-16' });
    expect(JSON.stringify(weekend.body.value)).toContain('valt in het weekend');
    const fine = await harness.execute('meeting.preview', form);
    expect(JSON.stringify(fine.body.value)).not.toContain('Let op:');
  });

  it('asks the meeting’s question with the RSVP and shows the answers in the overview', async () => {
    const preview = await harness.execute('meeting.preview', {
      ...form,
      title: 'PLG-sessie: knelpunten op niveau 3',
      s0Capacity: '10',
      q1Label: 'Welk knelpunt wil je inbrengen?',
      q1Required: 'true',
      q2Label: 'Dieetwensen',
      q2Choices: 'geen, vegetarisch, halal',
    });
    const meetingId = /"meetingId":"([^"]+)"/.exec(JSON.stringify(preview.body.value))?.[1] ?? '';
    await harness.execute('meeting.send', { meetingId });
    const card = (await harness.execute('meeting.refresh', { meetingId }, KARIN)).body.value;
    expect(JSON.stringify(card)).toContain('"id":"answer_q1"');
    expect(JSON.stringify(card)).toContain('"id":"answer_q2"');
    const sessionId = (await harness.running.deps.stores.meetings.get(meetingId))!.sessions[0]!.id;

    const refused = await harness.execute('rsvp.attend', { meetingId, sessionId }, KARIN);
    expect(JSON.stringify(refused.body.value)).toContain('Beantwoord eerst de vraag “Welk knelpunt wil je inbrengen?”');
    expect(await harness.running.deps.stores.rsvps.forMeeting(meetingId)).toEqual([]);

    const answer = 'Hoe organiseren we 3 × 20 minuten per week op niveau 3?';
    await harness.execute('rsvp.attend', { meetingId, sessionId, answer_q1: answer, answer_q2: 'vegetarisch' }, KARIN);
    const again = (await harness.execute('meeting.refresh', { meetingId }, KARIN)).body.value;
    expect(JSON.stringify(again)).toContain(answer);

    const overviewReplies = await harness.say('overzicht');
    const overview = readable(overviewReplies);
    expect(overview).toContain('Antwoorden op de vragen');
    expect(overview).toContain(answer);
    expect(overview).toMatch(/vegetarisch\n1/);

    // The export carries the answers in a column per question (Dutch Excel: ; and a BOM).
    const list = readable(await harness.say('export'));
    const n = /(\d+)\. PLG-sessie: knelpunten op niveau 3/.exec(list)?.[1];
    const link = /\((http[^)]+)\)/.exec(readable(await harness.say(`export ${n}`)))?.[1] ?? '';
    const bytes = Buffer.from(await (await fetch(`${harness.running.url}${new URL(link).pathname}${new URL(link).search}`)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('Welk knelpunt wil je inbrengen?;Dieetwensen');
    expect(csv).toContain(`${answer};vegetarisch`);

    // The organiser writes to everyone registered, from the overview card.
    const overviewCard = cardsOf(overviewReplies).find((c) => JSON.stringify(c).includes(meetingId));
    const send = button(overviewCard, 'meeting.message');
    const programme = 'Het programma: 15.30 inloop, 15.45 start in de aula.';
    const sent = await harness.execute(send.verb, { ...send.data, messageSessionId: 'all', messageText: programme });
    expect(JSON.stringify(sent.body.value)).toContain('klaargezet voor 1 deelnemer.');
    const before = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    const toKarin = harness.sent.slice(before).filter((a) => a.conversationId === KARIN.conversationId);
    expect(readable(toKarin)).toContain(programme);
    expect(readable(toKarin)).toContain('Bericht van de organisator');
  });

  it('lets the organiser move a sent session: RSVPs stay, those registered are told, the calendar file follows', async () => {
    const preview = await harness.execute('meeting.preview', { ...form, title: 'Verhuizende bijeenkomst', s0Capacity: '5' });
    const meetingId = /"meetingId":"([^"]+)"/.exec(JSON.stringify(preview.body.value))?.[1] ?? '';
    await harness.execute('meeting.send', { meetingId });
    const sessionId = (await harness.running.deps.stores.meetings.get(meetingId))!.sessions[0]!.id;
    await harness.execute('rsvp.attend', { meetingId, sessionId }, KARIN);
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);

    const organiserCard = (await harness.execute('meeting.refresh', { meetingId })).body.value;
    const edit = button(organiserCard, 'meeting.edit');
    const editForm = (await harness.execute(edit.verb, edit.data)).body.value;
    expect(JSON.stringify(editForm)).toContain('Kantoor samenwerkingsverband, Houten');
    const changed = await harness.execute('meeting.preview', { ...form, title: 'Verhuizende bijeenkomst', s0Capacity: '5', meetingId, s0Location: 'IKC De Vlinderboom, Helmond', s0Start: '10:00', s0End: '12:00' });
    expect(JSON.stringify(changed.body.value)).toContain('De wijziging is opgeslagen. 1 deelnemer krijgt bericht');

    const after = await harness.running.deps.stores.meetings.get(meetingId);
    expect(after?.status).toBe('verstuurd');
    expect(after?.sessions[0]?.id).toBe(sessionId);
    expect((await harness.running.deps.stores.rsvps.forMeeting(meetingId)).map((r) => [r.personId, r.status])).toEqual([['person-9', 'booked']]);

    const before = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    const toKarin = readable(harness.sent.slice(before).filter((a) => a.conversationId === KARIN.conversationId));
    expect(toKarin).toContain('Gewijzigd: de sessie is nu op donderdag 21 januari 2027, 10:00–12:00, IKC De Vlinderboom, Helmond');

    const ics = await (await fetch(`${harness.running.url}/ics/${meetingId}/${sessionId}.ics`)).text();
    expect(ics).toContain('LOCATION:IKC De Vlinderboom\\, Helmond');
    expect(ics).toContain('DTSTART:20270121T090000Z');
    expect(ics).toMatch(/SEQUENCE:\d+/);
  });

  it('refuses the form to someone who is not a coördinator', async () => {
    const { body } = await harness.execute('meeting.preview', form, DAAN);
    expect(JSON.stringify(body.value)).toMatch(/organisator of een coördinator/);
  });
});
