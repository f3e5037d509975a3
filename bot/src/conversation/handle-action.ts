/**
 * Card actions (Action.Execute invokes and their Action.Submit fallbacks) routed by verb: one handler
 * per verb, each answering with the card the clicking user should see next.
 */
import { parseCardAction } from '@samen/shared';
import { errorResult, type ActionHandler, type ActionResult, type ActionTable } from './action-types.js';
import type { Deps } from '../deps.js';
import type { Turn } from './turn.js';
import { MEETING_ACTIONS } from './meeting-actions.js';
import { PROFILE_ACTIONS } from './profile-actions.js';
import { ADMIN_ACTIONS } from './admin-actions.js';
import { ANNOUNCEMENT_ACTIONS } from './announcement-actions.js';
import { SURVEY_ACTIONS } from './survey-actions.js';

const HANDLERS: ActionTable = { ...MEETING_ACTIONS, ...PROFILE_ACTIONS, ...ADMIN_ACTIONS, ...ANNOUNCEMENT_ACTIONS, ...SURVEY_ACTIONS };

export const handleCardAction = async (deps: Deps, turn: Turn, raw: unknown): Promise<ActionResult> => {
  const parsed = parseCardAction(raw);
  if (!parsed.ok) return errorResult(parsed.error, turn);
  const action = parsed.value;
  const handler = HANDLERS[action.verb] as ActionHandler<typeof action.verb> | undefined;
  if (!handler) return errorResult({ code: 'CARD.UNKNOWN_VERB' }, turn);
  return handler(deps, turn, action as never);
};
