import dayjs from 'dayjs';
import type { Role, TicketPriority } from '../../gql/graphql';

/** SPEC §9: the managers and the GM see the service desk's figures; an engineer their own (the server narrows them). */
const DASHBOARD_ROLES: readonly Role[] = ['PRESALES_MANAGER', 'TECH_DIRECTOR', 'GM', 'PRESALES'];
export const mayOpenServiceDeskDashboard = (roles: readonly Role[]): boolean => roles.some((role) => DASHBOARD_ROLES.includes(role));

/** The company's days are Shanghai's (the server counts periods in it). */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';
export const DAY_FORMAT = 'YYYY-MM-DD';

export interface Period {
  from: string;
  to: string;
}

/** Today in the company's zone, as YYYY-MM-DD ('en-CA' formats dates that way). */
export function companyToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: COMPANY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** This month in the company's zone, its first day to its last. */
export function thisMonth(now = new Date()): Period {
  const month = dayjs(companyToday(now), DAY_FORMAT).startOf('month');
  return { from: month.format(DAY_FORMAT), to: month.endOf('month').format(DAY_FORMAT) };
}

/** Every priority, URGENT first, as the server lists the attainment. */
export const PRIORITIES: readonly TicketPriority[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];

/** A share (0–1) as a percentage with one decimal; null when there is none. */
export const percent = (share: number | null | undefined): number | null => (share === null || share === undefined ? null : Math.round(share * 1000) / 10);
