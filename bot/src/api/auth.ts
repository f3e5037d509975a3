/** Who is calling: a port with one adapter per mode. */
import type { Request } from 'express';
import { fail, ok, type Person, type Result } from '@samen/shared';
import type { Deps } from '../deps.js';

export interface Authenticator {
  authenticate(req: Request): Promise<Result<Person>>;
}

export const LOCAL_USER_HEADER = 'x-samen-user';

/** Local mode only: the sign-in screen picks a sample person and sends their id in a header. */
export const localHeaderAuthenticator = (deps: Deps): Authenticator => ({
  async authenticate(req) {
    const id = req.header(LOCAL_USER_HEADER);
    if (!id) return fail('AUTH.UNAUTHENTICATED');
    const person = await deps.stores.people.get(id);
    return person ? ok(person) : fail('AUTH.UNAUTHENTICATED');
  },
});

/**
 * Tenant mode: validates the Teams SSO token (Entra ID) and maps its `oid` to a person.
 * Issue 7 (SSO) fills this in; until then every tenant-mode call is refused, never let through.
 */
export const entraTokenAuthenticator = (_deps: Deps): Authenticator => ({
  async authenticate() {
    return fail('AUTH.UNAUTHENTICATED');
  },
});

export const defaultAuthenticator = (deps: Deps): Authenticator =>
  deps.config.mode === 'local' ? localHeaderAuthenticator(deps) : entraTokenAuthenticator(deps);
