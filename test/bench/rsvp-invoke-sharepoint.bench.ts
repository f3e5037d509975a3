/**
 * The RSVP storm of rsvp-invoke.bench.ts on STORE=sharepoint: the server on SharePoint lists of the
 * Graph fake, which answers 10 % of the requests 429 (Retry-After 1 s) and makes 10 % of the
 * conditional writes find the item changed (412) while the 200 clicks come in.
 */
import { performance } from 'node:perf_hooks';
import { runRsvpStorm, stormLine, type StormOptions } from '../support/rsvp-storm.js';

const options: StormOptions = {
  concurrent: Number(process.env.BENCH_CONCURRENT ?? 200),
  capacity: 40,
  store: 'sharepoint',
  throttleRate: 0.1,
  raceRate: 0.1,
  retryAfterSeconds: 1,
};
const started = performance.now();
const result = await runRsvpStorm(options);
console.log(JSON.stringify(stormLine('rsvp-invoke-sharepoint', options, result, performance.now() - started)));
