/**
 * Ids that sort in the order they were made (time, then a counter), with randomness after that.
 * Where two records carry the same timestamp (the waitlist), the id keeps them in creation order.
 */
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/** Random bytes fetched a few hundred ids at a time: one call to the system's generator per id cost ~0.1 ms in a storm. */
const RANDOM_BYTES = 6;
const pool = Buffer.alloc(RANDOM_BYTES * 512);
let used = pool.length;

const randomHex = (): string => {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += RANDOM_BYTES;
  return pool.toString('hex', used - RANDOM_BYTES, used);
};

export const orderedId = (): string => {
  const ms = Date.now();
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  return `${ms.toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${randomHex()}`;
};
