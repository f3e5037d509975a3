/** The tab talks only to /api/tab. Failures arrive as `{ code, message }`; pages branch on `code`. */
import type { Locale } from '@samen/shared';

export const API_BASE = '/api/tab';
const USER_KEY = 'samen.localUser';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface Session {
  locale: Locale;
  token: () => Promise<string | null>;
}

const session: Session = { locale: 'nl', token: async () => null };

export const configureApi = (locale: Locale, token: () => Promise<string | null>): void => {
  session.locale = locale;
  session.token = token;
};

/** Local mode: the sample person chosen on the sign-in screen, remembered in this browser. */
export const localUser = {
  get: (): string | null => localStorage.getItem(USER_KEY),
  set: (id: string): void => localStorage.setItem(USER_KEY, id),
  clear: (): void => localStorage.removeItem(USER_KEY),
};

const headers = async (json: boolean): Promise<Record<string, string>> => {
  const out: Record<string, string> = { 'Accept-Language': session.locale, Accept: 'application/json' };
  if (json) out['Content-Type'] = 'application/json';
  const user = localUser.get();
  if (user) out['X-Samen-User'] = user;
  const token = await session.token();
  if (token) out['Authorization'] = `Bearer ${token}`;
  return out;
};

const failure = async (res: Response): Promise<ApiError> => {
  const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
  return new ApiError(body?.code ?? 'INTERNAL', body?.message ?? res.statusText, res.status);
};

export const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${API_BASE}${path}`, {
    method,
    headers: await headers(body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
};

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  /** A file (CSV) fetched with the same credentials and handed to the browser as a download. */
  download: async (path: string, fileName: string): Promise<void> => {
    const res = await fetch(`${API_BASE}${path}`, { headers: await headers(false) });
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
