// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localToken, localUser, needsConsent } from './auth';

describe('needsConsent', () => {
  it.each([
    ['resourceRequiresConsent', true],
    ['AADSTS65001: The user or administrator has not consented', true],
    ['FailedToOpenWindow', false],
    ['CancelledByUser', false],
  ])('treats the Teams SSO error %j as consent needed: %s', (message, expected) => {
    expect(needsConsent(new Error(message))).toBe(expected);
  });
});

describe('localToken (local mode dev token)', () => {
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    localStorage.clear();
    vi.stubGlobal('fetch', async () => {
      calls += 1;
      return new Response(JSON.stringify({ token: `token-${calls}`, expiresAt: 'ignored', expiresInSeconds: 3600 }), { status: 200 });
    });
  });
  afterEach(() => { vi.unstubAllGlobals(); vi.useRealTimers(); });

  it('has no token before anyone signed in', async () => {
    expect(await localToken('/api/tab')).toBeNull();
    expect(calls).toBe(0);
  });

  it('asks the server once for simultaneous requests and reuses the token while it is fresh', async () => {
    localUser.set('ib-a');
    const [a, b] = await Promise.all([localToken('/api/tab'), localToken('/api/tab')]);
    expect([a, b, await localToken('/api/tab')]).toEqual(['token-1', 'token-1', 'token-1']);
    expect(calls).toBe(1);
  });

  it('renews the token a minute before it runs out, by the browser’s own clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
    localUser.set('ib-a');
    await localToken('/api/tab');
    vi.setSystemTime(new Date('2026-11-25T10:58:30Z'));
    expect(await localToken('/api/tab')).toBe('token-1');
    vi.setSystemTime(new Date('2026-11-25T10:59:30Z'));
    expect(await localToken('/api/tab')).toBe('token-2');
  });

  it('forgets the token when someone else signs in', async () => {
    localUser.set('ib-a');
    await localToken('/api/tab');
    localUser.set('ib-b');
    expect(await localToken('/api/tab')).toBe('token-2');
  });
});
