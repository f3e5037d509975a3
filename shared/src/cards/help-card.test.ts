import { describe, expect, it } from 'vitest';
import { helpCard } from './help-card.js';
import { errorCard } from './error-card.js';
import { allText, cardSchemaErrors, executeVerbs } from './card-schema.test-helper.js';

describe('helpCard', () => {
  it.each([
    { isCoordinator: false, buttons: ['profile.show'], sees: ['profiel', 'mijn bijeenkomsten'], hidden: ['nieuwe bijeenkomst', 'export', 'Voor coördinatoren'] },
    { isCoordinator: true, buttons: ['profile.show', 'meeting.create'], sees: ['profiel', 'nieuwe bijeenkomst', 'herinner', 'export', 'Voor coördinatoren'], hidden: [] },
  ])('shows coördinator commands only to coördinatoren (coördinator: $isCoordinator)', ({ isCoordinator, buttons, sees, hidden }) => {
    const card = helpCard({ isCoordinator, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(executeVerbs(card.actions ?? [])).toEqual(buttons);
    const text = allText(card).split('\n');
    for (const s of sees) expect(text).toContain(s);
    for (const h of hidden) expect(text).not.toContain(h);
  });

  it('speaks English when asked', () => {
    expect(allText(helpCard({ isCoordinator: true, locale: 'en' }))).toContain('For coordinators');
  });
});

describe('errorCard', () => {
  it('shows the Dutch message for the code, never the code itself', () => {
    const card = errorCard({ code: 'RSVP.DEADLINE_PASSED' }, 'nl');
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain('Aanmelden is gesloten: de uiterste aanmelddatum is voorbij.');
    expect(allText(card)).not.toContain('RSVP.DEADLINE_PASSED');
    expect(card.actions).toBeUndefined();
  });

  it('offers a refresh for the meeting when asked', () => {
    const card = errorCard({ code: 'CARD.UNKNOWN_VERB' }, 'en', { refreshMeetingId: 'm1' });
    expect(executeVerbs(card.actions ?? [])).toEqual(['meeting.refresh']);
    expect(allText(card)).toContain('This button is no longer supported.');
  });
});

describe('cardSchemaErrors', () => {
  it('rejects what the 1.5 schema does not allow, so the card tests can fail', () => {
    const card = errorCard({ code: 'INTERNAL' }, 'nl');
    expect(cardSchemaErrors({ ...card, body: [{ type: 'TextBlock', text: 'x', colour: 'red' }] })).not.toEqual([]);
    expect(cardSchemaErrors({ ...card, actions: [{ type: 'Action.OpenUrl', title: 'x' }] })).not.toEqual([]);
  });
});
