import type { DataSource } from 'typeorm';
import { COMPANY_TIME_ZONE } from '../../platform/company-calendar';
import { isUuid } from '../../platform/db/uuid';
import { invalid } from '../../platform/graphql/errors';
import { ImprovementStatus } from '../improvements/improvement.enums';
import { rndCostOf } from '../improvements/rnd-cost.type';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { WorkOrderStatus } from '../work-orders/work-order.enums';
import type { NamedQuery } from './named-query';
import type { RndFigures, RndFilter, RndProjectCost, WorkOrderStateFigure } from './rnd-figures.types';
import { periodProblems } from './service-desk-figures';
import { inCompanyDays } from './dashboard-sql';

/** Who sees every lead's work orders and the projects' R&D cost; an RND engineer without one of these sees only the orders they lead. */
export const RND_DASHBOARD_MANAGERS: Role[] = [Role.RND_MANAGER, Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM];

/** Where a work order ends: it has no age any more. */
const FINAL_WORK_ORDER_STATES: readonly WorkOrderStatus[] = [WorkOrderStatus.CLOSED, WorkOrderStatus.CONVERTED, WorkOrderStatus.WITHDRAWN, WorkOrderStatus.REJECTED_BY_MANAGER];

/** Improvement requests R&D is done with; the others count as open. */
const FINISHED_IMPROVEMENT_STATES: readonly ImprovementStatus[] = [ImprovementStatus.DONE, ImprovementStatus.REJECTED];

/** Checks the filter: the period as every dashboard does (periodProblems), well-formed ids. Throws VALIDATION with the fields. */
export function checkRndFilter(filter: RndFilter): void {
  const fields = periodProblems(filter);
  if (filter.projectId && !isUuid(filter.projectId)) fields.projectId = 'INVALID_ID';
  if (filter.leadId && !isUuid(filter.leadId)) fields.leadId = 'INVALID_ID';
  if (Object.keys(fields).length > 0) throw invalid(fields);
}

/** What a viewer may ask: the (checked) filter, and whether the bonus-related project costs are theirs to see. */
export interface RndScope {
  filter: RndFilter;
  seesProjectCosts: boolean;
}

/** Managers: the filter as given, with the costs. Anyone else (an RND engineer): only the orders they lead, no costs (SPEC §1). */
export function rndScopeOf(viewer: Pick<User, 'id' | 'roles'>, filter: RndFilter): RndScope {
  if (viewer.roles.some((role) => RND_DASHBOARD_MANAGERS.includes(role))) return { filter, seesProjectCosts: true };
  return { filter: { ...filter, leadId: viewer.id }, seesProjectCosts: false };
}

/** The period and filters as parameters $1…$5, shared by every statement. */
const paramsOf = (filter: RndFilter): unknown[] => [filter.from, COMPANY_TIME_ZONE, filter.to, filter.projectId || null, filter.leadId || null];

/** The work orders of a filter, as a WHERE clause on alias `w` over paramsOf's $1…$5. */
const WORK_ORDERS = `${inCompanyDays('w.created_at')}
        AND ($4::uuid IS NULL OR w.project_id = $4::uuid)
        AND ($5::uuid IS NULL OR w.lead_id = $5::uuid)`;

const hoursFromCreation = (column: string) => `extract(epoch FROM w.${column} - w.created_at) / 3600`;

/**
 * The statements of the R&D figures for a (checked, scoped) filter, by name; Object.values
 * gives every statement the dashboard runs, for the benchmark to EXPLAIN.
 */
export function rndQueries(filter: RndFilter): { byState: NamedQuery; durations: NamedQuery; projectCosts: NamedQuery } {
  const params = paramsOf(filter);
  const ageDays = 'extract(epoch FROM now() - w.created_at) / 86400';
  return {
    byState: {
      name: 'rnd.work-orders-by-state',
      sql: `SELECT w.status, count(*)::int AS count,
              (avg(${ageDays}) FILTER (WHERE w.status <> ALL($6::work_order_status[])))::float8 AS average_age_days,
              (max(${ageDays}) FILTER (WHERE w.status <> ALL($6::work_order_status[])))::float8 AS oldest_age_days
         FROM fault_work_order w
        WHERE ${WORK_ORDERS}
        GROUP BY w.status`,
      params: [...params, FINAL_WORK_ORDER_STATES],
    },
    durations: {
      name: 'rnd.work-order-durations',
      // percentile_cont skips nulls: each distribution is over the orders that have its end.
      sql: `SELECT count(w.assigned_at)::int AS assign_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hoursFromCreation('assigned_at')}) AS assign_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hoursFromCreation('assigned_at')}) AS assign_p90,
              count(w.closed_at)::int AS close_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hoursFromCreation('closed_at')}) AS close_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hoursFromCreation('closed_at')}) AS close_p90
         FROM fault_work_order w
        WHERE ${WORK_ORDERS}`,
      params,
    },
    projectCosts: {
      name: 'rnd.project-costs',
      // The period's requests and hours; the flag is the project's status, so it sums all its time ever (by ix_rnd_time_entry_project).
      sql: `WITH requests AS (
              SELECT r.project_id, count(*)::int AS created, count(*) FILTER (WHERE r.status <> ALL($6::improvement_status[]))::int AS open
                FROM improvement_request r
               WHERE ${inCompanyDays('r.created_at')}
                 AND ($4::uuid IS NULL OR r.project_id = $4::uuid)
                 AND ($5::uuid IS NULL OR r.rnd_lead_id = $5::uuid)
               GROUP BY r.project_id
            ), logged AS (
              SELECT e.project_id, sum(e.minutes)::int AS minutes
                FROM rnd_time_entry e
               WHERE e.worked_on BETWEEN $1::date AND $3::date
                 AND ($4::uuid IS NULL OR e.project_id = $4::uuid)
                 AND ($5::uuid IS NULL OR e.user_id = $5::uuid)
               GROUP BY e.project_id
            )
            SELECT p.id AS project_id, p.name AS project_name,
                   coalesce(q.created, 0) AS improvement_requests, coalesce(q.open, 0) AS open_improvement_requests,
                   coalesce(l.minutes, 0) / 60.0::float8 AS rnd_hours,
                   (SELECT coalesce(sum(t.minutes), 0)::int FROM rnd_time_entry t WHERE t.project_id = p.id) AS total_minutes
              FROM requests q
              FULL JOIN logged l USING (project_id)
              JOIN project p ON p.id = project_id
             ORDER BY rnd_hours DESC, p.name, p.id`,
      params: [...params, FINISHED_IMPROVEMENT_STATES],
    },
  };
}

interface StateRow {
  status: WorkOrderStatus;
  count: number;
  average_age_days: number | null;
  oldest_age_days: number | null;
}

interface DurationsRow {
  assign_count: number;
  assign_median: number | null;
  assign_p90: number | null;
  close_count: number;
  close_median: number | null;
  close_p90: number | null;
}

interface ProjectCostRow {
  project_id: string;
  project_name: string;
  improvement_requests: number;
  open_improvement_requests: number;
  rnd_hours: number;
  total_minutes: number;
}

const run = async <Row>(dataSource: DataSource, query: NamedQuery): Promise<Row[]> => (await dataSource.query(query.sql, query.params)) as Row[];

/** The R&D figures of a scope: at most three aggregate statements, nothing counted in Node; `thresholdHours` is the flag's setting. */
export async function rndFigures(dataSource: DataSource, scope: RndScope, thresholdHours: number): Promise<RndFigures> {
  const queries = rndQueries(scope.filter);
  const [states, [durations], costs] = await Promise.all([
    run<StateRow>(dataSource, queries.byState),
    run<DurationsRow>(dataSource, queries.durations),
    scope.seesProjectCosts ? run<ProjectCostRow>(dataSource, queries.projectCosts) : Promise.resolve([]),
  ]);

  const byStatus = new Map(states.map((row) => [row.status, row]));
  const workOrdersByState = Object.values(WorkOrderStatus).map((status): WorkOrderStateFigure => {
    const row = byStatus.get(status);
    return { status, count: row?.count ?? 0, averageAgeDays: row?.average_age_days ?? null, oldestAgeDays: row?.oldest_age_days ?? null };
  });
  return {
    workOrdersByState,
    hoursToAssign: { count: durations.assign_count, median: durations.assign_median, p90: durations.assign_p90 },
    hoursToClose: { count: durations.close_count, median: durations.close_median, p90: durations.close_p90 },
    projectCosts: costs.map(
      (row): RndProjectCost => ({
        projectId: row.project_id,
        projectName: row.project_name,
        improvementRequests: row.improvement_requests,
        openImprovementRequests: row.open_improvement_requests,
        rndHours: row.rnd_hours,
        thresholdHours,
        bonusAfterRndCost: rndCostOf(row.total_minutes, thresholdHours).bonusAfterRndCost,
      }),
    ),
  };
}
