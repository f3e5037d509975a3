import { describe, expect, it } from 'vitest';
import { isInvited, selectAudience } from './audience.js';
import type { Audience } from './meeting.js';
import type { Person, Role, School } from './people.js';

const school = (id: string, sector: School['sector']): School => ({
  id,
  name: `School ${id}`,
  sector,
  region: 'midden',
  place: 'Utrecht',
  version: '1',
});
const schools = [school('po1', 'PO'), school('vo1', 'VO'), school('so1', 'SO')];
const byId = new Map(schools.map((s) => [s.id, s]));

const person = (id: string, schoolIds: string[], roles: Role[]): Person => ({
  id,
  aadObjectId: `aad-${id}`,
  name: `Persoon ${id}`,
  email: `${id}@school.example`,
  schoolIds,
  roles,
  locale: 'nl',
  version: '1',
});

const aud = (a: Partial<Audience>): Audience => ({ roles: [], sectors: [], schoolIds: [], ...a });

describe('isInvited', () => {
  it.each([
    { name: 'an empty audience invites everyone', p: person('x', [], ['leerkracht']), a: aud({}), invited: true },
    {
      name: 'a matching role invites',
      p: person('x', ['po1'], ['ib', 'leerkracht']),
      a: aud({ roles: ['ib'] }),
      invited: true,
    },
    {
      name: 'no shared role excludes',
      p: person('x', ['po1'], ['leerkracht']),
      a: aud({ roles: ['ib', 'schoolleider'] }),
      invited: false,
    },
    {
      name: 'a listed school invites',
      p: person('x', ['vo1', 'po1'], ['ib']),
      a: aud({ schoolIds: ['po1'] }),
      invited: true,
    },
    {
      name: 'an unlisted school excludes',
      p: person('x', ['vo1'], ['ib']),
      a: aud({ schoolIds: ['po1'] }),
      invited: false,
    },
    {
      name: 'the sector of any own school invites',
      p: person('x', ['po1', 'so1'], ['ib']),
      a: aud({ sectors: ['SO'] }),
      invited: true,
    },
    {
      name: 'no school in the sector excludes',
      p: person('x', ['po1'], ['ib']),
      a: aud({ sectors: ['VO', 'VSO'] }),
      invited: false,
    },
    {
      name: 'a person without schools is outside a sector audience',
      p: person('x', [], ['swv-medewerker']),
      a: aud({ sectors: ['PO'] }),
      invited: false,
    },
    {
      name: 'a school unknown to the list has no sector',
      p: person('x', ['ghost'], ['ib']),
      a: aud({ sectors: ['PO'] }),
      invited: false,
    },
    {
      name: 'all axes must match: role and sector',
      p: person('x', ['vo1'], ['ib']),
      a: aud({ roles: ['ib'], sectors: ['PO'] }),
      invited: false,
    },
    {
      name: 'all axes match',
      p: person('x', ['vo1'], ['ib']),
      a: aud({ roles: ['ib', 'onderwijsondersteuner'], sectors: ['VO'], schoolIds: ['vo1'] }),
      invited: true,
    },
  ])('$name', ({ p, a, invited }) => {
    expect(isInvited(p, a, byId)).toBe(invited);
  });
});

describe('selectAudience', () => {
  it('keeps the invited people in their original order', () => {
    const people = [
      person('a', ['po1'], ['ib']),
      person('b', ['vo1'], ['ib']),
      person('c', ['so1'], ['ib']),
      person('d', ['po1'], ['leerkracht']),
    ];
    const chosen = selectAudience(people, aud({ roles: ['ib'], sectors: ['PO', 'SO'] }), schools);
    expect(chosen.map((p) => p.id)).toEqual(['a', 'c']);
  });
});
