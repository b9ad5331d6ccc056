/** The company works in China time: a report's day and a complaint's month are counted there. */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';

/** YYYY-MM, as months are passed in queries. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The company-time calendar day (YYYY-MM-DD) of an instant. */
export const companyDayOf = (at: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: COMPANY_TIME_ZONE }).format(at);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day as forms send it: YYYY-MM-DD, and a day that exists (Date.parse would roll 02-30
 * over to March) in PostgreSQL too (it has no year 0, which JavaScript accepts).
 */
export const isCalendarDay = (value: string): boolean => {
  if (!DAY.test(value) || value.startsWith('0000')) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};
