import { describe, expect, it } from 'vitest';
import { parseCardAction } from './card-actions.js';

describe('parseCardAction', () => {
  it.each([
    { raw: { verb: 'rsvp.attend', meetingId: 'm1', sessionId: 's1' }, expected: { verb: 'rsvp.attend', meetingId: 'm1', sessionId: 's1' } },
    { raw: { verb: 'rsvp.attend', meetingId: 'm1', sessionId: '' }, expected: { verb: 'rsvp.attend', meetingId: 'm1', sessionId: null } },
    { raw: { verb: 'rsvp.decline', meetingId: 'm1', sessionId: null }, expected: { verb: 'rsvp.decline', meetingId: 'm1', sessionId: null } },
    { raw: { verb: 'rsvp.maybe', meetingId: 'm1' }, expected: { verb: 'rsvp.maybe', meetingId: 'm1', sessionId: null } },
    { raw: { verb: 'meeting.ics', meetingId: 'm1', sessionId: 's2' }, expected: { verb: 'meeting.ics', meetingId: 'm1', sessionId: 's2' } },
    { raw: { verb: 'meeting.refresh', meetingId: 'm1' }, expected: { verb: 'meeting.refresh', meetingId: 'm1' } },
    { raw: { verb: 'help.show' }, expected: { verb: 'help.show' } },
    {
      raw: { verb: 'profile.save', schoolIds: 'sch-1,sch-2', roles: 'ib,leerkracht', locale: 'en' },
      expected: { verb: 'profile.save', schoolIds: ['sch-1', 'sch-2'], roles: ['ib', 'leerkracht'], locale: 'en' },
    },
    { raw: { verb: 'profile.save', schoolIds: '', roles: '' }, expected: { verb: 'profile.save', schoolIds: [], roles: [] } },
  ])('accepts $raw.verb data a card sends', ({ raw, expected }) => {
    expect(parseCardAction(raw)).toEqual({ ok: true, value: expected });
  });

  it('keeps the typed meeting form values as text, numbers included', () => {
    const result = parseCardAction({ verb: 'meeting.preview', title: '  PLG lezen ', s0Date: '2027-06-15', s0Capacity: 25, audienceRoles: 'ib' });
    expect(result.ok && result.value).toMatchObject({ verb: 'meeting.preview', meetingId: null, title: 'PLG lezen', s0Date: '2027-06-15', s0Capacity: '25', s3End: '', audienceRoles: 'ib' });
  });

  it.each([
    { name: 'no verb', raw: { meetingId: 'm1' } },
    { name: 'a verb we do not know', raw: { verb: 'rsvp.cancel-all', meetingId: 'm1' } },
    { name: 'a non-object', raw: 'rsvp.attend' },
    { name: 'null', raw: null },
  ])('refuses $name with CARD.UNKNOWN_VERB', ({ raw }) => {
    expect(parseCardAction(raw)).toMatchObject({ ok: false, error: { code: 'CARD.UNKNOWN_VERB' } });
  });

  it.each([
    { name: 'attend without a meeting', raw: { verb: 'rsvp.attend', sessionId: 's1' } },
    { name: 'attend with an unknown field', raw: { verb: 'rsvp.attend', meetingId: 'm1', sessionId: 's1', admin: true } },
    { name: 'a calendar file without a session', raw: { verb: 'meeting.ics', meetingId: 'm1' } },
    { name: 'a role that does not exist', raw: { verb: 'profile.save', schoolIds: 'sch-1', roles: 'ib,koning' } },
    { name: 'a form field the form does not have', raw: { verb: 'meeting.preview', title: 'x', s4Date: '2027-01-01' } },
    { name: 'a meeting id that is a number', raw: { verb: 'meeting.send', meetingId: 12 } },
  ])('refuses $name with CARD.INVALID_DATA', ({ raw }) => {
    expect(parseCardAction(raw)).toMatchObject({ ok: false, error: { code: 'CARD.INVALID_DATA' } });
  });
});
