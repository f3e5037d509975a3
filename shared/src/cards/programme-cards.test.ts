import { describe, expect, it } from 'vitest';
import { parseCardAction } from '../schemas/card-actions.js';
import type { DashboardMeetingDto } from '../schemas/api.js';
import { attendanceCard } from './attendance-card.js';
import { allActions, allText, cardSchemaErrors, executeVerbs } from './card-schema.test-helper.js';
import { meeting, NOW, session } from './card-fixtures.test-helper.js';
import { overviewCard } from './overview-card.js';
import { previewCard } from './preview-card.js';
import { programmeCard } from './programme-card.js';
import type { CardElement, InputChoiceSet } from './types.js';

const past = session('s1', { startsAt: '2026-11-18T15:00:00+01:00', endsAt: '2026-11-18T17:00:00+01:00', name: 'Regio Midden — Houten' });
const people = [
  { personId: 'p1', name: 'Anna de Groot', attended: true },
  { personId: 'p2', name: 'Bram Peters', attended: false },
];
const find = (body: readonly CardElement[], id: string) => body.find((e) => e.id === id);

describe('attendanceCard', () => {
  it('ticks the booked people who were there and saves with attendance.save, on a valid card', () => {
    const c = attendanceCard({ meetingId: 'm1', title: 'PLG gedrag', session: past, n: 1, started: true, people, count: { present: 1, of: 2 }, locale: 'nl' });
    expect(cardSchemaErrors(c)).toEqual([]);
    expect(executeVerbs(c.actions ?? [])).toEqual(['attendance.save']);
    const input = find(c.body, 'present') as InputChoiceSet;
    expect(input).toMatchObject({ isMultiSelect: true, style: 'expanded', value: 'p1' });
    expect(input.choices.map((x) => x.title)).toEqual(['Anna de Groot', 'Bram Peters']);
    const text = allText(c);
    expect(text).toContain('Aanwezigheid — PLG gedrag');
    expect(text).toContain('Regio Midden — Houten');
    expect(text).toContain('Aanwezig: 1 van 2');
    const parsed = parseCardAction({ verb: 'attendance.save', meetingId: 'm1', sessionId: 's1', present: 'p1,p2' });
    expect(parsed.ok && parsed.value.verb === 'attendance.save' && parsed.value.present).toEqual(['p1', 'p2']);
    const nobodyTicked = parseCardAction({ verb: 'attendance.save', meetingId: 'm1', sessionId: 's1' });
    expect(nobodyTicked.ok && nobodyTicked.value.verb === 'attendance.save' && nobodyTicked.value.present).toEqual([]);
  });

  it('has no button before the session started or when nobody was booked', () => {
    const early = attendanceCard({ meetingId: 'm1', title: 'PLG gedrag', session: past, n: 2, started: false, people, count: null, locale: 'nl' });
    expect(early.actions ?? []).toEqual([]);
    expect(allText(early)).toContain('Deze sessie is nog niet begonnen.');
    const empty = attendanceCard({ meetingId: 'm1', title: 'PLG gedrag', session: past, n: 1, started: true, people: [], count: null, locale: 'en' });
    expect(cardSchemaErrors(empty)).toEqual([]);
    expect(allText(empty)).toContain('Nobody registered for this session.');
  });
});

describe('programmeCard', () => {
  const input = { meetingId: 'm1', title: 'PLG gedrag', draft: 'Programma — PLG gedrag\n\n• Gedrag', day: '2026-12-03', days: { first: '2026-11-25', last: '2026-12-10' }, noQuestions: false, locale: 'nl' as const };

  it('shows the editable draft and the day (within the allowed days), and schedules with programme.schedule', () => {
    const c = programmeCard(input);
    expect(cardSchemaErrors(c)).toEqual([]);
    expect(executeVerbs(c.actions ?? [])).toEqual(['programme.schedule']);
    expect(find(c.body, 'programmeText')).toMatchObject({ type: 'Input.Text', isMultiline: true, value: input.draft, isRequired: true });
    expect(find(c.body, 'programmeDate')).toMatchObject({ type: 'Input.Date', value: '2026-12-03', min: '2026-11-25', max: '2026-12-10' });
    expect(allText(c)).toContain('Programma voor PLG gedrag');
    expect(allText(c)).toContain('zonder namen');
  });

  it('refuses card data without text or with a date that is not a date', () => {
    expect(parseCardAction({ verb: 'programme.schedule', meetingId: 'm1', programmeText: ' ', programmeDate: '2026-12-03' }).ok).toBe(false);
    expect(parseCardAction({ verb: 'programme.schedule', meetingId: 'm1', programmeText: 'x', programmeDate: 'morgen' }).ok).toBe(false);
  });
});

describe('"niet bij …" on the preview and attendance on the overview', () => {
  it('the preview says how many people and which schools, before sending', () => {
    const c = previewCard({ meeting: meeting(), now: NOW, locale: 'nl', recipients: 3, notAttended: { title: 'PLG ronde 1', people: 3, schoolNames: ['CBS De Eik', 'OBS De Linde'] } });
    expect(cardSchemaErrors(c)).toEqual([]);
    expect(allText(c)).toContain('Niet bij “PLG ronde 1”: deze uitnodiging gaat naar 3 personen.');
    expect(allText(c)).toContain('Van 2 scholen: CBS De Eik, OBS De Linde');
    const one = previewCard({ meeting: meeting(), now: NOW, locale: 'nl', notAttended: { title: 'PLG ronde 1', people: 1, schoolNames: ['CBS De Eik'] } });
    expect(allText(one)).toContain('deze uitnodiging gaat naar 1 persoon.');
    expect(allText(one)).toContain('Van 1 school: CBS De Eik');
  });

  it('the overview shows "Aanwezig: n van m" only once attendance is taken', () => {
    const sessionDto = { id: 's1', startsAt: past.startsAt, capacity: 10, counts: { booked: 2, waitlisted: 0, maybe: 0, declined: 0, applied: 0, 'not-selected': 0 }, bySchool: {}, byRole: {}, waitlist: [] };
    const dto: DashboardMeetingDto = { id: 'm1', title: 'PLG gedrag', type: 'plg', status: 'verstuurd', registrationMode: 'direct', sessions: [{ ...sessionDto, attendance: { present: 1, of: 2 } }, { ...sessionDto, id: 's2', attendance: null }] };
    const c = overviewCard({ meeting: dto, schoolNames: new Map(), locale: 'nl' });
    expect(cardSchemaErrors(c)).toEqual([]);
    expect(allText(c).match(/Aanwezig: \d van \d/g)).toEqual(['Aanwezig: 1 van 2']);
    expect(executeVerbs(allActions(c))).toEqual(['meeting.message']);
    const withNow = overviewCard({ meeting: dto, schoolNames: new Map(), locale: 'nl', now: new Date('2026-11-25T10:00:00+01:00') });
    expect(cardSchemaErrors(withNow)).toEqual([]);
    expect(executeVerbs(allActions(withNow)).filter((v) => v === 'attendance.show')).toHaveLength(2);
  });
});

