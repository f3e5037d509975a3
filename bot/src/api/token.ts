/**
 * Validates the tab's bearer token: signature (Entra's JWKS, or the local dev key), issuer,
 * audience, tenant and expiry. Pure apart from fetching keys; answers with the caller's `oid`.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { fail, ok, type Result } from '@samen/shared';
import type { TabAuthConfig } from '../config.js';

/** Entra and the local signer are allowed a minute of clock difference, no more. */
const CLOCK_TOLERANCE_SECONDS = 60;
const ENTRA_ALGORITHMS = ['RS256'];
const LOCAL_ALGORITHMS = ['HS256'];

export interface TokenIdentity {
  readonly oid: string;
  readonly tid: string;
}

/** Why a token was refused, for the (id-only) log; the caller always hears AUTH.UNAUTHENTICATED. */
export type TokenProblem = 'missing' | 'expired' | 'claims' | 'signature' | 'tenant' | 'malformed' | 'keys';

export type TokenVerifier = (token: string, now: Date) => Promise<Result<TokenIdentity> & { problem?: TokenProblem }>;

const problemOf = (err: unknown): TokenProblem => {
  if (err instanceof errors.JWTExpired) return 'expired';
  if (err instanceof errors.JWTClaimValidationFailed) return 'claims';
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey) return 'signature';
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid) return 'keys';
  return 'malformed';
};

const refuse = (problem: TokenProblem) => ({ ...fail('AUTH.UNAUTHENTICATED'), problem });

/** One verifier per API instance: in tenant mode it caches Entra's keys between requests. */
export const tokenVerifier = (auth: TabAuthConfig): TokenVerifier => {
  const key: Uint8Array | JWTVerifyGetKey = auth.localKey ?? createRemoteJWKSet(new URL(auth.jwksUrl));
  const algorithms = auth.localKey ? LOCAL_ALGORITHMS : ENTRA_ALGORITHMS;
  return async (token, now) => {
    // Nothing configured (a tenant without client or tenant id) lets nobody in.
    if (auth.audiences.length === 0 || auth.issuers.length === 0 || !auth.tenantId) return refuse('claims');
    try {
      const options = {
        issuer: [...auth.issuers],
        audience: [...auth.audiences],
        algorithms,
        currentDate: now,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'oid', 'tid'],
      };
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
      const { oid, tid } = payload;
      if (typeof oid !== 'string' || typeof tid !== 'string' || oid.length === 0) return refuse('claims');
      if (tid !== auth.tenantId) return refuse('tenant');
      return ok({ oid, tid });
    } catch (err) {
      return refuse(problemOf(err));
    }
  };
};

/** The token of `Authorization: Bearer <token>`, or null. */
export const bearerOf = (header: string | undefined): string | null => {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
};
