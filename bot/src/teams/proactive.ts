/** The Messenger port on Teams: proactive messages through stored conversation references. */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Id } from '@samen/shared';
import type { Deps } from '../deps.js';
import type { Reply } from '../conversation/replies.js';
import type { Messenger, SendOutcome } from '../messaging/messenger.js';
import { toActivity } from './activities.js';

interface ChannelError {
  readonly statusCode?: number;
  readonly response?: { readonly headers?: { get?(name: string): string | null } | Record<string, string> };
  readonly message?: string;
}

const retryAfterMs = (error: ChannelError): number | null => {
  const headers = error.response?.headers;
  const raw = headers && typeof (headers as { get?: unknown }).get === 'function'
    ? (headers as { get(name: string): string | null }).get('retry-after')
    : (headers as Record<string, string> | undefined)?.['retry-after'];
  const seconds = raw ? Number(raw) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : null;
};

/** 403/404: blocked, uninstalled or conversation gone — never retried. 429/5xx/network: retried. */
export const classifySendError = (error: unknown): SendOutcome => {
  const e = (error ?? {}) as ChannelError;
  const status = e.statusCode;
  if (status === 403 || status === 404) return { kind: 'permanent', reason: `HTTP ${status}` };
  if (status === 429 || (status !== undefined && status >= 500)) {
    return { kind: 'retry', reason: `HTTP ${status}`, retryAfterMs: retryAfterMs(e) };
  }
  if (status !== undefined && status >= 400) return { kind: 'permanent', reason: `HTTP ${status}` };
  return { kind: 'retry', reason: e.message ?? 'network error', retryAfterMs: null };
};

export class TeamsMessenger implements Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly deps: Deps,
  ) {}

  async sendToPerson(personId: Id, reply: Reply): Promise<SendOutcome> {
    const ref = await this.deps.stores.conversations.forPerson(personId);
    if (!ref) return { kind: 'permanent', reason: 'no conversation with this person yet' };
    let activityId: string | null = null;
    try {
      await this.adapter.continueConversationAsync(
        this.deps.config.bot?.id ?? '',
        ref.reference as Partial<ConversationReference>,
        async (context) => {
          const response = await context.sendActivity(toActivity(reply));
          activityId = response?.id ?? null;
        },
      );
      return { kind: 'sent', activityId };
    } catch (error) {
      return classifySendError(error);
    }
  }
}
