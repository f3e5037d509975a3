import type { Request, Response } from 'express';
import type { Deps } from '../deps.js';
import type { BotEndpoint } from '../server.js';
import { createAdapter } from './adapter.js';
import { SamenVerderBot } from './bot.js';

/** The bot endpoint for /api/messages, built from the Teams adapter and the bot. */
export const createBotEndpoint = (deps: Deps): BotEndpoint => {
  const adapter = createAdapter(deps.config, deps.logger);
  const bot = new SamenVerderBot(deps);
  return {
    handle: (req: Request, res: Response) => adapter.process(req, res, (context) => bot.run(context)),
  };
};
