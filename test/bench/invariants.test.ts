import { describe, expect, it } from 'vitest';
import { problemsIn, violationsOf } from './invariants.js';

const fanout = { bench: 'fanout', recipients: 10_000, duplicates: 0, lost: 0, restarts: 1 };
const storm = { bench: 'rsvp-invoke', concurrent: 200, capacity: 40, booked: 40, waitlisted: 160, lost: 0, failed_clicks: 0, cpu_ms_per_click: 0.8 };
const tab = { bench: 'tab', initial_js_gzip_kb: 131.4, first_render_ms: 540, first_render_ratio: 2.6 };
const batch = { bench: 'fanout-batch', recipients: 2_000, duplicates: 0, lost: 0, requests_per_recipient: 0.01, completed_after_s: 41 };

describe('benchmark invariants', () => {
  it.each([
    ['a fan-out that reached everyone once', fanout],
    ['an RSVP storm that filled exactly the seats', storm],
    ['a storm on fewer people than seats', { ...storm, concurrent: 30, booked: 30, waitlisted: 0 }],
    ['a batch send that reports what the app controls', batch],
    ['a tab within its initial JavaScript budget', tab],
    ['a tab at exactly the budget', { ...tab, initial_js_gzip_kb: 150 }],
    ['a benchmark without invariants', { bench: 'graph-requests', dashboard_requests: 5 }],
  ])('accept %s', (_name, line) => {
    expect(violationsOf(line)).toEqual([]);
  });

  it.each([
    ['a fan-out with a duplicate', { ...fanout, duplicates: 1 }, /1 bericht\(en\) dubbel bezorgd/],
    ['a fan-out that lost someone', { ...fanout, lost: 3 }, /3 ontvanger\(s\) nooit bereikt/],
    ['a fan-out line without its counts', { bench: 'fanout', recipients: 10 }, /'duplicates' ontbreekt/],
    ['a storm that overbooked', { ...storm, booked: 41, waitlisted: 159 }, /41 aangemeld op 40 plaatsen/],
    ['a storm that lost a click', { ...storm, waitlisted: 159 }, /≠ 200 klikken/],
    ['the same on SharePoint', { ...storm, bench: 'rsvp-invoke-sharepoint', booked: 39, waitlisted: 161 }, /verwacht precies 40/],
    ['a storm that lost a clicker’s RSVP', { ...storm, lost: 1 }, /1 klik\(ken\) zonder aanmelding achteraf/],
    ['a storm with a click answered without a card', { ...storm, failed_clicks: 2 }, /2 klik\(ken\) zonder kaart beantwoord/],
    ['a storm line without its CPU time per click', { ...storm, cpu_ms_per_click: undefined }, /'cpu_ms_per_click' ontbreekt/],
    ['a batch send printing the stand-in’s ratio', { ...batch, ratio: 0.97 }, /'ratio' komt van het tempo van de nabootsing/],
    ['a tab over its initial JavaScript budget', { ...tab, initial_js_gzip_kb: 161 }, /initiële JavaScript 161 KB gzip, meer dan het budget van 150 KB/],
    ['a tab line without its ratio', { bench: 'tab', initial_js_gzip_kb: 120, first_render_ms: 500 }, /'first_render_ratio' ontbreekt/],
    ['a benchmark that could not measure', { bench: 'tab', skipped: 'needs /usr/bin/chromium' }, /niet gemeten: needs \/usr\/bin\/chromium/],
  ])('refuse %s', (_name, line, reason) => {
    expect(violationsOf(line).join('\n')).toMatch(reason);
  });

  it('reads only the JSON measurement lines of a benchmark’s output and names the file', () => {
    const out = `table header\n${JSON.stringify({ ...fanout, lost: 2 })}\n| a | b |\n${JSON.stringify(storm)}\n`;
    expect(problemsIn('fanout.bench.ts', out)).toEqual(['fanout.bench.ts: fanout: 2 ontvanger(s) nooit bereikt']);
  });

  it('counts a benchmark that printed no measurement as a failure', () => {
    expect(problemsIn('tab.bench.ts', 'only words\n')).toEqual(['tab.bench.ts: drukte geen meting af']);
  });
});
