/**
 * App-only Graph tokens (client credentials) for the partnership's site. The app registration
 * holds `Sites.Selected` (application) and is granted `write` on that one site only, so the
 * server cannot touch any other site in the tenant. MSAL caches the token until shortly before
 * it expires. MSAL itself is loaded with the first token (~0.5 s of CPU): a process that never asks
 * for one, such as a fan-out worker talking to a loopback stand-in, does not pay for it at start.
 */
import type { ConfidentialClientApplication } from '@azure/msal-node';
import type { TokenProvider } from './client.js';

export interface AppCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export const appTokenProvider = (credentials: AppCredentials): TokenProvider => {
  let app: Promise<ConfidentialClientApplication> | null = null;
  const client = (): Promise<ConfidentialClientApplication> =>
    (app ??= import('@azure/msal-node')
      .then(
        (msal) =>
          new msal.ConfidentialClientApplication({
            auth: {
              clientId: credentials.clientId,
              clientSecret: credentials.clientSecret,
              authority: `https://login.microsoftonline.com/${credentials.tenantId}`,
            },
          }),
      )
      .catch((e: unknown) => {
        app = null;
        throw e;
      }));
  return async () => {
    const result = await (await client()).acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE] });
    if (!result?.accessToken) throw new Error('No Graph token for the app (client credentials).');
    return result.accessToken;
  };
};

/** A loopback Graph stand-in takes any token. */
export const localTokenProvider: TokenProvider = async () => 'local-graph-stand-in';

/** App-only tokens for these credentials; none (null) means a loopback Graph stand-in. */
export const appTokenFor = (credentials: AppCredentials | null): TokenProvider =>
  credentials ? appTokenProvider(credentials) : localTokenProvider;
