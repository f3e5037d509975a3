/**
 * Ids that sort in the order they were made (time, then a counter), with randomness after that.
 * Where two records carry the same timestamp (the waitlist), the id keeps them in creation order.
 */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

export const orderedId = (): string => {
  const ms = Date.now();
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  return `${ms.toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${randomBytes(6).toString('hex')}`;
};
