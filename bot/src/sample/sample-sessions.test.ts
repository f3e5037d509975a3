/** #15: the sample partnership's sessions are plannable and their promises hold. */
import { DateTime } from 'luxon';
import pino from 'pino';
import { DEFAULT_CONFIRM_DAYS_BEFORE, DEFAULT_HOLIDAY_CALENDARS, meetingDateWarnings, registrationModeOf, type Sector } from '@samen/shared';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { Deps } from '../deps.js';
import { TEST_INFRA } from '../deps.test-helper.js';
import { openSqliteStores } from '../store/sqlite/index.js';
import { loadSampleData } from './load-sample.js';
import { SAMPLE_MEETINGS, SAMPLE_RSVPS } from './meetings.js';
import { SAMPLE_PEOPLE, SAMPLE_SCHOOLS } from './schools.js';

const sectorsOf = (personId: string): Sector[] =>
  (SAMPLE_PEOPLE.find((p) => p.id === personId)?.schoolIds ?? []).flatMap((id) => SAMPLE_SCHOOLS.filter((s) => s.id === id).map((s) => s.sector));

describe('the sample meetings', () => {
  it('has no session on a weekend day or in the school holidays of its region', () => {
    const warnings = SAMPLE_MEETINGS.flatMap((m) => meetingDateWarnings(m.sessions, DEFAULT_HOLIDAY_CALENDARS).map((w) => `${m.id}/${w.sessionId}: ${w.warning.kind}`));
    expect(warnings).toEqual([]);
  });

  it('names every session after its region and town (or online), and gives sessions for PO and for VO', () => {
    const sessions = SAMPLE_MEETINGS.flatMap((m) => m.sessions);
    for (const s of sessions) expect(s.name, s.id).toMatch(/^(Regio (Noord|Midden|Zuid) — \S|Online)/);
    expect(sessions.some((s) => s.sectors.includes('PO'))).toBe(true);
    expect(sessions.some((s) => s.sectors.includes('VO'))).toBe(true);
    expect(new Set(SAMPLE_SCHOOLS.map((s) => s.sector))).toEqual(new Set(['PO', 'SBO', 'SO', 'VO']));
  });

  it('the consultation takes applications, has a contact person, and can confirm two weeks ahead after registration closes', () => {
    const consultation = SAMPLE_MEETINGS.find((m) => m.type === 'consultatie')!;
    expect(registrationModeOf(consultation)).toBe('aanvraag');
    expect(consultation.confirmDaysBefore).toBe(DEFAULT_CONFIRM_DAYS_BEFORE);
    expect(consultation.contact).toMatchObject({ name: expect.any(String), email: expect.stringContaining('@') });
    expect(consultation.description).toContain('twee weken van tevoren');
    for (const s of consultation.sessions) {
      const confirmOn = DateTime.fromISO(s.startsAt).minus({ days: consultation.confirmDaysBefore ?? DEFAULT_CONFIRM_DAYS_BEFORE });
      expect(confirmOn.toMillis(), s.id).toBeGreaterThan(Date.parse(consultation.registrationDeadline!));
    }
  });

  it('has an informatiebijeenkomst of half an hour', () => {
    const info = SAMPLE_MEETINGS.find((m) => m.type === 'informatie');
    expect(info).toBeDefined();
    for (const s of info!.sessions) expect(Date.parse(s.endsAt) - Date.parse(s.startsAt)).toBe(30 * 60_000);
  });

  it('every sample answer is for a session of the person’s sector, or by someone with an exception', () => {
    for (const r of SAMPLE_RSVPS.filter((x) => x.response !== 'decline' && x.sessionId)) {
      const meeting = SAMPLE_MEETINGS.find((m) => m.id === r.meetingId)!;
      const session = meeting.sessions.find((s) => s.id === r.sessionId)!;
      const fits = session.sectors.length === 0 || sectorsOf(r.personId).some((s) => session.sectors.includes(s)) || (meeting.sectorExceptions ?? []).includes(r.personId);
      expect(fits, `${r.personId} → ${session.id}`).toBe(true);
    }
  });

  it('loads every sample answer without a refusal', async () => {
    const warnings: unknown[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line)) });
    const now = new Date('2026-11-25T10:00:00+01:00');
    let n = 0;
    const deps: Deps = {
      config: loadConfig({ LOG_LEVEL: 'silent', TAB_DIST_DIR: './does-not-exist' }),
      stores: await openSqliteStores({ memory: true, clock: () => now }),
      clock: () => now,
      newId: () => `id-${++n}`,
      logger,
      ...TEST_INFRA,
    };
    await loadSampleData(deps);
    expect(warnings.filter((w) => (w as { msg?: string }).msg === 'sample rsvp refused')).toEqual([]);
    const marieke = (await deps.stores.rsvps.forMeeting('meeting-consultatie-basisondersteuning')).find((r) => r.personId === 'person-13');
    expect(marieke?.sessionId).toBe('cons-noord');
    await deps.stores.close();
  });
});
