/**
 * What the daily clean-up costs on SharePoint (Graph fake, strict about filters): the run that
 * pseudonymises a school year's meetings reads and writes each of them once; every later run only
 * reads the lists of meetings, announcements and surveys, the finished outbox, and its own record,
 * however many old meetings there are — meetings already past a cut-off are not read again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/src/config.js';
import { TEST_INFRA } from '../../bot/src/deps.test-helper.js';
import { createLogger } from '../../bot/src/logger.js';
import { aMeeting, anRsvp, aSession, value } from '../../bot/src/store/contract/fixtures.js';
import { runRetention } from '../../bot/src/usecases/retention/run.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores } from './fake-stores.js';

const fake = await startGraphFake({ seed: 7 });
afterAll(() => fake.close());

describe('the clean-up on SharePoint: Graph requests', () => {
  it('pays per meeting once, when its school year is pseudonymised; later runs cost the same for 40 meetings as for none', async () => {
    let now = new Date('2025-11-20T10:00:00+01:00');
    const stores = await fakeStores(fake, { clock: () => now });
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const deps = { config, stores, clock: () => now, newId: () => 'unused', logger: createLogger(config), ...TEST_INFRA };
    const MEETINGS = 40;
    for (let n = 1; n <= MEETINGS; n++) {
      const day = `2025-12-${String(1 + (n % 28)).padStart(2, '0')}`;
      value(await stores.meetings.upsert(aMeeting(n, { sessions: [aSession(1, { startsAt: `${day}T19:00:00+01:00`, endsAt: `${day}T21:00:00+01:00` })], registrationDeadline: null })));
      const rsvps = [1, 2, 3].map((p) => anRsvp(n * 10 + p, { meetingId: `meeting-${String(n).padStart(4, '0')}`, personId: `person-${String(p).padStart(4, '0')}` }));
      value(await stores.rsvps.transact(rsvps[0]!.meetingId, () => ({ ok: true, value: { writes: rsvps } })));
    }

    now = new Date('2026-01-10T03:00:00+01:00');
    await runRetention(deps, null);
    fake.resetCounts();
    now = new Date('2026-01-11T03:00:00+01:00');
    await runRetention(deps, null);
    const quiet = fake.counts.requests;

    now = new Date('2027-08-02T03:00:00+02:00');
    fake.resetCounts();
    const yearEnd = await runRetention(deps, null);
    const pseudonymising = fake.counts.requests;
    expect(yearEnd.counts.rsvpsPseudonymised).toBe(MEETINGS * 3);

    fake.resetCounts();
    now = new Date('2027-08-03T03:00:00+02:00');
    await runRetention(deps, null);
    const after = fake.counts.requests;

    process.stderr.write(`retention clean-up, ${MEETINGS} meetings: quiet run ${quiet} requests, pseudonymising run ${pseudonymising}, next run ${after}\n`);
    // Lists (meetings, announcements, surveys), the outbox purge, the last run read and written: nothing per meeting.
    expect(quiet).toBeLessThanOrEqual(8);
    expect(after).toBe(quiet);
    // Once per meeting: the lock taken with the RSVP read, the writes with the release.
    expect(pseudonymising).toBeLessThanOrEqual(quiet + MEETINGS * 3);
  });
});
