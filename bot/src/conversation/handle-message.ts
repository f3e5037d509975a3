/** Routes a chat message to one handler per command. Unknown text gets a helpful answer. */
import { helpCard, t, welcomeCard } from '@samen/shared';
import { hasProfile } from '../usecases/people.js';
import { allSchools } from './schools.js';
import type { Deps } from '../deps.js';
import { parseCommand, type CommandName } from './commands.js';
import { COMMAND_ACTIONS } from './permissions.js';
import { authorizeBeforeMeeting } from '../usecases/policy.js';
import { card, text, type Reply } from './replies.js';
import type { Turn } from './turn.js';
import { COMMAND_HANDLERS } from './command-handlers.js';
import type { CommandHandler } from './command-types.js';

export type { CommandHandler } from './command-types.js';

const help: CommandHandler = async (_deps, turn) => [
  card(helpCard({ isCoordinator: turn.isCoordinator, locale: turn.locale })),
];

const handlerFor = (name: CommandName): CommandHandler => (name === 'help' ? help : COMMAND_HANDLERS[name]);

export const handleMessage = async (deps: Deps, turn: Turn, message: string): Promise<readonly Reply[]> => {
  const command = parseCommand(message);
  const newcomer = !hasProfile(turn.person) && command?.name !== 'profiel';
  if (newcomer && command?.name !== 'help') return [await welcome(deps, turn)];
  if (!command) return [text(t('bot:unknown', turn.locale))];
  if (!authorizeBeforeMeeting(deps, turn.person, COMMAND_ACTIONS[command.name]).ok) return [text(t('bot:coordinatorOnly', turn.locale))];
  const replies = await handlerFor(command.name)(deps, turn, command.argument);
  return newcomer ? [...replies, await welcome(deps, turn)] : replies;
};

/** First contact: who are you? Asked before anything else, so invitations reach the right people. */
const welcome = async (deps: Deps, turn: Turn): Promise<Reply> =>
  card(welcomeCard({ schools: await allSchools(deps), locale: turn.locale }));

/** The bot was installed: a welcome, and for a newcomer the question who they are. */
export const handleInstall = async (deps: Deps, turn: Turn): Promise<readonly Reply[]> =>
  hasProfile(turn.person) ? [text(t('bot:welcome', turn.locale))] : [text(t('bot:welcome', turn.locale)), await welcome(deps, turn)];
