import { describe, expect, it } from 'vitest';
import { parseCardAction } from '../schemas/card-actions.js';
import type { School } from '../domain/people.js';
import { profileCard, welcomeCard } from './profile-card.js';
import { allText, cardSchemaErrors, executeVerbs } from './card-schema.test-helper.js';
import type { InputChoiceSet } from './types.js';

const school = (id: string, name: string): School => ({ id, name, sector: 'PO', region: 'noord', place: 'Zwolle', version: 'v' });
const schools = [school('sch-2', 'Het Kompas'), school('sch-1', 'De Regenboog')];
const input = (id: string, card: { body: readonly unknown[] }) => card.body.find((e) => (e as { id?: string }).id === id) as InputChoiceSet;

describe('profile and welcome cards', () => {
  it.each([
    { name: 'welcome', build: welcomeCard, says: 'Welkom bij Samen Verder' },
    { name: 'profile', build: profileCard, says: 'Je profiel' },
  ])('the $name card is valid and saves with profile.save', ({ build, says }) => {
    const card = build({ schools, locale: 'nl' });
    expect(cardSchemaErrors(card)).toEqual([]);
    expect(allText(card)).toContain(says);
    expect(executeVerbs(card.actions ?? [])).toEqual(['profile.save']);
  });

  it('prefills the current schools and roles as multi-selects, schools by name', () => {
    const card = profileCard({ schools, current: { schoolIds: ['sch-2', 'gone'], roles: ['ib', 'leerkracht'] }, locale: 'nl' });
    const schoolInput = input('schoolIds', card);
    expect(schoolInput).toMatchObject({ isMultiSelect: true, value: 'sch-2' });
    expect(schoolInput.choices.map((c) => c.title)).toEqual(['De Regenboog (Zwolle)', 'Het Kompas (Zwolle)']);
    expect(input('roles', card)).toMatchObject({ isMultiSelect: true, value: 'ib,leerkracht' });
  });

  it('shows a field error under the field it belongs to', () => {
    const card = profileCard({ schools, errors: { roles: 'Kies minstens één rol.' }, locale: 'nl' });
    const ids = card.body.map((e) => (e as { id?: string }).id ?? (e as { text?: string }).text);
    expect(ids.indexOf('Kies minstens één rol.')).toBe(ids.indexOf('roles') + 1);
  });

  it('sends what the bot can parse, as the card would with the choices made', () => {
    const card = profileCard({ schools, locale: 'nl' });
    const save = card.actions?.[0] as { data: Record<string, unknown> };
    expect(parseCardAction({ ...save.data, schoolIds: 'sch-1', roles: 'ib', locale: 'nl' })).toMatchObject({ ok: true, value: { schoolIds: ['sch-1'], roles: ['ib'] } });
  });
});
