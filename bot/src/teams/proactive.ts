/**
 * The Messenger port on Teams: proactive messages through stored conversation references; for
 * someone the bot has not met yet, the 1:1 conversation is created first (createConversation with
 * the person's Entra id and the tenant), and its reference kept for next time.
 * Every activity carries its outbox key in channelData, so an unconfirmed send can be checked
 * (`probe`) instead of repeated.
 * Not built (optional, off by default, as in Company Communicator): installing the app for a person
 * first through Graph (POST /users/{id}/teamwork/installedApps, application permission
 * TeamsAppInstallation.ReadWriteForUser.All); createConversation answers 403 until it is installed,
 * and such people are reported as "not reachable".
 */
import { TurnContext, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Id } from '@samen/shared';
import type { Deps } from '../deps.js';
import { withRefreshFor, type Reply } from '../conversation/replies.js';
import type { Messenger, ProbeResult, SendOptions, SendOutcome } from '../messaging/messenger.js';
import { toActivity } from './activities.js';
import { classifySendError, withTimeout } from './send-errors.js';
import { probeDelivery } from './delivery-probe.js';

export { classifySendError } from './send-errors.js';

const NOT_MET = 'no conversation with this person yet';

/**
 * The connector client's HTTP pipeline (@azure/core-rest-pipeline) retries 5xx, 429 and dropped
 * connections on its own. A hidden retry of a send that did arrive is a duplicate message, so the
 * fan-out sender (which retries with reconciliation) switches them off for its own sends.
 */
const RETRY_POLICIES = ['defaultRetryPolicy', 'exponentialRetryPolicy', 'systemErrorRetryPolicy', 'throttlingRetryPolicy'];
const withoutHiddenRetries = (client: unknown): void => {
  const pipeline = (client as { client?: { pipeline?: { removePolicy(p: { name: string }): unknown } } } | undefined)?.client?.pipeline;
  for (const name of RETRY_POLICIES) pipeline?.removePolicy({ name });
};

export class TeamsMessenger implements Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly deps: Deps,
  ) {}

  private activityOf(reply: Reply, options?: SendOptions) {
    const activity = toActivity(reply);
    return options?.idempotencyKey ? { ...activity, channelData: { samenVerder: { idempotencyKey: options.idempotencyKey } } } : activity;
  }

  /** Sends inside a turn, without botbuilder's own retries; an error is returned, not thrown (onTurnError would swallow it). */
  private async sendIn(context: TurnContext, reply: Reply, options?: SendOptions): Promise<{ activityId: string | null } | { error: unknown }> {
    try {
      withoutHiddenRetries(context.turnState.get(this.adapter.ConnectorClientKey));
      // Card refresh addresses Teams user ids ("29:…"): the recipient of this conversation.
      const recipient = context.activity.from?.id;
      const addressed = recipient ? withRefreshFor(reply, recipient) : reply;
      const response = await context.sendActivity(this.activityOf(addressed, options));
      return { activityId: response?.id ?? null };
    } catch (error) {
      return { error };
    }
  }

  async sendToPerson(personId: Id, reply: Reply, options?: SendOptions): Promise<SendOutcome> {
    const ref = await this.deps.stores.conversations.forPerson(personId);
    const timeoutMs = this.deps.config.fanout.sendTimeoutMs;
    let activityId: string | null = null;
    // The adapter's onTurnError swallows errors thrown inside the turn: carry them out by hand.
    let failure: { error: unknown } | null = null;
    try {
      if (!ref) {
        const target = await this.createTarget(personId);
        if (!target) return { kind: 'permanent', reason: NOT_MET };
        const late = { timedOut: false };
        try {
          return await withTimeout(this.createAndSend(personId, target, reply, late, options), timeoutMs);
        } finally {
          late.timedOut = true;
        }
      }
      await withTimeout(
        this.adapter.continueConversationAsync(
          this.deps.config.bot?.id ?? '',
          ref.reference as Partial<ConversationReference>,
          async (context) => {
            const sent = await this.sendIn(context, reply, options);
            if ('error' in sent) failure = sent;
            else activityId = sent.activityId;
          },
        ),
        timeoutMs,
      );
      if (failure) throw (failure as { error: unknown }).error;
      return { kind: 'sent', activityId };
    } catch (error) {
      return classifySendError(error);
    }
  }

  /** Where and for whom a 1:1 conversation can be created; null = this person cannot be reached. */
  private async createTarget(personId: Id): Promise<{ serviceUrl: string; tenantId: string; aadObjectId: string } | null> {
    const serviceUrl = this.deps.config.fanout.serviceUrl;
    const tenantId = this.deps.config.bot?.tenantId || this.deps.config.fanout.tenantId;
    const person = await this.deps.stores.people.get(personId);
    if (!serviceUrl || !tenantId || !person?.aadObjectId) return null;
    return { serviceUrl, tenantId, aadObjectId: person.aadObjectId };
  }

  /** createConversation (idempotent in Teams for a 1:1 chat), keep the reference, send in the same turn. */
  private async createAndSend(
    personId: Id,
    { serviceUrl, tenantId, aadObjectId }: { serviceUrl: string; tenantId: string; aadObjectId: string },
    reply: Reply,
    late: { readonly timedOut: boolean },
    options?: SendOptions,
  ): Promise<SendOutcome> {
    let activityId: string | null = null;
    let failure: { error: unknown } | null = null;
    const botId = this.deps.config.bot?.id ?? '';
    await this.adapter.createConversationAsync(
      botId,
      'msteams',
      serviceUrl,
      'https://api.botframework.com',
      {
        isGroup: false,
        bot: { id: botId, name: 'Samen Verder' },
        members: [{ id: aadObjectId, name: '' }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      },
      async (context) => {
        const reference = TurnContext.getConversationReference(context.activity);
        await this.deps.stores.conversations.save({
          personId,
          scope: 'personal',
          conversationId: context.activity.conversation.id,
          reference: { ...reference, user: { id: aadObjectId, name: '', aadObjectId } },
          updatedAt: this.deps.clock().toISOString(),
        });
        // createConversation used the sender's slot; the message needs one of its own
        await options?.beforeFollowUpRequest?.();
        // already reported as a timeout (the retry checks first): never send after that
        if (late.timedOut) return;
        const sent = await this.sendIn(context, reply, options);
        if ('error' in sent) failure = sent;
        else activityId = sent.activityId;
      },
    );
    if (failure) throw (failure as { error: unknown }).error;
    return { kind: 'sent', activityId };
  }

  async probe(personId: Id, idempotencyKey: string): Promise<ProbeResult> {
    const ref = await this.deps.stores.conversations.forPerson(personId);
    const url = this.deps.config.fanout.probeUrl;
    if (!ref) return 'absent';
    if (!url) return 'unknown';
    return probeDelivery(url, ref.conversationId, idempotencyKey, this.deps.config.fanout.sendTimeoutMs);
  }
}
