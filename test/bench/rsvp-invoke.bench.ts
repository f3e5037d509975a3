/**
 * RSVP invokes under load: 200 people click "Aanmelden" at once on one 40-seat session, each as a real
 * adaptiveCard/action invoke over HTTP from another process against the running server (embedded store).
 * Then the same clicks against a bare Node HTTP server (http_floor_*): what this machine's HTTP and clients
 * alone cost, so a slower machine shows as such beside the server's own figures.
 */
import { performance } from 'node:perf_hooks';
import { runRsvpStorm, stormLine, type StormOptions } from '../support/rsvp-storm.js';

const options: StormOptions = { concurrent: Number(process.env.BENCH_CONCURRENT ?? 200), capacity: 40, floor: true };
const started = performance.now();
const result = await runRsvpStorm(options);
console.log(JSON.stringify(stormLine('rsvp-invoke', options, result, performance.now() - started)));
