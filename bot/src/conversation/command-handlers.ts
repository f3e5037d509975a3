import { t } from '@samen/shared';
import type { CommandName } from './commands.js';
import type { CommandHandler } from './handle-message.js';
import { text } from './replies.js';

const notYet: CommandHandler = async (_deps, turn) => [text(t('bot:unknown', turn.locale))];

export const COMMAND_HANDLERS: Record<Exclude<CommandName, 'help'>, CommandHandler> = {
  'mijn-bijeenkomsten': notYet,
  profiel: notYet,
  'nieuwe-bijeenkomst': notYet,
  overzicht: notYet,
  herinner: notYet,
  export: notYet,
};
