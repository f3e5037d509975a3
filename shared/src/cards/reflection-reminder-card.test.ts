import { describe, expect, it } from 'vitest';
import { reflectionReminderCard } from './reflection-reminder-card.js';
import { allActions, allText, cardSchemaErrors } from './card-schema.test-helper.js';

const input = {
  schoolName: 'OBS De Zonnewijzer',
  schoolYear: '2026-2027',
  date: '2027-03-15',
  progress: { answered: 4, total: 12 },
  url: 'https://samen.example/#/school/school-zonnewijzer/reflectie',
} as const;

describe('reflectionReminderCard', () => {
  it('says the deadline, how far the school is and opens the reflection in the tab (a valid 1.5 card)', () => {
    const card = reflectionReminderCard({ ...input, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    const text = allText(card);
    expect(text).toContain('Herinnering: reflectie op de handreiking 2026-2027');
    expect(text).toContain('OBS De Zonnewijzer: graag de reflectie afronden vóór 15 maart 2027.');
    expect(text).toContain('4 van 12 onderdelen ingevuld.');
    expect(allActions(card)).toEqual([{ type: 'Action.OpenUrl', title: 'Open de reflectie', url: input.url }]);
  });

  it('in English for an English-speaking colleague, singular for one item, without a count when none is known', () => {
    const en = reflectionReminderCard({ ...input, progress: { answered: 0, total: 1 }, locale: 'en' });
    expect(cardSchemaErrors(en)).toEqual([]);
    expect(allText(en)).toContain('OBS De Zonnewijzer: please finish the reflection before 15 March 2027.');
    expect(allText(en)).toContain('0 of 1 item filled in.');
    const unknown = reflectionReminderCard({ ...input, progress: null, locale: 'nl' });
    expect(cardSchemaErrors(unknown)).toEqual([]);
    expect(allText(unknown)).not.toContain('onderdelen');
  });
});
