/**
 * A small partnership in an in-memory store for the tab API tests: two schools, their staff, a
 * coördinator and one meeting with a single seat left. Today is 2026-11-25 (school year 2026-2027).
 */
import pino, { type Logger } from 'pino';
import type { Express } from 'express';
import type { Meeting, Person, School } from '@samen/shared';
import { loadConfig } from '../../bot/src/config.js';
import type { Deps } from '../../bot/src/deps.js';
import type { Stores } from '../../bot/src/store/ports.js';
import { createApp } from '../../bot/src/server.js';
import { e2eStores } from '../sharepoint/e2e-store.js';
import { SAMPLE_COORDINATOR_AAD_ID } from '../../bot/src/sample/ids.js';
import { signDevToken } from '../../bot/src/api/dev-token.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';


export const NOW = new Date('2026-11-25T10:00:00+01:00');
export const YEAR = '2026-2027';

const create = { expectedVersion: '' } as const;

const school = (id: string, name: string): Omit<School, 'version'> => ({ id, name, sector: 'PO', region: 'midden', place: 'Houten' });

const person = (id: string, schoolIds: string[], roles: Person['roles'], aadObjectId = `aad-${id}`): Omit<Person, 'version'> => ({
  id,
  aadObjectId,
  name: `Naam ${id}`,
  email: `${id}@school.example`,
  schoolIds,
  roles,
  locale: 'nl',
});

export const PEOPLE = {
  ibA: person('ib-a', ['school-a'], ['ib']),
  teacherA: person('teacher-a', ['school-a'], ['leerkracht']),
  leaderA: person('leader-a', ['school-a'], ['schoolleider']),
  ibB: person('ib-b', ['school-b'], ['ib']),
  /** Not in the meeting's audience (ib'ers and teachers). */
  leaderB: person('leader-b', ['school-b'], ['schoolleider']),
  coordinator: person('coord', [], ['swv-medewerker'], SAMPLE_COORDINATOR_AAD_ID),
} as const;

export const MEETING: Omit<Meeting, 'version'> = {
  id: 'meeting-plg',
  title: 'PLG ondersteuningsniveaus',
  type: 'plg',
  description: 'Samen leren over niveau 3.',
  sessions: [
    {
      id: 'session-1',
      startsAt: '2026-12-10T09:00:00+01:00',
      endsAt: '2026-12-10T11:00:00+01:00',
      location: 'Stationsweg 4, Utrecht',
      onlineUrl: null,
      region: 'midden',
      sectors: [],
      capacity: 1,
    },
  ],
  sessionChoice: 'each',
  audience: { roles: ['ib', 'leerkracht'], sectors: [], schoolIds: [] },
  registrationDeadline: '2026-12-01T23:59:00+01:00',
  organiserId: 'coord',
  reminderPlan: { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] },
  status: 'verstuurd',
  createdAt: '2026-11-01T09:00:00+01:00',
};

export interface Fixture {
  readonly app: Express;
  readonly deps: Deps;
  close(): Promise<void>;
}

/** Local mode, loaded once: its dev-token key lives as long as this test file. */
export const LOCAL_CONFIG = loadConfig({ LOG_LEVEL: 'silent', TAB_DIST_DIR: './does-not-exist' });

/** `stores`: a test's own stores (e.g. SharePoint with per-site permissions); default the e2e store. */
export const makeFixture = async (config = LOCAL_CONFIG, given?: Stores, coordinatorGroup = TEST_INFRA.coordinatorGroup, logger: Logger = pino({ level: 'silent' })): Promise<Fixture> => {
  const stores = given ?? (await e2eStores(() => NOW));
  let n = 0;
  const deps: Deps = {
    config,
    stores,
    clock: () => NOW,
    newId: () => `id-${++n}`,
    logger,
    ...TEST_INFRA,
    coordinatorGroup,
  };
  for (const s of [school('school-a', 'OBS De Linde'), school('school-b', 'CBS De Eik')]) await stores.schools.upsert({ ...s, ...create });
  for (const p of Object.values(PEOPLE)) await stores.people.upsert({ ...p, ...create });
  await stores.meetings.upsert({ ...MEETING, ...create });
  return { app: createApp(deps), deps, close: () => stores.close() };
};

const aadOf = (personId: string): string =>
  Object.values(PEOPLE).find((p) => p.id === personId)?.aadObjectId ?? `aad-${personId}`;

/** Headers of a signed-in local user: a dev token as the sign-in screen gets it. */
export const as = (personId: string) => {
  const key = LOCAL_CONFIG.tabAuth.localKey;
  if (!key) throw new Error('local mode has a dev key');
  const { token } = signDevToken(key, { oid: aadOf(personId), name: personId, now: NOW });
  return { Authorization: `Bearer ${token}` };
};
