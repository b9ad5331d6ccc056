/** The company works in China time: a report's day and a complaint's month are counted there. */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';

/** YYYY-MM, as months are passed in queries. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The company-time calendar day (YYYY-MM-DD) of an instant. */
export const companyDayOf = (at: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: COMPANY_TIME_ZONE }).format(at);
