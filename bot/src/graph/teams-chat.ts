/**
 * The bot's 1:1 chat with one person, as Microsoft Graph knows it. Graph chat ids
 * (`19:…@unq.gbl.spaces`) are not Bot Framework conversation ids (`a:…`), so the chat is found
 * through the app's installation for that user:
 *   GET /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{catalog app id}'
 *   GET /users/{id}/teamwork/installedApps/{installation id}/chat
 * (application permission TeamsAppInstallation.ReadForUser.All, or ReadWriteSelfForUser.All when
 * the app also installs itself). Ids are cached per person: a chat id never changes.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { BoundedMap } from '@samen/shared';
import { z } from 'zod';
import { lit } from './client.js';

const Installations = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
const Chat = z.object({ id: z.string().min(1) });

/** A chat id; null = the app is not installed for this person (so there is no chat). */
export type ChatLookup = { readonly chatId: string | null } | { readonly error: string };

export class TeamsChatDirectory {
  private readonly chats = new BoundedMap<string, string>(50_000);

  constructor(
    private readonly client: Client,
    private readonly teamsAppId: string,
  ) {}

  async chatOf(aadObjectId: string): Promise<ChatLookup> {
    const cached = this.chats.get(aadObjectId);
    if (cached) return { chatId: cached };
    const user = `/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`;
    const installations = Installations.safeParse(
      await this.client.api(user).expand('teamsApp').filter(`teamsApp/id eq ${lit(this.teamsAppId)}`).get(),
    );
    if (!installations.success) return { error: 'unexpected installedApps answer' };
    const installation = installations.data.value[0];
    if (!installation) return { chatId: null };
    const chat = Chat.safeParse(await this.client.api(`${user}/${encodeURIComponent(installation.id)}/chat`).select('id').get());
    if (!chat.success) return { error: 'unexpected chat answer' };
    this.chats.set(aadObjectId, chat.data.id);
    return { chatId: chat.data.id };
  }
}
