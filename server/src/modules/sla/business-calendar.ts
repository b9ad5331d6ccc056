/**
 * SLA arithmetic on a business calendar (SPEC §7): working periods per day (e.g. 09:00–12:00
 * and 13:30–18:00), working weekdays, public holidays and make-up workdays, in a time zone —
 * with or without daylight saving. Pure functions over instants; the clock's pauses (waiting
 * for the customer or for R&D) are taken out of the budget.
 */

export interface WorkingPeriod {
  /** Local wall-clock time, HH:MM. */
  start: string;
  end: string;
}

export interface BusinessCalendarRules {
  /** IANA zone, e.g. Asia/Shanghai. */
  timeZone: string;
  periods: readonly WorkingPeriod[];
  /** ISO weekdays that are worked: 1 = Monday … 7 = Sunday. */
  workingWeekdays: readonly number[];
  /** YYYY-MM-DD days not worked although their weekday is. */
  holidays: readonly string[];
  /** YYYY-MM-DD days worked although their weekday is not (调休). */
  makeUpWorkdays: readonly string[];
}

/** A stretch of time the clock stood still; `to` null while it still does. */
export interface Pause {
  from: Date;
  to: Date | null;
}

/** The company's default: China time, 09:00–12:00 and 13:30–18:00, Monday to Friday. */
export const DEFAULT_CALENDAR: BusinessCalendarRules = {
  timeZone: 'Asia/Shanghai',
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '18:00' },
  ],
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: [],
  makeUpWorkdays: [],
};

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far a search for working time may run before the calendar is judged to have none. */
const MAX_DAYS = 3 * 366;

/** Business minutes between two instants, less the pauses. */
export function businessMinutesBetween(rules: BusinessCalendarRules, from: Date, to: Date, pauses: readonly Pause[] = []): number {
  if (to <= from) return 0;
  let total = 0;
  for (const [start, end] of workingIntervals(rules, from)) {
    if (start >= to.getTime()) break;
    total += runningMs(Math.max(start, from.getTime()), Math.min(end, to.getTime()), pauses);
  }
  return Math.round(total / MINUTE);
}

/**
 * The instant at which `minutes` business minutes have run from `from`, pauses left out; null
 * while an open pause stops the clock before the budget is spent.
 */
export function addBusinessMinutes(rules: BusinessCalendarRules, from: Date, minutes: number, pauses: readonly Pause[] = []): Date | null {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutes must be a non-negative number, not ${minutes}`);
  let left = minutes * MINUTE;
  for (const [start, end] of workingIntervals(rules, from)) {
    for (const [runFrom, runTo] of runningStretches(Math.max(start, from.getTime()), end, pauses)) {
      if (runTo - runFrom >= left) return new Date(runFrom + left);
      left -= runTo - runFrom;
    }
    const open = pauses.find((pause) => pause.to === null && pause.from.getTime() < end);
    if (open) return null;
  }
  throw new RangeError('the calendar has no working time');
}

/** Whether a local day (YYYY-MM-DD) is worked. */
export function isWorkingDay(rules: BusinessCalendarRules, day: string): boolean {
  if (rules.makeUpWorkdays.includes(day)) return true;
  if (rules.holidays.includes(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  return rules.workingWeekdays.includes(weekday);
}

/** Working intervals [start, end) in epoch ms, in order, from the local day that holds `from`. */
function* workingIntervals(rules: BusinessCalendarRules, from: Date): Generator<[number, number]> {
  let day = localDay(from, rules.timeZone);
  for (let n = 0; n < MAX_DAYS; n += 1, day = nextDay(day)) {
    if (!isWorkingDay(rules, day)) continue;
    for (const period of rules.periods) {
      const start = zonedInstant(day, period.start, rules.timeZone);
      const end = zonedInstant(day, period.end, rules.timeZone);
      if (end > from.getTime()) yield [start, end];
    }
  }
}

/** Milliseconds of [from, to) that are not inside a pause. */
function runningMs(from: number, to: number, pauses: readonly Pause[]): number {
  return runningStretches(from, to, pauses).reduce((sum, [a, b]) => sum + (b - a), 0);
}

/** [from, to) with the pauses cut out. */
function runningStretches(from: number, to: number, pauses: readonly Pause[]): [number, number][] {
  let stretches: [number, number][] = from < to ? [[from, to]] : [];
  for (const pause of pauses) {
    const pauseFrom = pause.from.getTime();
    const pauseTo = pause.to?.getTime() ?? Number.POSITIVE_INFINITY;
    stretches = stretches.flatMap(([a, b]): [number, number][] => {
      if (pauseTo <= a || pauseFrom >= b) return [[a, b]];
      return [
        ...(pauseFrom > a ? [[a, pauseFrom] as [number, number]] : []),
        ...(pauseTo < b ? [[pauseTo, b] as [number, number]] : []),
      ];
    });
  }
  return stretches;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The zone's offset from UTC at an instant, in ms (local − UTC). */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The local calendar day (YYYY-MM-DD) of an instant. */
function localDay(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant of a local wall-clock time: the zone's offset is read at a first guess and again
 * at the result, so a working period on the day a daylight-saving change happens (at night) is
 * placed right; in an overlap the earlier instant is taken.
 */
function zonedInstant(day: string, time: string, timeZone: string): number {
  const wall = Date.parse(`${day}T${time}:00Z`);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return Math.min(first, second);
}

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
