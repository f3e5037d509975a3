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

/**
 * These tests are about booking at once ('direct'). The sample consultation takes applications
 * ('aanvraag', see selection.test.ts), so a direct-booking copy of it is made, and its north session
 * (3 seats) filled as the sample used to be: three booked, Marieke first on the waitlist.
 */
const DIRECT = 'meeting-consultatie-direct';
const directCopy = async (harness: Harness): Promise<void> => {
  const { stores } = harness.running.deps;
  const meeting = await stores.meetings.get(MEETING);
  if (!meeting) throw new Error(`sample meeting ${MEETING} missing`);
  const { version: _v, ...rest } = meeting;
  const saved = await stores.meetings.upsert({ ...rest, id: DIRECT, registrationMode: 'direct', expectedVersion: '' });
  if (!saved.ok) throw new Error(saved.error.code);
  for (const [n, name] of [[6, 'Annelies Postma'], [11, 'Collega 11'], [12, 'Collega 12'], [13, 'Marieke']] as const) {
    const { body } = await harness.execute('rsvp.attend', { meetingId: DIRECT, sessionId: 'cons-noord' }, user(n, name));
    if (body.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`setup click by person-${n} failed: ${JSON.stringify(body)}`);
  }
};

describe('RSVP on the invitation card (Universal Actions)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
    await directCopy(harness);
  });
  afterAll(async () => harness?.close());

  it('puts a newcomer to a full session on its waitlist and shows their place', async () => {
    const { status, body } = await harness.execute('rsvp.attend', { meetingId: DIRECT, sessionId: 'cons-noord' }, FATIMA);
    expect(status).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body)).toContain('wachtlijst (plek 2)');
  });

  it('treats a repeated click as the same answer: the place on the waitlist does not change', async () => {
    const { body } = await harness.execute('rsvp.attend', { meetingId: DIRECT, sessionId: 'cons-noord' }, FATIMA);
    expect(cardText(body)).toContain('wachtlijst (plek 2)');
    const rsvps = await harness.running.deps.stores.rsvps.forMeeting(DIRECT);
    expect(rsvps.filter((r) => r.personId === 'person-4')).toHaveLength(1);
  });

  it('books a free seat and says so on the card the user sees', async () => {
    const { body } = await harness.execute('rsvp.attend', { meetingId: DIRECT, sessionId: 'cons-zuid' }, RUUD);
    expect(cardText(body)).toMatch(/Je bent aangemeld voor/);
  });

  it('gives a freed seat to the first on the waitlist and queues a message to tell them', async () => {
    await harness.execute('rsvp.decline', { meetingId: DIRECT, sessionId: null }, ANNELIES);
    const rsvps = await harness.running.deps.stores.rsvps.forMeeting(DIRECT);
    const marieke = rsvps.find((r) => r.personId === 'person-13' && r.sessionId === 'cons-noord');
    expect(marieke?.status).toBe('booked');
    const outbox = await harness.running.deps.stores.outbox.forSubject(DIRECT);
    expect(outbox.some((i) => i.kind === 'promotion' && i.personId === 'person-13')).toBe(true);
    const { body } = await harness.execute('meeting.refresh', { meetingId: DIRECT }, FATIMA);
    expect(cardText(body)).toContain('wachtlijst (plek 1)');
  });

  it('handles the Action.Submit fallback the same way and replaces the clicked card', async () => {
    const replies = await harness.submit({ verb: 'rsvp.maybe', meetingId: DIRECT, sessionId: 'cons-midden' }, ANNELIES, 'card-42');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.updated).toBe('card-42');
    const rsvps = await harness.running.deps.stores.rsvps.forMeeting(DIRECT);
    expect(rsvps.find((r) => r.personId === 'person-6' && r.sessionId === 'cons-midden')?.status).toBe('maybe');
  });

  it('answers an unknown verb with a typed 400 error and a Dutch message', async () => {
    const { body } = await harness.execute('rsvp.teleport', { meetingId: DIRECT }, FATIMA);
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
