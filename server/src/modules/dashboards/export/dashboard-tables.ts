import type { DashboardTable } from './dashboard-table';
import { slaAttainmentTable } from './sla-attainment.table';

/** Every dashboard table that exports to .xlsx, by URL name. Add a table here when it appears on a dashboard. */
export const DASHBOARD_TABLES: DashboardTable<unknown>[] = [
  slaAttainmentTable,
];
