/**
 * The partnership's reflection deadline (#16): reminders through the bot reach the people who keep
 * the reflection at schools that have not finished it, once per moment (a second run and a restart
 * add nothing), with the school's count and a button to the tab; a changed deadline plans anew.
 * Runs on SQLite and, through the vitest project `sharepoint`, on the SharePoint lists of the Graph fake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '@samen/shared';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { setReflectionDeadline } from '../../bot/src/usecases/reflection-deadline.js';
import { runDueReflectionReminders } from '../../bot/src/usecases/reflection-reminders.js';
import { setReflectionStatus } from '../../bot/src/usecases/reflection.js';
import { startHarness, type Harness, type SentActivity } from '../support/bot-harness.js';
import { cardsOf, readable } from '../support/card-text.js';

const aad = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const user = (n: number, name: string) => ({ aadObjectId: aad(n), name, conversationId: `personal-${n}` });
// Responsible for the reflection: ib, schoolleider, directeur, ondersteuningscoördinator.
const SANNE = user(2, 'Sanne de Wit'); // ib, Zonnewijzer (3 items answered)
const MARCO = user(3, 'Marco Jansen'); // schoolleider, Zonnewijzer
const FATIMA = user(4, 'Fatima El Amrani'); // leerkracht, Zonnewijzer: not reminded
const JOOST = user(5, 'Joost Bakker'); // ib, Klimop: reflection afgerond
const ESTHER = user(8, 'Esther Smit'); // ib, Vlinderboom (not started)
const KARIN = user(9, 'Karin Mulder'); // ib, Horizon
const TOM = user(10, 'Tom Hendriks'); // onderwijsondersteuner, Horizon: not reminded
const LOTTE = user(11, 'Lotte Visser'); // schoolleider, Kompas
const MARIEKE = user(13, 'Marieke Kok'); // ondersteuningscoördinator, Meander (VO)
const EVERYONE = [SANNE, MARCO, FATIMA, JOOST, ESTHER, KARIN, TOM, LOTTE, MARIEKE];
const REMINDED = [SANNE, MARCO, ESTHER, KARIN, LOTTE, MARIEKE];

describe('the reflection deadline, with reminders through the bot', () => {
  let harness: Harness;
  let version = '';
  const deps = () => harness.running.deps;
  const person = async (id: string): Promise<Person> => {
    const p = await deps().stores.people.get(id);
    if (!p) throw new Error(`no ${id}`);
    return p;
  };
  const drain = async (): Promise<SentActivity[]> => {
    const before = harness.sent.length;
    await drainOutboxOnce(deps(), harness.running.messenger);
    return harness.sent.slice(before);
  };
  const recipients = (sent: readonly SentActivity[]) => sent.map((a) => a.conversationId).sort();
  const conversations = (users: readonly { conversationId: string }[]) => users.map((u) => u.conversationId).sort();
  const setDeadline = async (date: string | null) => {
    const saved = await setReflectionDeadline(deps(), await person('person-16'), '2026-2027', { date, reminderDaysBefore: [14, 3], expectedVersion: version }, 'nl');
    if (!saved.ok || saved.value.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(saved)}`);
    version = saved.value.deadline.version;
  };

  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
    for (const u of EVERYONE) await harness.say('help', u);
    await setDeadline('2027-03-15');
  });
  afterAll(async () => harness?.close());

  it('sends nothing before the first reminder moment', async () => {
    harness.setNow(new Date('2027-03-01T08:59:00+01:00'));
    expect(await runDueReflectionReminders(deps())).toBe(0);
    expect(await drain()).toEqual([]);
  });

  it('14 days before, at 09:00: one card to each responsible person of an unfinished school, none to a finished school', async () => {
    harness.setNow(new Date('2027-03-01T09:00:00+01:00'));
    expect(await runDueReflectionReminders(deps())).toBe(REMINDED.length);
    const delivered = await drain();
    expect(recipients(delivered)).toEqual(conversations(REMINDED));

    const sanne = delivered.filter((a) => a.conversationId === SANNE.conversationId);
    const text = readable(sanne);
    expect(text).toContain('Herinnering: reflectie op de handreiking 2026-2027');
    expect(text).toContain('OBS De Zonnewijzer: graag de reflectie afronden vóór 15 maart 2027.');
    expect(text).toMatch(/3 van \d+ onderdelen ingevuld\./);
    expect(JSON.stringify(cardsOf(sanne))).toContain('/#/school/school-zonnewijzer/reflectie');
    expect(readable(delivered.filter((a) => a.conversationId === ESTHER.conversationId))).toMatch(/IKC De Vlinderboom: .*\n0 van \d+ onderdelen ingevuld\./);
    // Counts only: not a word of the school's answers.
    const answers = (await deps().stores.reflections.get('school-zonnewijzer', '2026-2027'))?.answers ?? {};
    const written = Object.values(answers).flatMap((a) => [a.waarStaanWij, a.houdenErinAnders, a.aanpak]).filter((s) => s.trim() !== '');
    expect(written.length).toBeGreaterThan(0);
    for (const answer of written) expect(text).not.toContain(answer.slice(0, 40));
  });

  it('queues nothing more for the same moment: a second run, a run an hour later, a restarted server', async () => {
    expect(await runDueReflectionReminders(deps())).toBe(0);
    harness.setNow(new Date('2027-03-01T10:00:00+01:00'));
    expect(await runDueReflectionReminders(deps())).toBe(0);
    await harness.restart();
    expect(await runDueReflectionReminders(deps())).toBe(0);
    expect(await drain()).toEqual([]);
  });

  it('a moved deadline plans its reminders anew; a reminder queued for the old date is not sent', async () => {
    harness.setNow(new Date('2027-03-12T09:05:00+01:00'));
    expect(await runDueReflectionReminders(deps())).toBe(REMINDED.length);
    await setDeadline('2027-03-22');
    expect(await drain()).toEqual([]);

    harness.setNow(new Date('2027-03-12T12:00:00+01:00'));
    expect(await runDueReflectionReminders(deps())).toBe(0);
    harness.setNow(new Date('2027-03-19T09:00:00+01:00'));
    expect(await runDueReflectionReminders(deps())).toBe(REMINDED.length);
    const delivered = await drain();
    expect(recipients(delivered)).toEqual(conversations(REMINDED));
    expect(readable(delivered)).toContain('graag de reflectie afronden vóór 22 maart 2027.');
  });

  it('a school that finishes gets no more reminders, also none queued before it finished', async () => {
    await setDeadline('2027-04-12');
    harness.setNow(new Date('2027-04-09T09:00:00+02:00'));
    expect(await runDueReflectionReminders(deps())).toBe(REMINDED.length);
    const finished = await setReflectionStatus(deps(), await person('person-2'), 'school-zonnewijzer', '2026-2027', 'afgerond');
    expect(finished.ok).toBe(true);
    const delivered = await drain();
    expect(recipients(delivered)).toEqual(conversations([ESTHER, KARIN, LOTTE, MARIEKE]));
  });

  it('a cleared deadline sends nothing', async () => {
    await setDeadline(null);
    harness.setNow(new Date('2027-03-29T09:00:00+02:00'));
    expect(await runDueReflectionReminders(deps())).toBe(0);
    expect(await drain()).toEqual([]);
  });
});
