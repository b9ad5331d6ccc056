import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { COMPANY_TIME_ZONE } from '../../platform/company-calendar';
import { type PerformanceSettings, performanceDeductions } from '../complaints/performance-deductions';
import type { DashboardFilter } from './dashboard.types';
import type { NamedQuery } from './named-query';
import type { EngineerWorkload } from './workload-figures.types';
import { inCompanyDays } from './dashboard-sql';

export type WorkloadSettings = PerformanceSettings & Pick<Config, 'reportLateAfterHours'>;

/**
 * The one statement of the workload dashboard for a (checked, scoped) filter: each figure is a
 * grouped aggregate over the engineers of the filter, left-joined to them, so the statement
 * count does not grow with the number of engineers. Only `from`, `to` and `engineerId` apply.
 * The upheld-complaint counts of the performance level are those of ComplaintService.performanceLevel,
 * for the month of `to`.
 */
export function workloadQueries(filter: DashboardFilter, settings: Pick<WorkloadSettings, 'reportLateAfterHours'>): [workload: NamedQuery] {
  const params = [filter.from, COMPANY_TIME_ZONE, filter.to, filter.engineerId || null, settings.reportLateAfterHours, filter.to.slice(0, 7)];
  const monthOf = (column: string) => `to_char(${column} AT TIME ZONE $2, 'YYYY-MM')`;
  return [
    {
      name: 'workload.per-engineer',
      sql: `WITH engineer AS (
              SELECT u.id, u.name FROM app_user u
               WHERE u.active AND 'PRESALES' = ANY (u.roles) AND ($4::uuid IS NULL OR u.id = $4::uuid)
            ),
            open_tickets AS (
              SELECT t.assignee_id AS engineer_id, count(*)::int AS open_tickets
                FROM ticket t
               WHERE t.assignee_id IN (SELECT id FROM engineer) AND t.status NOT IN ('RESOLVED', 'CLOSED')
               GROUP BY t.assignee_id
            ),
            duties AS (
              SELECT m.user_id AS engineer_id,
                     count(*) FILTER (WHERE m.role = 'FIRST_PRESALES')::int AS first_presales,
                     count(*) FILTER (WHERE m.role = 'SECOND_PRESALES')::int AS second_presales
                FROM project_member m
                JOIN project p ON p.id = m.project_id
               WHERE m.user_id IN (SELECT id FROM engineer) AND p.stage <> 'CLOSED'
               GROUP BY m.user_id
            ),
            tracking AS (
              SELECT e.owner_id AS engineer_id, count(*)::int AS entries
                FROM tracking_entry e
               WHERE e.owner_id IN (SELECT id FROM engineer) AND e.entry_date BETWEEN $1::date AND $3::date
               GROUP BY e.owner_id
            ),
            reports AS (
              SELECT r.author_id AS engineer_id, count(*)::int AS filed,
                     count(*) FILTER (WHERE r.created_at > r.communicated_at + make_interval(hours => $5::int))::int AS late,
                     count(*) FILTER (WHERE r.channel = 'PHONE' AND r.written_requested_at IS NOT NULL)::int AS missing
                FROM communication_report r
               WHERE r.author_id IN (SELECT id FROM engineer) AND ${inCompanyDays('r.created_at')}
               GROUP BY r.author_id
            ),
            complaints AS (
              SELECT c.respondent_id AS engineer_id,
                     count(*) FILTER (WHERE ${inCompanyDays('c.created_at')})::int AS filed,
                     count(*) FILTER (WHERE ${inCompanyDays('c.created_at')} AND c.status = 'UPHELD')::int AS upheld,
                     count(*) FILTER (WHERE c.status = 'UPHELD' AND ${monthOf('c.created_at')} = $6)::int AS upheld_that_month,
                     count(*) FILTER (WHERE c.status = 'UPHELD' AND ${monthOf('c.created_at')} <= $6)::int AS upheld_to_that_month
                FROM complaint c
               WHERE c.respondent_id IN (SELECT id FROM engineer)
               GROUP BY c.respondent_id
            )
            SELECT e.id AS engineer_id, e.name AS engineer_name,
                   coalesce(o.open_tickets, 0) AS open_tickets,
                   coalesce(d.first_presales, 0) AS first_presales, coalesce(d.second_presales, 0) AS second_presales,
                   coalesce(k.entries, 0) AS tracking_entries,
                   coalesce(r.filed, 0) AS reports_filed, coalesce(r.late, 0) AS reports_late, coalesce(r.missing, 0) AS reports_missing,
                   coalesce(c.filed, 0) AS complaints_filed, coalesce(c.upheld, 0) AS complaints_upheld,
                   coalesce(c.upheld_that_month, 0) AS upheld_that_month, coalesce(c.upheld_to_that_month, 0) AS upheld_to_that_month
              FROM engineer e
              LEFT JOIN open_tickets o ON o.engineer_id = e.id
              LEFT JOIN duties d ON d.engineer_id = e.id
              LEFT JOIN tracking k ON k.engineer_id = e.id
              LEFT JOIN reports r ON r.engineer_id = e.id
              LEFT JOIN complaints c ON c.engineer_id = e.id
             ORDER BY e.name, e.id`,
      params,
    },
  ];
}

interface WorkloadRow {
  engineer_id: string;
  engineer_name: string;
  open_tickets: number;
  first_presales: number;
  second_presales: number;
  tracking_entries: number;
  reports_filed: number;
  reports_late: number;
  reports_missing: number;
  complaints_filed: number;
  complaints_upheld: number;
  upheld_that_month: number;
  upheld_to_that_month: number;
}

/** The workload of every PRESALES engineer of a (checked, scoped) filter, by name: one statement, whatever their number. */
export async function workloadFigures(dataSource: DataSource, settings: WorkloadSettings, filter: DashboardFilter): Promise<EngineerWorkload[]> {
  const [workload] = workloadQueries(filter, settings);
  const rows = (await dataSource.query(workload.sql, workload.params)) as WorkloadRow[];
  return rows.map((row) => ({
    engineerId: row.engineer_id,
    engineerName: row.engineer_name,
    openTickets: row.open_tickets,
    firstPresalesProjects: row.first_presales,
    secondPresalesProjects: row.second_presales,
    trackingEntries: row.tracking_entries,
    reportsFiled: row.reports_filed,
    reportsLate: row.reports_late,
    reportsMissing: row.reports_missing,
    complaintsFiled: row.complaints_filed,
    complaintsUpheld: row.complaints_upheld,
    performanceLevel: performanceDeductions(row.upheld_that_month, row.upheld_to_that_month, settings).level,
  }));
}
