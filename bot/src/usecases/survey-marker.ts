/**
 * The anonymous "has answered" marker: a keyed hash of survey and person. The key is the server's
 * secret (config), never stored beside the data, so the store alone cannot tell whose marker it is,
 * and the marker carries no response id: it cannot be joined to an answer.
 */
import { createHmac } from 'node:crypto';
import type { Id } from '@samen/shared';

export const answeredMarker = (secret: string, surveyId: Id, personId: Id): string =>
  createHmac('sha256', secret).update(`survey-answered\n${surveyId}\n${personId}`).digest('base64url');
