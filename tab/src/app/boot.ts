/**
 * Starting up, without React: find the host (Teams or a browser), who is signed in, and the first
 * screen's data. main.tsx starts it before the app's code has loaded; useBoot picks up the result.
 */
import { toLocale, type BootDto, type LocalUserDto, type Locale, type MeDto } from '@samen/shared';
import { api, API_BASE, ApiError, configureApi, errorText, valueOf, whenSent } from '../api';
import { adoptLocalToken, ConsentRequiredError, localToken, localUser, teamsToken } from '../auth';
import { detectHost, inFrame, type Host } from '../teams';
import { parseRoute } from '../router';
import { bootPath, prefetchRoute, seedFromBoot } from './prefetch';
import { showFirstScreen, wantsFirstScreen } from './first-screen';
import { earlyBoot, takeEarlyBoot, type EarlyBoot } from './early-boot';

export type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'signin'; readonly users: readonly LocalUserDto[] }
  | { readonly status: 'consent'; readonly failed: boolean }
  | { readonly status: 'ready'; readonly me: MeDto; readonly localMode: boolean }
  | { readonly status: 'error'; readonly message: string }
  /** Tenant mode in a plain browser: signing in needs Teams. */
  | { readonly status: 'outsideTeams' };

/** null = tenant mode (the endpoint exists only in local mode). */
const localUsers = async (): Promise<LocalUserDto[] | null> => {
  try {
    return await api.get<LocalUserDto[]>('/local/users');
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
};

/** Forgets the cached dev token once, so a 401 is retried with a fresh one. */
const renewLocal = (): boolean => {
  const id = localUser.get();
  if (!id) return false;
  localUser.set(id);
  return true;
};

let markSent: () => void = () => undefined;
/** Resolves once the boot call has been sent (or the start-up ended without one). */
export const bootSent = new Promise<void>((resolve) => {
  markSent = resolve;
});

/**
 * The boot call index.html's inline start made (early-boot.ts), as `api.get` would have answered it. A 401
 * (a token the server no longer knows) or a failed request is asked again the ordinary way, which renews
 * the token once, exactly as for a boot call made here.
 */
const adopted = (early: EarlyBoot, path: () => string): Promise<BootDto> =>
  early.answer.then(
    (answer) => (answer.status === 401 ? api.get<BootDto>(path()) : valueOf<BootDto>(answer)),
    () => api.get<BootDto>(path()),
  );

/**
 * Who I am, with the first page's reads in the same boot call or beside it (app/prefetch.ts); while the
 * app has not mounted, with the first screen rendered by the server in the host's theme (first-screen.ts).
 * In local mode outside Teams the boot call may already have been made by index.html (early-boot.ts).
 */
const ready = async (host: Host, locale: Locale, localMode: boolean): Promise<Boot> => {
  const hash = window.location.hash;
  const route = parseRoute(hash);
  const path = () => bootPath(route, wantsFirstScreen() ? host.theme : null);
  const early = localMode && !host.inTeams ? takeEarlyBoot(hash, locale, host.theme) : null;
  let boot: Promise<BootDto>;
  if (early) {
    void early.sent.then(markSent);
    boot = adopted(early, path);
  } else {
    const asked = path();
    void whenSent(asked).then(markSent);
    boot = api.get<BootDto>(asked);
  }
  prefetchRoute(route);
  const first = await boot;
  if (first.firstScreen) showFirstScreen(first.firstScreen, hash);
  seedFromBoot(route, first);
  return { status: 'ready', me: first.me, localMode };
};

const signedIn = async (host: Host, locale: Locale): Promise<Boot> => {
  // A remembered local sign-in goes straight to its token and the first screen's reads. The user list is
  // asked only when that fails with 401: the server no longer knows the person, or has no local mode.
  if (localUser.get() && !host.inTeams) {
    configureApi(locale, () => localToken(API_BASE), renewLocal);
    try {
      return await ready(host, locale, true);
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) throw err;
    }
  }
  const users = await localUsers();
  if (users) {
    configureApi(locale, () => localToken(API_BASE), renewLocal);
    if (!users.some((u) => u.id === localUser.get())) {
      localUser.clear();
      return { status: 'signin', users };
    }
    return ready(host, locale, true);
  }
  if (!host.inTeams) return { status: 'outsideTeams' };
  configureApi(locale, () => teamsToken(host));
  return ready(host, locale, false);
};

export const bootOf = (host: Host): Promise<Boot> =>
  signedIn(host, toLocale(host.locale)).catch(
    (err: unknown): Boot => (err instanceof ConsentRequiredError ? { status: 'consent', failed: false } : { status: 'error', message: errorText(err) }),
  );

export interface Started {
  readonly host: Host;
  readonly boot: Boot;
}

let started: Promise<Started> | null = null;
let settled: Started | null = null;

const begin = async (): Promise<Started> => {
  // Outside Teams a remembered local sign-in asks for its token at once, ahead of the app's code; index.html's
  // inline start (early-boot.ts) usually has already, and that request is the one waited for.
  const early = earlyBoot();
  if (early) adoptLocalToken(early.token);
  else if (!inFrame() && localUser.get()) void localToken(API_BASE).catch(() => null);
  const host = await detectHost();
  configureApi(toLocale(host.locale), async () => null);
  settled = { host, boot: await bootOf(host) };
  markSent();
  return settled;
};

/** The start-up, begun once: main.tsx calls it before the app's code and translations have loaded. */
export const startBoot = (): Promise<Started> => (started ??= begin());

/** The start-up's result if it is already in (the app then renders the first screen at once), else null. */
export const settledBoot = (): Started | null => settled;
