/**
 * Reconciliation: reads the 1:1 chat's recent messages (Graph-shaped: GET {base}/v1.0/chats/{id}/messages)
 * and looks for the outbox key the activity carried. A failed read is 'error' (check again later),
 * never a guess. In a tenant this needs Graph access to the
 * bot's chats; without FANOUT_PROBE_URL the answer is 'unknown' and the worker resends (at least once).
 */
import { z } from 'zod';
import type { ProbeResult } from '../messaging/messenger.js';

const Messages = z.object({
  value: z.array(z.object({ channelData: z.object({ samenVerder: z.object({ idempotencyKey: z.string() }).optional() }).passthrough().nullish() }).passthrough()),
});

export const probeDelivery = async (baseUrl: string, conversationId: string, key: string, timeoutMs: number): Promise<ProbeResult> => {
  try {
    const url = new URL(`v1.0/chats/${encodeURIComponent(conversationId)}/messages?$top=50`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (res.status === 404) return 'absent';
    if (!res.ok) return 'error';
    const parsed = Messages.safeParse(await res.json());
    if (!parsed.success) return 'error';
    return parsed.data.value.some((m) => m.channelData?.samenVerder?.idempotencyKey === key) ? 'delivered' : 'absent';
  } catch {
    return 'error';
  }
};
