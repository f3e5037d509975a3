import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bot-harness.js';

describe('chatting with the bot over the Bot Framework protocol (local mode)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it('answers "help" in Dutch with the commands', async () => {
    const replies = await harness.say('help');
    const text = replies.map((r) => r.text ?? '').join('\n');
    expect(text).toContain('mijn bijeenkomsten');
    expect(text).toContain('profiel');
  });

  it('shows coördinator commands to the playground user, who is a coördinator in local mode', async () => {
    const replies = await harness.say('Help');
    expect(replies.map((r) => r.text ?? '').join('\n')).toContain('nieuwe bijeenkomst');
  });

  it('answers unknown text helpfully instead of staying silent', async () => {
    const replies = await harness.say('wat is het weer morgen?');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/Typ \*\*help\*\*/);
  });

  it('keeps coördinator commands away from other staff', async () => {
    const replies = await harness.say('nieuwe bijeenkomst', {
      aadObjectId: '00000000-0000-4000-8000-000000000004',
      name: 'Fatima El Amrani',
      conversationId: 'personal-fatima',
    });
    expect(replies[0]?.text).toContain('alleen voor coördinatoren');
  });
});
