/**
 * Shared by the rsvp-invoke benchmark and its test: N people RSVP at once to one session with
 * `capacity` seats, each through the real invoke endpoint. Returns latencies and the final counts.
 */
import { performance } from 'node:perf_hooks';
import { startHarness } from './bot-harness.js';

export interface StormResult {
  readonly latenciesMs: number[];
  readonly booked: number;
  readonly waitlisted: number;
  readonly statuses: number[];
  readonly peakRssMb: number;
}

const MEETING_ID = 'meeting-storm';

export const runRsvpStorm = async ({ concurrent, capacity }: { concurrent: number; capacity: number }): Promise<StormResult> => {
  const now = new Date('2026-11-25T10:00:00+01:00');
  const harness = await startHarness({ LOAD_SAMPLE_DATA: 'false' }, now);
  const { stores } = harness.running.deps;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  try {
    await stores.schools.upsert({ id: 'school-1', name: 'School 1', sector: 'PO', region: 'midden', place: 'Utrecht', expectedVersion: '' });
    await stores.meetings.upsert({
      id: MEETING_ID,
      title: 'Drukbezochte bijeenkomst',
      type: 'consultatie',
      description: '',
      sessions: [{ id: 's1', startsAt: '2027-03-01T19:00:00+01:00', endsAt: '2027-03-01T21:00:00+01:00', location: 'Utrecht', onlineUrl: null, region: 'midden', sectors: [], capacity }],
      sessionChoice: 'one',
      audience: { roles: [], sectors: [], schoolIds: [] },
      registrationDeadline: '2027-02-01T23:59:00+01:00',
      organiserId: 'organiser',
      reminderPlan: { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] },
      status: 'verstuurd',
      createdAt: now.toISOString(),
      expectedVersion: '',
    });
    const users = Array.from({ length: concurrent }, (_, i) => ({ aadObjectId: `aad-storm-${i}`, name: `Deelnemer ${i}`, conversationId: `personal-storm-${i}` }));
    for (const [i, u] of users.entries()) {
      await stores.people.upsert({ id: `p-${i}`, aadObjectId: u.aadObjectId, name: u.name, email: `p${i}@example.org`, schoolIds: ['school-1'], roles: ['leerkracht'], locale: 'nl', expectedVersion: '' });
    }
    const latencies: number[] = [];
    const statuses = await Promise.all(
      users.map(async (u) => {
        const t0 = performance.now();
        const { status } = await harness.execute('rsvp.attend', { meetingId: MEETING_ID, sessionId: 's1' }, u);
        latencies.push(performance.now() - t0);
        return status;
      }),
    );
    const rsvps = await stores.rsvps.forMeeting(MEETING_ID);
    return {
      latenciesMs: latencies,
      statuses,
      booked: rsvps.filter((r) => r.status === 'booked').length,
      waitlisted: rsvps.filter((r) => r.status === 'waitlisted').length,
      peakRssMb: peakRss / 1024 / 1024,
    };
  } finally {
    clearInterval(sampler);
    await harness.close();
  }
};
