/** The TeamsActivityHandler: turns activities into conversation turns and replies into activities. */
import type {
  Activity,
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  TaskModuleRequest,
  TaskModuleResponse,
  TurnContext,
} from 'botbuilder';
import { botbuilder } from './botbuilder.js';
import { toActivity } from './activities.js';
import { ReferenceMemo } from './reference-memo.js';
import { errorMessage, httpStatusOf, toLocale, type ErrorCode, type Locale } from '@samen/shared';
import { handleCardAction } from '../conversation/handle-action.js';
import type { Deps } from '../deps.js';
import { handleInstall, handleMessage } from '../conversation/handle-message.js';
import type { Turn } from '../conversation/turn.js';
import { isCoordinator } from '../auth/coordinators.js';
import { resolvePerson } from '../usecases/people.js';
import { workspaceDialog, workspaceDialogDone } from '../conversation/workspace-dialog.js';

export class SamenVerderBot extends botbuilder.TeamsActivityHandler {
  private readonly references = new ReferenceMemo();

  constructor(private readonly deps: Deps) {
    super();
    this.onMessage(async (context, next) => {
      const turn = await this.turnOf(context);
      if (turn && isCardSubmit(context.activity.value)) await this.onSubmit(context, turn);
      else if (turn) {
        const replies = await handleMessage(this.deps, turn, context.activity.text ?? '');
        for (const reply of replies) await context.sendActivity(toActivity(reply));
      }
      await next();
    });
    // Teams sends both conversationUpdate (bot added) and installationUpdate on install: greet on
    // the first only, remember the conversation on both.
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.greet(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.turnOf(context);
      await next();
    });
  }

  /** On install: remember the conversation, welcome, and ask a newcomer for school and role. */
  private async greet(context: TurnContext): Promise<void> {
    const turn = await this.turnOf(context);
    if (!turn) return;
    for (const reply of await handleInstall(this.deps, turn)) await context.sendActivity(toActivity(reply));
  }

  /** Resolves the person and remembers where to reach them proactively. */
  private turnOf(context: TurnContext): Promise<Turn | null> {
    return this.turnFor(context.activity, (text) => context.sendActivity(text));
  }

  /** The same from the activity alone; `say` tells the person why there is no turn. */
  private async turnFor(activity: Partial<Activity>, say: (text: string) => Promise<unknown>): Promise<Turn | null> {
    const started = await this.startTurn(activity, say);
    if (!started) return null;
    await started.saved;
    return started.turn;
  }

  /**
   * Resolves the person and starts saving the conversation reference when it changed, without waiting
   * for it: `saved` settles once it is stored (or failed). A card click draws its answer meanwhile, so
   * the save and the RSVP land in the same group commit (SQLite) instead of one after the other.
   */
  private async startTurn(activity: Partial<Activity>, say: (text: string) => Promise<unknown>): Promise<{ turn: Turn; saved: Promise<void> } | null> {
    const { from, locale: rawLocale, conversation } = activity as Activity;
    const aadObjectId = from.aadObjectId ?? from.id;
    const result = await resolvePerson(this.deps, { aadObjectId, name: from.name ?? '', email: '', locale: toLocale(rawLocale) });
    // The language in the person's profile wins over the client's; a newcomer starts with the client's.
    const locale = result.ok ? result.value.locale : toLocale(rawLocale);
    if (!result.ok) {
      await say(errorMessage(result.error, locale));
      return null;
    }
    const person = result.value;
    const personId = conversation.conversationType === 'personal' || !conversation.conversationType ? person.id : null;
    const reference = botbuilder.TurnContext.getConversationReference(activity);
    const now = this.deps.clock();
    const toSave = this.references.toSave(conversation.id, personId, reference, now.getTime());
    const saved =
      toSave === null
        ? Promise.resolve()
        : this.deps.stores.conversations
            .save({ personId, scope: conversation.conversationType ?? 'personal', conversationId: conversation.id, reference, updatedAt: now.toISOString() })
            .then(() => this.references.remember(conversation.id, toSave, now.getTime()));
    return { turn: { person, locale, isCoordinator: isCoordinator(this.deps, person), teamsUserId: from.id }, saved };
  }

  /** Action.Execute (Universal Actions): answer with the card this user should now see. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return this.cardInvoke(context.activity, invokeValue, (text) => context.sendActivity(text));
  }

  /**
   * An Action.Execute answered from the activity alone (no TurnContext): what the direct invoke path
   * (direct-invoke.ts) runs after authenticating the request as botbuilder does.
   */
  async cardInvoke(activity: Partial<Activity>, invokeValue: AdaptiveCardInvokeValue, say: (text: string) => Promise<unknown>): Promise<AdaptiveCardInvokeResponse> {
    const started = await this.startTurn(activity, say);
    if (!started) return invokeError('PERSON.NOT_FOUND', toLocale(activity.locale));
    const { turn, saved } = started;
    const raw = { ...(invokeValue.action?.data ?? {}), verb: invokeValue.action?.verb };
    // Answered only once the reference is stored too: a failed save fails the click, as before.
    const [result] = await Promise.all([handleCardAction(this.deps, turn, raw), saved]);
    if (result.error && BAD_REQUEST.has(result.error.code)) return invokeError(result.error.code, turn.locale);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result.card as never };
  }

  /**
   * "Plannen in een groot venster" (Action.Submit with msteams task/fetch): the tab's workspace page in
   * a large dialog, or a short message in the dialog for someone who may not plan meetings.
   */
  protected override async handleTeamsTaskModuleFetch(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const turn = await this.turnOf(context);
    const locale = turn?.locale ?? toLocale(context.activity.locale);
    if (!turn) return { task: { type: 'message', value: errorMessage({ code: 'PERSON.NOT_FOUND' }, locale) } };
    const dialog = workspaceDialog(this.deps, turn.person, request.data, locale);
    if (dialog.kind === 'message') return { task: { type: 'message', value: dialog.text } };
    return { task: { type: 'continue', value: { url: dialog.url, fallbackUrl: dialog.url, title: dialog.title, height: 'large', width: 'large' } } };
  }

  /**
   * The workspace closed its dialog after "Versturen" (dialog.url.submit): a line in the chat that the meeting
   * went out. Answered without a task, which is what lets Teams close the dialog (a task would show it again).
   */
  protected override async handleTeamsTaskModuleSubmit(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const turn = await this.turnOf(context);
    const text = turn ? await workspaceDialogDone(this.deps, turn.person, request.data, turn.locale) : null;
    if (text) await context.sendActivity(text);
    return undefined as unknown as TaskModuleResponse;
  }

  /** Action.Submit fallback (Teams mobile): same handler, then the clicked card is replaced in place. */
  private async onSubmit(context: TurnContext, turn: Turn): Promise<void> {
    const result = await handleCardAction(this.deps, turn, context.activity.value);
    const activity = toActivity({ type: 'card', card: result.card });
    const replyToId = context.activity.replyToId;
    if (replyToId) {
      try {
        await context.updateActivity({ ...activity, id: replyToId });
        return;
      } catch (error) {
        this.deps.logger.warn({ err: { message: (error as Error).message } }, 'could not update card, sending a new one');
      }
    }
    await context.sendActivity(activity);
  }
}

const BAD_REQUEST = new Set<ErrorCode>(['CARD.UNKNOWN_VERB', 'CARD.INVALID_DATA']);

const invokeError = (code: ErrorCode, locale: Locale): AdaptiveCardInvokeResponse => ({
  statusCode: httpStatusOf(code),
  type: 'application/vnd.microsoft.error',
  value: { code, message: errorMessage({ code }, locale) } as never,
});

const isCardSubmit = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { verb?: unknown }).verb === 'string';
