/**
 * What real Graph/SharePoint does that Graph's docs do not promise, and the adapter must take:
 * a duplicate in a unique column answered 500 SPDuplicateValuesFoundException or 400 (not only 409),
 * null refused in a create, and a PATCH refused 409 resourceModified (an edit conflict, not a
 * duplicate). PATCH answers without @odata.etag run through the whole contract in
 * sharepoint.contract.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { decideRsvp, type Meeting } from '@samen/shared';
import { aMeeting, aSession, NOW } from '../../bot/src/store/contract/fixtures.js';
import { isDuplicate, isEditConflict } from '../../bot/src/store/sharepoint/errors.js';
import { startGraphFake } from '../graph-fake/graph-fake.js';
import { fakeStores } from './fake-stores.js';

const fake = await startGraphFake({ seed: 11 });
afterAll(() => fake.close());

const duplicateMessage = 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Key].';

describe('recognising a duplicate and an edit conflict', () => {
  it('takes 409, 500 SPDuplicateValuesFoundException and 400 "duplicate values" as a duplicate, in a $batch part or a single answer', () => {
    const spCode = '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException';
    expect(isDuplicate({ status: 409, body: { error: { code: 'nameAlreadyExists', message: duplicateMessage } } })).toBe(true);
    expect(isDuplicate({ status: 500, body: { error: { code: spCode, message: duplicateMessage } } })).toBe(true);
    // a single request: the Graph client's GraphError body is the error as a JSON string
    expect(isDuplicate({ status: 500, body: JSON.stringify({ code: spCode, message: 'x' }) })).toBe(true);
    expect(isDuplicate({ status: 400, body: JSON.stringify({ code: 'invalidRequest', message: duplicateMessage }) })).toBe(true);
    expect(isDuplicate({ status: 400, body: { error: { code: 'invalidRequest', message: "Field 'X' is not recognized." } } })).toBe(false);
    expect(isDuplicate({ status: 500, body: { error: { code: 'generalException', message: 'boom' } } })).toBe(false);
  });

  it('takes 409 resourceModified as an edit conflict like 412, not as a duplicate', () => {
    const modified = { status: 409, body: { error: { code: 'resourceModified', message: 'The resource has been modified.' } } };
    expect(isEditConflict(modified)).toBe(true);
    expect(isDuplicate(modified)).toBe(false);
    expect(isEditConflict({ status: 412, body: null })).toBe(true);
    expect(isEditConflict({ status: 409, body: { error: { code: 'nameAlreadyExists', message: duplicateMessage } } })).toBe(false);
  });
});

describe.each([500, 400] as const)('duplicates answered %i', (status) => {
  it('adds a recipient once (none forwarded it: no null sent) and counts a second acknowledgement as already there', async () => {
    const stores = await fakeStores(fake);
    fake.settings.duplicate = status;
    try {
      const recipient = { announcementId: 'a1', personId: 'p1', forwardedBy: null, addedAt: NOW.toISOString() };
      expect(await stores.announcements.addRecipients([recipient])).toHaveLength(1);
      expect(await stores.announcements.addRecipients([recipient, { ...recipient, personId: 'p2' }])).toEqual([{ ...recipient, personId: 'p2' }]);
      expect(await stores.announcements.recipients('a1')).toHaveLength(2);
      const ack = { announcementId: 'a1', personId: 'p1', at: NOW.toISOString() };
      expect(await stores.announcements.acknowledge(ack)).toBe(true);
      expect(await stores.announcements.acknowledge(ack)).toBe(false);
    } finally {
      fake.settings.duplicate = 409;
    }
  });
});

describe('a PATCH refused 409 resourceModified', () => {
  const meeting: Meeting = { ...aMeeting(1, { sessions: [aSession(1, { capacity: 10 })] }), version: '1' };

  it('is re-read and retried like a 412: 30 answers for a 10-seat session all land, 10 booked', async () => {
    const stores = await fakeStores(fake);
    fake.settings.editConflictRate = 0.3;
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => {
          const personId = `person-${String(i).padStart(2, '0')}`;
          return stores.rsvps.transact(meeting.id, (current) =>
            decideRsvp(meeting, current, { meetingId: meeting.id, sessionId: 'session-1', personId, response: 'attend', source: 'card' }, NOW, () => `rsvp-${personId}`),
          );
        }),
      );
      expect(results.filter((r) => !r.ok)).toEqual([]);
      // a second answer of the same people changes existing items: PATCHes, some refused once
      const again = await Promise.all(
        Array.from({ length: 10 }, (_, i) => {
          const personId = `person-${String(i).padStart(2, '0')}`;
          return stores.rsvps.transact(meeting.id, (current) =>
            decideRsvp(meeting, current, { meetingId: meeting.id, sessionId: 'session-1', personId, response: 'decline', source: 'card' }, NOW, () => `rsvp-${personId}`),
          );
        }),
      );
      expect(again.filter((r) => !r.ok)).toEqual([]);
    } finally {
      fake.settings.editConflictRate = 0;
    }
    const rsvps = await stores.rsvps.forMeeting(meeting.id);
    expect(rsvps).toHaveLength(30);
    expect(rsvps.filter((r) => r.status === 'booked')).toHaveLength(10);
    expect(rsvps.filter((r) => r.status === 'declined')).toHaveLength(10);
  }, 60_000);
});
