/**
 * Every turn tells where to reach the person proactively, but the conversation reference rarely
 * changes: this remembers what this process last saved per conversation and skips a save of the
 * same reference (the incoming activity's own id aside) for a while. A restart or another instance
 * simply saves once more; the store keeps the newest either way.
 */
import type { ConversationReference } from 'botbuilder';
import { BoundedMap } from '@samen/shared';

/** Saved again at least this often, so `updatedAt` stays a fair "last seen". */
const REFRESH_MS = 6 * 60 * 60 * 1000;

const stable = (ref: Partial<ConversationReference>): string => {
  const { activityId: _activityId, ...rest } = ref;
  return JSON.stringify(rest);
};

export class ReferenceMemo {
  private readonly saved = new BoundedMap<string, { readonly key: string; readonly at: number }>(50_000);

  /**
   * Null when this reference need not be saved now; otherwise what to hand `remember` once it is saved
   * (the reference written out once per turn, not again to remember it).
   */
  toSave(conversationId: string, personId: string | null, ref: Partial<ConversationReference>, now: number): string | null {
    const key = `${personId ?? ''}|${stable(ref)}`;
    const last = this.saved.get(conversationId);
    return !last || last.key !== key || now - last.at >= REFRESH_MS ? key : null;
  }

  remember(conversationId: string, saved: string, now: number): void {
    this.saved.set(conversationId, { key: saved, at: now });
  }
}
