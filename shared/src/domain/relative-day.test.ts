import { describe, expect, it } from 'vitest';
import { relativeDay } from './relative-day.js';

describe('relativeDay', () => {
  it.each([
    [-1, { kind: 'today' }],
    [0, { kind: 'today' }],
    [1, { kind: 'tomorrow' }],
    [2, { kind: 'dayAfterTomorrow' }],
    [3, { kind: 'inDays', count: 3 }],
    [7, { kind: 'inWeeks', count: 1 }],
    [10, { kind: 'inDays', count: 10 }],
    [14, { kind: 'inWeeks', count: 2 }],
    [15, { kind: 'inDays', count: 15 }],
  ])('names %i days ahead as %o', (days, named) => {
    expect(relativeDay(days)).toEqual(named);
  });
});
