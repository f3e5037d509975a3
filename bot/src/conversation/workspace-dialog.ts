/**
 * The answer to a `task/fetch` invoke from "Plannen in een groot venster": the tab's workspace page
 * (#/werkplek/nieuw or #/werkplek/:id) in a large Teams dialog, for those the policy lets manage
 * meetings; anyone else, or data that does not read, gets a short Dutch message in the dialog instead.
 * And the chat line after the dialog closed itself on "Versturen" (`task/submit`).
 */
import { errorMessage, t, WorkspaceDialogResultSchema, WorkspaceTaskDataSchema, type Locale, type Person } from '@samen/shared';
import type { Deps } from '../deps.js';
import { authorize, authorizeMeeting } from '../usecases/policy.js';

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

/**
 * The workspace closed its dialog after "Versturen" (task/submit): what to say in the chat, or null. The
 * dialog's data only names the meeting; that it was sent, its title and who may hear of it come from the store.
 */
export const workspaceDialogDone = async (deps: Deps, person: Person, raw: unknown, locale: Locale): Promise<string | null> => {
  const data = WorkspaceDialogResultSchema.safeParse(raw);
  if (!data.success) return null;
  const meeting = await deps.stores.meetings.get(data.data.meetingId);
  if (!meeting || meeting.status !== 'verstuurd' || !authorizeMeeting(deps, person, 'meeting.manage', meeting).ok) return null;
  return t('workspace:dialog.sent', locale, { title: meeting.title });
};
