/**
 * Where the API's bearer token comes from. In Teams: the SSO token (`authentication.getAuthToken`);
 * when Entra first wants the user's consent that fails with a consent error, and the app shows a
 * consent prompt (ConsentPrompt) instead. In local mode: a short-lived dev token the server signs
 * for the sample person chosen on the sign-in screen, renewed shortly before it expires.
 */
import type { LocalTokenDto } from '@samen/shared';
import type { Host } from './teams';
import { loadTeams } from './teams';

const LOCAL_KEY = 'samen.localSession';
const RENEW_BEFORE_MS = 60_000;

/** Entra needs the user to consent (first use, or new permissions). */
export class ConsentRequiredError extends Error {}

const CONSENT_HINTS = ['resourcerequiresconsent', 'consent_required', 'interaction_required', 'invalid_grant', 'aadsts65001'];

export const needsConsent = (err: unknown): boolean => {
  const text = (err instanceof Error ? err.message : String(err)).toLowerCase();
  return CONSENT_HINTS.some((hint) => text.includes(hint));
};

interface LocalSession {
  readonly personId: string;
  readonly token: string | null;
  readonly expiresAt: string | null;
}

const readLocal = (): LocalSession | null => {
  try {
    const raw = localStorage.getItem(LOCAL_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<LocalSession>) : null;
    return typeof parsed?.personId === 'string' ? { personId: parsed.personId, token: parsed.token ?? null, expiresAt: parsed.expiresAt ?? null } : null;
  } catch {
    return null;
  }
};

/** Local mode: who was chosen on the sign-in screen, remembered in this browser. */
export const localUser = {
  get: (): string | null => readLocal()?.personId ?? null,
  set: (personId: string): void => localStorage.setItem(LOCAL_KEY, JSON.stringify({ personId, token: null, expiresAt: null })),
  clear: (): void => localStorage.removeItem(LOCAL_KEY),
};

const fresh = (s: LocalSession, now: number): s is LocalSession & { token: string } =>
  s.token !== null && s.expiresAt !== null && Date.parse(s.expiresAt) - RENEW_BEFORE_MS > now;

/** A dev token for the chosen person; asked from the server only when none is fresh. */
export const localToken = async (base: string): Promise<string | null> => {
  const session = readLocal();
  if (!session) return null;
  if (fresh(session, Date.now())) return session.token;
  const res = await fetch(`${base}/local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ personId: session.personId }),
  });
  if (!res.ok) return null;
  const { token, expiresAt } = (await res.json()) as LocalTokenDto;
  localStorage.setItem(LOCAL_KEY, JSON.stringify({ personId: session.personId, token, expiresAt }));
  return token;
};

/** Tenant mode: the Teams SSO token; a consent error becomes ConsentRequiredError. */
export const teamsToken = async (host: Host): Promise<string | null> => {
  if (!host.inTeams) return null;
  const { authentication } = await loadTeams();
  try {
    return await authentication.getAuthToken();
  } catch (err) {
    if (needsConsent(err)) throw new ConsentRequiredError(String(err));
    throw err;
  }
};

/** Opens the consent popup (auth-start.html); resolves when it closes successfully. */
export const askConsent = async (): Promise<void> => {
  const { authentication } = await loadTeams();
  await authentication.authenticate({ url: `${window.location.origin}/auth-start.html`, width: 600, height: 535 });
};
