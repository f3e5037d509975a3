/**
 * "Plannen in een groot venster": the chat's meeting form and a meeting's overview carry an
 * Action.Submit with msteams task/fetch; Teams' `task/fetch` invoke is answered with the tab's
 * workspace page in a large dialog — for coördinatoren; staff get a Dutch message in the dialog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allActions, cardSchemaErrors } from '../../shared/src/cards/card-schema.test-helper.js';
import { PLAYGROUND_USER, startHarness, type Harness, type User } from '../support/bot-harness.js';
import { cardsOf } from '../support/card-text.js';

const STAFF: User = { aadObjectId: '00000000-0000-4000-8000-000000000004', name: 'Fatima El Amrani', conversationId: 'personal-fatima' };

describe('the workspace as a Teams dialog from chat', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  /** Teams' invoke when a task/fetch button is clicked: the button's data arrives as value.data. */
  const taskFetch = async (data: unknown, user: User = PLAYGROUND_USER) => {
    const res = await harness.send({
      type: 'invoke',
      name: 'task/fetch',
      value: { data, context: { theme: 'default' } },
      id: `task-${Math.random()}`,
      locale: 'nl-NL',
      from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
      recipient: { id: '28:samen-verder', name: 'Samen Verder' },
      conversation: { id: user.conversationId, conversationType: 'personal', tenantId: 'local' },
    });
    return { status: res.status, body: res.body as { task: { type: string; value: unknown } } };
  };

  const dialogButton = (card: Record<string, unknown>) =>
    allActions(card).find((a) => a.type === 'Action.Submit' && 'msteams' in a.data);

  it('puts the button on the "nieuwe bijeenkomst" form, and the card stays valid Adaptive Card 1.5', async () => {
    const [form] = cardsOf(await harness.say('nieuwe bijeenkomst'));
    expect(form).toBeDefined();
    expect(cardSchemaErrors(form)).toEqual([]);
    const button = dialogButton(form!);
    expect(button).toMatchObject({ title: 'Plannen in een groot venster', data: { msteams: { type: 'task/fetch' }, workspace: 'meeting' } });
    // The chat form itself is still there for a quick, small meeting.
    expect(JSON.stringify(form)).toContain('meeting.preview');
  });

  it('answers the task/fetch with the workspace page for a new meeting in a large dialog', async () => {
    const [form] = cardsOf(await harness.say('nieuwe bijeenkomst'));
    const button = dialogButton(form!);
    const { status, body } = await taskFetch(button?.type === 'Action.Submit' ? button.data : null);
    expect(status).toBe(200);
    const url = `${harness.running.deps.config.publicUrl}/#/werkplek/nieuw`;
    expect(body).toEqual({ task: { type: 'continue', value: { url, fallbackUrl: url, title: 'Bijeenkomst plannen', height: 'large', width: 'large' } } });
  });

  it('opens a meeting to edit from its overview card', async () => {
    const overview = cardsOf(await harness.say('overzicht'));
    expect(overview.length).toBeGreaterThan(0);
    const button = dialogButton(overview[0]!);
    expect(button).toMatchObject({ title: 'Bewerken in een groot venster' });
    expect(cardSchemaErrors(overview[0])).toEqual([]);
    const data = button?.type === 'Action.Submit' ? (button.data as Record<string, unknown>) : {};
    const { body } = await taskFetch(data);
    expect(body.task).toMatchObject({
      type: 'continue',
      value: { url: `${harness.running.deps.config.publicUrl}/#/werkplek/${encodeURIComponent(String(data['meetingId']))}`, title: 'Bijeenkomst bewerken' },
    });
  });

  it('tells staff in the dialog, in Dutch, that planning is for organisers', async () => {
    const { status, body } = await taskFetch({ msteams: { type: 'task/fetch' }, workspace: 'meeting' }, STAFF);
    expect(status).toBe(200);
    expect(body).toEqual({ task: { type: 'message', value: 'Alleen de organisator of een coördinator kan dit doen.' } });
  });

  it('answers data that does not read with a message, not a crash', async () => {
    const { status, body } = await taskFetch({ workspace: 'iets anders' });
    expect(status).toBe(200);
    expect(body).toEqual({ task: { type: 'message', value: 'De kaart stuurde onvolledige gegevens. Vraag een nieuwe kaart op.' } });
  });
});
