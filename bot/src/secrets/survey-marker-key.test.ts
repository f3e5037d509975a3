import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { SURVEY_MARKER_KEY_FILE, surveyMarkerKey } from './survey-marker-key.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'samen-key-'));

describe('the survey marker key', () => {
  it('is created once and then read back: the same key on every start', () => {
    const dir = folder();
    const first = surveyMarkerKey(null, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(surveyMarkerKey(null, dir)).toBe(first);
    expect(readFileSync(path.join(dir, SURVEY_MARKER_KEY_FILE), 'utf8')).toBe(first);
  });

  it('is the configured SURVEY_MARKER_SECRET when set, and then writes no file', () => {
    const dir = folder();
    expect(surveyMarkerKey('x'.repeat(40), dir)).toBe('x'.repeat(40));
    expect(() => readFileSync(path.join(dir, SURVEY_MARKER_KEY_FILE))).toThrow();
  });

  it('refuses a damaged key file instead of silently making a new key', () => {
    const dir = folder();
    writeFileSync(path.join(dir, SURVEY_MARKER_KEY_FILE), 'kort');
    expect(() => surveyMarkerKey(null, dir)).toThrow(/bevat geen bruikbare sleutel/);
  });
});

describe('secrets in production', () => {
  const production = { NODE_ENV: 'production', BOT_ID: 'b', BOT_PASSWORD: 'p', BOT_TENANT_ID: 't' };

  it.each([
    [{}, 'LINK_SECRET, SURVEY_MARKER_SECRET'],
    [{ LINK_SECRET: 'l'.repeat(32) }, 'SURVEY_MARKER_SECRET'],
  ])('refuses to start without the keys it needs (%o)', (extra, missing) => {
    expect(() => loadConfig({ ...production, ...extra })).toThrow(`ontbreekt: ${missing} (`);
  });

  it('starts with both, as separate keys', () => {
    const config = loadConfig({ ...production, LINK_SECRET: 'l'.repeat(32), SURVEY_MARKER_SECRET: 'm'.repeat(32) });
    expect([config.linkSecret, config.surveyMarkerSecret]).toEqual(['l'.repeat(32), 'm'.repeat(32)]);
  });
});
