/**
 * The one place that reads the environment. Validated once (zod); local mode is the default with
 * no environment at all and needs no Microsoft 365 tenant.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PLAYGROUND_USER_AAD_ID, SAMPLE_COORDINATOR_AAD_ID } from './sample/ids.js';

const csv = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  DATA_DIR: z.string().min(1).default('./.data'),
  STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  LOAD_SAMPLE_DATA: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOT_ID: z.string().optional(),
  BOT_PASSWORD: z.string().optional(),
  BOT_TENANT_ID: z.string().optional(),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  /** Entra object ids of coördinatoren (comma separated). */
  COORDINATOR_IDS: csv,
  /** Entra group whose members are coördinatoren (resolved through Graph in tenant mode). */
  COORDINATOR_GROUP_ID: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  TAB_DIST_DIR: z.string().default('./tab/dist'),
  /** Signs download links sent in chat (CSV export); a random one per process when absent. */
  LINK_SECRET: z.string().min(32).optional(),
  PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
});

export interface Config {
  readonly mode: 'local' | 'tenant';
  readonly port: number;
  readonly dataDir: string;
  readonly store: 'sqlite' | 'sharepoint';
  readonly loadSampleData: boolean;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  readonly bot: { readonly id: string; readonly password: string; readonly tenantId: string; readonly type: string } | null;
  readonly coordinatorAadIds: readonly string[];
  readonly coordinatorGroupId: string | null;
  readonly publicUrl: string;
  readonly tabDistDir: string;
  readonly playgroundPort: number;
  readonly linkSecret: string;
  readonly production: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates config; throws ConfigError with a readable list of problems. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const bot = e.BOT_ID
    ? { id: e.BOT_ID, password: e.BOT_PASSWORD ?? '', tenantId: e.BOT_TENANT_ID ?? '', type: e.BOT_TYPE }
    : null;
  const mode = bot ? 'tenant' : 'local';
  if (mode === 'local' && production) {
    throw new ConfigError(
      'Lokale modus (zonder BOT_ID) weigert te starten met NODE_ENV=production: stel BOT_ID, BOT_PASSWORD en BOT_TENANT_ID in.',
    );
  }
  return {
    mode,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    store: e.STORE,
    loadSampleData: e.LOAD_SAMPLE_DATA ? e.LOAD_SAMPLE_DATA === 'true' : mode === 'local',
    logLevel: e.LOG_LEVEL,
    bot,
    // Local mode without a list makes the sample coördinator one, so the dashboard can be tried.
    coordinatorAadIds: e.COORDINATOR_IDS.length > 0 || mode === 'tenant' ? e.COORDINATOR_IDS : [SAMPLE_COORDINATOR_AAD_ID, PLAYGROUND_USER_AAD_ID],
    coordinatorGroupId: e.COORDINATOR_GROUP_ID ?? null,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    tabDistDir: e.TAB_DIST_DIR,
    playgroundPort: e.PLAYGROUND_PORT,
    linkSecret: e.LINK_SECRET ?? randomBytes(32).toString('base64url'),
    production,
  };
};
