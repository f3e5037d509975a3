/** The Teams channel: the bot endpoint here; the sending half (adapter + messenger) in sender.ts, loadable on its own. */
import type { Request, Response } from 'express';
import type { Deps } from '../deps.js';
import type { BotEndpoint } from '../server.js';
import { answerCardExecute, isCardExecute } from './direct-invoke.js';
import { SamenVerderBot } from './bot.js';
import type { TeamsSender } from './sender.js';

/**
 * /api/messages on the sender's adapter: the bot's conversation code, loaded apart from the sending half.
 * Card clicks skip botbuilder's turn machinery (direct-invoke.ts, authenticated the same way); everything
 * else goes through it.
 */
export const botEndpoint = (deps: Deps, sender: TeamsSender): BotEndpoint => {
  const bot = new SamenVerderBot(deps);
  return {
    answerCard: (body, headers, res) => (isCardExecute(body) ? answerCardExecute(sender.auth, bot, deps.logger, body, headers, res) : null),
    handle: (req: Request, res: Response) =>
      isCardExecute(req.body)
        ? answerCardExecute(sender.auth, bot, deps.logger, req.body, req.headers, res)
        : sender.adapter.process(req, res, (context) => bot.run(context)),
  };
};
