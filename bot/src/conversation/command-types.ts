/** A chat command's handler: what follows the command word in, replies out. */
import type { Deps } from '../deps.js';
import type { Reply } from './replies.js';
import type { Turn } from './turn.js';

export type CommandHandler = (deps: Deps, turn: Turn, argument: string) => Promise<readonly Reply[]>;
