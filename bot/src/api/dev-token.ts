/**
 * Local mode's stand-in for the Teams SSO token: a short-lived HS256 JWT signed with the process's
 * own key (config.tabAuth.localKey), checked by the same validator as an Entra token.
 */
import { createHmac } from 'node:crypto';
import { LOCAL_TOKEN } from '../config.js';

export const DEV_TOKEN_TTL_SECONDS = 60 * 60;

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

export interface DevTokenInput {
  /** The person's Entra object id, as an Entra token would carry it. */
  readonly oid: string;
  readonly name: string;
  readonly now: Date;
  readonly ttlSeconds?: number;
}

export const signDevToken = (key: Uint8Array, input: DevTokenInput): { token: string; expiresAt: string } => {
  const iat = Math.floor(input.now.getTime() / 1000);
  const exp = iat + (input.ttlSeconds ?? DEV_TOKEN_TTL_SECONDS);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({
      iss: LOCAL_TOKEN.issuer,
      aud: LOCAL_TOKEN.audience,
      tid: LOCAL_TOKEN.tenantId,
      oid: input.oid,
      sub: input.oid,
      name: input.name,
      iat,
      nbf: iat,
      exp,
    }),
  );
  const signature = createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url');
  return { token: `${header}.${payload}.${signature}`, expiresAt: new Date(exp * 1000).toISOString() };
};
