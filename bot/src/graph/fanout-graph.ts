/**
 * What fan-out needs from Microsoft Graph, built once per config: the delivery probe (when
 * FANOUT_PROBE_URL is set) and the app installer (FANOUT_INSTALL_APP=true). App-only tokens with
 * the fan-out credentials (config.fanout.graph); a loopback stand-in takes any token.
 */
import type { Config } from '../config.js';
import type { ProbeResult } from '../messaging/messenger.js';
import { appTokenFor } from './app-credential.js';
import { GraphAppInstaller, type AppInstaller } from './app-installer.js';
import { createGraphClient } from './client.js';
import { GraphDeliveryProbe } from './delivery-probe.js';
import { TeamsChatDirectory } from './teams-chat.js';

export interface ChatProbe {
  probe(aadObjectId: string, key: string): Promise<ProbeResult>;
}

export interface FanoutGraph {
  readonly probe: ChatProbe | null;
  readonly installer: AppInstaller | null;
}

/** Few, short retries: these calls sit on the sending path; a failed check is simply made again later. */
const POLICY = { maxRetries: 2, maxDelayMs: 5_000 };

/** Built once by the composition root (compose.ts); null without FANOUT_PROBE_URL / FANOUT_INSTALL_APP. */
export const fanoutGraphOf = (config: Config): FanoutGraph | null => {
  const { graph, reconcile, installApp, probePages, sendTimeoutMs } = config.fanout;
  let built: FanoutGraph | null = null;
  if (graph) {
    const client = createGraphClient({
      baseUrl: graph.baseUrl,
      token: appTokenFor(graph.credentials),
      policy: POLICY,
    });
    const chats = new TeamsChatDirectory(client, graph.teamsAppId);
    built = {
      probe: reconcile ? new GraphDeliveryProbe(client, chats, { maxPages: probePages, timeoutMs: sendTimeoutMs }) : null,
      installer: installApp ? new GraphAppInstaller(client, graph.teamsAppId, graph.baseUrl) : null,
    };
  }
  return built;
};
