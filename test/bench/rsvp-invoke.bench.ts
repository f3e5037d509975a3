/**
 * RSVP invokes under load: 200 people click "Aanmelden" at once on one 40-seat session, each as a real
 * adaptiveCard/action invoke over HTTP against the running server (embedded store).
 */
import { performance } from 'node:perf_hooks';
import { runRsvpStorm } from '../support/rsvp-storm.js';

const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 200);
const CAPACITY = 40;

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const started = performance.now();
const result = await runRsvpStorm({ concurrent: CONCURRENT, capacity: CAPACITY });
const latencies = [...result.latenciesMs].sort((a, b) => a - b);
const line = {
  bench: 'rsvp-invoke',
  concurrent: CONCURRENT,
  capacity: CAPACITY,
  p50_ms: Number(percentile(latencies, 50).toFixed(1)),
  p95_ms: Number(percentile(latencies, 95).toFixed(1)),
  booked: result.booked,
  waitlisted: result.waitlisted,
  total_ms: Math.round(performance.now() - started),
  peak_rss_mb: Math.round(result.peakRssMb),
};
console.log(JSON.stringify(line));
