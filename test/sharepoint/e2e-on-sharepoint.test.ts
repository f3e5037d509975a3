/**
 * Guards the second end-to-end run (the vitest project `sharepoint` in vitest.config.ts): the bot harness and the tab API
 * fixture really use the store SAMEN_E2E_STORE names, so a green run on SharePoint means something.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SharePointStores } from '../../bot/src/store/sharepoint/index.js';
import { makeFixture } from '../api/fixture.js';
import { startHarness, type Harness } from '../support/bot-harness.js';
import { e2eStoreName } from './e2e-store.js';

const onSharePoint = e2eStoreName() === 'sharepoint';

describe(`the end-to-end tests' store (${e2eStoreName()})`, () => {
  let harness: Harness | null = null;
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });

  it('runs the bot on the store SAMEN_E2E_STORE names, and keeps its data across a restart', async () => {
    harness = await startHarness();
    expect(harness.running.deps.config.store).toBe(e2eStoreName());
    expect(harness.running.deps.stores instanceof SharePointStores).toBe(onSharePoint);
    await harness.say('hallo');
    const before = await harness.running.deps.stores.conversations.get('personal-alex');
    expect(before).not.toBeNull();
    await harness.restart();
    expect(await harness.running.deps.stores.conversations.get('personal-alex')).toEqual(before);
  });

  it('gives the tab API the store SAMEN_E2E_STORE names', async () => {
    const fixture = await makeFixture();
    try {
      expect(fixture.deps.stores instanceof SharePointStores).toBe(onSharePoint);
      expect(await fixture.deps.stores.schools.get('school-a')).toMatchObject({ name: 'OBS De Linde' });
    } finally {
      await fixture.close();
    }
  });
});
