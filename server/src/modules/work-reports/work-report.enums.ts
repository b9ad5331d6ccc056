import { registerEnumType } from 'type-graphql';

/** Whose month a work report covers: one engineer's, or the whole support department's. */
export enum WorkReportScope {
  ENGINEER = 'ENGINEER',
  TEAM = 'TEAM',
}

/** 存在的问题: stable codes the client translates. */
export enum WorkReportProblemKind {
  /** Tickets resolved in the month with a breached response or resolution clock; detail: their numbers. */
  SLA_BREACHED = 'SLA_BREACHED',
  /** Complaints filed in the month and upheld; detail: the projects. */
  COMPLAINT_UPHELD = 'COMPLAINT_UPHELD',
  /** Remaining issues the engineer drives (as first pre-sales) still open and 30 days old at the month's end; detail: the projects. */
  REMAINING_ISSUE_OPEN = 'REMAINING_ISSUE_OPEN',
  /** Surveys answered in the month whose mean score is below 3 of 5; detail: the ticket numbers. */
  LOW_SATISFACTION = 'LOW_SATISFACTION',
}

/** Event-log type of a (re)generated report; it carries no project id, so no project timeline shows it. */
export const WORK_REPORT_GENERATED = 'WORK_REPORT_GENERATED';

registerEnumType(WorkReportScope, { name: 'WorkReportScope', description: "Whose month a work report covers: one engineer's, or the support department's." });
