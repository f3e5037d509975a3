import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { LOCAL_TEAMS_APP_ID } from './fanout-config.js';

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
    expect(fanout).toMatchObject({ graph: null, reconcile: false, installApp: false });
  });

  it('checks unconfirmed sends against a loopback Graph stand-in without credentials', () => {
    const { fanout } = loadConfig({ FANOUT_PROBE_URL: 'http://127.0.0.1:4100/' });
    expect(fanout.reconcile).toBe(true);
    expect(fanout.graph).toEqual({ baseUrl: 'http://127.0.0.1:4100', teamsAppId: LOCAL_TEAMS_APP_ID, credentials: null });
  });

  it("uses the bot's app registration for Graph unless GRAPH_* names another", () => {
    const env = { FANOUT_PROBE_URL: 'https://graph.microsoft.com', FANOUT_TEAMS_APP_ID: 'catalog-app', BOT_ID: 'bot-app', BOT_PASSWORD: 's', BOT_TENANT_ID: 't' };
    expect(loadConfig(env).fanout.graph).toEqual({
      baseUrl: 'https://graph.microsoft.com',
      teamsAppId: 'catalog-app',
      credentials: { tenantId: 't', clientId: 'bot-app', clientSecret: 's' },
    });
    expect(loadConfig({ ...env, GRAPH_CLIENT_ID: 'sso-app', GRAPH_CLIENT_SECRET: 'x' }).fanout.graph?.credentials).toEqual({ tenantId: 't', clientId: 'sso-app', clientSecret: 'x' });
  });

  it('installs the app only when asked, through the same Graph settings', () => {
    const env = { FANOUT_TEAMS_APP_ID: 'catalog-app', BOT_ID: 'bot-app', BOT_PASSWORD: 's', BOT_TENANT_ID: 't' };
    expect(loadConfig(env).fanout.installApp).toBe(false);
    const { fanout } = loadConfig({ ...env, FANOUT_INSTALL_APP: 'true' });
    expect(fanout).toMatchObject({ installApp: true, reconcile: false, graph: { baseUrl: 'https://graph.microsoft.com', teamsAppId: 'catalog-app' } });
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
    [{ FANOUT_PROBE_URL: 'https://graph.microsoft.com', BOT_ID: 'b', BOT_PASSWORD: 's', BOT_TENANT_ID: 't' }, /FANOUT_TEAMS_APP_ID/],
    [{ FANOUT_INSTALL_APP: 'true', FANOUT_TEAMS_APP_ID: 'catalog-app' }, /GRAPH_CLIENT_SECRET/],
    [{ FANOUT_INSTALL_APP: 'yes' }, /FANOUT_INSTALL_APP/],
  ])('refuses %j with a readable message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
