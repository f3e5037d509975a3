import type { Framework, ReflectionAnswer } from '@samen/shared';

const LAST_YEAR: ReflectionAnswer = {
  waarStaanWij: 'We hebben afspraken op papier, maar nog niet in elke groep zichtbaar in de praktijk.',
  houdenErinAnders: 'Erin houden: de groepsbesprekingen met ib. Anders: vaker samen evalueren na zes weken.',
  aanpak: 'Elke bouw plant een evaluatiemoment in de jaarplanning; de ib’er zit het voor.',
};

const THIS_YEAR: ReflectionAnswer = {
  waarStaanWij: 'De evaluatie na zes weken loopt in de onderbouw; in de bovenbouw nog niet overal.',
  houdenErinAnders: 'Erin houden: vaste evaluatiemomenten. Anders: ouders eerder betrekken.',
  aanpak: 'In januari een teamvergadering over het gesprek met ouders bij niveau 2 en 3.',
};

/** Example answers for the first `count` items (all when omitted). No pupil data, only school practice. */
export const sampleAnswers = (framework: Framework, which: 'vorig' | 'dit', count?: number): Record<string, ReflectionAnswer> => {
  const answer = which === 'vorig' ? LAST_YEAR : THIS_YEAR;
  const items = count === undefined ? framework.items : framework.items.slice(0, count);
  return Object.fromEntries(items.map((item) => [item.id, answer]));
};
