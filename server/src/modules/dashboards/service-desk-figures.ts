import type { DataSource } from 'typeorm';
import { isCalendarDay } from '../../platform/company-calendar';
import { isUuid } from '../../platform/db/uuid';
import { invalid } from '../../platform/graphql/errors';
import { TicketPriority } from '../tickets/ticket.enums';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import type { DashboardFilter, ServiceDeskFigures, SlaAttainment } from './dashboard.types';
import type { NamedQuery } from './named-query';
import { dashboardParams, inCompanyDays, ticketFilters } from './dashboard-sql';

/** Who sees every engineer's figures; a PRESALES engineer without one of these sees only their own. */
export const DASHBOARD_MANAGERS: Role[] = [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM];

/** The longest period a dashboard query covers, counting both ends. */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;

/** The problems of a period of company days: real days, from ≤ to, at most MAX_PERIOD_DAYS days (field → code). */
export function periodProblems(period: { from: string; to: string }): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!isCalendarDay(period.from)) fields.from = 'INVALID_DAY';
  if (!isCalendarDay(period.to)) fields.to = 'INVALID_DAY';
  else if (!fields.from) {
    const days = (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS + 1;
    if (days < 1) fields.to = 'BEFORE_FROM';
    else if (days > MAX_PERIOD_DAYS) fields.to = 'PERIOD_TOO_LONG';
  }
  return fields;
}

/** Checks the filter: the period (periodProblems), well-formed ids, a product name of sensible length. Throws VALIDATION with the fields. */
export function checkDashboardFilter(filter: DashboardFilter): void {
  const fields = periodProblems(filter);
  if (filter.customerId && !isUuid(filter.customerId)) fields.customerId = 'INVALID_ID';
  if (filter.engineerId && !isUuid(filter.engineerId)) fields.engineerId = 'INVALID_ID';
  if (filter.product && filter.product.length > 200) fields.product = 'TOO_LONG';
  if (Object.keys(fields).length > 0) throw invalid(fields);
}

/** The filter as `viewer` may ask it: managers as given; anyone else only their own tickets. */
export function scopedFilter(viewer: User, filter: DashboardFilter): DashboardFilter {
  if (viewer.roles.some((role) => DASHBOARD_MANAGERS.includes(role))) return filter;
  return { ...filter, engineerId: viewer.id };
}

/** The tickets of a filter, as a WHERE clause on alias `t` and its parameters ($1…$7). */
function ticketsOf(filter: DashboardFilter): { where: string; params: unknown[] } {
  return {
    where: `${inCompanyDays('t.created_at')} AND ${ticketFilters('t.assignee_id')}`,
    params: dashboardParams(filter),
  };
}

interface AttainmentRow {
  priority: TicketPriority;
  tickets: number;
  response_met: number;
  response_breached: number;
  response_rate: number | null;
  resolution_met: number;
  resolution_breached: number;
  resolution_rate: number | null;
}

interface TotalsRow {
  tickets: number;
  resolved: number;
  response_count: number;
  response_median: number | null;
  response_p90: number | null;
  resolution_count: number;
  resolution_median: number | null;
  resolution_p90: number | null;
  resolution_rate: number | null;
  first_contact: number | null;
  reopen_rate: number | null;
}

interface SatisfactionRow {
  answered: number;
  response_speed: number | null;
  resolution: number | null;
  professionalism: number | null;
  attitude: number | null;
}

const DONE = `t.status IN ('RESOLVED', 'CLOSED')`;

/** The three aggregate statements of the service-desk figures (the benchmark EXPLAINs these). */
export function serviceDeskQueries(filter: DashboardFilter): NamedQuery[] {
  const { where, params } = ticketsOf(filter);
  return [
    {
      name: 'service-desk.attainment',
      sql: `SELECT t.priority, count(*)::int AS tickets,
              count(*) FILTER (WHERE r.state = 'MET')::int AS response_met,
              count(*) FILTER (WHERE r.state = 'BREACHED')::int AS response_breached,
              (count(*) FILTER (WHERE r.state = 'MET'))::float8 / nullif(count(*) FILTER (WHERE r.state IN ('MET', 'BREACHED')), 0) AS response_rate,
              count(*) FILTER (WHERE s.state = 'MET')::int AS resolution_met,
              count(*) FILTER (WHERE s.state = 'BREACHED')::int AS resolution_breached,
              (count(*) FILTER (WHERE s.state = 'MET'))::float8 / nullif(count(*) FILTER (WHERE s.state IN ('MET', 'BREACHED')), 0) AS resolution_rate
         FROM ticket t
         LEFT JOIN sla_clock r ON r.ticket_id = t.id AND r.kind = 'RESPONSE'
         LEFT JOIN sla_clock s ON s.ticket_id = t.id AND s.kind = 'RESOLUTION'
        WHERE ${where}
        GROUP BY t.priority`,
      params,
    },
    {
      name: 'service-desk.totals',
      sql: `SELECT count(*)::int AS tickets,
              count(*) FILTER (WHERE ${DONE})::int AS resolved,
              count(t.acknowledged_at)::int AS response_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.acknowledged_at - t.created_at) / 60) AS response_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.acknowledged_at - t.created_at) / 60) AS response_p90,
              count(t.resolved_at) FILTER (WHERE ${DONE})::int AS resolution_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.created_at) / 60) FILTER (WHERE ${DONE}) AS resolution_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.created_at) / 60) FILTER (WHERE ${DONE}) AS resolution_p90,
              (count(*) FILTER (WHERE ${DONE}))::float8 / nullif(count(*), 0) AS resolution_rate,
              (count(*) FILTER (WHERE ${DONE} AND t.reopen_count = 0 AND t.tier = 'FIRST_LINE'))::float8 / nullif(count(*) FILTER (WHERE ${DONE}), 0) AS first_contact,
              (count(*) FILTER (WHERE ${DONE} AND t.reopen_count > 0))::float8 / nullif(count(*) FILTER (WHERE ${DONE}), 0) AS reopen_rate
         FROM ticket t
        WHERE ${where}`,
      params,
    },
    {
      name: 'service-desk.satisfaction',
      sql: `SELECT count(*)::int AS answered, avg(v.response_speed)::float8 AS response_speed, avg(v.resolution)::float8 AS resolution,
              avg(v.professionalism)::float8 AS professionalism, avg(v.attitude)::float8 AS attitude
         FROM satisfaction_survey v
         JOIN ticket t ON t.id = v.ticket_id
        WHERE v.answered_at IS NOT NULL AND ${where}`,
      params,
    },
  ];
}

/** The service-desk figures of a (checked, scoped) filter: three aggregate queries, nothing counted in Node. */
export async function serviceDeskFigures(dataSource: DataSource, filter: DashboardFilter): Promise<ServiceDeskFigures> {
  const [attainment, [totals], [satisfaction]] = (await Promise.all(serviceDeskQueries(filter).map(({ sql, params }) => dataSource.query(sql, params)))) as [
    AttainmentRow[],
    TotalsRow[],
    SatisfactionRow[],
  ];

  const byPriority = new Map(attainment.map((row) => [row.priority, row]));
  const slaAttainment = Object.values(TicketPriority).map((priority): SlaAttainment => {
    const row = byPriority.get(priority);
    return {
      priority,
      tickets: row?.tickets ?? 0,
      responseMet: row?.response_met ?? 0,
      responseBreached: row?.response_breached ?? 0,
      responseRate: row?.response_rate ?? null,
      resolutionMet: row?.resolution_met ?? 0,
      resolutionBreached: row?.resolution_breached ?? 0,
      resolutionRate: row?.resolution_rate ?? null,
    };
  });
  return {
    tickets: totals.tickets,
    resolved: totals.resolved,
    slaAttainment,
    firstResponseMinutes: { count: totals.response_count, median: totals.response_median, p90: totals.response_p90 },
    resolutionMinutes: { count: totals.resolution_count, median: totals.resolution_median, p90: totals.resolution_p90 },
    resolutionRate: totals.resolution_rate,
    firstContactResolution: totals.first_contact,
    reopenRate: totals.reopen_rate,
    satisfaction: {
      answered: satisfaction.answered,
      responseSpeed: satisfaction.response_speed,
      resolution: satisfaction.resolution,
      professionalism: satisfaction.professionalism,
      attitude: satisfaction.attitude,
    },
  };
}
