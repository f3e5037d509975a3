/**
 * Reconciliation through Microsoft Graph: did a send whose answer never came (crash, timeout, 5xx)
 * reach the person's 1:1 chat with the bot? Reads the chat's newest messages
 *   GET /chats/{chat id}/messages?$top=50&$orderby=createdDateTime desc   (then @odata.nextLink)
 * and looks for the outbox key inside a card: Graph's chatMessage carries the Adaptive Card as a
 * JSON string in `attachments[].content` (contentType application/vnd.microsoft.card.adaptive),
 * where the sender stamped the key (messaging/delivery-marker.ts). Bot Framework channelData does
 * not survive into Graph.
 * Permission: application Chat.Read.All — resource-specific consent (ChatMessage.Read.Chat) does
 * not cover personal chats, and listing chat messages with application permissions is one of
 * Teams' protected APIs. Every failed or unexpected read is 'error' (check again later), never a guess.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { ProbeResult } from '../messaging/messenger.js';
import { cardCarries } from '../messaging/delivery-marker.js';
import { relativeGraphPath } from './client.js';
import type { TeamsChatDirectory } from './teams-chat.js';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
/** Graph's largest page for chat messages. */
const PAGE = 50;

const Page = z.object({
  value: z.array(
    z.object({
      attachments: z.array(z.object({ contentType: z.string().nullish(), content: z.string().nullish() })).nullish(),
    }),
  ),
  '@odata.nextLink': z.string().optional(),
});

export interface DeliveryProbeOptions {
  /** Pages of 50 newest messages read at most; the unconfirmed send is among the newest. */
  readonly maxPages: number;
  readonly timeoutMs: number;
}

export class GraphDeliveryProbe {
  constructor(
    private readonly client: Client,
    private readonly chats: TeamsChatDirectory,
    private readonly options: DeliveryProbeOptions,
  ) {}

  async probe(aadObjectId: string, key: string): Promise<ProbeResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ProbeResult>((resolve) => {
      timer = setTimeout(() => resolve('error'), this.options.timeoutMs);
    });
    try {
      return await Promise.race([this.read(aadObjectId, key), timeout]);
    } catch {
      return 'error';
    } finally {
      clearTimeout(timer);
    }
  }

  private async read(aadObjectId: string, key: string): Promise<ProbeResult> {
    const lookup = await this.chats.chatOf(aadObjectId);
    if ('error' in lookup) return 'error';
    // not installed for this person: no chat, so nothing can have arrived
    if (lookup.chatId === null) return 'absent';
    let path: string | null = `/chats/${encodeURIComponent(lookup.chatId)}/messages?$top=${PAGE}&$orderby=createdDateTime desc`;
    for (let page = 0; path && page < this.options.maxPages; page += 1) {
      const parsed = Page.safeParse(await this.client.api(path).get());
      if (!parsed.success) return 'error';
      const found = parsed.data.value.some((m) => (m.attachments ?? []).some((a) => a.contentType === ADAPTIVE && cardCarries(a.content, key)));
      if (found) return 'delivered';
      const next = parsed.data['@odata.nextLink'];
      path = next ? relativeGraphPath(next) : null;
    }
    return 'absent';
  }
}
