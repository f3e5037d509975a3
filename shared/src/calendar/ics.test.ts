import { describe, expect, it } from 'vitest';
import { meeting, session } from '../cards/card-fixtures.test-helper.js';
import { escapeText, foldLine, icsFileName, meetingIcs } from './ics.js';

const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');
const prop = (ics: string, name: string) => lines(ics).find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);

describe('meetingIcs', () => {
  it.each([
    { season: 'summer (CEST, UTC+2)', startsAt: '2027-06-15T14:00:00+02:00', endsAt: '2027-06-15T16:30:00+02:00', start: '20270615T120000Z', end: '20270615T143000Z' },
    { season: 'winter (CET, UTC+1)', startsAt: '2026-12-08T19:00:00+01:00', endsAt: '2026-12-08T21:00:00+01:00', start: '20261208T180000Z', end: '20261208T200000Z' },
    { season: 'the night the clocks go back', startsAt: '2026-10-25T01:30:00+02:00', endsAt: '2026-10-25T02:30:00+01:00', start: '20261024T233000Z', end: '20261025T013000Z' },
  ])('puts a $season session at the right UTC time', ({ startsAt, endsAt, start, end }) => {
    const ics = meetingIcs(meeting(), session('s1', { startsAt, endsAt }));
    expect(prop(ics, 'DTSTART')).toBe(start);
    expect(prop(ics, 'DTEND')).toBe(end);
  });

  it('gives the same UID for the same meeting and session, and another for another session', () => {
    const m = meeting();
    const a = prop(meetingIcs(m, session('s1')), 'UID');
    expect(prop(meetingIcs({ ...m, title: 'Nieuwe titel' }, session('s1')), 'UID')).toBe(a);
    expect(prop(meetingIcs(m, session('s2')), 'UID')).not.toBe(a);
  });

  it('wraps one VEVENT in a VCALENDAR with CRLF line endings', () => {
    const ics = meetingIcs(meeting(), session('s1'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the address as LOCATION, or the online link when there is no address', () => {
    expect(prop(meetingIcs(meeting(), session('s1')), 'LOCATION')).toBe('Het Baken\\, Stationsweg 4\\, Amersfoort');
    const online = session('s1', { location: null, onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc' });
    const ics = meetingIcs(meeting(), online);
    expect(prop(ics, 'LOCATION')).toBe('https://teams.microsoft.com/l/meetup-join/abc');
    expect(prop(ics, 'URL')).toBe('https://teams.microsoft.com/l/meetup-join/abc');
  });

  it('escapes the description and adds organiser and url when given', () => {
    const m = meeting({ description: 'Eerst koffie; daarna\nhet gesprek, met ib’ers\\leerkrachten' });
    const ics = meetingIcs(m, session('s1'), { organiserEmail: 'coordinator@swv.example', url: 'https://app.example/m1' });
    expect(prop(ics, 'DESCRIPTION')).toBe('Eerst koffie\\; daarna\\nhet gesprek\\, met ib’ers\\\\leerkrachten');
    expect(prop(ics, 'ORGANIZER')).toBe('mailto:coordinator@swv.example');
    expect(prop(ics, 'URL')).toBe('https://app.example/m1');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const title = 'Consultatiebijeenkomst ondersteuningsniveaus — coördinatoren én ib’ers '.repeat(3);
    const ics = meetingIcs(meeting({ title }), session('s1'));
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(prop(ics, 'SUMMARY')).toBe(escapeText(title));
  });

  it('marks a cancelled meeting as CANCELLED', () => {
    expect(prop(meetingIcs(meeting({ status: 'geannuleerd' }), session('s1')), 'STATUS')).toBe('CANCELLED');
  });

  it('is the same file for the same input (DTSTAMP from the meeting unless given)', () => {
    expect(meetingIcs(meeting(), session('s1'))).toBe(meetingIcs(meeting(), session('s1')));
    expect(prop(meetingIcs(meeting(), session('s1'), { now: new Date('2026-11-25T09:00:00Z') }), 'DTSTAMP')).toBe('20261125T090000Z');
  });

  it('names the file after the title and date', () => {
    expect(icsFileName(meeting({ title: 'PLG Lezen & dyslexie' }), session('s1'))).toBe('plg-lezen-dyslexie-2027-06-15.ics');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
  });
});
