/**
 * With a bot registration the Bot Connector signs every request; a card click without that signature
 * is refused before anything is read or written (direct-invoke.ts authenticates as botbuilder does).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startHarness } from '../support/bot-harness.js';

const harness = await startHarness({
  LOAD_SAMPLE_DATA: 'false',
  BOT_ID: '00000000-0000-0000-0000-00000000b07d',
  BOT_PASSWORD: 'not-used-in-this-test',
  BOT_TENANT_ID: '00000000-0000-0000-0000-0000000000aa',
});
afterAll(() => harness.close());

describe('a card click on a registered bot without the Bot Connector’s signature', () => {
  it('is answered 401 and registers nobody, as a chat message is', async () => {
    const { stores } = harness.running.deps;
    const click = await harness.execute('rsvp.attend', { meetingId: 'meeting-1', sessionId: 's1' });
    expect(click.status).toBe(401);
    expect(await stores.rsvps.forMeeting('meeting-1')).toEqual([]);
    expect((await stores.people.list()).items).toEqual([]);
    const message = await fetch(`${harness.running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'help', id: 'm-1', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', from: { id: '29:x', aadObjectId: 'x' }, conversation: { id: 'c-1' }, recipient: { id: '28:bot' } }),
    });
    expect(message.status).toBe(401);
  });
});
