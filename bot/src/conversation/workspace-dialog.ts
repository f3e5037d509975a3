/**
 * The answer to a `task/fetch` invoke from "Plannen in een groot venster": the tab's workspace page
 * (#/werkplek/nieuw or #/werkplek/:id) in a large Teams dialog, for those the policy lets manage
 * meetings; anyone else, or data that does not read, gets a short Dutch message in the dialog instead.
 */
import { errorMessage, t, WorkspaceTaskDataSchema, type Locale, type Person } from '@samen/shared';
import type { Deps } from '../deps.js';
import { authorize } from '../usecases/policy.js';

export type WorkspaceDialog =
  | { readonly kind: 'page'; readonly url: string; readonly title: string }
  | { readonly kind: 'message'; readonly text: string };

export const workspaceDialog = (deps: Deps, person: Person, raw: unknown, locale: Locale): WorkspaceDialog => {
  const allowed = authorize(deps, person, 'meeting.manage');
  if (!allowed.ok) return { kind: 'message', text: errorMessage(allowed.error, locale) };
  const data = WorkspaceTaskDataSchema.safeParse(raw);
  if (!data.success) return { kind: 'message', text: errorMessage({ code: 'CARD.INVALID_DATA' }, locale) };
  const { meetingId } = data.data;
  const path = meetingId === undefined ? 'nieuw' : encodeURIComponent(meetingId);
  return {
    kind: 'page',
    url: `${deps.config.publicUrl}/#/werkplek/${path}`,
    title: t(meetingId === undefined ? 'workspace:dialog.title' : 'workspace:dialog.titleEdit', locale),
  };
};
