import { describe, expect, it } from 'vitest';
import { exampleFramework } from './handreiking-example.js';
import { newReflection } from './handreiking.js';
import type { Reflection, ReflectionAudience } from './handreiking-types.js';
import type { Role } from './people.js';
import {
  grantReflection,
  grantsFromStored,
  isSharedWithSwv,
  reflectionAccess,
  revokeReflection,
  visibleReflectionFor,
  type ReflectionReader,
} from './reflection-sharing.js';
import { storedReflection } from '../schemas/domain.js';

const NOW = '2026-11-25T10:00:00+01:00';
const LATER = '2026-11-26T09:00:00+01:00';
const framework = exampleFramework('2026-2027');
const base: Reflection = {
  ...newReflection('zon', { ...framework, revision: 1 }, 'ib-zon', NOW),
  answers: { 'bouwsteen-1': { waarStaanWij: 'geheim', houdenErinAnders: 'x', aanpak: 'y' } },
  version: 'v1',
};

const shareWith = (r: Reflection, ...audiences: ReflectionAudience[]): Reflection =>
  audiences.reduce((acc, a) => {
    const next = grantReflection(acc, a, 'ib-zon', NOW);
    if (!next.ok) throw new Error(next.error.code);
    return next.value;
  }, r);

const reader = (schoolIds: string[], roles: Role[], isCoordinator = false): ReflectionReader => ({ schoolIds, roles, isCoordinator });
const STAFF = reader(['zon'], ['leerkracht']);
const COORDINATOR = reader([], ['swv-medewerker'], true);
const BOARD = reader(['zon', 'klim'], ['bestuur']);
const OTHER_BOARD = reader(['klim'], ['bestuur']);
const KLIMOP_IB = reader(['klim'], ['ib']);
const HORIZON_IB = reader(['hor'], ['ib']);
const NOBODY = reader([], ['leerkracht']);

describe('who reads a school’s reflection', () => {
  it.each([
    { who: 'the school’s own staff, shared with nobody', r: STAFF, audiences: [], access: 'full' },
    { who: 'a coördinator, shared with nobody', r: COORDINATOR, audiences: [], access: 'status' },
    { who: 'a coördinator, shared with the swv', r: COORDINATOR, audiences: [{ kind: 'swv' }], access: 'full' },
    { who: 'a coördinator, shared with the bestuur and a school only', r: COORDINATOR, audiences: [{ kind: 'bestuur' }, { kind: 'school', schoolId: 'klim' }], access: 'status' },
    { who: 'the school’s bestuur, shared with nobody', r: BOARD, audiences: [], access: 'status' },
    { who: 'the school’s bestuur, shared with the swv only', r: BOARD, audiences: [{ kind: 'swv' }], access: 'status' },
    { who: 'the school’s bestuur, shared with its bestuur', r: BOARD, audiences: [{ kind: 'bestuur' }], access: 'full' },
    { who: 'another school’s bestuur, shared with the bestuur', r: OTHER_BOARD, audiences: [{ kind: 'bestuur' }], access: 'none' },
    { who: 'staff of the named school', r: KLIMOP_IB, audiences: [{ kind: 'school', schoolId: 'klim' }], access: 'full' },
    { who: 'staff of another school than the named one', r: HORIZON_IB, audiences: [{ kind: 'school', schoolId: 'klim' }], access: 'none' },
    { who: 'the named school’s bestuur (not its staff)', r: OTHER_BOARD, audiences: [{ kind: 'school', schoolId: 'klim' }], access: 'none' },
    { who: 'staff of another school, shared with the swv', r: KLIMOP_IB, audiences: [{ kind: 'swv' }], access: 'none' },
    { who: 'someone of no school, shared with everyone', r: NOBODY, audiences: [{ kind: 'swv' }, { kind: 'bestuur' }, { kind: 'school', schoolId: 'klim' }], access: 'none' },
  ] as const)('$who: $access', ({ r, audiences, access }) => {
    const reflection = shareWith(base, ...audiences);
    expect(reflectionAccess(r, 'zon', reflection.grants)).toBe(access);
    const visible = visibleReflectionFor(r, reflection);
    expect(visible.kind).toBe(access);
    if (access !== 'full') expect(JSON.stringify(visible)).not.toContain('geheim');
  });

  it('a person who is both ib and bestuur of the school is staff: reads without a grant', () => {
    expect(reflectionAccess(reader(['zon'], ['ib', 'bestuur']), 'zon', [])).toBe('full');
  });
});

describe('granting and revoking', () => {
  it('records who granted each audience and when', () => {
    const r = shareWith(base, { kind: 'bestuur' }, { kind: 'school', schoolId: 'klim' });
    expect(r.grants).toEqual([
      { kind: 'bestuur', grantedBy: 'ib-zon', grantedAt: NOW },
      { kind: 'school', schoolId: 'klim', grantedBy: 'ib-zon', grantedAt: NOW },
    ]);
    expect(r).toMatchObject({ updatedBy: 'ib-zon', updatedAt: NOW });
  });

  it('granting an audience twice keeps the first grant', () => {
    const once = shareWith(base, { kind: 'swv' });
    const twice = grantReflection(once, { kind: 'swv' }, 'sl-zon', LATER);
    expect(twice.ok && twice.value).toBe(once);
  });

  it('refuses sharing with the school itself', () => {
    const result = grantReflection(base, { kind: 'school', schoolId: 'zon' }, 'ib-zon', NOW);
    expect(!result.ok && result.error.code).toBe('REFLECTION.SHARE_INVALID');
  });

  it('revoking one audience takes only that one away, at once', () => {
    const r = shareWith(base, { kind: 'swv' }, { kind: 'school', schoolId: 'klim' }, { kind: 'school', schoolId: 'hor' });
    expect(reflectionAccess(KLIMOP_IB, 'zon', r.grants)).toBe('full');
    const revoked = revokeReflection(r, { kind: 'school', schoolId: 'klim' }, 'sl-zon', LATER);
    expect(reflectionAccess(KLIMOP_IB, 'zon', revoked.grants)).toBe('none');
    expect(reflectionAccess(HORIZON_IB, 'zon', revoked.grants)).toBe('full');
    expect(isSharedWithSwv(revoked)).toBe(true);
    expect(revoked).toMatchObject({ updatedBy: 'sl-zon', updatedAt: LATER });
  });

  it('revoking what was not granted changes nothing', () => {
    expect(revokeReflection(base, { kind: 'bestuur' }, 'sl-zon', LATER)).toBe(base);
  });
});

describe('older data: one flag, sharedWithSwv', () => {
  it('reads a stored true as a partnership grant by the last editor, then', () => {
    expect(grantsFromStored(null, true, 'ib-zon', NOW)).toEqual([{ kind: 'swv', grantedBy: 'ib-zon', grantedAt: NOW }]);
    expect(grantsFromStored(null, false, 'ib-zon', NOW)).toEqual([]);
  });

  it('reads an old stored copy (sharedWithSwv, no grants) so the partnership keeps reading it', () => {
    const { grants: _, ...rest } = base;
    const old = storedReflection({ ...rest, sharedWithSwv: true });
    expect(old.grants).toEqual([{ kind: 'swv', grantedBy: 'ib-zon', grantedAt: NOW }]);
    expect(reflectionAccess(COORDINATOR, 'zon', old.grants)).toBe('full');
    expect(storedReflection({ ...rest, sharedWithSwv: false }).grants).toEqual([]);
  });
});
