import dayjs from 'dayjs';
import type { Role, TicketPriority } from '../../gql/graphql';

/** The managers and the GM see every engineer's figures and the team's work report. */
const MANAGER_ROLES: readonly Role[] = ['PRESALES_MANAGER', 'TECH_DIRECTOR', 'GM'];
/** SPEC §9: the service desk's figures (tickets, satisfaction, workload, work reports); a pre-sales engineer sees their own (the server narrows them). */
const SERVICE_DESK_ROLES: readonly Role[] = [...MANAGER_ROLES, 'PRESALES'];
/** R&D's figures: R&D and its manager too; an R&D engineer sees their own work orders and no project costs (the server narrows them). */
const RND_ROLES: readonly Role[] = [...MANAGER_ROLES, 'RND_MANAGER', 'RND'];

const holdsAny = (roles: readonly Role[], allowed: readonly Role[]): boolean => roles.some((role) => allowed.includes(role));

export const mayOpenServiceDeskDashboard = (roles: readonly Role[]): boolean => holdsAny(roles, SERVICE_DESK_ROLES);
/** Sees every engineer: the team's work report and any engineer's. */
export const seesEveryEngineer = (roles: readonly Role[]): boolean => holdsAny(roles, MANAGER_ROLES);
/** Sees all of R&D: every lead's work orders and the cost of each project (an R&D engineer has their own work orders only). */
export const seesAllOfRnd = (roles: readonly Role[]): boolean => holdsAny(roles, [...MANAGER_ROLES, 'RND_MANAGER']);

/** The dashboards' pages, in the order of the sub-navigation; each is /dashboards/{page}. */
export const DASHBOARD_PAGES = ['service-desk', 'satisfaction', 'workload', 'rnd', 'work-reports'] as const;
export type DashboardPage = (typeof DASHBOARD_PAGES)[number];

const PAGE_ROLES: Record<DashboardPage, readonly Role[]> = {
  'service-desk': SERVICE_DESK_ROLES,
  satisfaction: SERVICE_DESK_ROLES,
  workload: SERVICE_DESK_ROLES,
  rnd: RND_ROLES,
  'work-reports': SERVICE_DESK_ROLES,
};

/** Whether the viewer may open a dashboard page; the server is the authority, this only hides what it would refuse. */
export const mayOpenDashboard = (roles: readonly Role[], page: DashboardPage): boolean => holdsAny(roles, PAGE_ROLES[page]);
/** The pages the viewer may open, in navigation order. */
export const dashboardPagesFor = (roles: readonly Role[]): DashboardPage[] => DASHBOARD_PAGES.filter((page) => mayOpenDashboard(roles, page));

/** The company's days are Shanghai's (the server counts periods in it). */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';
export const DAY_FORMAT = 'YYYY-MM-DD';
export const MONTH_FORMAT = 'YYYY-MM';

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

/** Last month in the company's zone, as YYYY-MM: the month a work report is usually read for. */
export const previousMonth = (now = new Date()): string => dayjs(companyToday(now), DAY_FORMAT).subtract(1, 'month').format(MONTH_FORMAT);

/** Every priority, URGENT first, as the server lists the attainment. */
export const PRIORITIES: readonly TicketPriority[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];

/** A chart's value axis with its name above it (what is counted, or the unit). */
export const valueAxis = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'value',
  name,
  nameGap: 12,
  nameTextStyle: { align: 'left', color: 'rgba(0, 0, 0, 0.45)' },
  ...extra,
});

/** The widest a bar is drawn, so that one engineer or one state does not fill the chart. */
export const BAR_MAX_WIDTH = 56;

/** A share (0–1) as a percentage with one decimal; null when there is none. */
export const percent = (share: number | null | undefined): number | null => (share === null || share === undefined ? null : Math.round(share * 1000) / 10);
