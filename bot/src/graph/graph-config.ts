/**
 * The Graph settings every Graph user shares (storage, Forms import, fan-out): where Graph is and
 * which app registration signs in. Spread into config.ts's schema; a loopback base URL (a test
 * stand-in) needs no credentials.
 */
import { z } from 'zod';
import type { AppCredentials } from './app-credential.js';

export const graphEnv = {
  /** Graph root; a loopback URL (a test stand-in) needs no credentials. */
  GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com'),
  /** App registration for app-only Graph (Sites.Selected); defaults to the bot's. */
  GRAPH_TENANT_ID: z.string().optional(),
  GRAPH_CLIENT_ID: z.string().optional(),
  GRAPH_CLIENT_SECRET: z.string().optional(),
};

/** The environment a Graph user reads: GRAPH_* with the bot's registration as fallback. */
export interface GraphEnv {
  readonly GRAPH_BASE_URL?: string | undefined;
  readonly GRAPH_TENANT_ID?: string | undefined;
  readonly GRAPH_CLIENT_ID?: string | undefined;
  readonly GRAPH_CLIENT_SECRET?: string | undefined;
  readonly BOT_ID?: string | undefined;
  readonly BOT_PASSWORD?: string | undefined;
  readonly BOT_TENANT_ID?: string | undefined;
}

export const isLoopback = (url: string): boolean => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(url);

export const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

/**
 * The app's credentials for Graph at `baseUrl`: null for a loopback stand-in (any token will do),
 * 'missing' when a real Graph is configured without a complete registration.
 */
export const graphCredentialsOf = (e: GraphEnv, baseUrl: string): AppCredentials | null | 'missing' => {
  if (isLoopback(baseUrl)) return null;
  const tenantId = e.GRAPH_TENANT_ID ?? e.BOT_TENANT_ID;
  const clientId = e.GRAPH_CLIENT_ID ?? e.BOT_ID;
  const clientSecret = e.GRAPH_CLIENT_SECRET ?? e.BOT_PASSWORD;
  return tenantId && clientId && clientSecret ? { tenantId, clientId, clientSecret } : 'missing';
};

export const MISSING_CREDENTIALS =
  'GRAPH_TENANT_ID, GRAPH_CLIENT_ID en GRAPH_CLIENT_SECRET (of BOT_TENANT_ID, BOT_ID en BOT_PASSWORD) zijn nodig voor Microsoft Graph.';
