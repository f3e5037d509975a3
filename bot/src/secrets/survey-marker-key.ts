/**
 * The key of the anonymous-survey "has answered" marker. It must outlive every restart, redeploy and
 * instance (otherwise an anonymous respondent could answer again), and it must not sit beside the
 * answers (otherwise the store alone could tell who answered).
 *
 * - SURVEY_MARKER_SECRET set (required in production; Key Vault): that value.
 * - not set (a laptop, tests): created once, at random, in `DATA_DIR/survey-marker.key` (mode 0600),
 *   and read from there on every later start. Two processes starting at once agree: the file is
 *   created exclusively and the loser reads the winner's key.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SURVEY_MARKER_KEY_FILE = 'survey-marker.key';

const MIN_LENGTH = 32;

export const surveyMarkerKey = (configured: string | null, dataDir: string): string => {
  if (configured) return configured;
  const file = path.join(dataDir, SURVEY_MARKER_KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < MIN_LENGTH) throw new Error(`${file} bevat geen bruikbare sleutel (minstens ${MIN_LENGTH} tekens); zet SURVEY_MARKER_SECRET of herstel het bestand.`);
  return key;
};
