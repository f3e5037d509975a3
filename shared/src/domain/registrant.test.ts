import { describe, expect, it } from 'vitest';
import { isRegistrantId, registrantEmailKey, registrantRoleOf, registrantSectorOf } from './registrant.js';

describe('external registrants', () => {
  it('reads the role a form gives in the words people use; anything else is "anders"', () => {
    expect(['Ouder', 'ouder/verzorger', 'Verzorger', 'Leerling', 'Leerkracht', 'Docent', 'Begeleider passend onderwijs', 'Wijkteam'].map(registrantRoleOf)).toEqual([
      'ouder',
      'ouder',
      'ouder',
      'leerling',
      'leraar',
      'leraar',
      'begeleider',
      'anders',
    ]);
  });

  it('reads a sector from its code or its name, and gives none for an answer that names two', () => {
    expect(['vo', ' VSO ', 'Speciaal basisonderwijs', 'Voortgezet speciaal onderwijs', 'primair onderwijs', 'Speciaal onderwijs'].map(registrantSectorOf)).toEqual([
      'VO',
      'VSO',
      'SBO',
      'VSO',
      'PO',
      'SO',
    ]);
    expect(registrantSectorOf('(speciaal) voortgezet onderwijs')).toBeNull();
    expect(registrantSectorOf('')).toBeNull();
  });

  it('matches addresses whatever their case or spaces, and knows its ids', () => {
    expect(registrantEmailKey('  Sanne@Thuis.Example ')).toBe('sanne@thuis.example');
    expect(isRegistrantId('ext-123')).toBe(true);
    expect(isRegistrantId('person-0001')).toBe(false);
  });
});
