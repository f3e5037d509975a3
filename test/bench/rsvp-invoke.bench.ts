/**
 * RSVP invokes under load: 200 people click "Aanmelden" at once on one 40-seat session, each as a real
 * adaptiveCard/action invoke over HTTP from another process against the running server (embedded store).
 */
import { performance } from 'node:perf_hooks';
import { runRsvpStorm, stormLine, type StormOptions } from '../support/rsvp-storm.js';

const options: StormOptions = { concurrent: Number(process.env.BENCH_CONCURRENT ?? 200), capacity: 40 };
const started = performance.now();
const result = await runRsvpStorm(options);
console.log(JSON.stringify(stormLine('rsvp-invoke', options, result, performance.now() - started)));
