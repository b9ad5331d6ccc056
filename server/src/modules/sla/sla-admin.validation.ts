import { isCalendarDay } from '../../platform/company-calendar';
import { TicketPriority } from '../tickets/ticket.enums';
import type { BusinessCalendarRules, WorkingPeriod } from './business-calendar';
import type { SlaTarget } from './sla-policy.entity';

/** A field → problem-code map, as `invalid(fields)` reports it; empty when all is well. */
export type Problems = Record<string, string>;

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export interface CalendarDraft extends BusinessCalendarRules {
  name: string;
}

/** Whether the runtime knows the IANA zone (Intl throws RangeError on an unknown one); its canonical name. */
export function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * A business calendar's rules, checked and normalised: periods sorted by start, days sorted
 * and de-duplicated. `problems` names each bad field (`periods.1.end`, `holidays.0`, …).
 */
export function checkCalendar(draft: CalendarDraft): { problems: Problems; calendar: CalendarDraft } {
  const problems: Problems = {};
  const add = (field: string, code: string) => void (problems[field] ??= code);
  const name = draft.name.trim();
  if (!name) add('name', 'REQUIRED');
  const zone = draft.timeZone.trim();
  const timeZone = zone ? canonicalTimeZone(zone) : null;
  if (!zone) add('timeZone', 'REQUIRED');
  else if (!timeZone) add('timeZone', 'UNKNOWN_TIME_ZONE');

  const periods = checkPeriods(draft.periods, add);

  if (draft.workingWeekdays.length === 0) add('workingWeekdays', 'REQUIRED');
  draft.workingWeekdays.forEach((day, index) => {
    if (!Number.isInteger(day) || day < 1 || day > 7) add(`workingWeekdays.${index}`, 'OUT_OF_RANGE');
    else if (draft.workingWeekdays.indexOf(day) !== index) add(`workingWeekdays.${index}`, 'DUPLICATE');
  });

  const days = (field: string, values: readonly string[]): string[] => {
    values.forEach((value, index) => {
      if (!isCalendarDay(value.trim())) add(`${field}.${index}`, 'INVALID_DATE');
    });
    return [...new Set(values.map((value) => value.trim()))].sort();
  };
  const holidays = days('holidays', draft.holidays);
  const makeUpWorkdays = days('makeUpWorkdays', draft.makeUpWorkdays);
  draft.makeUpWorkdays.forEach((value, index) => {
    if (holidays.includes(value.trim())) add(`makeUpWorkdays.${index}`, 'ALSO_HOLIDAY');
  });

  return {
    problems,
    calendar: { name, timeZone: timeZone ?? zone, periods, workingWeekdays: [...new Set(draft.workingWeekdays)].sort((a, b) => a - b), holidays, makeUpWorkdays },
  };
}

/** HH:MM (end may be 24:00), start before end, at least one, no two overlapping; returned in order of start. */
function checkPeriods(input: readonly WorkingPeriod[], add: (field: string, code: string) => void): WorkingPeriod[] {
  if (input.length === 0) add('periods', 'REQUIRED');
  let wellFormed = true;
  input.forEach((period, index) => {
    const startOk = TIME.test(period.start);
    const endOk = TIME.test(period.end) || period.end === '24:00';
    if (!startOk) add(`periods.${index}.start`, 'INVALID_TIME');
    if (!endOk) add(`periods.${index}.end`, 'INVALID_TIME');
    if (startOk && endOk && period.end <= period.start) add(`periods.${index}.end`, 'NOT_AFTER_START');
    wellFormed &&= startOk && endOk && period.end > period.start;
  });
  const sorted = input.map((period) => ({ start: period.start, end: period.end })).sort((a, b) => a.start.localeCompare(b.start));
  if (wellFormed) {
    for (let i = 1; i < sorted.length; i += 1) if (sorted[i].start < sorted[i - 1].end) add('periods', 'OVERLAP');
  }
  return sorted;
}

export interface PolicyDraft {
  name: string;
  targets: readonly SlaTarget[];
  warnAtShare: number;
}

/** One target per priority, positive whole minutes, response ≤ resolution; a warning share strictly inside (0, 1). */
export function checkPolicy(draft: PolicyDraft): { problems: Problems; targets: SlaTarget[] } {
  const problems: Problems = {};
  const add = (field: string, code: string) => void (problems[field] ??= code);
  if (!draft.name.trim()) add('name', 'REQUIRED');
  const priorities = Object.values(TicketPriority);
  const named = draft.targets.map((target) => target.priority);
  if (draft.targets.length !== priorities.length || priorities.some((priority) => !named.includes(priority))) add('targets', 'ONE_PER_PRIORITY');
  draft.targets.forEach((target, index) => {
    const response = Number.isInteger(target.responseMinutes) && target.responseMinutes > 0;
    const resolution = Number.isInteger(target.resolutionMinutes) && target.resolutionMinutes > 0;
    if (!response) add(`targets.${index}.responseMinutes`, 'NOT_POSITIVE_INTEGER');
    if (!resolution) add(`targets.${index}.resolutionMinutes`, 'NOT_POSITIVE_INTEGER');
    if (response && resolution && target.resolutionMinutes < target.responseMinutes) add(`targets.${index}.resolutionMinutes`, 'LESS_THAN_RESPONSE');
  });
  if (!(Number.isFinite(draft.warnAtShare) && draft.warnAtShare > 0 && draft.warnAtShare < 1)) add('warnAtShare', 'OUT_OF_RANGE');
  const order = (priority: TicketPriority) => priorities.indexOf(priority);
  const targets = draft.targets
    .map((target) => ({ priority: target.priority, responseMinutes: target.responseMinutes, resolutionMinutes: target.resolutionMinutes }))
    .sort((a, b) => order(a.priority) - order(b.priority));
  return { problems, targets };
}
