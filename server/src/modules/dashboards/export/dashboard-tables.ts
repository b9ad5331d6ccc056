import type { DashboardTable } from './dashboard-table';
import { rndProjectCostsTable, rndWorkOrdersTable } from './rnd.tables';
import { satisfactionPerEngineerTable, satisfactionTrendTable } from './satisfaction.tables';
import { slaAttainmentTable } from './sla-attainment.table';
import { workloadTable } from './workload.table';
import { workReportTable } from './work-report.table';

/** Every dashboard table that exports to .xlsx, by URL name. Add a table here when it appears on a dashboard. */
export const DASHBOARD_TABLES: DashboardTable<unknown>[] = [
  slaAttainmentTable,
  rndWorkOrdersTable,
  rndProjectCostsTable,
  satisfactionPerEngineerTable,
  satisfactionTrendTable,
  workloadTable,
  workReportTable,
];
