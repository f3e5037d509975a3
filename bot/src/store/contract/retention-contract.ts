/**
 * What the retention job needs of the stores (shared/src/domain/retention.ts): deleting a meeting's
 * external registrants, pseudonymising an announcement's recipients and acknowledgements, and
 * keeping the last clean-up. The outbox's purge is in outbox-contract.ts (Azure runs it too).
 */
import { describe, expect, it } from 'vitest';
import type { Announcement, RetentionRun } from '@samen/shared';
import type { Expected } from '../ports.js';
import { value, type MakeStores } from './fixtures.js';
import { useStores } from './harness.js';
import { aRegistrant } from './registrant-contract.js';

const anAnnouncement = (id: string): Omit<Announcement, 'version'> & Expected => ({
  id,
  title: 'Nieuwe handreiking',
  text: 'Lees de handreiking voor 1 maart.',
  documentUrl: null,
  ackLabel: null,
  deadline: null,
  audience: { roles: [], sectors: [], schoolIds: [] },
  reminderDaysBeforeDeadline: [],
  organiserId: 'person-0009',
  status: 'verstuurd',
  createdAt: '2024-03-01T10:00:00+01:00',
  expectedVersion: '',
});

const aRun = (ranAt: string, registrantsDeleted: number): RetentionRun => ({
  ranAt,
  nextRunAt: '2026-12-03T02:00:00.000Z',
  cutoffs: { registrantsEndedBefore: '2026-10-08T01:00:00.000Z', pseudonymiseBefore: '2025-07-31T22:00:00.000Z', deliveryBefore: '2026-09-04T01:00:00.000Z' },
  counts: {
    registrantsDeleted,
    rsvpsPseudonymised: 3,
    acknowledgementsPseudonymised: 0,
    recipientsPseudonymised: 0,
    surveyAnswersPseudonymised: 1,
    outboxDeleted: 12,
    ledgerDeleted: 12,
  },
});

export const runRetentionContract = (make: MakeStores): void => {
  describe('retention in the stores', () => {
    const stores = useStores(make);

    it("deletes one meeting's external registrants and leaves another meeting's", async () => {
      const registrants = stores().registrants;
      value(await registrants.upsert(aRegistrant(1)));
      value(await registrants.upsert(aRegistrant(2)));
      value(await registrants.upsert(aRegistrant(3, { meetingId: 'meeting-0002' })));
      expect(await registrants.removeForMeeting('meeting-0001')).toBe(2);
      expect(await registrants.forMeeting('meeting-0001')).toEqual([]);
      expect(await registrants.get('ext-0001')).toBeNull();
      expect(await registrants.findByEmail('meeting-0001', 'ouder1@thuis.example')).toBeNull();
      expect((await registrants.forMeeting('meeting-0002')).map((r) => r.id)).toEqual(['ext-0003']);
      // A second clean-up finds nothing left.
      expect(await registrants.removeForMeeting('meeting-0001')).toBe(0);
    });

    it("pseudonymises one announcement's recipients, forwarders and acknowledgements, counts unchanged", async () => {
      const announcements = stores().announcements;
      value(await announcements.upsert(anAnnouncement('ann-1')));
      value(await announcements.upsert(anAnnouncement('ann-2')));
      const at = '2024-03-01T10:00:00.000Z';
      await announcements.addRecipients([
        { announcementId: 'ann-1', personId: 'person-0001', forwardedBy: null, addedAt: at },
        { announcementId: 'ann-1', personId: 'person-0002', forwardedBy: 'person-0001', addedAt: at },
        { announcementId: 'ann-1', personId: 'person-0003', forwardedBy: null, addedAt: at },
        { announcementId: 'ann-2', personId: 'person-0001', forwardedBy: null, addedAt: at },
      ]);
      await announcements.acknowledge({ announcementId: 'ann-1', personId: 'person-0001', at });
      await announcements.acknowledge({ announcementId: 'ann-1', personId: 'person-0002', at });
      await announcements.acknowledge({ announcementId: 'ann-2', personId: 'person-0001', at });
      const pseudonyms = new Map([
        ['person-0001', 'anon-a'],
        ['person-0002', 'anon-b'],
      ]);

      expect(await announcements.pseudonymise('ann-1', pseudonyms)).toEqual({ recipients: 2, acknowledgements: 2 });

      const recipients = await announcements.recipients('ann-1');
      expect(recipients.map((r) => [r.personId, r.forwardedBy]).sort()).toEqual([
        ['anon-a', null],
        ['anon-b', 'anon-a'],
        ['person-0003', null],
      ]);
      expect((await announcements.acknowledgements('ann-1')).map((a) => a.personId).sort()).toEqual(['anon-a', 'anon-b']);
      // The other announcement is untouched; a pseudonymised recipient still counts as acknowledged once.
      expect((await announcements.acknowledgements('ann-2')).map((a) => a.personId)).toEqual(['person-0001']);
      expect(await announcements.acknowledge({ announcementId: 'ann-1', personId: 'anon-a', at })).toBe(false);
      // Done once: nothing left to change.
      expect(await announcements.pseudonymise('ann-1', pseudonyms)).toEqual({ recipients: 0, acknowledgements: 0 });
    });

    it('keeps the last clean-up and replaces it with the next', async () => {
      const retention = stores().retention;
      expect(await retention.lastRun()).toBeNull();
      await retention.saveRun(aRun('2026-12-02T02:00:05.000Z', 4));
      expect(await retention.lastRun()).toEqual(aRun('2026-12-02T02:00:05.000Z', 4));
      await retention.saveRun(aRun('2026-12-03T02:00:04.000Z', 0));
      expect(await retention.lastRun()).toEqual(aRun('2026-12-03T02:00:04.000Z', 0));
    });

    it('refuses to keep a clean-up that does not read as one', async () => {
      await expect(stores().retention.saveRun({ ...aRun('gisteren', 1) })).rejects.toThrow();
      expect(await stores().retention.lastRun()).toBeNull();
    });
  });
};
