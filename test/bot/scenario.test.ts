/**
 * The whole meeting flow as Teams plays it over HTTP: install → welcome → profile; a coördinator
 * creates a two-session meeting with 2 seats each; five people RSVP from the cards they received;
 * a cancellation promotes the first on the waitlist, who is told; reminders go out once, also after a
 * restart; after the deadline the card says registration is closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { runDueReminders } from '../../bot/src/messaging/reminder-scheduler.js';
import { startHarness, type Harness, type SentActivity } from '../support/bot-harness.js';
import { button } from '../support/card-actions.js';
import { cardsOf, readable } from '../support/card-text.js';
import { cardSchemaErrors } from '../../shared/src/cards/card-schema.test-helper.js';
import { renderCard } from '../support/render-card.js';
import { leaksIn } from '../support/log-scan.js';
import { SAMPLE_PEOPLE } from '../../bot/src/sample/schools.js';

const staff = [1, 2, 3, 4, 5].map((n) => ({ aadObjectId: `aad-e2e-${n}`, name: `Collega ${n}`, conversationId: `personal-e2e-${n}` }));
const SCHOOLS = ['school-zonnewijzer', 'school-klimop', 'school-vlinderboom', 'school-horizon', 'school-kompas'];

const form = {
  title: 'IB-netwerk: het groeidocument in de praktijk',
  type: 'ib-oo',
  description: 'Twee keer dezelfde bijeenkomst; kies de dag die past.',
  sessionChoice: 'one',
  s0Date: '2026-12-15', s0Start: '09:00', s0End: '11:00', s0Location: 'Houten', s0Capacity: '2',
  s1Date: '2026-12-17', s1Start: '13:30', s1End: '15:30', s1Location: 'Helmond', s1Capacity: '2',
  audienceRoles: 'ib',
  deadlineDate: '2026-12-08', deadlineTime: '23:59',
  remindNonResponders: '4',
};

const to = (activities: readonly SentActivity[], who: { conversationId: string }) =>
  activities.filter((a) => a.conversationId === who.conversationId);

describe('meeting invitations end to end over the Teams protocol', () => {
  let harness: Harness;
  let meetingId = '';
  const invitationOf = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    // Every log line is kept (trace) to check at the end that none names anyone or repeats typed text.
    harness = await startHarness({ LOG_LEVEL: 'trace' }, new Date('2026-11-25T10:00:00+01:00'));
  });
  afterAll(async () => harness?.close());

  const drain = async () => {
    const before = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    return harness.sent.slice(before);
  };

  it('welcomes each person on install and stores the school and role they choose', async () => {
    for (const [i, who] of staff.entries()) {
      const { replies } = await harness.send({
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:samen-verder' }, { id: `29:${who.aadObjectId}`, aadObjectId: who.aadObjectId }],
        from: { id: `29:${who.aadObjectId}`, aadObjectId: who.aadObjectId, name: who.name },
        recipient: { id: '28:samen-verder' },
        conversation: { id: who.conversationId, conversationType: 'personal', tenantId: 'local' },
      });
      expect(readable(replies)).toContain('Welkom bij Samen Verder');
      // Teams also sends installationUpdate on install: no second welcome.
      const again = await harness.send({
        type: 'installationUpdate',
        action: 'add',
        from: { id: `29:${who.aadObjectId}`, aadObjectId: who.aadObjectId, name: who.name },
        recipient: { id: '28:samen-verder' },
        conversation: { id: who.conversationId, conversationType: 'personal', tenantId: 'local' },
      });
      expect(again.replies).toEqual([]);
      const welcome = cardsOf(replies)[0];
      const save = button(welcome, 'profile.save');
      const { body } = await harness.execute(save.verb, { ...save.data, schoolIds: SCHOOLS[i], roles: 'ib' }, who);
      expect(readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] }])).toContain('Je profiel is opgeslagen');
    }
  });

  it('lets the coördinator preview and send a two-session meeting, delivering one invitation to each ib’er', async () => {
    const preview = await harness.execute('meeting.preview', form);
    const send = button(preview.body.value, 'meeting.send');
    meetingId = String(send.data.meetingId);
    await harness.execute(send.verb, send.data);
    const delivered = await drain();
    for (const who of staff) {
      const mine = to(delivered, who);
      expect(mine, who.name).toHaveLength(1);
      invitationOf.set(who.conversationId, cardsOf(mine)[0] ?? {});
    }
    expect(readable(to(delivered, staff[0]!))).toContain('IB-netwerk: het groeidocument in de praktijk');
  });

  it('books two seats per session and puts the rest on the waitlist, in click order', async () => {
    const sessions = (await harness.running.deps.stores.meetings.get(meetingId))!.sessions;
    const choices = [sessions[0]!.id, sessions[0]!.id, sessions[0]!.id, sessions[0]!.id, sessions[1]!.id];
    const texts: string[] = [];
    for (const [i, who] of staff.entries()) {
      const attend = button(invitationOf.get(who.conversationId), 'rsvp.attend');
      const { body } = await harness.execute(attend.verb, { ...attend.data, sessionId: choices[i] }, who);
      texts.push(JSON.stringify(body.value));
    }
    expect(texts[0]).toContain('Je bent aangemeld voor');
    expect(texts[2]).toContain('wachtlijst (plek 1)');
    expect(texts[3]).toContain('wachtlijst (plek 2)');
    expect(texts[4]).toContain('Je bent aangemeld voor');
  });

  it('gives the freed seat to the first on the waitlist when someone cancels, and tells them', async () => {
    const card = (await harness.execute('meeting.refresh', { meetingId }, staff[0])).body.value;
    const decline = button(card, 'rsvp.decline');
    await harness.execute(decline.verb, decline.data, staff[0]);
    const delivered = await drain();
    const toThird = to(delivered, staff[2]!);
    expect(toThird).toHaveLength(1);
    expect(readable(toThird)).toContain('Er is een plek vrijgekomen');
    const fourth = (await harness.execute('meeting.refresh', { meetingId }, staff[3])).body.value;
    expect(JSON.stringify(fourth)).toContain('wachtlijst (plek 1)');
  });

  it('shows the coördinator counts per session, school and role, and the waitlist, in "overzicht"', async () => {
    const text = readable(await harness.say('overzicht'));
    expect(text).toContain(form.title);
    expect(text).toMatch(/2 van 2 aangemeld · 1 op de wachtlijst/);
    expect(text).toContain('Aangemeld per school');
    expect(text).toContain('Intern begeleider (ib’er)');
    expect(text).toContain('1. Collega 4');
  });

  it('reminds people who did not answer once, and not again after a restart', async () => {
    const stranger = { aadObjectId: '00000000-0000-4000-8000-000000000005', name: 'Joost Bakker', conversationId: 'personal-joost' };
    await harness.say('help', stranger); // sample ib'er who never answered; now reachable
    harness.setNow(new Date('2026-12-04T09:30:00+01:00')); // Friday, four days before the deadline
    await runDueReminders(harness.running.deps);
    const first = await drain();
    expect(to(first, stranger).filter((a) => readable([a]).includes(form.title))).toHaveLength(1);
    expect(readable(to(first, stranger))).toContain(`Je hebt nog niet gereageerd op de uitnodiging voor ${form.title}`);
    // Everyone of ours answered; (they may still be reminded of the sample's own IB/OO meeting).
    for (const who of staff) expect(readable(to(first, who))).not.toContain(form.title);

    await harness.restart();
    await runDueReminders(harness.running.deps);
    expect(to(await drain(), stranger)).toHaveLength(0);
  });

  it('holds a reminder asked for on a Saturday until Monday morning', async () => {
    const stranger = { aadObjectId: '00000000-0000-4000-8000-000000000005', name: 'Joost Bakker', conversationId: 'personal-joost' };
    harness.setNow(new Date('2026-12-05T11:00:00+01:00'));
    const list = readable(await harness.say('herinner'));
    const number = new RegExp(`(\\d+)\\. ${form.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(list)?.[1];
    expect(number).toBeDefined();
    expect(readable(await harness.say(`herinner ${number}`))).toContain('klaargezet');
    expect(to(await drain(), stranger)).toHaveLength(0);
    harness.setNow(new Date('2026-12-07T08:05:00+01:00'));
    expect(to(await drain(), stranger).filter((a) => readable([a]).includes(form.title))).toHaveLength(1);
  });

  it('says registration is closed after the deadline and books nobody', async () => {
    harness.setNow(new Date('2026-12-09T08:00:00+01:00'));
    const stranger = { aadObjectId: '00000000-0000-4000-8000-000000000005', name: 'Joost Bakker', conversationId: 'personal-joost' };
    const before = await harness.running.deps.stores.rsvps.forMeeting(meetingId);
    const sessions = (await harness.running.deps.stores.meetings.get(meetingId))!.sessions;
    const { body } = await harness.execute('rsvp.attend', { meetingId, sessionId: sessions[1]!.id }, stranger);
    expect(JSON.stringify(body.value)).toMatch(/Aanmelden is gesloten/);
    expect(await harness.running.deps.stores.rsvps.forMeeting(meetingId)).toEqual(before);
  });

  it('logged ids, codes and counts only: no name, e-mail address or typed text (#18.5)', () => {
    expect(harness.logs.length).toBeGreaterThan(10);
    const names = [...staff.map((s) => s.name), 'Joost Bakker', 'Alex Wilber', ...SAMPLE_PEOPLE.map((p) => p.name)];
    expect(leaksIn(harness.logs, [...names, form.title, form.description, 'Houten', 'Helmond'])).toEqual([]);
  });

  it('sent only cards that are valid Adaptive Cards 1.5 and render in the adaptivecards renderer with the Teams host config', async () => {
    expect(harness.cards.length).toBeGreaterThan(20);
    for (const card of harness.cards) {
      expect(cardSchemaErrors(card)).toEqual([]);
      for (const theme of ['light', 'dark'] as const) {
        const rendered = await renderCard(card, theme);
        expect(rendered.errors).toEqual([]);
        expect(rendered.text.length).toBeGreaterThan(0);
      }
    }
  });
});
