/**
 * The Messenger port on Teams: proactive messages through stored conversation references; for
 * someone the bot has not met yet, the 1:1 conversation is created first (createConversation with
 * the person's Entra id and the tenant), and its reference kept for next time.
 * Every card carries its outbox key (messaging/delivery-marker.ts), so an unconfirmed send can be
 * checked in Graph (`probe`, graph/delivery-probe.ts) instead of repeated.
 * createConversation answers 403 (BotNotInConversationRoster) while the app is not installed for
 * the person. With FANOUT_INSTALL_APP=true the app is then installed through Graph
 * (graph/app-installer.ts) and the conversation created again; otherwise the person is reported
 * not reachable (failure code `not-installed`).
 */
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { botbuilder } from './botbuilder.js';
import type { Id } from '@samen/shared';
import type { Deps } from '../deps.js';
import { withRefreshFor, type Reply } from '../conversation/replies.js';
import type { Messenger, ProbeResult, SendOptions, SendOutcome } from '../messaging/messenger.js';
import { toActivity } from './activities.js';
import { classifySendError, withTimeout } from './send-errors.js';
import { withDeliveryMarker } from '../messaging/delivery-marker.js';
import type { FanoutGraph } from '../graph/fanout-graph.js';

export { classifySendError } from './send-errors.js';

/** createConversation refused: the app is not installed in the person's personal scope. */
const notInstalled = Symbol('not installed');
type CreateResult = SendOutcome | typeof notInstalled;

interface Target {
  readonly serviceUrl: string;
  readonly tenantId: string;
  readonly aadObjectId: string;
}

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
    private readonly graph: FanoutGraph | null,
  ) {}

  /** The key goes into the card, where Graph's view of the chat keeps it. */
  private activityOf(reply: Reply, options?: SendOptions) {
    return toActivity(options?.idempotencyKey ? withDeliveryMarker(reply, options.idempotencyKey) : reply);
  }

  /**
   * Sends inside a turn, without botbuilder's own retries; an error is returned, not thrown (onTurnError
   * would swallow it). The activity is drawn before the rate slot is taken, which is released at the answer.
   */
  private async sendIn(context: TurnContext, reply: Reply, options?: SendOptions): Promise<{ activityId: string | null } | { error: unknown }> {
    try {
      withoutHiddenRetries(context.turnState.get(this.adapter.ConnectorClientKey));
      // Card refresh addresses Teams user ids ("29:…"): the recipient of this conversation.
      const recipient = context.activity.from?.id;
      const activity = this.activityOf(recipient ? withRefreshFor(reply, recipient) : reply, options);
      await options?.pacing?.beforeRequest();
      try {
        const response = await context.sendActivity(activity);
        return { activityId: response?.id ?? null };
      } finally {
        options?.pacing?.answered();
      }
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
        if (!target) return { kind: 'permanent', failure: 'not-met' };
        return await this.reachNew(personId, target, reply, options);
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
  private async createTarget(personId: Id): Promise<Target | null> {
    const serviceUrl = this.deps.config.fanout.serviceUrl;
    const tenantId = this.deps.config.bot?.tenantId || this.deps.config.fanout.tenantId;
    const person = await this.deps.stores.people.get(personId);
    if (!serviceUrl || !tenantId || !person?.aadObjectId) return null;
    return { serviceUrl, tenantId, aadObjectId: person.aadObjectId };
  }

  /** createConversation and send; when the app is not installed, install it (if allowed) and try once more. */
  private async reachNew(personId: Id, target: Target, reply: Reply, options?: SendOptions): Promise<SendOutcome> {
    const first = await this.createOnce(personId, target, reply, options);
    if (first !== notInstalled) return first;
    const installer = this.graph?.installer;
    if (!installer) return { kind: 'permanent', failure: 'not-installed', detail: 'automatic installation is off' };
    const installed = await installer.install(target.aadObjectId);
    if (!installed.ok) {
      return installed.permanent
        ? { kind: 'permanent', failure: 'not-installed', detail: installed.reason }
        : { kind: 'retry', failure: 'install-failed', detail: installed.reason, retryAfterMs: null };
    }
    this.deps.logger.info({ personId, already: installed.already }, 'app installed for a person the bot had not met');
    // the second createConversation takes an app-wide slot of its own (createAndSend: beforeRequest)
    const second = await this.createOnce(personId, target, reply, options);
    // Teams may need a moment after the installation: try again later
    return second === notInstalled ? { kind: 'retry', failure: 'installing', retryAfterMs: null } : second;
  }

  private async createOnce(personId: Id, target: Target, reply: Reply, options?: SendOptions): Promise<CreateResult> {
    const late = { timedOut: false };
    const progress = { created: false };
    try {
      return await withTimeout(this.createAndSend(personId, target, reply, late, progress, options), this.deps.config.fanout.sendTimeoutMs);
    } catch (error) {
      if (!progress.created && (error as { statusCode?: number } | null)?.statusCode === 403) return notInstalled;
      return classifySendError(error);
    } finally {
      late.timedOut = true;
    }
  }

  /** createConversation (idempotent in Teams for a 1:1 chat), keep the reference, send in the same turn. */
  private async createAndSend(
    personId: Id,
    { serviceUrl, tenantId, aadObjectId }: Target,
    reply: Reply,
    late: { readonly timedOut: boolean },
    progress: { created: boolean },
    options?: SendOptions,
  ): Promise<SendOutcome> {
    let activityId: string | null = null;
    let failure: { error: unknown } | null = null;
    const botId = this.deps.config.bot?.id ?? '';
    // createConversation counts against the per-app limit: it takes the delivery's (first) slot
    await options?.pacing?.beforeRequest();
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
        progress.created = true;
        options?.pacing?.answered();
        const reference = botbuilder.TurnContext.getConversationReference(context.activity);
        await this.deps.stores.conversations.save({
          personId,
          scope: 'personal',
          conversationId: context.activity.conversation.id,
          reference: { ...reference, user: { id: aadObjectId, name: '', aadObjectId } },
          updatedAt: this.deps.clock().toISOString(),
        });
        // already reported as a timeout (the retry checks first): never send after that; the message
        // takes an app-wide slot of its own in sendIn
        if (late.timedOut) return;
        const sent = await this.sendIn(context, reply, options);
        if ('error' in sent) failure = sent;
        else activityId = sent.activityId;
      },
    );
    if (failure) throw (failure as { error: unknown }).error;
    return { kind: 'sent', activityId };
  }

  /**
   * No conversation reference: nothing was ever sent (the reference is kept before the first send).
   * Otherwise the person's chat is read through Graph; without Graph this cannot be told.
   */
  async probe(personId: Id, idempotencyKey: string): Promise<ProbeResult> {
    const ref = await this.deps.stores.conversations.forPerson(personId);
    if (!ref) return 'absent';
    const chat = this.graph?.probe;
    if (!chat) return 'unknown';
    const stored = (ref.reference as { user?: { aadObjectId?: string } }).user?.aadObjectId;
    const aadObjectId = (await this.deps.stores.people.get(personId))?.aadObjectId ?? stored;
    if (!aadObjectId) return 'unknown';
    return chat.probe(aadObjectId, idempotencyKey);
  }
}
