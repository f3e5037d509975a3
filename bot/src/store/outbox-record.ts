/** The outbox record as both adapters read it back: validated, so a bad row never reaches the sender. */
import { z } from 'zod';
import type { OutboxItem } from './ports.js';

export const OUTBOX_KINDS = ['invitation', 'reminder', 'promotion', 'update', 'announcement', 'survey'] as const satisfies readonly OutboxItem['kind'][];

export const OutboxRecord = z.object({
  key: z.string().min(1),
  kind: z.enum(OUTBOX_KINDS),
  personId: z.string().min(1),
  meetingId: z.string().nullable(),
  payload: z.unknown(),
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  notBefore: z.string().min(1),
  lastError: z.string().nullable(),
  activityId: z.string().nullable(),
  updatedAt: z.string().min(1),
});
