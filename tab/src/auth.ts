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
  /** This browser's clock (ms) after which the token is renewed. */
  readonly renewAt: number | null;
}

const readLocal = (): LocalSession | null => {
  try {
    const raw = localStorage.getItem(LOCAL_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<LocalSession>) : null;
    return typeof parsed?.personId === 'string' ? { personId: parsed.personId, token: parsed.token ?? null, renewAt: parsed.renewAt ?? null } : null;
  } catch {
    return null;
  }
};

/** Local mode: who was chosen on the sign-in screen, remembered in this browser. */
export const localUser = {
  get: (): string | null => readLocal()?.personId ?? null,
  set: (personId: string): void => localStorage.setItem(LOCAL_KEY, JSON.stringify({ personId, token: null, renewAt: null })),
  clear: (): void => localStorage.removeItem(LOCAL_KEY),
};

const fresh = (s: LocalSession, now: number): s is LocalSession & { token: string } =>
  s.token !== null && s.renewAt !== null && s.renewAt > now;

let pending: Promise<string | null> | null = null;

const fetchLocalToken = async (base: string, personId: string): Promise<string | null> => {
  const res = await fetch(`${base}/local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (!res.ok) return null;
  const { token, expiresInSeconds } = (await res.json()) as LocalTokenDto;
  const renewAt = Date.now() + expiresInSeconds * 1000 - RENEW_BEFORE_MS;
  localStorage.setItem(LOCAL_KEY, JSON.stringify({ personId, token, renewAt }));
  return token;
};

/** A dev token for the chosen person; asked from the server only when none is fresh (once at a time). */
export const localToken = async (base: string): Promise<string | null> => {
  const session = readLocal();
  if (!session) return null;
  if (fresh(session, Date.now())) return session.token;
  pending ??= fetchLocalToken(base, session.personId).finally(() => { pending = null; });
  return pending;
};

/**
 * A token request begun elsewhere (index.html's inline start, app/early-boot.ts) counts as this module's
 * own while it runs: no second request for the same token.
 */
export const adoptLocalToken = (request: Promise<string | null>): void => {
  if (pending) return;
  const adopted = request.finally(() => { pending = null; });
  adopted.catch(() => undefined);
  pending = adopted;
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
