/**
 * Entra on 127.0.0.1: a JWKS endpoint with one RSA key, and tokens shaped like the Teams SSO token
 * (v2 issuer, `oid`, `tid`, audience api://{host}/{clientId}). Options make them expired or for
 * another tenant or audience, or sign them with a key Entra never published.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export const TENANT_ID = 'tenant-swv-utrecht';
export const CLIENT_ID = 'client-samen-verder';
export const PUBLIC_URL = 'https://samen.example.nl';
export const AUDIENCE = `api://samen.example.nl/${CLIENT_ID}`;

export interface TokenOptions {
  readonly tid?: string;
  readonly aud?: string;
  readonly issuer?: 'v1' | 'v2' | string;
  /** Seconds from `now`; negative means already expired. */
  readonly expiresIn?: number;
  readonly signedBy?: 'entra' | 'stranger';
}

export interface EntraStandIn {
  readonly jwksUrl: string;
  token(oid: string, now: Date, options?: TokenOptions): Promise<string>;
  close(): Promise<void>;
}

const issuerOf = (issuer: TokenOptions['issuer'], tid: string): string =>
  issuer === 'v1' ? `https://sts.windows.net/${tid}/` : issuer === undefined || issuer === 'v2' ? `https://login.microsoftonline.com/${tid}/v2.0` : issuer;

export const startEntraStandIn = async (): Promise<EntraStandIn> => {
  const entra = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const kid = 'entra-key-1';
  const jwks = { keys: [{ ...(await exportJWK(entra.publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const server: Server = createServer((req, res) => {
    res.writeHead(req.url === '/keys' ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(req.url === '/keys' ? JSON.stringify(jwks) : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}/keys`,
    async token(oid, now, options = {}) {
      const tid = options.tid ?? TENANT_ID;
      const iat = Math.floor(now.getTime() / 1000);
      const key = options.signedBy === 'stranger' ? stranger.privateKey : entra.privateKey;
      return new SignJWT({ oid, tid, name: oid, scp: 'access_as_user', ver: options.issuer === 'v1' ? '1.0' : '2.0' })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(issuerOf(options.issuer, tid))
        .setAudience(options.aud ?? AUDIENCE)
        .setIssuedAt(iat - 60)
        .setNotBefore(iat - 60)
        .setExpirationTime(iat + (options.expiresIn ?? 3600))
        .sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
