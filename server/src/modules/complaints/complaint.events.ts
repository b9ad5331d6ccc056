/**
 * Event-log types of complaints. They carry no project id: complaints are not for the
 * project's timeline, where every member would see them.
 */
export const ComplaintEvent = {
  FILED: 'COMPLAINT_FILED',
  DECIDED: 'COMPLAINT_DECIDED',
} as const;
