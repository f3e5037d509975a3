/**
 * Teams' batch API (TeamsInfo.sendMessageToListOfUsers + getOperationState + getFailedEntries):
 * one request hands Teams up to 100 recipients of the SAME activity; Teams paces delivery itself.
 * Measured against the stand-in (test/bench/fanout.bench.ts, `fanout-batch` line) next to the
 * per-person sender; see the report for why the per-person sender stays the default for
 * invitations (per-person cards, activity ids for later updates, per-recipient outcome at once).
 */
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import { botbuilder } from './botbuilder.js';

export interface BatchOutcome {
  readonly operations: number;
  readonly requests: number;
  readonly failed: readonly { readonly id: string; readonly error: string }[];
}

const BATCH_SIZE = 100;

export const sendToListOfUsers = async (
  adapter: CloudAdapter,
  botId: string,
  /** Any conversation reference on the right service URL: the batch call needs a turn context. */
  reference: Partial<ConversationReference>,
  activity: Partial<Activity>,
  tenantId: string,
  aadIds: readonly string[],
  pollMs = 1_000,
): Promise<BatchOutcome> => {
  let requests = 0;
  const failed: { id: string; error: string }[] = [];
  const operations: string[] = [];
  await adapter.continueConversationAsync(botId, reference, async (context) => {
    for (let i = 0; i < aadIds.length; i += BATCH_SIZE) {
      const members = aadIds.slice(i, i + BATCH_SIZE).map((id) => ({ id }));
      const op = await botbuilder.TeamsInfo.sendMessageToListOfUsers(context, activity as Activity, tenantId, members);
      requests += 1;
      operations.push(op.operationId);
    }
    for (const operationId of operations) {
      for (;;) {
        const state = await botbuilder.TeamsInfo.getOperationState(context, operationId);
        requests += 1;
        if (state.state === 'Completed' || state.state === 'Failed') break;
        await new Promise((r) => setTimeout(r, pollMs));
      }
      const entries = await botbuilder.TeamsInfo.getFailedEntries(context, operationId);
      requests += 1;
      for (const e of (entries as unknown as { failedEntries?: { id: string; error: string }[] }).failedEntries ?? []) failed.push({ id: e.id, error: e.error });
    }
  });
  return { operations: operations.length, requests, failed };
};
