/**
 * Short-lived signed links, for what a chat card cannot carry itself (a CSV export, an .ics file):
 * the link names the person and the expiry, and an HMAC proves the bot made it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface LinkClaims {
  readonly personId: string;
  readonly resource: string;
  /** Expiry, ms since epoch. */
  readonly exp: number;
}

const sign = (secret: string, c: LinkClaims): string =>
  createHmac('sha256', secret).update(`${c.personId}\n${c.resource}\n${c.exp}`).digest('base64url');

export const signLink = (secret: string, claims: LinkClaims): URLSearchParams =>
  new URLSearchParams({ p: claims.personId, exp: String(claims.exp), sig: sign(secret, claims) });

/** The claims when the signature matches and the link has not expired; null otherwise. */
export const verifyLink = (secret: string, resource: string, query: Record<string, unknown>, now: Date): LinkClaims | null => {
  const { p, exp, sig } = query;
  if (typeof p !== 'string' || typeof exp !== 'string' || typeof sig !== 'string') return null;
  const claims: LinkClaims = { personId: p, resource, exp: Number(exp) };
  if (!Number.isFinite(claims.exp) || claims.exp < now.getTime()) return null;
  const expected = Buffer.from(sign(secret, claims));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? claims : null;
};
