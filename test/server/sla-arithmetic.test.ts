import { describe, expect, it } from 'vitest';
import { type BusinessCalendarRules, DEFAULT_CALENDAR, type Pause, addBusinessMinutes, businessMinutesBetween } from '../../server/src/modules/sla/business-calendar';

/** China: 09:00–12:00 and 13:30–18:00 on weekdays; National Day 1–7 October 2026, made up on Sun 27 Sep and Sat 10 Oct. */
const CHINA: BusinessCalendarRules = {
  ...DEFAULT_CALENDAR,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkdays: ['2026-09-27', '2026-10-10'],
};
const TOKYO: BusinessCalendarRules = { ...DEFAULT_CALENDAR, timeZone: 'Asia/Tokyo', periods: [{ start: '09:00', end: '18:00' }] };
const NEW_YORK: BusinessCalendarRules = { ...DEFAULT_CALENDAR, timeZone: 'America/New_York', periods: [{ start: '09:00', end: '17:00' }] };
const BERLIN: BusinessCalendarRules = { ...DEFAULT_CALENDAR, timeZone: 'Europe/Berlin', periods: [{ start: '09:00', end: '18:00' }] };

/** Wall-clock time with its offset, e.g. at('2026-11-23 10:00', '+08:00'). */
const at = (local: string, offset = '+08:00'): Date => new Date(`${local.replace(' ', 'T')}:00${offset}`);
const paused = (from: string, to: string | null, offset = '+08:00'): Pause => ({ from: at(from, offset), to: to ? at(to, offset) : null });

interface AddCase {
  what: string;
  calendar: BusinessCalendarRules;
  from: Date;
  minutes: number;
  pauses?: Pause[];
  due: Date | null;
}

// 2026-11-23 is a Monday, 2026-11-20 a Friday, 2026-09-30 the day before National Day.
const ADD_CASES: AddCase[] = [
  { what: 'an hour inside the morning', calendar: CHINA, from: at('2026-11-23 10:00'), minutes: 60, due: at('2026-11-23 11:00') },
  { what: 'across the lunch break', calendar: CHINA, from: at('2026-11-23 11:30'), minutes: 60, due: at('2026-11-23 14:00') },
  { what: 'opened during lunch', calendar: CHINA, from: at('2026-11-23 12:15'), minutes: 60, due: at('2026-11-23 14:30') },
  { what: 'opened before hours', calendar: CHINA, from: at('2026-11-23 07:45'), minutes: 60, due: at('2026-11-23 10:00') },
  { what: 'across the evening', calendar: CHINA, from: at('2026-11-23 17:30'), minutes: 60, due: at('2026-11-24 09:30') },
  { what: 'opened after hours', calendar: CHINA, from: at('2026-11-23 19:00'), minutes: 60, due: at('2026-11-24 10:00') },
  { what: 'across a weekend', calendar: CHINA, from: at('2026-11-20 17:00'), minutes: 120, due: at('2026-11-23 10:00') },
  { what: 'opened on a Saturday', calendar: CHINA, from: at('2026-11-21 10:00'), minutes: 60, due: at('2026-11-23 10:00') },
  { what: 'opened a minute before Monday', calendar: CHINA, from: at('2026-11-22 23:59'), minutes: 1, due: at('2026-11-23 09:01') },
  { what: 'exactly one working day (450 minutes)', calendar: CHINA, from: at('2026-11-23 09:00'), minutes: 450, due: at('2026-11-23 18:00') },
  { what: 'one minute more than a working day', calendar: CHINA, from: at('2026-11-23 09:00'), minutes: 451, due: at('2026-11-24 09:01') },
  { what: 'across the National Day holiday', calendar: CHINA, from: at('2026-09-30 17:00'), minutes: 120, due: at('2026-10-08 10:00') },
  { what: 'on a make-up Sunday', calendar: CHINA, from: at('2026-09-27 10:00'), minutes: 60, due: at('2026-09-27 11:00') },
  { what: 'from a Saturday into the make-up Sunday', calendar: CHINA, from: at('2026-09-26 10:00'), minutes: 60, due: at('2026-09-27 10:00') },
  { what: 'from Friday into the make-up Saturday', calendar: CHINA, from: at('2026-10-09 17:30'), minutes: 60, due: at('2026-10-10 09:30') },
  { what: 'no budget, outside hours: due when work starts', calendar: CHINA, from: at('2026-11-23 08:00'), minutes: 0, due: at('2026-11-23 09:00') },
  { what: 'a pause inside the budget', calendar: CHINA, from: at('2026-11-23 10:00'), minutes: 60, pauses: [paused('2026-11-23 10:30', '2026-11-23 11:30')], due: at('2026-11-23 12:00') },
  { what: 'a pause running over lunch', calendar: CHINA, from: at('2026-11-23 11:30'), minutes: 60, pauses: [paused('2026-11-23 11:45', '2026-11-23 14:00')], due: at('2026-11-23 14:45') },
  { what: 'a pause still open stops the clock', calendar: CHINA, from: at('2026-11-23 10:00'), minutes: 60, pauses: [paused('2026-11-23 10:30', null)], due: null },
  { what: 'an open pause after the budget is spent does not matter', calendar: CHINA, from: at('2026-11-23 10:00'), minutes: 30, pauses: [paused('2026-11-23 11:00', null)], due: at('2026-11-23 10:30') },
  { what: 'two pauses, one over a night', calendar: CHINA, from: at('2026-11-23 17:00'), minutes: 90, pauses: [paused('2026-11-23 17:15', '2026-11-23 17:45'), paused('2026-11-24 09:00', '2026-11-24 10:00')], due: at('2026-11-24 11:00') },
  { what: 'another zone without daylight saving (Tokyo, no lunch)', calendar: TOKYO, from: at('2026-11-23 17:30', '+09:00'), minutes: 60, due: at('2026-11-24 09:30', '+09:00') },
  { what: 'New York, across the spring-forward weekend', calendar: NEW_YORK, from: at('2026-03-06 16:30', '-05:00'), minutes: 60, due: at('2026-03-09 09:30', '-04:00') },
  { what: 'New York, across the fall-back weekend', calendar: NEW_YORK, from: at('2026-10-30 16:30', '-04:00'), minutes: 60, due: at('2026-11-02 09:30', '-05:00') },
  { what: 'Berlin, across the change to summer time', calendar: BERLIN, from: at('2026-03-27 17:30', '+01:00'), minutes: 60, due: at('2026-03-30 09:30', '+02:00') },
  { what: 'a Shanghai calendar read from a UTC instant', calendar: CHINA, from: new Date('2026-11-23T01:00:00Z'), minutes: 30, due: new Date('2026-11-23T01:30:00Z') },
];

interface BetweenCase {
  what: string;
  calendar: BusinessCalendarRules;
  from: Date;
  to: Date;
  pauses?: Pause[];
  minutes: number;
}

const BETWEEN_CASES: BetweenCase[] = [
  { what: 'a whole day from before to after hours', calendar: CHINA, from: at('2026-11-23 08:00'), to: at('2026-11-23 19:00'), minutes: 450 },
  { what: 'Friday evening to Monday morning', calendar: CHINA, from: at('2026-11-20 17:00'), to: at('2026-11-23 10:00'), minutes: 120 },
  { what: 'less a pause', calendar: CHINA, from: at('2026-11-23 10:00'), to: at('2026-11-23 12:00'), pauses: [paused('2026-11-23 10:30', '2026-11-23 11:00')], minutes: 90 },
  { what: 'the lunch break does not count', calendar: CHINA, from: at('2026-11-23 11:00'), to: at('2026-11-23 14:30'), minutes: 120 },
  { what: 'a holiday week counts nothing', calendar: CHINA, from: at('2026-10-01 09:00'), to: at('2026-10-07 18:00'), minutes: 0 },
  { what: 'backwards is nothing', calendar: CHINA, from: at('2026-11-23 12:00'), to: at('2026-11-23 10:00'), minutes: 0 },
  { what: 'New York across the spring-forward weekend', calendar: NEW_YORK, from: at('2026-03-06 16:00', '-05:00'), to: at('2026-03-09 10:00', '-04:00'), minutes: 120 },
];

describe('SLA arithmetic on business calendars (SPEC §7)', () => {
  it.each(ADD_CASES)('due: $what', ({ calendar, from, minutes, pauses, due }) => {
    expect(addBusinessMinutes(calendar, from, minutes, pauses)?.toISOString() ?? null).toBe(due?.toISOString() ?? null);
  });

  it.each(BETWEEN_CASES)('elapsed: $what', ({ calendar, from, to, pauses, minutes }) => {
    expect(businessMinutesBetween(calendar, from, to, pauses)).toBe(minutes);
  });

  it('the two agree: the minutes between a start and its due instant are the budget', () => {
    for (const { calendar, from, minutes, pauses, due } of ADD_CASES) {
      if (due && minutes > 0) expect(businessMinutesBetween(calendar, from, due, pauses)).toBe(minutes);
    }
  });

  it('refuses a negative budget and a calendar without working time', () => {
    expect(() => addBusinessMinutes(CHINA, at('2026-11-23 10:00'), -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes({ ...CHINA, workingWeekdays: [], makeUpWorkdays: [] }, at('2026-11-23 10:00'), 60)).toThrow(RangeError);
  });
});
