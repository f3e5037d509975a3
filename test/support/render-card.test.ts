import { describe, expect, it } from 'vitest';
import { renderCard } from './render-card.js';

describe('renderCard (adaptivecards renderer with the Teams host config)', () => {
  it('renders the text and buttons of a valid card without errors', async () => {
    const card = { type: 'AdaptiveCard', version: '1.5', lang: 'nl', body: [{ type: 'TextBlock', text: 'Welkom', wrap: true }], actions: [{ type: 'Action.Execute', title: 'Aanmelden', verb: 'rsvp.attend' }] };
    for (let i = 0; i < 3; i += 1) expect(await renderCard(card)).toEqual({ text: 'WelkomAanmelden', errors: [] });
  });

  it.each([
    ['an unknown element type', { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Carousel', pages: [] }] }],
    ['an unknown action type', { type: 'AdaptiveCard', version: '1.5', body: [], actions: [{ type: 'Action.Teleport', title: 'x' }] }],
    ['a duplicate input id', { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text', id: 'a' }, { type: 'Input.Text', id: 'a' }] }],
  ])('reports %s', async (_label, card) => {
    expect((await renderCard(card)).errors.length).toBeGreaterThan(0);
  });
});
