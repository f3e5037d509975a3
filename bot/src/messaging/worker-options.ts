/** How the outbox worker sends: batch size, sends in flight, retries. */
import type { DeliveryPolicy } from './deliver-item.js';

export interface OutboxWorkerOptions extends DeliveryPolicy {
  readonly batchSize: number;
  /** Sends in flight at once (the limiter decides when each may go). */
  readonly concurrency?: number;
}

export const DEFAULT_WORKER_OPTIONS: OutboxWorkerOptions = { batchSize: 50, maxAttempts: 5, baseRetryMs: 2_000, concurrency: 8 };
