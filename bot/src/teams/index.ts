import type { Request, Response } from 'express';
import type { Deps } from '../deps.js';
import type { Messenger } from '../messaging/messenger.js';
import type { BotEndpoint } from '../server.js';
import { botAuthentication, createAdapter } from './adapter.js';
import { answerCardExecute, isCardExecute } from './direct-invoke.js';
import { SamenVerderBot } from './bot.js';
import { TeamsMessenger } from './proactive.js';
import type { FanoutGraph } from '../graph/fanout-graph.js';

export interface TeamsChannel {
  /** /api/messages */
  readonly endpoint: BotEndpoint;
  /** Proactive messages (invitations, reminders, waitlist promotions). */
  readonly messenger: Messenger;
}

/** Everything botbuilder-based the server needs, built in one place. */
export const createTeamsChannel = (deps: Deps, fanoutGraph: FanoutGraph | null = null): TeamsChannel => {
  const auth = botAuthentication(deps.config);
  const adapter = createAdapter(deps.config, deps.logger, auth);
  const bot = new SamenVerderBot(deps);
  return {
    endpoint: {
      // Card clicks skip botbuilder's turn machinery (direct-invoke.ts); everything else goes through it.
      handle: (req: Request, res: Response) =>
        isCardExecute(req.body) ? answerCardExecute(auth, bot, deps.logger, req, res) : adapter.process(req, res, (context) => bot.run(context)),
    },
    messenger: new TeamsMessenger(adapter, deps, fanoutGraph),
  };
};
