import { describe, expect, it } from 'vitest';
import { orderedId } from './ids.js';

describe('orderedId', () => {
  it('sorts in creation order, also for ids made in the same millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => orderedId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
