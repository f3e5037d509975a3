import { describe, expect, it } from 'vitest';
import { moved } from './useFrameworkEditor';

describe('moving a handreiking item', () => {
  it.each([
    ['down from the top', 0, 1, ['b', 'a', 'c']],
    ['up from the bottom', 2, -1, ['a', 'c', 'b']],
    ['up from the top (stays)', 0, -1, ['a', 'b', 'c']],
    ['down from the bottom (stays)', 2, 1, ['a', 'b', 'c']],
  ] as const)('moves %s', (_name, index, delta, expected) => {
    expect(moved(['a', 'b', 'c'], index, delta)).toEqual(expected);
  });
});
