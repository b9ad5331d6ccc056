import type { Role } from '../../gql/graphql';

/** SPEC §1: the administrator keeps SLA policies and calendars (server: sla-admin.resolver); other staff read them. */
export const mayAdministerSla = (roles: readonly Role[]): boolean => roles.includes('ADMIN');

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const isWeekday = (value: number): value is Weekday => WEEKDAYS.some((day) => day === value);

/** HH:MM, or 24:00 for midnight at the end of a day. */
export const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Calendar days as the server keeps them. */
export const DAY_FORMAT = 'YYYY-MM-DD';

/** A new calendar starts as a Chinese working week: 09:00–12:00 and 13:30–18:00, Monday to Friday. */
export const NEW_CALENDAR = {
  timeZone: 'Asia/Shanghai',
  periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '18:00' },
  ],
  workingWeekdays: [1, 2, 3, 4, 5],
};

/** IANA time zones the browser knows, for the calendar's zone (the server checks it too). */
export function timeZoneOptions(current?: string): { value: string; label: string }[] {
  const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add('UTC');
  // A zone the server knows but this browser does not stays choosable.
  if (current) zones.add(current);
  return [...zones].map((zone) => ({ value: zone, label: zone }));
}
