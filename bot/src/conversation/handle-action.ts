/**
 * Card actions (Action.Execute invokes and their Action.Submit fallbacks) routed by verb. The policy
 * decides on the verb first (permissions.ts: who may use it at all), before the data is even read; then
 * the data is parsed (zod) and one handler per verb answers with the card the user should see next.
 */
import { isVerb, parseCardAction } from '@samen/shared';
import { errorResult, type ActionHandler, type ActionResult, type ActionTable } from './action-types.js';
import type { Deps } from '../deps.js';
import type { Turn } from './turn.js';
import { MEETING_ACTIONS } from './meeting-actions.js';
import { PROFILE_ACTIONS } from './profile-actions.js';
import { ADMIN_ACTIONS } from './admin-actions.js';
import { ANNOUNCEMENT_ACTIONS } from './announcement-actions.js';
import { SURVEY_ACTIONS } from './survey-actions.js';
import { PROGRAMME_ACTIONS } from './programme-commands.js';
import { SELECTION_ACTIONS } from './selection-actions.js';
import { VERB_ACTIONS } from './permissions.js';
import { authorizeBeforeMeeting } from '../usecases/policy.js';

const HANDLERS: ActionTable = { ...MEETING_ACTIONS, ...PROFILE_ACTIONS, ...ADMIN_ACTIONS, ...ANNOUNCEMENT_ACTIONS, ...SURVEY_ACTIONS, ...PROGRAMME_ACTIONS, ...SELECTION_ACTIONS };

const verbOf = (raw: unknown): unknown => (typeof raw === 'object' && raw !== null ? (raw as { verb?: unknown }).verb : undefined);

export const handleCardAction = async (deps: Deps, turn: Turn, raw: unknown): Promise<ActionResult> => {
  const verb = verbOf(raw);
  if (!isVerb(verb)) return errorResult({ code: 'CARD.UNKNOWN_VERB' }, turn);
  const allowed = authorizeBeforeMeeting(deps, turn.person, VERB_ACTIONS[verb]);
  if (!allowed.ok) return errorResult(allowed.error, turn);
  const parsed = parseCardAction(raw);
  if (!parsed.ok) return errorResult(parsed.error, turn);
  const action = parsed.value;
  const handler = HANDLERS[action.verb] as ActionHandler<typeof action.verb> | undefined;
  if (!handler) return errorResult({ code: 'CARD.UNKNOWN_VERB' }, turn);
  return handler(deps, turn, action as never);
};
