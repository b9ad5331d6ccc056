import type { NamedQuery } from '../../server/src/modules/dashboards/named-query';
import { rndQueries } from '../../server/src/modules/dashboards/rnd-figures';
import { satisfactionQueries } from '../../server/src/modules/dashboards/satisfaction-figures';
import { serviceDeskQueries } from '../../server/src/modules/dashboards/service-desk-figures';
import { workloadQueries } from '../../server/src/modules/dashboards/workload-figures';
import { workReportQueries } from '../../server/src/modules/work-reports/work-report.figures';

/** The default REPORT_LATE_AFTER_HOURS, as the server runs it without the variable. */
const LATE_AFTER = { reportLateAfterHours: 24 };

interface Period {
  from: string;
  to: string;
}

/** What the generated data holds that a case's SQL needs. */
export interface BenchData {
  engineerIds: string[];
}

/** One dashboard field: its GraphQL document and variables for a period, and the SQL it runs (for EXPLAIN). */
export interface DashboardBenchCase {
  name: string;
  document: string;
  /** Figures of a month (the work report): timed for the month only. */
  monthOnly?: boolean;
  variables: (period: Period) => Record<string, unknown>;
  queries: (period: Period, data: BenchData) => NamedQuery[];
}

export const DASHBOARD_BENCH_CASES: DashboardBenchCase[] = [
  {
    name: 'serviceDeskFigures',
    document: `query($filter: DashboardFilter!) { serviceDeskFigures(filter: $filter) {
      tickets resolved slaAttainment { priority responseRate resolutionRate } firstResponseMinutes { median p90 } resolutionMinutes { median p90 }
      resolutionRate firstContactResolution reopenRate satisfaction { answered responseSpeed } } }`,
    variables: (period) => ({ filter: period }),
    queries: (period) => serviceDeskQueries(period),
  },
  {
    name: 'satisfactionFigures',
    document: `query($filter: DashboardFilter!) { satisfactionFigures(filter: $filter) {
      overall { answered responseSpeed } perEngineer { engineerName answered overall } trend { month answered overall } } }`,
    variables: (period) => ({ filter: period }),
    queries: (period) => satisfactionQueries(period),
  },
  {
    name: 'workloadFigures',
    document: `query($filter: DashboardFilter!) { workloadFigures(filter: $filter) {
      engineerName openTickets firstPresalesProjects secondPresalesProjects trackingEntries reportsFiled reportsLate reportsMissing complaintsFiled complaintsUpheld performanceLevel } }`,
    variables: (period) => ({ filter: period }),
    queries: (period) => workloadQueries(period, LATE_AFTER),
  },
  {
    name: 'rndFigures',
    document: `query($filter: RndFilter!) { rndFigures(filter: $filter) {
      workOrdersByState { status count averageAgeDays oldestAgeDays } hoursToAssign { count median p90 } hoursToClose { count median p90 }
      projectCosts { projectName improvementRequests rndHours bonusAfterRndCost } } }`,
    variables: (period) => ({ filter: period }),
    queries: (period) => Object.values(rndQueries(period)),
  },
  {
    name: 'generateWorkReport (team)',
    document: `mutation($month: String!) { generateWorkReport(month: $month) {
      figures { ticketsResolved satisfactionAverage performanceLevel } problems { kind count } members { engineerName figures { ticketsResolved } } } }`,
    monthOnly: true,
    variables: (period) => ({ month: period.to.slice(0, 7) }),
    queries: (period, data) => workReportQueries(period.to.slice(0, 7), data.engineerIds),
  },
];
