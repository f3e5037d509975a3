/**
 * "Plannen in een groot venster": a button on the chat's meeting form and on a meeting's overview that
 * opens the tab's workspace page in a Teams dialog (Action.Submit with `msteams.type = 'task/fetch'`;
 * the bot answers the invoke with the page's URL). The chat form stays for quick, small meetings.
 */
import type { Id } from '../domain/ids.js';
import { t, type Locale } from '../i18n/index.js';
import type { WorkspaceTaskData } from '../schemas/workspace.js';
import type { AdaptiveCard, SubmitAction } from './types.js';

export const workspaceDialogAction = (locale: Locale, meetingId: Id | null = null): SubmitAction => {
  const data: WorkspaceTaskData = meetingId === null ? { workspace: 'meeting' } : { workspace: 'meeting', meetingId };
  return {
    type: 'Action.Submit',
    title: t(meetingId === null ? 'workspace:dialog.open' : 'workspace:dialog.openEdit', locale),
    data: { msteams: { type: 'task/fetch' }, ...data },
  };
};

/** The card with one more button at the end: opening the workspace in a dialog. */
export const withWorkspaceDialog = (card: AdaptiveCard, locale: Locale, meetingId: Id | null = null): AdaptiveCard => ({
  ...card,
  actions: [...(card.actions ?? []), workspaceDialogAction(locale, meetingId)],
});
