/**
 * The sending half of the Teams channel: the botbuilder adapter and the proactive messenger, without
 * the bot's conversation code (handlers, commands, card actions). The outbox worker needs only this,
 * so a restarted server resumes sending before the rest of the channel and the HTTP app have loaded.
 */
import type { CloudAdapter } from 'botbuilder';
import type { Deps } from '../deps.js';
import type { FanoutGraph } from '../graph/fanout-graph.js';
import type { Messenger } from '../messaging/messenger.js';
import { botAuthentication, createAdapter, type ReusingBotFrameworkAuthentication } from './adapter.js';
import { TeamsMessenger } from './proactive.js';

export interface TeamsSender {
  /** How requests are authenticated (the bot endpoint's direct card-click path uses it too). */
  readonly auth: ReusingBotFrameworkAuthentication;
  /** Shared with the bot endpoint (teams/index.ts `botEndpoint`): one adapter per process. */
  readonly adapter: CloudAdapter;
  /** Proactive messages (invitations, reminders, waitlist promotions). */
  readonly messenger: Messenger;
}

export const createTeamsSender = (deps: Deps, fanoutGraph: FanoutGraph | null = null): TeamsSender => {
  const auth = botAuthentication(deps.config);
  const adapter = createAdapter(deps.config, deps.logger, auth);
  return { auth, adapter, messenger: new TeamsMessenger(adapter, deps, fanoutGraph) };
};
