/**
 * Secrets by purpose: an anonymous respondent stays "already answered" after the server restarts in a
 * new process with neither LINK_SECRET nor SURVEY_MARKER_SECRET set (the marker key outlives the process).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SURVEY_MARKER_KEY_FILE } from '../../bot/src/secrets/survey-marker-key.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'samen-marker-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const child = (step: 'answer' | 'again'): Record<string, unknown> => {
  const env = { ...process.env };
  delete env.LINK_SECRET;
  delete env.SURVEY_MARKER_SECRET;
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('test/secrets/anonymous-answer.child.ts'), dataDir, step], { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`child ${step} failed: ${result.stderr}`);
  const line = result.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as Record<string, unknown>;
};

describe('an anonymous answer across a restart', () => {
  it('stays answered in a new process, and a second answer is refused', () => {
    expect(child('answer')).toEqual({ answered: true });
    expect(child('again')).toEqual({ alreadyAnswered: true, again: 'SURVEY.ANONYMOUS_FINAL', responses: 1 });
  }, 120_000);

  it('keeps its key in the data folder, readable by the server only', () => {
    expect(statSync(path.join(dataDir, SURVEY_MARKER_KEY_FILE)).mode & 0o777).toBe(0o600);
  });
});
