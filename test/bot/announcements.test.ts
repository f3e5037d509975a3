import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutboxOnce } from '../../bot/src/messaging/outbox-worker.js';
import { runDueBroadcastReminders } from '../../bot/src/usecases/broadcast-reminders.js';
import { startHarness, type Harness, type SentActivity } from '../support/bot-harness.js';
import { readable } from '../support/card-text.js';

const aad = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const user = (n: number, name: string) => ({ aadObjectId: aad(n), name, conversationId: `personal-${n}` });
const SANNE = user(2, 'Sanne de Wit'); // ib, Zonnewijzer
const JOOST = user(5, 'Joost Bakker'); // ib, Klimop
const KARIN = user(9, 'Karin Mulder'); // ib, Horizon
const TOM = user(10, 'Tom Hendriks'); // onderwijsondersteuner, Horizon
const ESTHER = user(8, 'Esther Smit'); // ib, Vlinderboom: not in the audience

const form = {
  title: 'Praktische Handreiking 2026-2027',
  text: 'Hierbij de nieuwe handreiking. Geef aan dat je haar hebt ontvangen.',
  documentUrl: 'https://swv.sharepoint.com/sites/swv/Gedeelde documenten/handreiking.pdf',
  deadlineDate: '2026-12-04',
  deadlineTime: '17:00',
  audienceRoles: 'ib',
  audienceSchoolIds: 'school-zonnewijzer,school-klimop,school-horizon',
  remindDays: '2',
};

describe('an announcement with acknowledgement goes to ib’ers of three schools', () => {
  let harness: Harness;
  let id = '';
  const drain = async (): Promise<SentActivity[]> => {
    const before = harness.sent.length;
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    return harness.sent.slice(before);
  };
  const to = (sent: readonly SentActivity[], u: { conversationId: string }) => sent.filter((a) => a.conversationId === u.conversationId);
  const cardOf = (body: { value: unknown }) => readable([{ conversationId: '', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] }]);

  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
    for (const u of [SANNE, JOOST, KARIN, TOM, ESTHER]) await harness.say('help', u);
  });
  afterAll(async () => harness?.close());

  it('shows the coördinator a preview naming how many people it goes to, then sends one card to each', async () => {
    const preview = await harness.execute('announcement.preview', form);
    expect(cardOf(preview.body)).toContain('Gaat naar 3 personen.');
    id = /"announcementId":"([^"]+)"/.exec(JSON.stringify(preview.body.value))?.[1] ?? '';
    expect(id).not.toBe('');

    const sent = await harness.execute('announcement.send', { announcementId: id });
    expect(cardOf(sent.body)).toContain('klaargezet voor 3 personen');
    const delivered = await drain();
    for (const u of [SANNE, JOOST, KARIN]) {
      expect(to(delivered, u)).toHaveLength(1);
      const text = readable(to(delivered, u));
      expect(text).toContain('Praktische Handreiking 2026-2027');
      expect(text).toContain('Ontvangen');
      expect(text).toContain('Document openen');
    }
    expect(to(delivered, TOM)).toHaveLength(0);
    expect(to(delivered, ESTHER)).toHaveLength(0);
  });

  it('records two acknowledgements and shows each person when they confirmed', async () => {
    for (const u of [SANNE, JOOST]) {
      const res = await harness.execute('announcement.ack', { announcementId: id }, u);
      expect(res.status).toBe(200);
      expect(cardOf(res.body)).toMatch(/Je hebt de ontvangst bevestigd op woensdag 25 november 2026/);
      expect(JSON.stringify(res.body.value)).not.toContain('"verb":"announcement.ack"');
    }
  });

  it('refuses an acknowledgement from someone it was not sent to', async () => {
    const res = await harness.execute('announcement.ack', { announcementId: id }, ESTHER);
    expect(cardOf(res.body)).toContain('Deze mededeling is niet aan jou gestuurd.');
  });

  it('reminds only who has not acknowledged, once per plan step', async () => {
    harness.setNow(new Date('2026-12-02T09:30:00+01:00'));
    expect(await runDueBroadcastReminders(harness.running.deps)).toBe(1);
    const delivered = await drain();
    expect(delivered.map((a) => a.conversationId)).toEqual([KARIN.conversationId]);
    expect(readable(delivered)).toContain('Herinnering: je hebt de ontvangst van deze mededeling nog niet bevestigd.');

    harness.setNow(new Date('2026-12-02T15:00:00+01:00'));
    expect(await runDueBroadcastReminders(harness.running.deps)).toBe(0);
    expect(await drain()).toHaveLength(0);
  });

  it('lets a recipient share with a colleague of their own school only, who then acknowledges', async () => {
    const wrong = await harness.execute('announcement.forward', { announcementId: id, colleagueIds: 'person-2' }, KARIN);
    expect(cardOf(wrong.body)).toContain('alleen delen met collega’s van je eigen school');

    const karinCard = JSON.stringify((await harness.execute('announcement.refresh', { announcementId: id }, KARIN)).body.value);
    expect(karinCard).toContain('Deel met collega’s');
    expect(karinCard).toContain('Tom Hendriks');

    const shared = await harness.execute('announcement.forward', { announcementId: id, colleagueIds: 'person-10' }, KARIN);
    expect(cardOf(shared.body)).toContain('Gedeeld met 1 collega.');
    const delivered = await drain();
    expect(delivered.map((a) => a.conversationId)).toEqual([TOM.conversationId]);
    expect(readable(delivered)).toContain('Gedeeld door Karin Mulder.');

    const again = await harness.execute('announcement.forward', { announcementId: id, colleagueIds: 'person-10' }, KARIN);
    expect(cardOf(again.body)).toContain('hadden de mededeling al');
    expect(await drain()).toHaveLength(0);

    const ack = await harness.execute('announcement.ack', { announcementId: id }, TOM);
    expect(cardOf(ack.body)).toContain('Je hebt de ontvangst bevestigd');
  });

  it('gives the coördinator the report per school and role, with the forwarded colleague in it', async () => {
    const report = await harness.execute('announcement.report', { announcementId: id });
    const text = cardOf(report.body);
    expect(text).toContain('Bevestigd door 3 van 4 ontvangers (1 via een collega).');
    const facts = JSON.stringify(report.body.value);
    expect(facts).toContain('{"title":"OBS De Zonnewijzer","value":"1 / 1"}');
    expect(facts).toContain('{"title":"CBS De Klimop","value":"1 / 1"}');
    expect(facts).toContain('{"title":"SBO De Horizon","value":"1 / 2"}');
    expect(facts).toContain('"value":"2 / 3"'); // ib
    expect(facts).toContain('"value":"1 / 1"}]'); // onderwijsondersteuner, last role row
    expect(text).toContain('Nog niet bevestigd');
    expect(text).toContain('Karin Mulder');

    const denied = await harness.execute('announcement.report', { announcementId: id }, KARIN);
    expect(cardOf(denied.body)).toContain('coördinator');

    const viaChat = await harness.say('mededeling 1');
    expect(readable(viaChat)).toContain('Bevestigd door 3 van 4 ontvangers');
  });
});

describe('announcement reminders keep quiet hours', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({}, new Date('2026-11-25T10:00:00+01:00'));
    for (const u of [SANNE, JOOST, KARIN]) await harness.say('help', u);
  });
  afterAll(async () => harness?.close());

  it('holds a reminder that falls on a Saturday until Monday morning, then sends it once', async () => {
    // Deadline Monday 7 December: the reminder two days before falls on Saturday 5 December.
    const preview = await harness.execute('announcement.preview', { ...form, deadlineDate: '2026-12-07' });
    const id = /"announcementId":"([^"]+)"/.exec(JSON.stringify(preview.body.value))?.[1] ?? '';
    await harness.execute('announcement.send', { announcementId: id });
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    const before = harness.sent.length;

    harness.setNow(new Date('2026-12-05T09:30:00+01:00'));
    expect(await runDueBroadcastReminders(harness.running.deps)).toBe(3);
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    expect(harness.sent.length).toBe(before);

    harness.setNow(new Date('2026-12-07T07:59:00+01:00'));
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    expect(harness.sent.length).toBe(before);

    harness.setNow(new Date('2026-12-07T08:01:00+01:00'));
    await drainOutboxOnce(harness.running.deps, harness.running.messenger);
    const delivered = harness.sent.slice(before);
    expect(delivered.map((a) => a.conversationId).sort()).toEqual([SANNE, JOOST, KARIN].map((u) => u.conversationId).sort());
    expect(readable(delivered)).toContain('Herinnering: je hebt de ontvangst van deze mededeling nog niet bevestigd.');
  });
});
