/** Event-log types written by the reports feature. */
export const ReportEvent = {
  FILED: 'REPORT_FILED',
  WRITTEN_REQUESTED: 'WRITTEN_REPORT_REQUESTED',
  REMAINING_ISSUE_OPENED: 'REMAINING_ISSUE_OPENED',
} as const;
