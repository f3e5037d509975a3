import { afterEach, describe, expect, it } from 'vitest';
import { addCatalogue, DELIVERY_FAILURES } from '@samen/shared';
import { deliveryEn, deliveryNl } from '../../../shared/src/i18n/messages/delivery.js';
import { deliveryReport, deliveryReportCardFor, deliveryReportCsv, REPORT_REASON, targetingPreview, targetingPreviewText } from './delivery-report.js';
import { broadcast, personId, ScriptedMessenger } from './fanout.test-helper.js';
import { DEFAULT_WORKER_OPTIONS, drainOutboxOnce } from './outbox-worker.js';

describe('the delivery report of a broadcast', () => {
  let fixture: Awaited<ReturnType<typeof broadcast>>;
  afterEach(async () => fixture?.close());

  const run = async () => {
    fixture = await broadcast(6);
    const messenger = new ScriptedMessenger((p) => {
      if (p === personId(2)) return { kind: 'permanent', failure: 'blocked' };
      if (p === personId(3)) return { kind: 'permanent', failure: 'not-met' };
      if (p === personId(4)) return { kind: 'retry', failure: 'server-error', retryAfterMs: null };
      return { kind: 'sent', activityId: 'x' };
    });
    const options = { ...DEFAULT_WORKER_OPTIONS, maxAttempts: 2 };
    await drainOutboxOnce(fixture.deps, messenger, options, () => 0.5, fixture.runtime);
    return { options, messenger };
  };

  it('counts queued, delivered, failed and not reachable while it runs and when done', async () => {
    const { options, messenger } = await run();
    expect((await deliveryReport(fixture.deps, 'meeting-0001')).counts).toEqual({ total: 6, queued: 1, sent: 3, failed: 0, unreachable: 2 });
    fixture.advance(60_000);
    await drainOutboxOnce(fixture.deps, messenger, options, () => 0.5, fixture.runtime);
    const report = await deliveryReport(fixture.deps, 'meeting-0001');
    expect(report.counts).toEqual({ total: 6, queued: 0, sent: 3, failed: 1, unreachable: 2 });
    expect(report.notReached.map((p) => [p.personId, p.reason])).toEqual([
      [personId(2), 'blocked'],
      [personId(3), 'notMet'],
      [personId(4), 'failed'],
    ]);
  });

  it('shows the coördinator a self-refreshing card while sending, and who was not reached with the reason', async () => {
    await run();
    const meeting = (await fixture.deps.stores.meetings.get('meeting-0001'))!;
    const running = JSON.stringify(await deliveryReportCardFor(fixture.deps, meeting, 'coord-1', 'nl'));
    expect(running).toContain('"refresh"');
    expect(running).toContain('Bezig met versturen');
    expect(running).toContain('heeft de app geblokkeerd of verwijderd');
    expect(running).toContain('app niet geïnstalleerd, nog geen chat met de bot');
  });

  it('exports the people not reached as CSV', async () => {
    await run();
    const csv = await deliveryReportCsv(fixture.deps, 'meeting-0001');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('persoon;naam;e-mail;status;reden');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${personId(2)};Medewerker 2;medewerker2@school.example;failed;heeft de app geblokkeerd of verwijderd`);
  });

  it('leaves out what the organiser cancelled: nobody failed to get it', async () => {
    fixture = await broadcast(3);
    const { outbox } = fixture.deps.stores;
    await outbox.markFailed(`invitation:meeting-0001:${personId(2)}`, 'cancelled', null, fixture.deps.clock());
    await outbox.markFailed(`invitation:meeting-0001:${personId(3)}`, 'blocked', null, fixture.deps.clock());
    const report = await deliveryReport(fixture.deps, 'meeting-0001');
    expect(report.counts).toEqual({ total: 2, queued: 1, sent: 0, failed: 0, unreachable: 1 });
    expect(report.notReached.map((p) => p.personId)).toEqual([personId(3)]);
  });

  it('groups who was not reached by failure code: rewording a text changes the words, never the report', async () => {
    const REPORTED = DELIVERY_FAILURES.filter((code) => code !== 'cancelled');
    fixture = await broadcast(REPORTED.length);
    const { outbox } = fixture.deps.stores;
    await outbox.claim(fixture.deps.clock(), REPORTED.length);
    for (const [i, code] of REPORTED.entries()) await outbox.markFailed(`invitation:meeting-0001:${personId(i + 2)}`, code, null, fixture.deps.clock());
    const meeting = (await fixture.deps.stores.meetings.get('meeting-0001'))!;

    const report = await deliveryReport(fixture.deps, meeting.id);
    expect(Object.fromEntries(report.notReached.map((p) => [p.failure, p.reason]))).toEqual(REPORT_REASON);
    const unreachable = Object.values(REPORT_REASON).filter((r) => r === 'blocked' || r === 'notMet').length;
    // A message Teams refused (400) is a failed send, not a person who blocked the app.
    expect(report.notReached.find((p) => p.failure === 'rejected')?.reason).toBe('rejected');
    expect(report.counts).toEqual({ total: REPORTED.length, queued: 0, sent: 0, failed: REPORTED.length - unreachable, unreachable });

    const before = { ...deliveryNl.reason };
    try {
      deliveryNl.reason.blocked = 'wil geen berichten van de bot';
      deliveryNl.reason.notMet = 'kent de bot nog niet';
      addCatalogue('delivery', { nl: deliveryNl, en: deliveryEn });
      expect(await deliveryReport(fixture.deps, meeting.id)).toEqual(report);
      const csv = await deliveryReportCsv(fixture.deps, meeting.id);
      expect(csv).toContain(`${personId(4)};Medewerker 4;medewerker4@school.example;failed;wil geen berichten van de bot`);
      expect(csv).toContain(`${personId(2)};Medewerker 2;medewerker2@school.example;failed;kent de bot nog niet`);
      expect(csv).not.toContain('heeft de app geblokkeerd of verwijderd');
    } finally {
      Object.assign(deliveryNl.reason, before);
      addCatalogue('delivery', { nl: deliveryNl, en: deliveryEn });
    }
  });

  it('tells before sending how many people match and how many the bot can reach now', async () => {
    fixture = await broadcast(0);
    const { stores } = fixture.deps;
    for (const n of [2, 3, 4]) {
      const { aPerson } = await import('../store/contract/fixtures.js');
      await stores.people.upsert(aPerson(n));
    }
    await stores.conversations.save({ personId: personId(2), scope: 'personal', conversationId: 'c-2', reference: {}, updatedAt: new Date().toISOString() });
    const meeting = (await stores.meetings.get('meeting-0001'))!;
    const preview = await targetingPreview(fixture.deps, meeting);
    expect(preview).toEqual({ matching: 3, reachableNow: 1, notYetMet: 2 });
    expect(targetingPreviewText(preview, 'nl')).toBe(
      'Deze uitnodiging past bij 3 personen. 1 daarvan is nu bereikbaar in Teams. 2 personen hebben nog geen chat met de bot; we proberen het opnieuw zodra de app voor hen is geïnstalleerd.',
    );
  });
});
