/**
 * The one place that reads the environment. Validated once (zod); local mode is the default with
 * no environment at all and needs no Microsoft 365 tenant.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ImportMapping } from './usecases/forms/mapping.js';
import { formsEnv, formsImportOf } from './usecases/forms/config.js';
import type { Contact, RetentionRules, SendWindow } from '@samen/shared';
import { PLAYGROUND_USER_AAD_ID, SAMPLE_COORDINATOR_AAD_ID } from './sample/ids.js';
import { fanoutEnv, fanoutFrom, type FanoutConfig } from './messaging/fanout-config.js';
import { graphCredentialsOf, graphEnv, MISSING_CREDENTIALS, withoutTrailingSlash } from './graph/graph-config.js';
import type { AppCredentials } from './graph/app-credential.js';
import { sharePointEnv, sharePointFrom, type SharePointConfig } from './store/sharepoint-config.js';
import { mailEnv, mailFrom, type MailConfig } from './messaging/mail-config.js';
import { retentionEnv, retentionFrom } from './usecases/retention/config.js';

export type { SharePointConfig } from './store/sharepoint-config.js';

const csv = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  DATA_DIR: z.string().min(1).default('.data'),
  STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  LOAD_SAMPLE_DATA: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOT_ID: z.string().optional(),
  BOT_PASSWORD: z.string().optional(),
  BOT_TENANT_ID: z.string().optional(),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  /** Entra object ids of coördinatoren (comma separated). */
  COORDINATOR_IDS: csv,
  /** Entra group whose (transitive) members are coördinatoren, read through Graph (GroupMember.Read.All). */
  COORDINATOR_GROUP_ID: z.string().min(1).optional(),
  /** How often that group is read again, in minutes. */
  COORDINATOR_GROUP_REFRESH_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  PUBLIC_URL: z.string().url().optional(),
  TAB_DIST_DIR: z.string().default('./tab/dist'),
  /** Signs short-lived download links sent in chat (CSV exports); a random one per process when absent (not in production). */
  LINK_SECRET: z.string().min(32).optional(),
  /** Keys the anonymous-survey "has answered" marker; persistent (DATA_DIR/survey-marker.key) when absent (not in production). */
  SURVEY_MARKER_SECRET: z.string().min(32).optional(),
  /** Reminders go out on weekdays between these Amsterdam hours, outside the region's school holidays. */
  SEND_WINDOW_START_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  SEND_WINDOW_END_HOUR: z.coerce.number().int().min(1).max(24).default(18),
  PARTNERSHIP_REGION: z.enum(['noord', 'midden', 'zuid']).optional(),
  /** The partnership's contact person on every card whose meeting names none (name and e-mail together). */
  CONTACT_NAME: z.string().trim().min(1).max(120).optional(),
  CONTACT_EMAIL: z.string().trim().email().max(254).optional(),
  CONTACT_PHONE: z.string().trim().min(1).max(40).optional(),
  PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
  /** Tab SSO: the Entra app the Teams token is issued for (default BOT_ID). */
  TAB_CLIENT_ID: z.string().optional(),
  /** Tab SSO: the partnership's tenant (default BOT_TENANT_ID). */
  TAB_TENANT_ID: z.string().optional(),
  /** Tab SSO: extra accepted audiences (comma separated), besides clientId and api://{host}/{clientId}. */
  TAB_AUDIENCES: csv,
  /** Tab SSO: Entra's signing keys. */
  TAB_JWKS_URL: z.string().url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
  ...fanoutEnv,
  ...sharePointEnv,
  ...graphEnv,
  ...formsEnv,
  ...mailEnv,
  ...retentionEnv,
});

/** Who signs the tab's tokens and for whom: Entra in tenant mode, this process in local mode. */
export interface TabAuthConfig {
  readonly tenantId: string;
  readonly audiences: readonly string[];
  readonly issuers: readonly string[];
  readonly jwksUrl: string;
  /** Local mode only: signs the dev tokens of the sign-in screen; new for every process. */
  readonly localKey: Uint8Array | null;
}

export const LOCAL_TOKEN = { issuer: 'urn:samen-verder:local', audience: 'urn:samen-verder:tab', tenantId: 'local' } as const;

const tabAuthOf = (e: z.infer<typeof EnvSchema>, mode: 'local' | 'tenant', publicUrl: string): TabAuthConfig => {
  if (mode === 'local') {
    return { tenantId: LOCAL_TOKEN.tenantId, audiences: [LOCAL_TOKEN.audience], issuers: [LOCAL_TOKEN.issuer], jwksUrl: e.TAB_JWKS_URL, localKey: randomBytes(32) };
  }
  const tenantId = e.TAB_TENANT_ID ?? e.BOT_TENANT_ID ?? '';
  const clientId = e.TAB_CLIENT_ID ?? e.BOT_ID ?? '';
  const host = new URL(publicUrl).host;
  const audiences = clientId ? [clientId, `api://${clientId}`, `api://${host}/${clientId}`, ...e.TAB_AUDIENCES] : e.TAB_AUDIENCES;
  const issuers = tenantId ? [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`] : [];
  return { tenantId, audiences, issuers, jwksUrl: e.TAB_JWKS_URL, localKey: null };
};

export interface Config {
  readonly mode: 'local' | 'tenant';
  readonly port: number;
  readonly dataDir: string;
  readonly store: 'sqlite' | 'sharepoint';
  readonly loadSampleData: boolean;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  readonly bot: { readonly id: string; readonly password: string; readonly tenantId: string; readonly type: string } | null;
  readonly coordinatorAadIds: readonly string[];
  /** COORDINATOR_GROUP_ID: its members are coördinatoren too; null when not configured. */
  readonly coordinatorGroup: CoordinatorGroupConfig | null;
  readonly publicUrl: string;
  readonly tabDistDir: string;
  readonly playgroundPort: number;
  /** Signs download links (minutes-long); random per process unless LINK_SECRET is set. */
  readonly linkSecret: string;
  /** SURVEY_MARKER_SECRET, or null: then a key kept in DATA_DIR (secrets/survey-marker-key.ts). */
  readonly surveyMarkerSecret: string | null;
  readonly sendWindow: SendWindow;
  readonly production: boolean;
  /** Fan-out: Teams rate limits, retries, outbox backend (messaging/fanout-config.ts). */
  readonly fanout: FanoutConfig;
  readonly tabAuth: TabAuthConfig;
  /** Set when STORE=sharepoint. */
  readonly sharepoint: SharePointConfig | null;
  /** Forms registrations to import (needs Graph, so STORE=sharepoint); empty when none. */
  readonly formsImport: readonly ImportMapping[];
  /** How often the Forms import runs on its own, in minutes. */
  readonly formsImportIntervalMinutes: number;
  /** CONTACT_NAME / CONTACT_EMAIL / CONTACT_PHONE: shown on cards whose meeting has no contact of its own; null = none. */
  readonly contact: Contact | null;
  /** MAIL_SENDER: mail to people outside the organisation through Graph; null = the local stand-in (DATA_DIR/mail). */
  readonly mail: MailConfig | null;
  /** RETENTION_*: how long each kind of data is kept and when the daily clean-up runs (usecases/retention/). */
  readonly retention: RetentionRules;
}

export interface CoordinatorGroupConfig {
  readonly id: string;
  readonly graphBaseUrl: string;
  /** null: a loopback Graph stand-in that takes any token. */
  readonly credentials: AppCredentials | null;
  readonly refreshMinutes: number;
}

export class ConfigError extends Error {}

/** COORDINATOR_GROUP_ID with the Graph it is read from; a real Graph needs the app's credentials. */
const coordinatorGroupOf = (e: z.infer<typeof EnvSchema>): CoordinatorGroupConfig | null => {
  if (!e.COORDINATOR_GROUP_ID) return null;
  const graphBaseUrl = withoutTrailingSlash(e.GRAPH_BASE_URL);
  const credentials = graphCredentialsOf(e, graphBaseUrl);
  if (credentials === 'missing') throw new ConfigError(`Ongeldige configuratie voor COORDINATOR_GROUP_ID:\n${MISSING_CREDENTIALS}`);
  return { id: e.COORDINATOR_GROUP_ID, graphBaseUrl, credentials, refreshMinutes: e.COORDINATOR_GROUP_REFRESH_MINUTES };
};

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
  const missingSecrets = (['LINK_SECRET', 'SURVEY_MARKER_SECRET'] as const).filter((name) => !e[name]);
  if (production && missingSecrets.length > 0) {
    throw new ConfigError(
      `In productie (NODE_ENV=production) zijn vaste sleutels nodig; ontbreekt: ${missingSecrets.join(', ')} (elk minstens 32 tekens, uit Key Vault; zie docs/deploy.md).`,
    );
  }
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const sharepoint = e.STORE === 'sharepoint' ? sharePointFrom(e) : null;
  if (Array.isArray(sharepoint)) {
    throw new ConfigError(`Ongeldige configuratie voor STORE=sharepoint:\n${sharepoint.join('\n')}`);
  }
  const coordinatorGroup = coordinatorGroupOf(e);
  if (Boolean(e.CONTACT_NAME) !== Boolean(e.CONTACT_EMAIL) || (e.CONTACT_PHONE && !e.CONTACT_NAME)) {
    throw new ConfigError('Ongeldige configuratie: vul CONTACT_NAME en CONTACT_EMAIL allebei in (CONTACT_PHONE mag erbij), of geen van beide.');
  }
  const contact = e.CONTACT_NAME && e.CONTACT_EMAIL ? { name: e.CONTACT_NAME, email: e.CONTACT_EMAIL, phone: e.CONTACT_PHONE ?? null } : null;
  const formsImport = formsImportOf(e.FORMS_IMPORT);
  if (typeof formsImport === 'string') throw new ConfigError(`Ongeldige configuratie:\n${formsImport}`);
  const mail = mailFrom(e);
  if (mail !== null && 'problem' in mail) throw new ConfigError(mail.problem);
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
    coordinatorGroup,
    publicUrl,
    tabDistDir: e.TAB_DIST_DIR,
    playgroundPort: e.PLAYGROUND_PORT,
    sendWindow: { startHour: e.SEND_WINDOW_START_HOUR, endHour: e.SEND_WINDOW_END_HOUR, region: e.PARTNERSHIP_REGION ?? null },
    linkSecret: e.LINK_SECRET ?? randomBytes(32).toString('base64url'),
    surveyMarkerSecret: e.SURVEY_MARKER_SECRET ?? null,
    production,
    fanout: fanoutFrom(e),
    tabAuth: tabAuthOf(e, mode, publicUrl),
    sharepoint,
    formsImport,
    formsImportIntervalMinutes: e.FORMS_IMPORT_INTERVAL_MINUTES,
    contact,
    mail,
    retention: retentionFrom(e),
  };
};
