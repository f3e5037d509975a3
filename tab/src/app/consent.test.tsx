// @vitest-environment jsdom
/**
 * Inside Teams, the first SSO token request can fail because Entra wants the user's consent: the
 * tab then shows a Dutch consent prompt, and after the consent popup it signs in after all.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sso = vi.hoisted(() => ({ consented: false, asked: 0 }));

vi.mock('../teams', () => ({
  detectHost: async () => ({ inTeams: true, locale: 'nl-NL', theme: 'default' }),
  inFrame: () => true,
  onThemeChange: () => undefined,
  loadTeams: async () => ({}),
}));

vi.mock('../auth', async (original) => {
  const real = await original<typeof import('../auth')>();
  return {
    ...real,
    teamsToken: async () => {
      if (!sso.consented) throw new real.ConsentRequiredError('resourceRequiresConsent');
      return 'sso-token';
    },
    askConsent: async () => {
      sso.asked += 1;
      sso.consented = true;
    },
  };
});

const ME = { id: 'ib-a', name: 'Sanne de Wit', roles: ['ib'], schoolIds: [], isCoordinator: false, locale: 'nl', schoolYear: '2026-2027' };

beforeEach(() => {
  sso.consented = false;
  sso.asked = 0;
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const auth = new Headers(init?.headers).get('Authorization');
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (url.endsWith('/local/users')) return json(404, { code: 'REQUEST.NOT_FOUND', message: 'x' });
    if (auth !== 'Bearer sso-token') return json(401, { code: 'AUTH.UNAUTHENTICATED', message: 'x' });
    if (url.endsWith('/boot')) return json(200, { me: ME, schools: [], niveaus: null });
    return json(200, []);
  });
});
afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

describe('consent for the Teams SSO token', () => {
  it('asks for consent in Dutch, opens the consent popup on the button, then signs in', async () => {
    const { App } = await import('./App');
    render(<App first={null} />);
    const button = await screen.findByRole('button', { name: 'Toestemming geven' });
    expect(screen.getByRole('heading', { name: 'Geef Samen Verder toestemming' })).toBeTruthy();
    fireEvent.click(button);
    expect((await screen.findByTestId('signed-in-as')).textContent).toBe('Sanne de Wit');
    expect(sso.asked).toBe(1);
  });
});
