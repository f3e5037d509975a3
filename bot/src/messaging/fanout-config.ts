/**
 * Fan-out settings, validated with the rest of the config (config.ts spreads `fanoutEnv` into its
 * schema). Defaults are Teams' published limits; tests and benchmarks scale them.
 */
import { z } from 'zod';
import { TEAMS_LIMITS, parseWindows, type RateWindow } from './rate-limiter.js';
import { graphCredentialsOf, MISSING_CREDENTIALS, withoutTrailingSlash, type GraphEnv } from '../graph/graph-config.js';
import type { AppCredentials } from '../graph/app-credential.js';

const windows = (fallback: readonly RateWindow[]) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return [...fallback];
      try {
        return parseWindows(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    });

const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const fanoutEnv = {
  /** Per-conversation windows, "limit/ms" pairs: default 7/1000,8/2000,60/30000,1800/3600000. */
  FANOUT_CONVERSATION_LIMITS: windows(TEAMS_LIMITS.perConversation),
  /** Per app per tenant requests per second (Teams: 50). */
  FANOUT_APP_RPS: int(1, 100_000, 50),
  FANOUT_SAFETY_MS: int(0, 5_000, TEAMS_LIMITS.safetyMs),
  FANOUT_CONCURRENCY: int(1, 512, 16),
  FANOUT_BATCH_SIZE: int(1, 5_000, 100),
  FANOUT_MAX_ATTEMPTS: int(1, 50, 6),
  FANOUT_BASE_RETRY_MS: int(1, 600_000, 2_000),
  FANOUT_SEND_TIMEOUT_MS: int(100, 300_000, 15_000),
  FANOUT_PROGRESS_MS: int(100, 3_600_000, 5_000),
  /**
   * Graph root (https://graph.microsoft.com) where an unconfirmed send is checked in the person's
   * 1:1 chat with the bot (graph/delivery-probe.ts); absent = cannot check, such a send is repeated.
   */
  FANOUT_PROBE_URL: z.string().url().optional(),
  /** Newest chat messages read per check, in pages of 50. */
  FANOUT_PROBE_PAGES: int(1, 20, 4),
  /** The app's id in the tenant's Teams app catalog (Graph teamsApp id, not the manifest id). */
  FANOUT_TEAMS_APP_ID: z.string().min(1).optional(),
  /** Install the app through Graph for people the bot cannot reach yet (off by default). */
  FANOUT_INSTALL_APP: z.enum(['true', 'false']).default('false'),
  /** Service URL for createConversation with people the bot has not met (e.g. https://smba.trafficmanager.net/emea/). */
  FANOUT_SERVICE_URL: z.string().url().optional(),
  /** Tenant for createConversation (default BOT_TENANT_ID). */
  FANOUT_TENANT_ID: z.string().min(1).optional(),
  /** sqlite = in-process outbox (one machine); azure = Storage queues/tables shared by instances. */
  OUTBOX: z.enum(['sqlite', 'azure']).default('sqlite'),
  AZURE_STORAGE_CONNECTION_STRING: z.string().min(1).optional(),
};

export interface FanoutConfig {
  readonly perConversation: readonly RateWindow[];
  readonly perApp: readonly RateWindow[];
  readonly safetyMs: number;
  readonly concurrency: number;
  readonly batchSize: number;
  readonly maxAttempts: number;
  readonly baseRetryMs: number;
  readonly sendTimeoutMs: number;
  readonly progressMs: number;
  /** Graph for fan-out (reconciliation, app installation); null when neither is on. */
  readonly graph: FanoutGraphConfig | null;
  /** Check unconfirmed sends in Graph before repeating them (FANOUT_PROBE_URL set). */
  readonly reconcile: boolean;
  readonly probePages: number;
  readonly installApp: boolean;
  readonly serviceUrl: string | null;
  readonly tenantId: string | null;
  readonly outbox: 'sqlite' | 'azure';
  readonly azureConnectionString: string | null;
}

export interface FanoutGraphConfig {
  /** Without /v1.0. */
  readonly baseUrl: string;
  readonly teamsAppId: string;
  /** null: a loopback Graph stand-in that takes any token. */
  readonly credentials: AppCredentials | null;
}

/** The Teams app id a loopback Graph stand-in answers for when none is configured. */
export const LOCAL_TEAMS_APP_ID = 'samen-verder-local-app';

type FanoutEnv = z.infer<z.ZodObject<typeof fanoutEnv>>;

const graphOf = (e: FanoutEnv & GraphEnv): FanoutGraphConfig | null => {
  if (!e.FANOUT_PROBE_URL && e.FANOUT_INSTALL_APP !== 'true') return null;
  const baseUrl = withoutTrailingSlash(e.FANOUT_PROBE_URL ?? e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com');
  const credentials = graphCredentialsOf(e, baseUrl);
  if (credentials !== null && !e.FANOUT_TEAMS_APP_ID) {
    throw new Error('FANOUT_PROBE_URL en FANOUT_INSTALL_APP vragen FANOUT_TEAMS_APP_ID: het id van Samen Verder in de Teams-app-catalogus van de tenant.');
  }
  if (credentials === 'missing') throw new Error(`FANOUT_PROBE_URL en FANOUT_INSTALL_APP: ${MISSING_CREDENTIALS}`);
  return { baseUrl, teamsAppId: e.FANOUT_TEAMS_APP_ID ?? LOCAL_TEAMS_APP_ID, credentials };
};

export const fanoutFrom = (e: FanoutEnv & GraphEnv): FanoutConfig => {
  if (e.OUTBOX === 'azure' && !e.AZURE_STORAGE_CONNECTION_STRING) {
    throw new Error('OUTBOX=azure vraagt AZURE_STORAGE_CONNECTION_STRING');
  }
  return {
    perConversation: e.FANOUT_CONVERSATION_LIMITS,
    perApp: [{ limit: e.FANOUT_APP_RPS, ms: 1_000 }],
    safetyMs: e.FANOUT_SAFETY_MS,
    concurrency: e.FANOUT_CONCURRENCY,
    batchSize: e.FANOUT_BATCH_SIZE,
    maxAttempts: e.FANOUT_MAX_ATTEMPTS,
    baseRetryMs: e.FANOUT_BASE_RETRY_MS,
    sendTimeoutMs: e.FANOUT_SEND_TIMEOUT_MS,
    progressMs: e.FANOUT_PROGRESS_MS,
    graph: graphOf(e),
    reconcile: Boolean(e.FANOUT_PROBE_URL),
    probePages: e.FANOUT_PROBE_PAGES,
    installApp: e.FANOUT_INSTALL_APP === 'true',
    serviceUrl: e.FANOUT_SERVICE_URL ?? null,
    tenantId: e.FANOUT_TENANT_ID ?? null,
    outbox: e.OUTBOX,
    azureConnectionString: e.AZURE_STORAGE_CONNECTION_STRING ?? null,
  };
};
