import { describe, expect, it } from 'vitest';
import { groupFreeText, programmeSections, programmeText } from './programme.js';
import type { Rsvp } from './rsvp-types.js';
import { meeting, rsvp } from './test-fixtures.js';

const withAnswers = (r: Rsvp, answers: Record<string, string>): Rsvp => ({ ...r, answers });

const plg = meeting({
  title: 'PLG gedrag',
  questions: [
    { id: 'q1', label: 'Welk thema kies je?', choices: ['Gedrag', 'Taal', 'Rekenen'], required: true },
    { id: 'q2', label: 'Welk knelpunt wil je inbrengen?', choices: [], required: false },
  ],
});

describe('groupFreeText', () => {
  it('groups answers that share a keyword, most shared first, and leaves the rest on their own', () => {
    const { themes, other } = groupFreeText([
      'Onrustig gedrag na de pauze',
      'Hoe ga je om met gedrag in de kring?',
      'Overdracht naar het voortgezet onderwijs',
      'Overdracht bij een zij-instromer',
      'Gedrag bij wisselingen',
      'Weinig tijd voor overleg met ouders',
    ]);
    expect(themes.map((t) => [t.label, t.count])).toEqual([
      ['gedrag', 3],
      ['overdracht', 2],
    ]);
    expect(themes[0]?.items.map((i) => i.text)).toEqual(['Onrustig gedrag na de pauze', 'Hoe ga je om met gedrag in de kring?', 'Gedrag bij wisselingen']);
    expect(other.map((i) => i.text)).toEqual(['Weinig tijd voor overleg met ouders']);
  });

  it('merges the same answer written twice (case, accents, punctuation) into one item with a count', () => {
    const { themes, other } = groupFreeText(['Werkdruk!', 'werkdruk', 'Één knelpunt']);
    expect(themes).toEqual([]);
    expect(other).toEqual([
      { text: 'Werkdruk!', count: 2 },
      { text: 'Één knelpunt', count: 1 },
    ]);
  });

  it('does not make a theme of common words', () => {
    const { themes } = groupFreeText(['Leerlingen met dyslexie', 'Leerlingen die thuiszitten']);
    expect(themes).toEqual([]);
  });
});

describe('programmeSections and programmeText', () => {
  const rsvps = [
    withAnswers(rsvp('p1', 'booked'), { q1: 'Gedrag', q2: 'Ruzies op het plein' }),
    withAnswers(rsvp('p2', 'booked'), { q1: 'Gedrag', q2: 'Ruzies in de klas' }),
    withAnswers(rsvp('p3', 'maybe'), { q1: 'Taal' }),
    withAnswers(rsvp('p4', 'declined'), { q1: 'Rekenen', q2: 'Wordt niet meegeteld' }),
    withAnswers(rsvp('p5', 'not-selected'), { q1: 'Rekenen' }),
  ];

  it('counts choices and groups free text from everyone still taking part', () => {
    const [choice, free] = programmeSections(plg, rsvps);
    expect(choice?.themes.map((t) => [t.label, t.count])).toEqual([
      ['Gedrag', 2],
      ['Taal', 1],
    ]);
    expect(free?.themes.map((t) => [t.label, t.count])).toEqual([['ruzies', 2]]);
  });

  it('writes a Dutch draft with counts and without any name', () => {
    const text = programmeText(plg.title, programmeSections(plg, rsvps), 'nl');
    expect(text).toContain('Programma — PLG gedrag');
    expect(text).toContain('• Gedrag (2 keer genoemd)');
    expect(text).toContain('• Taal (1 keer genoemd)');
    expect(text).toContain('Thema “ruzies” (2 knelpunten)');
    expect(text).toContain('– Ruzies op het plein');
    expect(text).not.toContain('Wordt niet meegeteld');
    expect(text).not.toMatch(/p[1-5]/);
  });

  it('says so when nothing was sent in', () => {
    expect(programmeText('Overleg', programmeSections(plg, []), 'nl')).toContain('Er zijn (nog) geen knelpunten ingestuurd.');
  });
});
