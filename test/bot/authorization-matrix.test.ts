/**
 * The one authorization matrix: every chat command, every card verb, and the tab and export routes that
 * only a coördinator may use, tried by staff members of a school and by a coördinator (the local
 * Playground user). The staff member is refused with a code that says what was refused, everywhere; the
 * coördinator is never refused by the policy. The table of coördinator-only entries is written out here,
 * not read from the code, so loosening a rule fails this test.
 */
import { errorMessage, t, VERBS, type ErrorCode, type Person } from '@samen/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../bot/src/api/dev-token.js';
import { COMMAND_NAMES, type CommandName } from '../../bot/src/conversation/commands.js';
import { signLink } from '../../bot/src/export/signed-link.js';
import { PLAYGROUND_USER, startHarness, type Harness, type User } from '../support/bot-harness.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const STAFF: User = { aadObjectId: '00000000-0000-4000-8000-000000000004', name: 'Fatima El Amrani', conversationId: 'personal-4' };
/** Clicks every verb with empty data (an empty profile.save empties a profile), so not the one who chats. */
const STAFF_CLICKING: User = { aadObjectId: '00000000-0000-4000-8000-000000000003', name: 'Marco Jansen', conversationId: 'personal-3' };
const COORDINATOR: User = PLAYGROUND_USER;
const MEETING = 'meeting-consultatie-basisondersteuning';
const SURVEY = 'survey-leesaanbod';

/** What a staff member gets for the coördinator's card verbs; every other verb is theirs to use. */
const COORDINATOR_VERBS: Readonly<Record<string, ErrorCode>> = {
  'meeting.create': 'MEETING.NOT_ORGANISER',
  'meeting.preview': 'MEETING.NOT_ORGANISER',
  'meeting.send': 'MEETING.NOT_ORGANISER',
  'meeting.edit': 'MEETING.NOT_ORGANISER',
  'meeting.message': 'MEETING.NOT_ORGANISER',
  'delivery.report': 'MEETING.NOT_ORGANISER',
  'attendance.show': 'MEETING.NOT_ORGANISER',
  'attendance.save': 'MEETING.NOT_ORGANISER',
  'programme.schedule': 'MEETING.NOT_ORGANISER',
  'programme.cancel': 'MEETING.NOT_ORGANISER',
  'announcement.create': 'ANNOUNCEMENT.NOT_ORGANISER',
  'announcement.preview': 'ANNOUNCEMENT.NOT_ORGANISER',
  'announcement.send': 'ANNOUNCEMENT.NOT_ORGANISER',
  'announcement.report': 'ANNOUNCEMENT.NOT_ORGANISER',
  'survey.create': 'SURVEY.NOT_ORGANISER',
  'survey.preview': 'SURVEY.NOT_ORGANISER',
  'survey.send': 'SURVEY.NOT_ORGANISER',
  'survey.results': 'SURVEY.NOT_ORGANISER',
  'selection.confirm': 'MEETING.NOT_ORGANISER',
};

const COORDINATOR_COMMANDS: readonly CommandName[] = ['nieuwe-bijeenkomst', 'overzicht', 'herinner', 'export', 'mededeling', 'enquete', 'importeer', 'aanwezigheid', 'programma', 'selectie', 'uitzondering'];
const COMMAND_TEXT: Readonly<Record<CommandName, string>> = {
  help: 'help',
  'mijn-bijeenkomsten': 'mijn bijeenkomsten',
  profiel: 'profiel',
  'nieuwe-bijeenkomst': 'nieuwe bijeenkomst',
  overzicht: 'overzicht',
  herinner: 'herinner',
  export: 'export',
  mededeling: 'mededeling',
  enquete: 'enquete',
  importeer: 'importeer',
  aanwezigheid: 'aanwezigheid',
  programma: 'programma',
  selectie: 'selectie',
  uitzondering: 'uitzondering 1 iemand@school.nl',
};

let harness: Harness;
const refusalText = (code: ErrorCode) => errorMessage({ code }, 'nl');
const POLICY_REFUSALS: readonly ErrorCode[] = ['MEETING.NOT_ORGANISER', 'ANNOUNCEMENT.NOT_ORGANISER', 'SURVEY.NOT_ORGANISER', 'AUTH.FORBIDDEN'];

const personOf = async (user: User): Promise<Person> => {
  const person = await harness.running.deps.stores.people.getByAadObjectId(user.aadObjectId);
  if (!person) throw new Error(`${user.name} is not in the sample data`);
  return person;
};

/** A GET on the running server, as the tab (dev token) or through a signed chat link. */
const tabGet = async (user: User, path: string, put?: unknown) => {
  const key = harness.running.deps.config.tabAuth.localKey as Uint8Array;
  const { token } = signDevToken(key, { oid: user.aadObjectId, name: user.name, now: NOW });
  const body = put === undefined ? {} : { method: 'PUT', body: JSON.stringify(put), headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' } };
  const res = await fetch(`${harness.running.url}/api/tab${path}`, { headers: { Authorization: `Bearer ${token}` }, ...body });
  return { status: res.status, body: (await res.json().catch(() => null)) as { code?: string } | null };
};
const linkGet = async (user: User, path: string, resource: string) => {
  const { config } = harness.running.deps;
  const query = signLink(config.linkSecret, { personId: (await personOf(user)).id, resource, exp: NOW.getTime() + 60_000 });
  const res = await fetch(`${harness.running.url}${path}?${query.toString()}`);
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? ((await res.json()) as { code?: string }) : null };
};

beforeAll(async () => {
  harness = await startHarness({}, NOW);
  await harness.say('help', COORDINATOR);
});
afterAll(async () => harness?.close());

/**
 * What a meeting's organiser may do (attendance, programme, selection) is checked on the meeting, not before
 * it is known (so an organiser who is no coördinator gets through in chat): those verbs name a sample meeting
 * the staff member does not organise, and the refusal comes from that check.
 */
const MEETING_DATA: Readonly<Record<string, Record<string, unknown>>> = {
  'attendance.show': { meetingId: MEETING, sessionId: 'sessie-1' },
  'attendance.save': { meetingId: MEETING, sessionId: 'sessie-1', present: '' },
  'programme.schedule': { meetingId: MEETING, programmeText: 'Programma', programmeDate: '2026-12-01' },
  'programme.cancel': { meetingId: MEETING },
  'selection.confirm': { meetingId: MEETING },
};

describe('authorization matrix: card verbs', () => {
  it.each(VERBS.map((verb) => [verb, COORDINATOR_VERBS[verb] ?? 'allowed'] as const))('%s → staff: %s', async (verb, expected) => {
    const { body } = await harness.execute(verb, MEETING_DATA[verb] ?? {}, STAFF_CLICKING);
    const shown = JSON.stringify(body.value);
    if (expected === 'allowed') for (const code of POLICY_REFUSALS) expect(shown).not.toContain(refusalText(code));
    else expect(shown).toContain(refusalText(expected));
  });

  it.each(Object.keys(COORDINATOR_VERBS))('%s → coördinator: passes the policy (and then checks the data)', async (verb) => {
    const { body } = await harness.execute(verb, {}, COORDINATOR);
    const shown = JSON.stringify(body.value);
    for (const code of POLICY_REFUSALS) expect(shown).not.toContain(refusalText(code));
  });
});

describe('authorization matrix: chat commands', () => {
  it.each(COMMAND_NAMES.map((name) => [name, COORDINATOR_COMMANDS.includes(name) ? 'refused' : 'allowed'] as const))('%s → staff: %s', async (name, expected) => {
    const replies = await harness.say(COMMAND_TEXT[name], STAFF);
    const texts = replies.map((r) => r.text ?? '').join('\n');
    if (expected === 'refused') expect(texts).toContain(t('bot:coordinatorOnly', 'nl'));
    else expect(texts).not.toContain(t('bot:coordinatorOnly', 'nl'));
  });

  it.each(COORDINATOR_COMMANDS)('%s → coördinator: allowed', async (name) => {
    const replies = await harness.say(COMMAND_TEXT[name], COORDINATOR);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map((r) => r.text ?? '').join('\n')).not.toContain(t('bot:coordinatorOnly', 'nl'));
  });
});

describe('authorization matrix: tab and export routes', () => {
  it.each([
    ['tab: dashboard', (u: User) => tabGet(u, '/dashboard'), 'AUTH.FORBIDDEN'],
    ['tab: retention clean-ups', (u: User) => tabGet(u, '/retention'), 'AUTH.FORBIDDEN'],
    ['tab: attendance of a meeting', (u: User) => tabGet(u, `/meetings/${MEETING}/attendance`), 'MEETING.NOT_ORGANISER'],
    ['tab: programme draft of a meeting', (u: User) => tabGet(u, `/meetings/${MEETING}/programme`), 'MEETING.NOT_ORGANISER'],
    ['tab: set the reflection deadline', (u: User) => tabGet(u, '/reflection-deadlines/2026-2027', { date: '2027-03-15', reminderDaysBefore: [14, 3], expectedVersion: '' }), 'AUTH.FORBIDDEN'],
    ['tab: privacy (people and erasure log)', (u: User) => tabGet(u, '/privacy/people'), 'AUTH.FORBIDDEN'],
    ['export: registrations CSV', (u: User) => linkGet(u, `/export/meetings/${MEETING}.csv`, `csv:${MEETING}`), 'AUTH.FORBIDDEN'],
    ['export: people not reached CSV', (u: User) => linkGet(u, `/export/delivery/${MEETING}.csv`, `delivery:${MEETING}`), 'MEETING.NOT_ORGANISER'],
    ['export: survey answers CSV', (u: User) => linkGet(u, `/export/surveys/${SURVEY}.csv`, `survey-csv:${SURVEY}`), 'SURVEY.NOT_ORGANISER'],
  ] as const)('%s: staff refused with its code, coördinator served', async (_name, get, code) => {
    const staff = await get(STAFF);
    expect([staff.status, staff.body?.code]).toEqual([403, code]);
    expect((await get(COORDINATOR)).status).toBe(200);
  });
});
