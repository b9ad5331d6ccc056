import { type BusinessCalendarRules, isWorkingDay } from '../sla/business-calendar';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Whether the first working day of `day`'s month (YYYY-MM-DD, a real day) has come by `day`: some
 * day from the 1st to `day` itself is worked on the calendar (weekends, holidays and make-up
 * workdays all counted, as for SLA clocks).
 */
export function reachedFirstWorkingDay(rules: BusinessCalendarRules, day: string): boolean {
  const monthPrefix = day.slice(0, 8);
  const dayOfMonth = Number(day.slice(8));
  for (let earlier = 1; earlier <= dayOfMonth; earlier += 1) {
    if (isWorkingDay(rules, `${monthPrefix}${pad(earlier)}`)) return true;
  }
  return false;
}

/** The month (YYYY-MM) before the one of `day` (YYYY-MM-DD). */
export function previousMonth(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month === 1 ? `${String(year - 1).padStart(4, '0')}-12` : `${day.slice(0, 4)}-${pad(month - 1)}`;
}
