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
