import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { cardsOf, readable } from '../support/card-text.js';

describe('chatting with the bot over the Bot Framework protocol (local mode)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it('answers "help" in Dutch with the commands', async () => {
    const replies = await harness.say('help');
    const text = readable(replies);
    expect(text).toContain('mijn bijeenkomsten');
    expect(text).toContain('profiel');
    expect(text).toContain('je school en rol bekijken of wijzigen');
  });

  it('shows coördinator commands to the playground user, who is a coördinator in local mode', async () => {
    const replies = await harness.say('Help');
    expect(readable(replies)).toContain('nieuwe bijeenkomst');
    expect(readable(replies)).toContain('Voor coördinatoren');
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

  it('asks a newcomer for their school and roles before anything else, and still answers help', async () => {
    const newcomer = { aadObjectId: 'aad-new-1', name: 'Nieuwe Collega', conversationId: 'personal-new-1' };
    const first = await harness.say('mijn bijeenkomsten', newcomer);
    const cards = cardsOf(first);
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('profile.save');
    expect(readable(first)).toContain('OBS De Zonnewijzer');
    const help = await harness.say('help', newcomer);
    expect(readable(help)).toContain('mijn bijeenkomsten');
    expect(JSON.stringify(cardsOf(help).at(-1))).toContain('profile.save');
  });

  it('explains in Dutch that no Forms import is configured when a coördinator types "importeer" locally', async () => {
    const replies = await harness.say('importeer');
    expect(replies).toHaveLength(1);
    expect(readable(replies)).toMatch(/Forms/);
  });
});
