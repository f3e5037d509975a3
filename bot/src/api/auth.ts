/**
 * Who is calling. Every request carries `Authorization: Bearer <token>`: the Teams SSO token in
 * tenant mode, a locally signed dev token in local mode; one validator checks both (token.ts) and
 * the token's `oid` names the person.
 */
import type { Request } from 'express';
import { fail, ok, type Person, type Result } from '@samen/shared';
import type { Deps } from '../deps.js';
import { bearerOf, tokenVerifier } from './token.js';

export interface Authenticator {
  authenticate(req: Request): Promise<Result<Person>>;
}

export const bearerAuthenticator = (deps: Deps): Authenticator => {
  const verify = tokenVerifier(deps.config.tabAuth);
  return {
    async authenticate(req) {
      const token = bearerOf(req.header('authorization'));
      if (!token) return fail('AUTH.UNAUTHENTICATED');
      const identity = await verify(token, deps.clock());
      if (!identity.ok) {
        deps.logger.info({ problem: identity.problem, mode: deps.config.mode }, 'tab token refused');
        return identity;
      }
      const person = await deps.stores.people.getByAadObjectId(identity.value.oid);
      if (!person) {
        deps.logger.info({ oid: identity.value.oid }, 'tab token for an unknown person');
        return fail('AUTH.UNKNOWN_USER');
      }
      return ok(person);
    },
  };
};

export const defaultAuthenticator = (deps: Deps): Authenticator => bearerAuthenticator(deps);

/**
 * The deps a request runs with for `person`, signed in with `token`. With SharePoint, a school's own lists
 * are reached on behalf of the signed-in user (that token), so SharePoint's permissions apply on top of the
 * POLICY; the embedded store has no per-user view and serves everyone the same.
 */
export const depsActingAs = (deps: Deps, person: Person, token: string | null): Deps =>
  deps.stores.asUser && token && person.aadObjectId ? { ...deps, stores: deps.stores.asUser({ ssoToken: token, oid: person.aadObjectId }) } : deps;
