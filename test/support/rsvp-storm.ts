/**
 * Shared by the rsvp-invoke benchmarks and the storm test: N people RSVP at once to one session with
 * `capacity` seats, each through the real invoke endpoint of a running server. The clicks come from
 * another process (rsvp-storm-clients.ts), as Teams is another machine, so this process — the
 * server — spends its CPU time on server work only; `cpuMsPerClick` is that time over the storm
 * (process.cpuUsage, user + system) divided by the clicks. On `store: 'sharepoint'` the server runs on
 * SharePoint lists of the Graph fake (in this process, so its CPU time counts too), which answers
 * `throttleRate` of the requests 429 and races `raceRate` of the conditional writes (412) during
 * the storm. `BENCH_CPU_PROF=<file>` writes a CPU profile of the server over the storm only.
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness, type Harness } from './bot-harness.js';
import type { StormAnswer, StormOrder } from './rsvp-storm-clients.js';
import { startGraphFake, type GraphFake } from '../graph-fake/graph-fake.js';
import { provisionedSite } from '../sharepoint/fake-stores.js';

export interface StormOptions {
  readonly concurrent: number;
  readonly capacity: number;
  readonly store?: 'sqlite' | 'sharepoint';
  /** SharePoint only: share of Graph requests answered 429 during the storm. */
  readonly throttleRate?: number;
  /** SharePoint only: share of conditional writes that find the item changed (412) during the storm. */
  readonly raceRate?: number;
  /** SharePoint only: the Retry-After of a 429, seconds. */
  readonly retryAfterSeconds?: number;
  /** Also run the storm against a bare HTTP server (http_floor_* in the line): this machine's floor. */
  readonly floor?: boolean;
}

export interface StormResult {
  readonly latenciesMs: number[];
  readonly booked: number;
  readonly waitlisted: number;
  /** People who clicked and have no RSVP afterwards. */
  readonly lost: number;
  /** HTTP status of each click. */
  readonly statuses: number[];
  /** The invoke response's statusCode of each click (200: a card came back). */
  readonly invokeStatuses: number[];
  readonly peakRssMb: number;
  /** Server CPU time (user + system) over the storm, divided by the clicks. */
  readonly cpuMsPerClick: number;
  /** Wall-clock time from the first click sent to the last answer. */
  readonly stormMs: number;
  /** 429s and 412 races the Graph fake answered during the storm (SharePoint only). */
  readonly throttled?: number;
  /** The same storm against a bare Node HTTP server (options.floor). */
  readonly floor?: { readonly cpuMsPerClick: number; readonly p95Ms: number };
}

const MEETING_ID = 'meeting-storm';
const WARMUP_MEETING_ID = 'meeting-warmup';
const CLIENTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rsvp-storm-clients.ts');

const seed = async (harness: Harness, now: Date, capacity: number, concurrent: number) => {
  const { stores } = harness.running.deps;
  await stores.schools.upsert({ id: 'school-1', name: 'School 1', sector: 'PO', region: 'midden', place: 'Utrecht', expectedVersion: '' });
  for (const [id, seats] of [
    [MEETING_ID, capacity],
    [WARMUP_MEETING_ID, 1],
  ] as const) {
    await stores.meetings.upsert({
      id,
      title: 'Drukbezochte bijeenkomst',
      type: 'consultatie',
      description: '',
      sessions: [{ id: 's1', startsAt: '2027-03-01T19:00:00+01:00', endsAt: '2027-03-01T21:00:00+01:00', location: 'Utrecht', onlineUrl: null, region: 'midden', sectors: [], capacity: seats }],
      sessionChoice: 'one',
      audience: { roles: [], sectors: [], schoolIds: [] },
      registrationDeadline: '2027-02-01T23:59:00+01:00',
      organiserId: 'organiser',
      reminderPlan: { nonRespondersDaysBeforeDeadline: [], attendeesDaysBefore: [] },
      status: 'verstuurd',
      createdAt: now.toISOString(),
      expectedVersion: '',
    });
  }
  const users = Array.from({ length: concurrent + 1 }, (_, i) => ({ aadObjectId: `aad-storm-${i}`, name: `Deelnemer ${i}`, conversationId: `personal-storm-${i}` }));
  for (const [i, u] of users.entries()) {
    await stores.people.upsert({ id: `p-${i}`, aadObjectId: u.aadObjectId, name: u.name, email: `p${i}@example.org`, schoolIds: ['school-1'], roles: ['leerkracht'], locale: 'nl', expectedVersion: '' });
  }
  // A server that has answered before (code loaded, compiled): one click by someone else, elsewhere.
  const warm = await harness.execute('rsvp.attend', { meetingId: WARMUP_MEETING_ID, sessionId: 's1' }, users[concurrent]);
  if (warm.status !== 200) throw new Error(`warm-up click answered ${warm.status}`);
  return { users: users.slice(0, concurrent), answer: JSON.stringify(warm.body) };
};

/** Runs the clients' process: resolves once it is ready, then `go()` fires the storm. */
const startClients = async (order: StormOrder) => {
  const child = fork(CLIENTS, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const answer = new Promise<StormAnswer>((resolve, reject) => {
    child.on('message', (m) => {
      if (typeof m === 'object' && m !== null && 'latenciesMs' in m) resolve(m as StormAnswer);
    });
    child.on('exit', (code) => reject(new Error(`storm clients exited (${code})`)));
  });
  const ready = new Promise<void>((resolve) => child.on('message', (m) => (typeof m === 'object' && m !== null && 'ready' in m ? resolve() : undefined)));
  child.send(order);
  await ready;
  return {
    go: () => {
      child.send('go');
      return answer;
    },
  };
};

const profiler = async (file: string | undefined) => {
  if (!file) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // 50 µs: the default 1 ms leaves a few hundred samples of real work for a whole storm.
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
};

const fakeFor = async (options: StormOptions): Promise<{ fake: GraphFake | null; env: Record<string, string> }> => {
  if (options.store !== 'sharepoint') return { fake: null, env: {} };
  const fake = await startGraphFake({ seed: 17, retryAfterSeconds: options.retryAfterSeconds ?? 1 });
  const siteId = await provisionedSite(fake);
  return { fake, env: { STORE: 'sharepoint', SHAREPOINT_SITE_ID: siteId, GRAPH_BASE_URL: fake.baseUrl } };
};

export const runRsvpStorm = async (options: StormOptions): Promise<StormResult> => {
  const { concurrent, capacity } = options;
  const now = new Date('2026-11-25T10:00:00+01:00');
  const { fake, env } = await fakeFor(options);
  const harness = await startHarness({ LOAD_SAMPLE_DATA: 'false', ...env }, now);
  const { stores } = harness.running.deps;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
  try {
    const { users, answer: cardAnswer } = await seed(harness, now, capacity, concurrent);
    const bodies = users.map((u) => harness.invokeBody('rsvp.attend', { meetingId: MEETING_ID, sessionId: 's1' }, u));
    const clients = await startClients({ url: harness.running.url, bodies });
    const profile = await profiler(process.env.BENCH_CPU_PROF);
    if (fake) {
      fake.counts.throttled = 0;
      fake.throttleRate = options.throttleRate ?? 0;
      fake.settings.raceRate = options.raceRate ?? 0;
    }
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const answer = await clients.go();
    const stormMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const throttled = fake?.counts.throttled;
    if (fake) {
      fake.throttleRate = 0;
      fake.settings.raceRate = 0;
    }
    await profile.stop();
    const rsvps = await stores.rsvps.forMeeting(MEETING_ID);
    const answered = new Set(rsvps.map((r) => r.personId));
    return {
      latenciesMs: answer.latenciesMs,
      statuses: answer.statuses,
      invokeStatuses: answer.invokeStatuses,
      booked: rsvps.filter((r) => r.status === 'booked').length,
      waitlisted: rsvps.filter((r) => r.status === 'waitlisted').length,
      lost: users.filter((_, i) => !answered.has(`p-${i}`)).length,
      peakRssMb: peakRss / 1024 / 1024,
      cpuMsPerClick: (cpu.user + cpu.system) / 1000 / concurrent,
      stormMs,
      ...(throttled !== undefined ? { throttled } : {}),
      ...(options.floor ? { floor: await httpFloor(bodies, cardAnswer) } : {}),
    };
  } finally {
    clearInterval(sampler);
    await harness.close();
    await fake?.close();
  }
};

/**
 * The same storm (same bodies, same clients, same machine, same run) against a server that does nothing
 * but what any Node HTTP server does for a click: read the body, parse it as JSON, write an answer of the
 * real card's size. What the RSVP server cannot go below on this machine; its p95 says how much of the
 * storm's p95 is the clients and HTTP alone.
 */
const httpFloor = async (bodies: readonly string[], answer: string): Promise<{ cpuMsPerClick: number; p95Ms: number }> => {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST') JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer) });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const clients = await startClients({ url: `http://127.0.0.1:${port}`, bodies });
    const cpu0 = process.cpuUsage();
    const { latenciesMs } = await clients.go();
    const cpu = process.cpuUsage(cpu0);
    return { cpuMsPerClick: (cpu.user + cpu.system) / 1000 / bodies.length, p95Ms: percentile([...latenciesMs].sort((a, b) => a - b), 95) };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const round1 = (n: number): number => Number(n.toFixed(1));

/** The benchmark's JSON line for one storm (fields in docs/architecture.md#benchmarks). */
export const stormLine = (bench: string, options: StormOptions, result: StormResult, totalMs: number): Record<string, unknown> => {
  const latencies = [...result.latenciesMs].sort((a, b) => a - b);
  return {
    bench,
    concurrent: options.concurrent,
    capacity: options.capacity,
    p50_ms: round1(percentile(latencies, 50)),
    p95_ms: round1(percentile(latencies, 95)),
    booked: result.booked,
    waitlisted: result.waitlisted,
    lost: result.lost,
    failed_clicks: result.invokeStatuses.filter((s) => s !== 200).length,
    cpu_ms_per_click: Number(result.cpuMsPerClick.toFixed(2)),
    storm_ms: Math.round(result.stormMs),
    ...(result.throttled !== undefined
      ? { throttled_429: result.throttled, throttle_rate: options.throttleRate ?? 0, race_rate: options.raceRate ?? 0, retry_after_s: options.retryAfterSeconds ?? 1 }
      : {}),
    ...(result.floor ? { http_floor_cpu_ms_per_click: Number(result.floor.cpuMsPerClick.toFixed(2)), http_floor_p95_ms: round1(result.floor.p95Ms) } : {}),
    load_avg_1m: round1(loadavg()[0] ?? 0),
    total_ms: Math.round(totalMs),
    peak_rss_mb: Math.round(result.peakRssMb),
  };
};
