/**
 * The one composition root: every adapter is built here, once, from the validated config, and handed on
 * as ports. Nothing below constructs infrastructure or keeps module-level state; a test composes the same
 * shapes with fakes. The only place that decides between the embedded store and SharePoint, between the
 * one-machine outbox and Azure Storage, and whether Graph is used for Forms, fan-out or coördinatoren.
 */
import type { DestinationStream } from 'pino';
import type { Clock, IdGenerator } from '@samen/shared';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import { orderedId } from './ids.js';
import { createLogger } from './logger.js';
import { openCoordinatorGroup } from './auth/open-coordinator-group.js';
import { surveyMarkerKey } from './secrets/survey-marker-key.js';
import { openStores } from './store/index.js';
import { alwaysHeld, type Lease } from './store/lease.js';
import type { DeliveryLedger } from './store/delivery-ledger.js';
import { SqliteLedger } from './store/sqlite/delivery-ledger.js';
import type { Stores } from './store/ports.js';
import { fanoutGraphOf, type FanoutGraph } from './graph/fanout-graph.js';
import { appTokenFor } from './graph/app-credential.js';
import { createGraphClient } from './graph/client.js';
import { graphFormResponses } from './graph/forms-list.js';
import { formsImporter } from './usecases/forms/import.js';
import type { FormsImporter } from './deps.js';
import { join } from 'node:path';
import { GraphMailer, MAIL_GRAPH_POLICY } from './graph/graph-mailer.js';
import { LocalMailer } from './messaging/local-mailer.js';
import type { Mailer } from './messaging/mailer.js';

export interface Composed {
  readonly deps: Deps;
  /** Only one instance runs the reminders and the Forms schedule (a blob lease with OUTBOX=azure). */
  readonly lease: Lease;
  /** The fan-out's idempotency ledger (SQLite file beside the store, or an Azure table). */
  readonly ledger: DeliveryLedger;
  /** Graph for fan-out: delivery probe and app installer, when configured. */
  readonly fanoutGraph: FanoutGraph | null;
  /** E-mail to people outside the organisation: Graph sendMail from MAIL_SENDER, else the local stand-in. */
  readonly mailer: Mailer;
  /** Closes what was opened, in reverse order. Stop the workers first. */
  close(): Promise<void>;
}

export interface ComposeOptions {
  readonly clock?: Clock;
  readonly newId?: IdGenerator;
  /** Where log lines go (default stdout); tests capture them to check what is logged. */
  readonly logDestination?: DestinationStream;
}

/** OUTBOX=azure: the outbox, the ledger and the lease on Azure Storage; its SDKs load only then (~0.3 s per start). */
const coordination = async (config: Config, stores: Stores): Promise<{ stores: Stores; lease: Lease; ledger: DeliveryLedger }> => {
  const connectionString = config.fanout.outbox === 'azure' ? config.fanout.azureConnectionString : null;
  if (!connectionString) return { stores, lease: alwaysHeld, ledger: new SqliteLedger(config.dataDir) };
  const azure = await import('./store/azure/index.js');
  const ledger = new azure.AzureLedger(connectionString);
  await ledger.init();
  return { stores: await azure.withAzureOutbox(stores, config), lease: await azure.BlobLease.create(connectionString, 'reminders'), ledger };
};

/**
 * The Forms importer: only on SharePoint (Graph) with at least one mapping. It reads Formulierantwoorden on the
 * partnership's site with the app-only token, like the store; imported rows are remembered in
 * deps.stores.formsImports, so a row imported before a restart is never imported again.
 */
export const formsImporterOf = (config: Config, appClient: AppClient | null = appClientOf(config)): FormsImporter | null => {
  const sp = config.sharepoint;
  if (!sp || !appClient || config.formsImport.length === 0) return null;
  return formsImporter(graphFormResponses({ client: appClient, siteId: sp.siteId }), config.formsImport);
};

/** The app-only Graph client for the partnership's site (STORE=sharepoint): one, shared by the stores and the Forms import. */
type AppClient = ReturnType<typeof createGraphClient>;

const appClientOf = (config: Config): AppClient | null =>
  config.sharepoint ? createGraphClient({ baseUrl: config.sharepoint.graphBaseUrl, token: appTokenFor(config.sharepoint.credentials) }) : null;

/** MAIL_SENDER set: Graph sendMail from that mailbox (own client: no retries inside, the outbox retries); else .eml files in DATA_DIR/mail. */
export const mailerOf = (config: Config): Mailer => {
  const mail = config.mail;
  if (!mail) return new LocalMailer(join(config.dataDir, 'mail'));
  const token = mail.credentials ? appTokenFor(mail.credentials) : async () => 'loopback';
  const client = createGraphClient({ baseUrl: mail.graphBaseUrl, token, policy: MAIL_GRAPH_POLICY });
  return new GraphMailer(client, mail.sender, { saveToSentItems: mail.saveToSentItems });
};

export const compose = async (config: Config, options: ComposeOptions = {}): Promise<Composed> => {
  const logger = createLogger(config, options.logDestination);
  const appClient = appClientOf(config);
  const { stores, lease, ledger } = await coordination(config, await openStores(config, appClient ?? undefined));
  const group = await openCoordinatorGroup(config, logger);
  const deps: Deps = {
    config,
    stores,
    logger,
    clock: options.clock ?? (() => new Date()),
    newId: options.newId ?? orderedId,
    coordinatorGroup: group.members,
    secrets: { surveyMarker: surveyMarkerKey(config.surveyMarkerSecret, config.dataDir) },
    formsImporter: formsImporterOf(config, appClient),
  };
  return {
    deps,
    lease,
    ledger,
    fanoutGraph: fanoutGraphOf(config),
    mailer: mailerOf(config),
    close: async () => {
      group.stop();
      await lease.release();
      await ledger.close();
      await stores.close();
    },
  };
};
