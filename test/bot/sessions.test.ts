/**
 * #15 sessies, end to end through the bot: a session for some sectors refuses a click from another
 * sector with a Dutch explanation, the organiser's "uitzondering" lets that person in, and the
 * preview warns about a session in its region's school holidays or on a weekend day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type InvokeBody } from '../support/bot-harness.js';
import { readable } from '../support/card-text.js';
import { button } from '../support/card-actions.js';

const aad = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const RUUD = { aadObjectId: aad(7), name: 'Ruud van Dijk', conversationId: 'personal-ruud' }; // leerkracht, PO (Helmond)
const DAAN = { aadObjectId: aad(14), name: 'Daan Brouwer', conversationId: 'personal-daan' }; // leerkracht, VO (Utrecht)

const form = {
  title: 'Consultatie: overstap naar het voortgezet onderwijs',
  type: 'consultatie',
  description: 'Wat gaat goed bij de overstap, en wat kan beter?',
  sessionChoice: 'one',
  s0Name: 'Regio Midden — Utrecht, voortgezet onderwijs',
  s0Date: '2027-01-26',
  s0Start: '19:00',
  s0End: '21:00',
  s0Location: 'Meander College, Utrecht',
  s0Region: 'midden',
  s0Sectors: 'VO,VSO',
  s0Capacity: '10',
  s1Name: 'Regio Zuid — Helmond, basisonderwijs',
  s1Date: '2027-01-28',
  s1Start: '19:00',
  s1End: '21:00',
  s1Location: 'IKC De Vlinderboom, Helmond',
  s1Region: 'zuid',
  s1Sectors: 'PO,SBO',
  deadlineDate: '2027-01-15',
  deadlineTime: '23:59',
};

const textOf = (body: InvokeBody): string =>
  readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] }]);

describe('sessions for some sectors, and exceptions', () => {
  let harness: Harness;
  let meetingId = '';
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
    const preview = await harness.execute('meeting.preview', form);
    const send = button(preview.body.value, 'meeting.send');
    meetingId = String(send.data.meetingId);
    await harness.execute(send.verb, send.data);
  });
  afterAll(async () => harness?.close());

  it('shows the sessions by name in the chooser of the invitation', async () => {
    const { body } = await harness.execute('meeting.refresh', { meetingId }, RUUD);
    const json = JSON.stringify(body.value);
    expect(json).toMatch(/"title":"Regio Midden — Utrecht, voortgezet onderwijs: [^"]*, Meander College, Utrecht \(/);
    expect(json).toContain('Regio Zuid — Helmond, basisonderwijs');
  });

  it('refuses a PO teacher on the VO session, naming its sectors, and stores nothing', async () => {
    const { status, body } = await harness.execute('rsvp.attend', { meetingId, sessionId: findSession(0) }, RUUD);
    expect(status).toBe(200);
    expect(JSON.stringify(body.value)).toContain('Deze sessie is voor VO, VSO; je school hoort daar niet bij.');
    const rsvps = await harness.running.deps.stores.rsvps.forMeeting(meetingId);
    expect(rsvps.filter((r) => r.personId === 'person-7')).toEqual([]);
  });

  it('lets a VO teacher register for the VO session at once', async () => {
    const { body } = await harness.execute('rsvp.attend', { meetingId, sessionId: findSession(0) }, DAAN);
    expect(textOf(body)).toMatch(/Je bent aangemeld voor/);
  });

  it('keeps a staff member from making exceptions', async () => {
    const replies = await harness.say('uitzondering 1 ruud.vandijk@vlinderboom.example', DAAN);
    expect(readable(replies)).toContain('alleen voor coördinatoren');
  });

  it('after the organiser’s "uitzondering", the same click books a seat', async () => {
    const list = readable(await harness.say('uitzondering'));
    const line = list.split('\n').find((l) => l.includes(form.title));
    const n = /^(\d+)\./.exec(line ?? '')?.[1];
    expect(n).toBeDefined();
    const done = readable(await harness.say(`uitzondering ${n} Ruud.vanDijk@vlinderboom.example`));
    expect(done).toContain('Ruud van Dijk mag zich nu ook aanmelden');
    expect((await harness.running.deps.stores.meetings.get(meetingId))?.sectorExceptions).toEqual(['person-7']);
    expect(readable(await harness.say(`uitzondering ${n} ruud.vandijk@vlinderboom.example`))).toContain('had al een uitzondering');

    const { body } = await harness.execute('rsvp.attend', { meetingId, sessionId: findSession(0) }, RUUD);
    expect(textOf(body)).toMatch(/Je bent aangemeld voor/);
    const mine = (await harness.running.deps.stores.rsvps.forMeeting(meetingId)).filter((r) => r.personId === 'person-7');
    expect(mine.map((r) => r.status)).toEqual(['booked']);
  });

  it('answers an unknown e-mail address with a Dutch message', async () => {
    const list = readable(await harness.say('uitzondering'));
    const n = /^(\d+)\./.exec(list.split('\n').find((l) => l.includes(form.title)) ?? '')?.[1];
    expect(readable(await harness.say(`uitzondering ${n} niemand@nergens.example`))).toContain('Niemand heeft het e-mailadres niemand@nergens.example');
  });

  const findSession = (i: number): string => {
    const id = sessionIds[i];
    if (!id) throw new Error('session ids not read yet');
    return id;
  };
  const sessionIds: string[] = [];
  beforeAll(async () => {
    const meeting = await harness.running.deps.stores.meetings.get(meetingId);
    sessionIds.push(...(meeting?.sessions.map((s) => s.id) ?? []));
  });
});

describe('the preview warns about holidays and weekends per session and region', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
  });
  afterAll(async () => harness?.close());

  it('warns for a session in its own region’s holiday, by name, and not for the same day elsewhere', async () => {
    // 9 February 2027: zuid has voorjaarsvakantie (6–14 Feb), midden has not (13–21 Feb).
    const { body } = await harness.execute('meeting.preview', { ...form, s0Date: '2027-02-09', s1Date: '2027-02-09', s0Region: 'midden', s1Region: 'zuid', deadlineDate: '2027-02-01' });
    const text = textOf(body);
    expect(text).toContain('Let op: Regio Zuid — Helmond, basisonderwijs');
    expect(text).toContain('valt in de voorjaarsvakantie van regio Zuid');
    expect(text).not.toContain('Let op: Regio Midden');
  });

  it('warns for a weekend day, and says nothing for a school day', async () => {
    const weekend = await harness.execute('meeting.preview', { ...form, s1Date: '2027-01-30' });
    expect(textOf(weekend.body)).toContain('Let op: Regio Zuid — Helmond, basisonderwijs (');
    expect(textOf(weekend.body)).toContain('valt in het weekend');
    const fine = await harness.execute('meeting.preview', form);
    expect(textOf(fine.body)).not.toContain('Let op:');
  });

  it('warns again when a sent meeting is moved into the holidays', async () => {
    const preview = await harness.execute('meeting.preview', form);
    const send = button(preview.body.value, 'meeting.send');
    await harness.execute(send.verb, send.data);
    const moved = await harness.execute('meeting.preview', { ...form, meetingId: send.data.meetingId, s0Date: '2027-02-16' });
    expect(textOf(moved.body)).toContain('valt in de voorjaarsvakantie van regio Midden');
  });
});
