import { describe, expect, it } from 'vitest';
import {
  dateInSchoolYear,
  dueReflectionReminders,
  formatDeadlineDate,
  reflectionDeadlineMoment,
  reflectionDeadlinePassed,
  type ReflectionDeadline,
} from './reflection-deadline.js';
import { reflectionDeadlineErrors, reflectionDeadlineFromForm } from '../schemas/reflection-deadline.js';

const deadline = (date: string | null, reminderDaysBefore = [14, 3]): ReflectionDeadline => ({
  schoolYear: '2026-2027',
  date,
  reminderDaysBefore,
  updatedAt: '2026-11-25T10:00:00+01:00',
  updatedBy: 'person-1',
  version: '1',
});

describe('the reflection deadline', () => {
  it('passes at the start of its day in Amsterdam ("vóór 15 maart"), also across daylight saving time', () => {
    expect(reflectionDeadlineMoment('2027-03-15')).toBe('2027-03-15T00:00:00.000+01:00');
    expect(reflectionDeadlineMoment('2027-04-12')).toBe('2027-04-12T00:00:00.000+02:00');
    expect(reflectionDeadlinePassed('2027-03-15', new Date('2027-03-14T23:59:00+01:00'))).toBe(false);
    expect(reflectionDeadlinePassed('2027-03-15', new Date('2027-03-15T00:00:00+01:00'))).toBe(true);
    expect(formatDeadlineDate('2027-03-15')).toBe('15 maart 2027');
    expect(formatDeadlineDate('2027-03-15', 'en')).toBe('15 March 2027');
  });

  it('plans reminders at 09:00 Amsterdam on their day, due for a day; none once cleared or passed', () => {
    const d = deadline('2027-03-15');
    expect(dueReflectionReminders(d, new Date('2027-03-01T08:59:00+01:00'))).toEqual([]);
    expect(dueReflectionReminders(d, new Date('2027-03-01T09:00:00+01:00'))).toEqual([
      { key: 'reflection:2026-2027:2027-03-15:deadline-14', dueAt: '2027-03-01T09:00:00.000+01:00' },
    ]);
    expect(dueReflectionReminders(d, new Date('2027-03-02T09:01:00+01:00'))).toEqual([]);
    expect(dueReflectionReminders(d, new Date('2027-03-12T17:00:00+01:00')).map((s) => s.key)).toEqual(['reflection:2026-2027:2027-03-15:deadline-3']);
    expect(dueReflectionReminders(deadline('2027-03-15', [0]), new Date('2027-03-15T09:00:00+01:00'))).toEqual([]);
    expect(dueReflectionReminders(deadline(null), new Date('2027-03-01T09:00:00+01:00'))).toEqual([]);
  });

  it('takes a date inside the school year only (1 August to 31 July)', () => {
    expect(dateInSchoolYear('2026-08-01', '2026-2027')).toBe(true);
    expect(dateInSchoolYear('2027-07-31', '2026-2027')).toBe(true);
    expect(dateInSchoolYear('2027-08-01', '2026-2027')).toBe(false);
    expect(dateInSchoolYear('2026-07-31', '2026-2027')).toBe(false);
    expect(dateInSchoolYear('2027-02-30', '2026-2027')).toBe(false);
  });

  it('reads the coördinator’s form into a deadline, or a Dutch message per field', () => {
    const good = reflectionDeadlineFromForm('2026-2027', { date: '2027-03-15', reminderDays: '3, 14, 14' });
    expect(good.success && good.data).toEqual({ date: '2027-03-15', reminderDaysBefore: [14, 3] });
    const cleared = reflectionDeadlineFromForm('2026-2027', { date: ' ', reminderDays: '' });
    expect(cleared.success && cleared.data).toEqual({ date: null, reminderDaysBefore: [] });
    const errorsOf = (date: string, reminderDays: string) => {
      const parsed = reflectionDeadlineFromForm('2026-2027', { date, reminderDays });
      return parsed.success ? {} : reflectionDeadlineErrors(parsed.error);
    };
    expect(errorsOf('2028-03-15', 'twee weken')).toEqual({
      date: 'Kies een datum in dit schooljaar (1 augustus tot en met 31 juli).',
      reminderDaysBefore: 'Vul hele dagen in, gescheiden door komma’s, bijvoorbeeld 14, 3.',
    });
    expect(errorsOf('15-03-2027', '0')).toEqual({ date: 'Kies een geldige datum.', reminderDaysBefore: 'Een herinnering kan 1 tot en met 120 dagen vooraf.' });
    expect(errorsOf('2027-03-15', '1,2,3,4,5,6')).toEqual({ reminderDaysBefore: 'Ten hoogste 5 herinneringen.' });
  });
});
