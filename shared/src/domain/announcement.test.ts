import { describe, expect, it } from 'vitest';
import { decideAcknowledge, decideForward, type Announcement, type AnnouncementRecipient } from './announcement.js';
import { dueDeadlineReminders } from './announcement-reminders.js';
import type { Person } from './people.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const a: Announcement = {
  id: 'a1', title: 'T', text: 'x', documentUrl: null, ackLabel: null, deadline: '2026-12-04T17:00:00+01:00',
  audience: { roles: [], sectors: [], schoolIds: [] }, reminderDaysBeforeDeadline: [7, 2], organiserId: 'c', status: 'verstuurd', createdAt: '', version: '1',
};
const p = (id: string, schoolIds: string[]): Person => ({ id, aadObjectId: id, name: id, email: '', schoolIds, roles: ['ib'], locale: 'nl', version: '1' });
const people = [p('karin', ['horizon']), p('tom', ['horizon']), p('sanne', ['zonnewijzer']), p('nicole', ['zonnewijzer', 'horizon'])];
const rec = (personId: string): AnnouncementRecipient => ({ announcementId: 'a1', personId, forwardedBy: null, addedAt: '' });

describe('decideForward', () => {
  it.each([
    ['a colleague of the same school', ['tom'], { ok: true }],
    ['someone of another school', ['sanne'], { ok: false, error: { code: 'ANNOUNCEMENT.NOT_COLLEAGUE' } }],
    ['nobody', [], { ok: false, error: { code: 'ANNOUNCEMENT.INVALID' } }],
  ])('lets a recipient share with %s: %j', (_n, chosen, expected) => {
    expect(decideForward(a, [rec('karin')], people[0]!, chosen, people, NOW)).toMatchObject(expected);
  });

  it('skips colleagues who already have it and refuses people it was not sent to', () => {
    expect(decideForward(a, [rec('karin'), rec('tom')], people[0]!, ['tom', 'nicole'], people, NOW)).toMatchObject({ ok: true, value: [{ personId: 'nicole', forwardedBy: 'karin' }] });
    expect(decideForward(a, [rec('karin')], people[1]!, ['karin'], people, NOW)).toMatchObject({ ok: false, error: { code: 'ANNOUNCEMENT.NOT_RECIPIENT' } });
  });
});

describe('decideAcknowledge', () => {
  it('records the first acknowledgement, ignores a repeat, and refuses a non-recipient', () => {
    expect(decideAcknowledge(a, [rec('karin')], [], 'karin', NOW)).toEqual({ ok: true, value: { announcementId: 'a1', personId: 'karin', at: NOW.toISOString() } });
    expect(decideAcknowledge(a, [rec('karin')], [{ announcementId: 'a1', personId: 'karin', at: '' }], 'karin', NOW)).toEqual({ ok: true, value: null });
    expect(decideAcknowledge(a, [rec('karin')], [], 'tom', NOW)).toMatchObject({ ok: false, error: { code: 'ANNOUNCEMENT.NOT_RECIPIENT' } });
  });
});

describe('dueDeadlineReminders', () => {
  it.each([
    ['before the first step', '2026-11-27T08:59:00+01:00', []],
    ['at 09:00 seven days before', '2026-11-27T09:00:00+01:00', ['announcement:a1:deadline-7']],
    ['more than a day after a step (stale)', '2026-11-28T09:01:00+01:00', []],
    ['two days before', '2026-12-02T12:00:00+01:00', ['announcement:a1:deadline-2']],
    ['after the deadline', '2026-12-04T17:01:00+01:00', []],
  ])('gives %s: %j', (_n, now, keys) => {
    expect(dueDeadlineReminders('announcement', a, new Date(now)).map((s) => s.key)).toEqual(keys);
  });
});
