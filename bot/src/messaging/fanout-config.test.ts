import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';

describe('fan-out configuration', () => {
  it("defaults to Teams' published limits and the in-process outbox", () => {
    const { fanout } = loadConfig({});
    expect(fanout.perConversation).toEqual([
      { limit: 7, ms: 1_000 },
      { limit: 8, ms: 2_000 },
      { limit: 60, ms: 30_000 },
      { limit: 1_800, ms: 3_600_000 },
    ]);
    expect(fanout.perApp).toEqual([{ limit: 50, ms: 1_000 }]);
    expect(fanout.outbox).toBe('sqlite');
    expect(fanout.probeUrl).toBeNull();
  });

  it('takes scaled limits for tests and benchmarks', () => {
    const { fanout } = loadConfig({ FANOUT_APP_RPS: '400', FANOUT_CONVERSATION_LIMITS: '7/1000' });
    expect(fanout.perApp).toEqual([{ limit: 400, ms: 1_000 }]);
    expect(fanout.perConversation).toEqual([{ limit: 7, ms: 1_000 }]);
  });

  it.each([
    [{ FANOUT_CONVERSATION_LIMITS: '7 per second' }, /Ongeldige limiet/],
    [{ FANOUT_APP_RPS: '0' }, /FANOUT_APP_RPS/],
    [{ OUTBOX: 'azure' }, /AZURE_STORAGE_CONNECTION_STRING/],
  ])('refuses %j with a readable message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
