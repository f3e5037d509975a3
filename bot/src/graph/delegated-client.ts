/**
 * Graph clients acting for one signed-in user, for the schools' own sites. In a tenant the tab's
 * SSO token is exchanged on-behalf-of (obo-credential.ts); against a loopback Graph stand-in the
 * token simply names the user (`local-user:{oid}`), so a test fake can apply per-site permissions.
 *
 * One client per SSO token, kept while it is in use: the on-behalf-of credential caches the
 * delegated token inside it, so a tab session exchanges its SSO token once, not on every request.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { BoundedMap } from '@samen/shared';
import type { SignedInUser } from '../store/ports.js';
import type { AppCredentials } from './app-credential.js';
import { createGraphClient, type TokenProvider } from './client.js';
import { oboTokenProvider } from './obo-credential.js';


export const localUserToken = (oid: string): string => `local-user:${oid}`;

export const delegatedClients = (baseUrl: string, credentials: AppCredentials | null): ((user: SignedInUser) => Client) => {
  // enough for every tab open at once in a large partnership; the oldest is dropped first
  const clients = new BoundedMap<string, Client>(500);
  return (user) => {
    const cached = clients.get(user.ssoToken);
    if (cached) return cached;
    const token: TokenProvider = credentials ? oboTokenProvider(user.ssoToken, credentials) : async () => localUserToken(user.oid);
    const client = createGraphClient({ baseUrl, token });
    clients.set(user.ssoToken, client);
    return client;
  };
};
