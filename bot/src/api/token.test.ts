import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { signDevToken } from './dev-token.js';
import { bearerOf, tokenVerifier } from './token.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const local = loadConfig({ LOG_LEVEL: 'silent' });
const key = local.tabAuth.localKey!;
const verify = tokenVerifier(local.tabAuth);

describe('the tab token validator (local dev tokens)', () => {
  it('accepts a fresh dev token and names the person by oid', async () => {
    const { token } = signDevToken(key, { oid: 'aad-1', name: 'Sanne', now: NOW });
    expect(await verify(token, NOW)).toEqual({ ok: true, value: { oid: 'aad-1', tid: 'local' } });
  });

  it.each([
    ['expired an hour and a minute later', 61 * 60_000, 'expired'],
    ['not yet valid two minutes before it was issued', -2 * 60_000, 'claims'],
  ])('refuses a token %s', async (_name, shiftMs, problem) => {
    const { token } = signDevToken(key, { oid: 'aad-1', name: 'Sanne', now: NOW });
    expect(await verify(token, new Date(NOW.getTime() + shiftMs))).toMatchObject({ ok: false, problem });
  });

  it('refuses a dev token signed by another process (another key)', async () => {
    const other = loadConfig({ LOG_LEVEL: 'silent' }).tabAuth.localKey!;
    const { token } = signDevToken(other, { oid: 'aad-1', name: 'Sanne', now: NOW });
    expect(await verify(token, NOW)).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' }, problem: 'signature' });
  });

  it('refuses an unsigned token (alg none)', async () => {
    const [, payload] = signDevToken(key, { oid: 'aad-1', name: 'Sanne', now: NOW }).token.split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    expect((await verify(none, NOW)).ok).toBe(false);
  });

  it('lets nobody in when tenant mode has no client or tenant id configured', async () => {
    const bare = loadConfig({ BOT_ID: 'bot', TAB_CLIENT_ID: '', LOG_LEVEL: 'silent' });
    expect(bare.mode).toBe('tenant');
    const { token } = signDevToken(key, { oid: 'aad-1', name: 'Sanne', now: NOW });
    expect((await tokenVerifier(bare.tabAuth)(token, NOW)).ok).toBe(false);
  });
});

describe('tab SSO configuration', () => {
  it('expects Entra v1 and v2 issuers of the tenant and the app’s own audiences', () => {
    const { tabAuth } = loadConfig({ BOT_ID: 'client-1', BOT_TENANT_ID: 'tenant-1', PUBLIC_URL: 'https://samen.example.nl', LOG_LEVEL: 'silent' });
    expect(tabAuth).toMatchObject({
      tenantId: 'tenant-1',
      issuers: ['https://login.microsoftonline.com/tenant-1/v2.0', 'https://sts.windows.net/tenant-1/'],
      audiences: ['client-1', 'api://client-1', 'api://samen.example.nl/client-1'],
      localKey: null,
    });
  });

  it('gives every local process its own dev-token key', () => {
    expect(Buffer.from(loadConfig({}).tabAuth.localKey!).equals(Buffer.from(loadConfig({}).tabAuth.localKey!))).toBe(false);
  });
});

describe('bearerOf', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['Basic dXNlcjpwdw==', null],
    ['Bearer ', null],
    [undefined, null],
  ])('reads %j as %j', (header, expected) => {
    expect(bearerOf(header)).toBe(expected);
  });
});
