import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type InvokeBody } from '../support/bot-harness.js';
import { readable } from '../support/card-text.js';

const MEETING = 'meeting-consultatie-basisondersteuning';
const aad = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const user = (n: number, name: string) => ({ aadObjectId: aad(n), name, conversationId: `personal-${n}` });
const FATIMA = user(4, 'Fatima El Amrani');
const ANNELIES = user(6, 'Annelies Postma');
const RUUD = user(7, 'Ruud van Dijk');

const cardText = (body: InvokeBody): string => readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] }]);

describe('RSVP on the invitation card (Universal Actions)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
  });
  afterAll(async () => harness?.close());

  it('puts a newcomer to a full session on its waitlist and shows their place', async () => {
    const { status, body } = await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 'cons-noord' }, FATIMA);
    expect(status).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body)).toContain('wachtlijst (plek 2)');
  });

  it('treats a repeated click as the same answer: the place on the waitlist does not change', async () => {
    const { body } = await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 'cons-noord' }, FATIMA);
    expect(cardText(body)).toContain('wachtlijst (plek 2)');
    const rsvps = await harness.running.deps.stores.rsvps.forMeeting(MEETING);
    expect(rsvps.filter((r) => r.personId === 'person-4')).toHaveLength(1);
  });

  it('books a free seat and says so on the card the user sees', async () => {
    const { body } = await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 'cons-zuid' }, RUUD);
    expect(cardText(body)).toMatch(/Je bent aangemeld voor/);
  });

  it('gives a freed seat to the first on the waitlist and queues a message to tell them', async () => {
    await harness.execute('rsvp.decline', { meetingId: MEETING, sessionId: null }, ANNELIES);
    const rsvps = await harness.running.deps.stores.rsvps.forMeeting(MEETING);
    const marieke = rsvps.find((r) => r.personId === 'person-13' && r.sessionId === 'cons-noord');
    expect(marieke?.status).toBe('booked');
    const outbox = await harness.running.deps.stores.outbox.forSubject(MEETING);
    expect(outbox.some((i) => i.kind === 'promotion' && i.personId === 'person-13')).toBe(true);
    const { body } = await harness.execute('meeting.refresh', { meetingId: MEETING }, FATIMA);
    expect(cardText(body)).toContain('wachtlijst (plek 1)');
  });

  it('handles the Action.Submit fallback the same way and replaces the clicked card', async () => {
    const replies = await harness.submit({ verb: 'rsvp.maybe', meetingId: MEETING, sessionId: 'cons-midden' }, ANNELIES, 'card-42');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.updated).toBe('card-42');
    const rsvps = await harness.running.deps.stores.rsvps.forMeeting(MEETING);
    expect(rsvps.find((r) => r.personId === 'person-6' && r.sessionId === 'cons-midden')?.status).toBe('maybe');
  });

  it('answers an unknown verb with a typed 400 error and a Dutch message', async () => {
    const { body } = await harness.execute('rsvp.teleport', { meetingId: MEETING }, FATIMA);
    expect(body.statusCode).toBe(400);
    expect(body.value).toMatchObject({ code: 'CARD.UNKNOWN_VERB' });
    expect(String(body.value.message)).toMatch(/knop/);
  });

  it('answers card data that does not fit the verb with a 400, not a crash', async () => {
    const { status, body } = await harness.execute('rsvp.attend', { meetingId: 42, extra: 'x' }, FATIMA);
    expect(status).toBe(400);
    expect(body.statusCode).toBe(400);
    expect(body.value).toMatchObject({ code: 'CARD.INVALID_DATA' });
  });
});

describe('RSVP after the registration deadline', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2027-02-05T10:00:00+01:00'));
  });
  afterAll(async () => harness?.close());

  it('refuses to book and tells the user registration is closed, without changing anything', async () => {
    const before = await harness.running.deps.stores.rsvps.forMeeting(MEETING);
    const { body } = await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 'cons-zuid' }, RUUD);
    expect(cardText(body)).toMatch(/Aanmelden is gesloten/);
    expect(await harness.running.deps.stores.rsvps.forMeeting(MEETING)).toEqual(before);
  });
});
