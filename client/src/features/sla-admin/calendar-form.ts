import dayjs, { type Dayjs } from 'dayjs';
import type { PlaceOf } from '../../app/forms/dialog-form';
import type { BusinessCalendarItemFragment } from '../../gql/graphql';
import { DAY_FORMAT, NEW_CALENDAR } from './sla-admin-meta';

/** A business calendar as its form holds it. */
export interface CalendarFormValues {
  name: string;
  timeZone: string;
  periods: { start: string; end: string }[];
  workingWeekdays: number[];
  holidays: Dayjs[];
  makeUpWorkdays: Dayjs[];
}

/** What the form starts with: the calendar being changed, or a Chinese working week. */
export const calendarFormValues = (calendar: BusinessCalendarItemFragment | null): Partial<CalendarFormValues> =>
  calendar
    ? {
        name: calendar.name,
        timeZone: calendar.timeZone,
        periods: calendar.periods.map(({ start, end }) => ({ start, end })),
        workingWeekdays: [...calendar.workingWeekdays],
        holidays: calendar.holidays.map((day) => dayjs(day)),
        makeUpWorkdays: calendar.makeUpWorkdays.map((day) => dayjs(day)),
      }
    : { ...NEW_CALENDAR, periods: NEW_CALENDAR.periods.map((period) => ({ ...period })), holidays: [], makeUpWorkdays: [] };

const days = (values: readonly Dayjs[] | undefined): string[] => (values ?? []).map((day) => day.format(DAY_FORMAT));

/** The input to send, in the form's order so that the server's `periods.N` and `holidays.N` point at the same rows. */
export const calendarInput = (values: CalendarFormValues) => ({
  name: values.name.trim(),
  timeZone: values.timeZone.trim(),
  periods: (values.periods ?? []).map((period) => ({ start: period.start.trim(), end: period.end.trim() })),
  workingWeekdays: [...values.workingWeekdays].sort((a, b) => a - b),
  holidays: days(values.holidays),
  makeUpWorkdays: days(values.makeUpWorkdays),
});

/**
 * Where the server's problems go: `periods.0.end` under that period's end, `periods` (none,
 * overlapping) under the list, `workingWeekdays.N`, `holidays.N` and `makeUpWorkdays.N` under
 * their whole field.
 */
export const placeCalendarProblem: PlaceOf = (field) => {
  const [head, index, part] = field.split('.');
  if (head === 'periods' && index !== undefined && (part === 'start' || part === 'end')) return ['periods', Number(index), part];
  if (['periods', 'workingWeekdays', 'holidays', 'makeUpWorkdays'].includes(head)) return head;
  return head === 'name' || head === 'timeZone' ? head : null;
};
