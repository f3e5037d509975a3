/**
 * Where the API's bearer token comes from. In Teams: the SSO token (`authentication.getAuthToken`);
 * when Entra first wants the user's consent that fails with a consent error, and the app shows a
 * consent prompt (ConsentPrompt) instead. In local mode: a short-lived dev token the server signs
 * for the sample person chosen on the sign-in screen, renewed shortly before it expires.
 */
import type { BootDto, BootQuery, LocalTokenDto } from '@samen/shared';
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

/** The token request (with `boot`, also the boot call's answer); null when it is refused. */
const requestLocalToken = async (base: string, personId: string, boot?: BootQuery, headers: Record<string, string> = {}): Promise<LocalTokenDto | null> => {
  const res = await fetch(`${base}/local/token`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(boot ? { personId, boot } : { personId }),
  });
  if (!res.ok) return null;
  const answer = (await res.json()) as LocalTokenDto;
  const renewAt = Date.now() + answer.expiresInSeconds * 1000 - RENEW_BEFORE_MS;
  localStorage.setItem(LOCAL_KEY, JSON.stringify({ personId, token: answer.token, renewAt }));
  return answer;
};

const fetchLocalToken = async (base: string, personId: string): Promise<string | null> => (await requestLocalToken(base, personId))?.token ?? null;

/** A dev token for the chosen person; asked from the server only when none is fresh (once at a time). */
export const localToken = async (base: string): Promise<string | null> => {
  const session = readLocal();
  if (!session) return null;
  if (fresh(session, Date.now())) return session.token;
  pending ??= fetchLocalToken(base, session.personId).finally(() => { pending = null; });
  return pending;
};

/** A token request that also brings the boot call's answer (null: the request was refused, or answered without it). */
export interface LocalSignIn {
  readonly token: Promise<string | null>;
  readonly boot: Promise<BootDto | null>;
}

/**
 * The token and the boot call in one request (POST /local/token with `boot`), where the boot call would
 * otherwise wait for a token request: a remembered sign-in without a fresh token. Null when a fresh token
 * is at hand or already on its way (then the boot call goes on its own, with that token). `headers`: the
 * boot call's own (its language).
 */
export const localTokenWithBoot = (base: string, boot: BootQuery, headers: Record<string, string>): LocalSignIn | null => {
  const session = readLocal();
  if (!session || fresh(session, Date.now()) || pending) return null;
  const request = requestLocalToken(base, session.personId, boot, headers);
  pending = request.then((answer) => answer?.token ?? null).finally(() => { pending = null; });
  return { token: pending, boot: request.then((answer) => answer?.boot ?? null) };
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
