/** Routes a chat message to one handler per command. Unknown text gets a helpful answer. */
import { t } from '@samen/shared';
import type { Deps } from '../deps.js';
import { COORDINATOR_COMMANDS, parseCommand, type CommandName } from './commands.js';
import { helpText } from './help.js';
import { text, type Reply } from './replies.js';
import type { Turn } from './turn.js';
import { COMMAND_HANDLERS } from './command-handlers.js';

export type CommandHandler = (deps: Deps, turn: Turn, argument: string) => Promise<readonly Reply[]>;

const help: CommandHandler = async (_deps, turn) => [text(helpText(turn.locale, turn.isCoordinator))];

const handlerFor = (name: CommandName): CommandHandler => (name === 'help' ? help : COMMAND_HANDLERS[name]);

export const handleMessage = async (deps: Deps, turn: Turn, message: string): Promise<readonly Reply[]> => {
  const command = parseCommand(message);
  if (!command) return [text(t('bot:unknown', turn.locale))];
  if (COORDINATOR_COMMANDS.has(command.name) && !turn.isCoordinator) return [text(t('bot:coordinatorOnly', turn.locale))];
  return handlerFor(command.name)(deps, turn, command.argument);
};
