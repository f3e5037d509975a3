import type { ActionTable } from './action-types.js';

export const PROFILE_ACTIONS: ActionTable = {};
