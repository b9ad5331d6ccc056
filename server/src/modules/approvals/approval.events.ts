/** Event-log types of the approval engine and its requests. */
export const ApprovalEvent = {
  REQUESTED: 'APPROVAL_REQUESTED',
  STEP_DECIDED: 'APPROVAL_STEP_DECIDED',
  MEMBER_ADDED: 'PROJECT_MEMBER_ADDED',
} as const;

export const APPROVAL_EVENT_TYPES: ReadonlySet<string> = new Set([ApprovalEvent.REQUESTED, ApprovalEvent.STEP_DECIDED]);
