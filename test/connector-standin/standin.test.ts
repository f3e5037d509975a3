import { afterEach, describe, expect, it } from 'vitest';
import { startStandin, type Standin, type StandinOptions } from './standin.js';

const base: StandinOptions = { perConversation: [{ limit: 7, ms: 1_000 }, { limit: 8, ms: 2_000 }], perApp: [{ limit: 20, ms: 1_000 }] };

describe('the Bot Connector stand-in', () => {
  let standin: Standin;
  afterEach(async () => standin?.close());

  const post = (path: string, body: unknown) =>
    fetch(new URL(path, standin.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const say = (conversationId: string) => post(`v3/conversations/${encodeURIComponent(conversationId)}/activities`, { type: 'message', text: 'hoi' });

  it('takes 7 messages to one chat in a second and answers the 8th with 429 and Retry-After', async () => {
    standin = await startStandin(base);
    const statuses = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await say('a:user-1')).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201, 429]);
    const res = await say('a:user-1');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(standin.stats().perRecipient).toEqual({ 'user-1': 7 });
  });

  it('holds the whole app to its per-second limit across chats', async () => {
    standin = await startStandin(base);
    const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => say(`a:user-${i}`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(standin.stats().throttled).toBe(10);
  });

  it('refuses people who blocked the bot (403) and creating a chat where the app is not installed', async () => {
    standin = await startStandin({ ...base, blocked: ['user-b'], notInstalled: ['user-n'] });
    expect((await say('a:user-b')).status).toBe(403);
    const refused = await post('v3/conversations', { members: [{ id: 'user-n' }], tenantId: 't' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'BotNotInConversationRoster' } });
    const created = await post('v3/conversations', { members: [{ id: 'user-c' }], tenantId: 't' });
    expect(await created.json()).toEqual({ id: 'a:user-c' });
    standin.world.install('user-n');
    expect((await post('v3/conversations', { members: [{ id: 'user-n' }], tenantId: 't' })).status).toBe(201);
  });

  it("shows what it delivered the way Graph shows a chat: the card as a JSON string, no channelData", async () => {
    standin = await startStandin(base);
    const card = { type: 'AdaptiveCard', version: '1.5', body: [] };
    await post('v3/conversations/a%3Auser-1/activities', { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }], channelData: { x: 1 } });
    const chat = '19:user-1_bot-app-id@unq.gbl.spaces';
    const res = await fetch(new URL(`v1.0/chats/${encodeURIComponent(chat)}/messages?$top=50`, standin.url), { headers: { authorization: 'Bearer t' } });
    const { value } = (await res.json()) as { value: Record<string, unknown>[] };
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({ chatId: chat, from: { application: { applicationIdentityType: 'bot' } }, attachments: [{ content: JSON.stringify(card) }] });
    expect(value[0]).not.toHaveProperty('channelData');
    expect((await fetch(new URL(`v1.0/chats/${encodeURIComponent(chat)}/messages`, standin.url))).status).toBe(401);
  });

  it('counts creating a chat against the app limit and answers 429 when that pushes the app over', async () => {
    standin = await startStandin(base);
    const create = (n: number) => post('v3/conversations', { members: [{ id: `new-${n}` }], tenantId: 't' }).then((r) => r.status);
    const messages = await Promise.all(Array.from({ length: 15 }, (_, i) => say(`a:user-${i}`).then((r) => r.status)));
    const creates = await Promise.all(Array.from({ length: 6 }, (_, i) => create(i)));
    expect(messages.every((s) => s === 201)).toBe(true);
    expect(creates.filter((s) => s === 201)).toHaveLength(5);
    expect(creates.filter((s) => s === 429)).toHaveLength(1);
    const over = await post('v3/conversations', { members: [{ id: 'new-9' }], tenantId: 't' });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await say('a:user-99')).status).toBe(429);
    expect(standin.stats()).toMatchObject({ created: 5, throttled: 3 });
  });

  it('injects server errors and hanging requests at the configured rates', async () => {
    standin = await startStandin({ ...base, perApp: [{ limit: 1_000, ms: 1_000 }], serverErrorRate: 0.2, timeoutRate: 0.1, hangMs: 50 });
    await Promise.all(Array.from({ length: 400 }, (_, i) => say(`a:user-${i}`).catch(() => null)));
    const s = standin.stats();
    expect(s.serverErrors).toBeGreaterThan(40);
    expect(s.timeouts).toBeGreaterThan(15);
    expect(s.accepted).toBeLessThan(400);
  });

  it('delivers a batch to a list of users and reports its state and failed entries', async () => {
    standin = await startStandin({ ...base, blocked: ['user-2'], batchRps: 1_000 });
    const created = await post('v3/batch/conversation/users/', { members: [{ id: 'user-1' }, { id: 'user-2' }, { id: 'user-3' }], activity: { type: 'message' }, tenantId: 't' });
    const { operationId } = (await created.json()) as { operationId: string };
    let state: { state: string; statusMap: Record<string, number> } = { state: '', statusMap: {} };
    for (let i = 0; i < 100 && state.state !== 'Completed'; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      state = (await (await fetch(new URL(`v3/batch/conversation/${operationId}`, standin.url))).json()) as typeof state;
    }
    expect(state).toMatchObject({ state: 'Completed', statusMap: { '201': 2, '403': 1 } });
    const failed = (await (await fetch(new URL(`v3/batch/conversation/failedentries/${operationId}`, standin.url))).json()) as { failedEntries: { id: string }[] };
    expect(failed.failedEntries.map((f) => f.id)).toEqual(['user-2']);
    expect(standin.stats().perRecipient).toEqual({ 'user-1': 1, 'user-3': 1 });
  });
});
