/**
 * "Plannen in een groot venster": the chat's meeting form and a meeting's overview carry an
 * Action.Submit with msteams task/fetch; Teams' `task/fetch` invoke is answered with the tab's
 * workspace page in a large dialog — for coördinatoren; staff get a Dutch message in the dialog. After
 * "Versturen" the page closes the dialog (task/submit) and the bot says in the chat that the meeting went out.
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

  /** Teams' task invokes: task/fetch when a task/fetch button is clicked (its data arrives as value.data), task/submit when the page in the dialog calls dialog.url.submit(result). */
  const taskInvoke = (name: 'task/fetch' | 'task/submit', data: unknown, user: User = PLAYGROUND_USER) =>
    harness.send({
      type: 'invoke',
      name,
      value: { data, context: { theme: 'default' } },
      id: `task-${Math.random()}`,
      locale: 'nl-NL',
      from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
      recipient: { id: '28:samen-verder', name: 'Samen Verder' },
      conversation: { id: user.conversationId, conversationType: 'personal', tenantId: 'local' },
    });

  const taskFetch = async (data: unknown, user: User = PLAYGROUND_USER) => {
    const res = await taskInvoke('task/fetch', data, user);
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

  const taskSubmit = (data: unknown, user: User = PLAYGROUND_USER) => taskInvoke('task/submit', data, user);

  const sentMeeting = async () => {
    const meetings = (await harness.running.deps.stores.meetings.list({ limit: 100 })).items;
    const meeting = meetings.find((m) => m.status === 'verstuurd');
    if (!meeting) throw new Error('the sample data has no sent meeting');
    return meeting;
  };

  it('lets the dialog close after "Versturen" (no task in the answer) and says in the chat that the meeting went out', async () => {
    const meeting = await sentMeeting();
    const res = await taskSubmit({ workspace: 'meeting-sent', meetingId: meeting.id });
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
    expect(res.replies.map((r) => r.text)).toEqual([expect.stringContaining(`“${meeting.title}” is verstuurd.`)]);
  });

  it('says nothing, and still lets the dialog close, for a concept, an unknown meeting, data that does not read, or staff', async () => {
    const meeting = await sentMeeting();
    const { version: _v, ...rest } = meeting;
    await harness.running.deps.stores.meetings.upsert({ ...rest, id: 'meeting-nog-concept', status: 'concept', expectedVersion: '' });
    for (const [data, user] of [
      [{ workspace: 'meeting-sent', meetingId: 'meeting-nog-concept' }, PLAYGROUND_USER],
      [{ workspace: 'meeting-sent', meetingId: 'bestaat-niet' }, PLAYGROUND_USER],
      [{ workspace: 'meeting-sent', meetingId: meeting.id, extra: 1 }, PLAYGROUND_USER],
      ['<script>', PLAYGROUND_USER],
      [{ workspace: 'meeting-sent', meetingId: meeting.id }, STAFF],
    ] as const) {
      const res = await taskSubmit(data, user);
      expect(res.status, JSON.stringify(data)).toBe(200);
      expect(res.body).toBeNull();
      expect(res.replies, JSON.stringify(data)).toEqual([]);
    }
  });
});
