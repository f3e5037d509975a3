/**
 * 'aanvraag' mode in chat: applying on the card, the organiser's "selectie" command and card, the
 * confirm button, the notice when applications close, and the outcome cards as the sender renders them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '@samen/shared';
import { PLAYGROUND_USER, startHarness, type Harness, type InvokeBody } from '../support/bot-harness.js';
import { cardsOf, readable } from '../support/card-text.js';
import { renderOutboxItem } from '../../bot/src/messaging/render-outbox.js';
import { queueSelectionNotices } from '../../bot/src/usecases/selection.js';
import { cardSchemaErrors } from '../../shared/src/cards/card-schema.test-helper.js';

const MEETING = 'meeting-informatie-aanvraag';
const aad = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const user = (n: number, name: string) => ({ aadObjectId: aad(n), name, conversationId: `personal-${n}` });
const FATIMA = user(4, 'Fatima El Amrani');
const RUUD = user(7, 'Ruud van Dijk');
const NOW = new Date('2026-11-25T10:00:00+01:00');
const CLOSED = new Date('2026-12-02T10:00:00+01:00');

const cardText = (body: InvokeBody): string => readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] }]);

describe('aanvraag mode in chat', () => {
  let harness: Harness;
  let organiserId = '';
  beforeAll(async () => {
    harness = await startHarness({}, NOW);
    await harness.say('help', PLAYGROUND_USER);
    const organiser = await harness.running.deps.stores.people.getByAadObjectId(PLAYGROUND_USER.aadObjectId);
    organiserId = organiser!.id;
    const meeting: Omit<Meeting, 'version'> = {
      id: MEETING,
      title: 'Informatiebijeenkomst thuiszitters',
      type: 'informatie',
      description: 'Een avond met ouders, leerlingen en begeleiders.',
      sessions: [
        {
          id: 'info-1',
          startsAt: '2027-01-14T19:00:00+01:00',
          endsAt: '2027-01-14T21:00:00+01:00',
          location: 'Het Baken, Amersfoort',
          onlineUrl: null,
          region: 'midden',
          sectors: [],
          capacity: 1,
        },
      ],
      sessionChoice: 'one',
      audience: { roles: [], sectors: [], schoolIds: [] },
      registrationDeadline: '2026-12-01T23:59:00+01:00',
      organiserId,
      reminderPlan: { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] },
      registrationMode: 'aanvraag',
      status: 'verstuurd',
      createdAt: '2026-11-01T09:00:00+01:00',
    };
    await harness.running.deps.stores.meetings.upsert({ ...meeting, expectedVersion: '' });
  });
  afterAll(async () => harness?.close());

  it('an "Aanmelden" click is an application: the card says so and when you hear', async () => {
    const { body } = await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 'info-1' }, FATIMA);
    expect(cardText(body)).toContain('Je aanvraag voor donderdag 14 januari 2027, 19:00–21:00 is ontvangen. Je hoort uiterlijk donderdag 31 december 2026 of je kunt deelnemen.');
    await harness.execute('rsvp.attend', { meetingId: MEETING, sessionId: 'info-1' }, RUUD);
    const statuses = (await harness.running.deps.stores.rsvps.forMeeting(MEETING)).map((r) => r.status);
    expect(statuses).toEqual(['applied', 'applied']);
  });

  it('no notice to the organiser while applications are open; one, once, after the deadline', async () => {
    const deps = harness.running.deps;
    expect(await queueSelectionNotices(deps)).toBe(0);
    harness.setNow(CLOSED);
    expect(await queueSelectionNotices(deps)).toBe(1);
    expect(await queueSelectionNotices(deps)).toBe(0);
    const notice = (await deps.stores.outbox.forSubject(MEETING)).find((i) => i.kind === 'selection');
    expect(notice?.personId).toBe(organiserId);
    const reply = await renderOutboxItem(deps, notice!);
    const text = readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: reply?.type === 'card' ? reply.card : null }] }]);
    expect(text).toContain('Aanvragen voor Informatiebijeenkomst thuiszitters is gesloten. Er ligt een selectievoorstel voor je klaar.');
  });

  it('"selectie" lists the meetings, "selectie 1" shows the proposal with names', async () => {
    expect(readable(await harness.say('selectie', PLAYGROUND_USER))).toContain('1. Informatiebijeenkomst thuiszitters');
    const replies = await harness.say('selectie 1', PLAYGROUND_USER);
    const [card] = cardsOf(replies);
    expect(cardSchemaErrors(card)).toEqual([]);
    const text = readable(replies);
    expect(text).toContain('Selectie voor Informatiebijeenkomst thuiszitters');
    expect(text).toContain('Er zijn 2 aanvragen binnen.');
    expect(text).toContain('Fatima El Amrani');
    expect(text).toContain('Ruud van Dijk');
  });

  it('refuses a staff member the command', async () => {
    const texts = readable(await harness.say('selectie 1', FATIMA));
    expect(texts).not.toContain('Selectie voor');
  });

  it('the confirm button writes the choice and queues the outcomes; the sender renders them', async () => {
    const deps = harness.running.deps;
    const [fatima, ruud] = await Promise.all([deps.stores.people.getByAadObjectId(FATIMA.aadObjectId), deps.stores.people.getByAadObjectId(RUUD.aadObjectId)]);
    const { body } = await harness.execute('selection.confirm', { meetingId: MEETING, sel_0: ruud!.id, res_0: '' }, PLAYGROUND_USER);
    expect(cardText(body)).toContain('Selectie bevestigd. 2 berichten met de uitkomst staan klaar en gaan op de geplande dag weg.');
    const items = (await deps.stores.outbox.forSubject(MEETING)).filter((i) => i.kind === 'outcome');
    expect(items.map((i) => i.notBefore)).toEqual(['2026-12-31T08:00:00.000Z', '2026-12-31T08:00:00.000Z']);

    const rendered = async (personId: string) => {
      const item = items.find((i) => i.personId === personId)!;
      const reply = await renderOutboxItem(deps, item);
      return readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: reply?.type === 'card' ? reply.card : null }] }]);
    };
    expect(await rendered(ruud!.id)).toContain('Goed nieuws: er is een plaats voor je bij Informatiebijeenkomst thuiszitters');
    expect(await rendered(fatima!.id)).toContain('Helaas, deze keer geen plaats');

    // Whoever withdraws before the outcome day is sent nothing.
    await harness.execute('rsvp.decline', { meetingId: MEETING, sessionId: null }, RUUD);
    expect(await renderOutboxItem(deps, items.find((i) => i.personId === ruud!.id)!)).toBeNull();

    const again = await harness.execute('selection.confirm', { meetingId: MEETING, sel_0: fatima!.id }, PLAYGROUND_USER);
    expect(cardText(again.body)).toContain('Deze selectie was al bevestigd; er is niets opnieuw verstuurd.');
    expect((await deps.stores.outbox.forSubject(MEETING)).filter((i) => i.kind === 'outcome')).toHaveLength(2);
  });

  it('refuses card data that is not a list of ids', async () => {
    const { body } = await harness.execute('selection.confirm', { meetingId: MEETING, sel_0: 42 }, PLAYGROUND_USER);
    expect(body.statusCode).toBe(400);
  });
});
