/** The tab talks only to /api/tab. Failures arrive as `{ code, message }`; pages branch on `code`. */
import type { Locale } from '@samen/shared';

export const API_BASE = '/api/tab';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    /** A form's messages per field path ("sessions.0.endsAt"), when the API sent them. */
    readonly fieldErrors: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

interface Session {
  locale: Locale;
  token: () => Promise<string | null>;
  /** Forgets a cached token after a 401 (a restarted local server has a new key); true = try again. */
  renew: () => boolean;
}

const session: Session = { locale: 'nl', token: async () => null, renew: () => false };

export const configureApi = (locale: Locale, token: () => Promise<string | null>, renew: () => boolean = () => false): void => {
  session.locale = locale;
  session.token = token;
  session.renew = renew;
};

/** The headers of every API request: the reader's language, JSON, and the bearer token when there is one. */
export const requestHeaders = (locale: Locale, token: string | null, json = false): Record<string, string> => {
  const out: Record<string, string> = { 'Accept-Language': locale, Accept: 'application/json' };
  if (json) out['Content-Type'] = 'application/json';
  if (token) out['Authorization'] = `Bearer ${token}`;
  return out;
};

const headers = async (json: boolean): Promise<Record<string, string>> => requestHeaders(session.locale, await session.token(), json);

/** An answer read in full (app/early-boot.ts hands one from index.html's inline start to the app). */
export interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly body: unknown;
}

/** The answer's JSON; a failure's body may be anything (null when it is not JSON), a success's must be JSON. */
export const readAnswer = async (res: Response): Promise<Answer> => ({
  status: res.status,
  statusText: res.statusText,
  body: res.ok ? await res.json() : await res.json().catch(() => null),
});

const errorOf = ({ status, statusText, body }: Answer): ApiError => {
  const failed = body as { code?: string; message?: string; fieldErrors?: Record<string, string> } | null;
  return new ApiError(failed?.code ?? 'INTERNAL', failed?.message ?? statusText, status, failed?.fieldErrors ?? {});
};

/** An answer's value, or the ApiError it carries (as `api.get` gives and throws them). */
export const valueOf = <T>(answer: Answer): T => {
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  throw errorOf(answer);
};

const failure = async (res: Response): Promise<ApiError> => errorOf(await readAnswer(res));

const waiting = new Map<string, () => void>();

/** Resolves when a request for `path` has been handed to the browser (app/boot.ts waits for the boot call's). */
export const whenSent = (path: string): Promise<void> => new Promise((resolve) => waiting.set(path, resolve));

const send = async (method: string, path: string, body: unknown, json: boolean): Promise<Response> => {
  const go = async () => {
    const sent = fetch(`${API_BASE}${path}`, { method, headers: await headers(json), body: body === undefined ? undefined : JSON.stringify(body) });
    waiting.get(path)?.();
    waiting.delete(path);
    return sent;
  };
  const res = await go();
  return res.status === 401 && session.renew() ? go() : res;
};

export const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await send(method, path, body, body !== undefined);
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
};

/** Reads started (or carried by the boot call) before their page mounted (see app/prefetch.ts); each is handed out once. */
const early = new Map<string, Promise<unknown>>();

export const prefetch = (path: string): void => {
  if (early.has(path)) return;
  const pending = request<unknown>('GET', path);
  pending.catch(() => early.delete(path));
  early.set(path, pending);
};

/** Values that arrived with another read (the boot call), also kept as they are for a page's first render. */
const seeded = new Map<string, unknown>();

/** A read that arrived with another (the boot call): the next `api.get` of `path` gets it without a request. */
export const seed = (path: string, value: unknown): void => {
  seeded.set(path, value);
  early.set(path, Promise.resolve(value));
};

/**
 * A seeded read as it is, so its page can render with it in its first pass; looking does not use it up
 * (a render can be thrown away): the next `api.get` of `path` does (useLoad makes that call when it
 * keeps the value, without a request).
 */
export const peekSeeded = <T>(path: string): T | undefined => seeded.get(path) as T | undefined;

const takeEarly = <T>(path: string): Promise<T> | null => {
  const pending = early.get(path);
  if (!pending) return null;
  early.delete(path);
  seeded.delete(path);
  return pending as Promise<T>;
};

export const api = {
  get: <T>(path: string) => takeEarly<T>(path) ?? request<T>('GET', path),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  /** A file (CSV) fetched with the same credentials and handed to the browser as a download; with `body`, a POST. */
  download: async (path: string, fileName: string, body?: unknown): Promise<void> => {
    const res = await send(body === undefined ? 'GET' : 'POST', path, body, body !== undefined);
    if (!res.ok) throw await failure(res);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    URL.revokeObjectURL(url);
  },
};

export const errorText = (err: unknown): string => (err instanceof ApiError ? err.message : String(err));
