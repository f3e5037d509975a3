import { describe, expect, it } from 'vitest';
import { PutNiveausBodySchema, ReflectionAnswerPatchSchema, RsvpBodySchema, SchoolYearSchema } from './api.js';
import { defaultNiveauTemplate } from '../domain/niveau-template.js';

describe('tab API schemas', () => {
  it.each([
    ['2026-2027', true],
    ['2026-2028', false],
    ['2026', false],
  ])('reads %s as a school year: %s', (input, valid) => {
    expect(SchoolYearSchema.safeParse(input).success).toBe(valid);
  });

  it('accepts the five levels in order and refuses them out of order', () => {
    const levels = defaultNiveauTemplate();
    expect(PutNiveausBodySchema.safeParse({ levels, expectedVersion: '' }).success).toBe(true);
    expect(PutNiveausBodySchema.safeParse({ levels: [...levels].reverse(), expectedVersion: '' }).success).toBe(false);
  });

  it.each([
    ['a pupil count that is text', { pupilCount: 'Jan' }],
    ['a negative pupil count', { pupilCount: -1 }],
    ['an extra field with pupil names', { pupils: ['Jan'] }],
  ])('refuses a level with %s', (_name, change) => {
    const levels = defaultNiveauTemplate().map((l) => (l.level === 2 ? { ...l, ...change } : l));
    expect(PutNiveausBodySchema.safeParse({ levels, expectedVersion: '' }).success).toBe(false);
  });

  it('accepts part of an item’s answers but no unknown question', () => {
    expect(ReflectionAnswerPatchSchema.safeParse({ itemId: 'u1', answer: { aanpak: 'Samen.' } }).success).toBe(true);
    expect(ReflectionAnswerPatchSchema.safeParse({ itemId: 'u1', answer: { vraag4: 'x' } }).success).toBe(false);
  });

  it('lets decline go without a session (all sessions) but not an unknown answer', () => {
    expect(RsvpBodySchema.safeParse({ sessionId: null, response: 'decline' }).success).toBe(true);
    expect(RsvpBodySchema.safeParse({ sessionId: 's1', response: 'ja' }).success).toBe(false);
  });
});
