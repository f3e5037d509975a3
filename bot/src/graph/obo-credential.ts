/**
 * Delegated Graph tokens on behalf of the signed-in user (Teams SSO → on-behalf-of), for a
 * school's own site: SharePoint then applies the user's own permissions, so the server can read
 * a school's niveau-overzicht and reflections only for someone who may.
 *
 * The ONE file that imports `@microsoft/teamsfx` (dependency-cruiser: teamsfx-only-in-graph).
 * Its OnBehalfOfUserCredential is deprecated and past its support window; to replace it, swap
 * this body for `@azure/msal-node`'s `ConfidentialClientApplication.acquireTokenOnBehalfOf`
 * with the same inputs (the SSO token as `oboAssertion`, the same scopes): callers only see a
 * TokenProvider.
 */
import { OnBehalfOfUserCredential } from '@microsoft/teamsfx';
import type { AppCredentials } from './app-credential.js';
import type { TokenProvider } from './client.js';

/** Delegated scopes for a school site: read and write list items the user may reach. */
export const SCHOOL_SITE_SCOPES = ['Sites.ReadWrite.All'];

export const oboTokenProvider = (
  ssoToken: string,
  credentials: AppCredentials,
  scopes: readonly string[] = SCHOOL_SITE_SCOPES,
): TokenProvider => {
  const credential = new OnBehalfOfUserCredential(ssoToken, {
    authorityHost: 'https://login.microsoftonline.com',
    tenantId: credentials.tenantId,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
  });
  return async () => {
    const token = await credential.getToken([...scopes]);
    if (!token?.token) throw new Error('No delegated Graph token (on-behalf-of).');
    return token.token;
  };
};
