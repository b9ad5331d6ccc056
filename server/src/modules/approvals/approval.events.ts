/** Event-log types of the approval engine. */
export const ApprovalEvent = {
  REQUESTED: 'APPROVAL_REQUESTED',
  STEP_DECIDED: 'APPROVAL_STEP_DECIDED',
} as const;

export const APPROVAL_EVENT_TYPES: ReadonlySet<string> = new Set([ApprovalEvent.REQUESTED, ApprovalEvent.STEP_DECIDED]);
