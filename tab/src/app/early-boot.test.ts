// @vitest-environment jsdom
/**
 * index.html's inline start (early-boot.ts): outside a frame, with a remembered local sign-in, the token
 * and the boot call begin before the entry has run (in one request when no fresh token is at hand), the
 * server's first screen is shown when it comes, and the entry takes that boot call over instead of making
 * its own. It sends exactly what the entry would (token, language, query), does nothing inside a frame or
 * without a sign-in, and a refused token (401) is asked again the ordinary way, with a new token.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const ME = { id: 'ib-a', name: 'Sanne de Wit', roles: ['ib'], schoolIds: ['s1'], isCoordinator: false, locale: 'nl', schoolYear: '2026-2027' };
const SCREEN = { html: '<section data-testid="level-3">Niveau 3</section>', styles: '<style data-make-styles-bucket="d">.a{}</style>' };
const HASH = '#/school/s1/niveaus';

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly auth: string | null;
  readonly language: string | null;
  readonly body?: unknown;
}

let sent: Sent[] = [];
/** Tokens the server knows; the boot call answers 401 for any other. */
let known = new Set<string>();
let issued = 0;
/** The token request's answer status (as the server's: 404 outside local mode). */
let tokenStatus = 200;

/** The boot call's answer, as the server gives it for a query (GET /boot, or inside the token's answer). */
const bootFor = (query: { niveaus?: string; render?: string }) => ({ me: ME, schools: [], niveaus: null, ...(query.render ? { firstScreen: SCREEN } : {}) });

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const fresh = async (hash = HASH) => {
  vi.resetModules();
  delete (window as { __samenEarlyBoot?: unknown }).__samenEarlyBoot;
  document.head.innerHTML = '<link rel="modulepreload" crossorigin href="/assets/index-x.js" data-entry>';
  document.body.innerHTML = '<div id="root"></div>';
  window.location.hash = hash;
  return { early: await import('./early-boot'), boot: await import('./boot'), root: document.getElementById('root')! };
};

beforeEach(() => {
  sent = [];
  known = new Set();
  issued = 0;
  tokenStatus = 200;
  localStorage.clear();
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { personId: string; boot?: { niveaus?: string; render?: string } }) : undefined;
    sent.push({ url, method: init?.method ?? 'GET', auth: headers.get('Authorization'), language: headers.get('Accept-Language'), ...(body ? { body } : {}) });
    if (url.endsWith('/local/token')) {
      if (tokenStatus !== 200) return json(tokenStatus, { code: 'REQUEST.NOT_FOUND', message: 'Niet gevonden.' });
      const token = `token-${++issued}`;
      known.add(token);
      return json(200, { token, expiresAt: 'x', expiresInSeconds: 3600, ...(body?.boot ? { boot: bootFor(body.boot) } : {}) });
    }
    if (!known.has(headers.get('Authorization')?.replace('Bearer ', '') ?? '')) return json(401, { code: 'AUTH.UNAUTHENTICATED', message: 'Je bent niet ingelogd.' });
    if (url.startsWith('/api/tab/boot')) return json(200, bootFor(Object.fromEntries(new URL(url, 'http://x').searchParams)));
    return json(200, []);
  });
});
afterEach(() => { vi.unstubAllGlobals(); vi.restoreAllMocks(); });

const entryRuns = () => document.querySelectorAll('script[type="module"][src="/assets/index-x.js"]').length;

const signIn = (token: string | null = null) =>
  localStorage.setItem('samen.localSession', JSON.stringify({ personId: 'ib-a', token, renewAt: token ? Date.now() + 600_000 : null }));

describe('the inline start of index.html', () => {
  it('without a fresh token asks for the token and the boot call in one request, shows the screen inert, and the entry takes both over', async () => {
    signIn();
    const { early, boot, root } = await fresh();
    early.startEarlyBoot();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="level-3"]')).not.toBeNull());
    expect(root.inert).toBe(true);
    expect(sent).toEqual([
      { url: '/api/tab/local/token', method: 'POST', auth: null, language: 'en', body: { personId: 'ib-a', boot: { niveaus: 's1', render: 'default' } } },
    ]);
    // The token is remembered as any token is, and the app uses it for its next requests.
    expect(JSON.parse(localStorage.getItem('samen.localSession')!)).toMatchObject({ personId: 'ib-a', token: 'token-1' });
    const started = await boot.startBoot();
    expect(started.boot).toEqual({ status: 'ready', me: ME, localMode: true });
    // No second token or boot call: the entry used the inline start's.
    expect(sent.filter((r) => r.url.startsWith('/api/tab/boot') || r.url.endsWith('/local/token'))).toHaveLength(1);
  });

  it('with a fresh token sends only the boot call, with that token', async () => {
    signIn('kept');
    known.add('kept');
    const { early, boot, root } = await fresh();
    early.startEarlyBoot();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="level-3"]')).not.toBeNull());
    expect(sent).toEqual([{ url: '/api/tab/boot?niveaus=s1&render=default', method: 'GET', auth: 'Bearer kept', language: 'en' }]);
    expect((await boot.startBoot()).boot).toEqual({ status: 'ready', me: ME, localMode: true });
    expect(sent).toHaveLength(1);
  });

  it('does nothing inside a frame (Teams signs in through teams-js) or without a remembered local sign-in', async () => {
    const { early } = await fresh();
    early.startEarlyBoot();
    signIn();
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    early.startEarlyBoot();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([]);
    expect(early.earlyBoot()).toBeNull();
    // The app still starts, once, and signs in the ordinary way.
    expect(entryRuns()).toBe(1);
  });

  it('runs the entry once the server’s screen is in; for another page at once', async () => {
    signIn();
    const { early, root } = await fresh();
    early.startEarlyBoot();
    expect(entryRuns()).toBe(0);
    await vi.waitFor(() => expect(entryRuns()).toBe(1));
    expect(root.querySelector('[data-testid="level-3"]')).not.toBeNull();
    const other = await fresh('#/bijeenkomsten');
    other.early.startEarlyBoot();
    expect(entryRuns()).toBe(1);
    // With the token the first page brought, another page's boot call goes alone, and asks for no screen.
    await vi.waitFor(() => expect(sent.filter((r) => r.url === '/api/tab/boot')).toHaveLength(1));
  });

  it('when the token request is refused, shows no screen, still runs the entry, and the app signs in the ordinary way', async () => {
    signIn();
    tokenStatus = 404;
    const { early, boot, root } = await fresh();
    early.startEarlyBoot();
    await vi.waitFor(() => expect(entryRuns()).toBe(1));
    expect(root.hasChildNodes()).toBe(false);
    // Without local mode the server has no sign-in list either: the app says so instead of hanging.
    const started = await boot.startBoot();
    expect(started.boot.status).not.toBe('loading');
  });

  it('is taken over only for the hash, language and theme it was made for, and only once', async () => {
    signIn();
    const { early } = await fresh();
    early.startEarlyBoot();
    expect(early.takeEarlyBoot('#/bijeenkomsten', 'en', 'default')).toBeNull();
    expect(early.takeEarlyBoot(HASH, 'nl', 'default')).toBeNull();
    expect(early.takeEarlyBoot(HASH, 'en', 'dark')).toBeNull();
    expect(early.takeEarlyBoot(HASH, 'en', 'default')).not.toBeNull();
    expect(early.takeEarlyBoot(HASH, 'en', 'default')).toBeNull();
  });

  it('with a token the server no longer knows (401), the entry asks again the ordinary way, with a new token', async () => {
    signIn('stale');
    const { early, boot } = await fresh();
    early.startEarlyBoot();
    const started = await boot.startBoot();
    expect(started.boot).toMatchObject({ status: 'ready', me: ME });
    expect(sent.map((r) => `${r.method} ${r.url} ${r.auth}`)).toEqual([
      'GET /api/tab/boot?niveaus=s1&render=default Bearer stale',
      'GET /api/tab/boot?niveaus=s1&render=default Bearer stale',
      'POST /api/tab/local/token null',
      'GET /api/tab/boot?niveaus=s1&render=default Bearer token-1',
    ]);
  });
});
