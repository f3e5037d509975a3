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
import type { OnBehalfOfUserCredential } from '@microsoft/teamsfx';
import type { AppCredentials } from './app-credential.js';
import type { TokenProvider } from './client.js';

/** Delegated scopes for a school site: read and write list items the user may reach. */
export const SCHOOL_SITE_SCOPES = ['Sites.ReadWrite.All'];

/**
 * teamsfx is loaded on first use, not at start: with what it pulls in (agents-hosting, adaptive
 * expressions, ~1,000 modules) it made up about a third of every server start (measured 1.2-2.5 s),
 * and a restarted server's outbox waited for it although only the tab's school sites need it.
 */
export const oboTokenProvider = (
  ssoToken: string,
  credentials: AppCredentials,
  scopes: readonly string[] = SCHOOL_SITE_SCOPES,
): TokenProvider => {
  let credential: Promise<OnBehalfOfUserCredential> | null = null;
  return async () => {
    credential ??= import('@microsoft/teamsfx').then(
      ({ OnBehalfOfUserCredential: Credential }) =>
        new Credential(ssoToken, {
          authorityHost: 'https://login.microsoftonline.com',
          tenantId: credentials.tenantId,
          clientId: credentials.clientId,
          clientSecret: credentials.clientSecret,
        }),
    );
    const token = await (await credential).getToken([...scopes]);
    if (!token?.token) throw new Error('No delegated Graph token (on-behalf-of).');
    return token.token;
  };
};
