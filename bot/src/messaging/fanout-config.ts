/**
 * Fan-out settings, validated with the rest of the config (config.ts spreads `fanoutEnv` into its
 * schema). Defaults are Teams' published limits; tests and benchmarks scale them.
 */
import { z } from 'zod';
import { TEAMS_LIMITS, parseWindows, type RateWindow } from './rate-limiter.js';

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
  /** Where unconfirmed sends are checked (Graph chat messages); absent = cannot check, resend. */
  FANOUT_PROBE_URL: z.string().url().optional(),
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
  readonly probeUrl: string | null;
  readonly serviceUrl: string | null;
  readonly tenantId: string | null;
  readonly outbox: 'sqlite' | 'azure';
  readonly azureConnectionString: string | null;
}

type FanoutEnv = z.infer<z.ZodObject<typeof fanoutEnv>>;

export const fanoutFrom = (e: FanoutEnv): FanoutConfig => {
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
    probeUrl: e.FANOUT_PROBE_URL ?? null,
    serviceUrl: e.FANOUT_SERVICE_URL ?? null,
    tenantId: e.FANOUT_TENANT_ID ?? null,
    outbox: e.OUTBOX,
    azureConnectionString: e.AZURE_STORAGE_CONNECTION_STRING ?? null,
  };
};
