import { ApprovalEvent } from '../approvals/approval.events';
import { REMAINING_ISSUE_CHANGED } from '../remaining-issues/remaining-issue.events';
import { ReportEvent } from '../reports/report.events';
import { WORK_ORDER_CHANGED } from '../work-orders/work-order.events';
import { TICKET_EVENT_TYPES } from '../tickets/ticket.events';

/** Events that change a card's counters; the board pushes the card again on each. */
export const COUNTER_EVENT_TYPES: ReadonlySet<string> = new Set([
  ReportEvent.REMAINING_ISSUE_OPENED,
  REMAINING_ISSUE_CHANGED,
  ApprovalEvent.REQUESTED,
  ApprovalEvent.STEP_DECIDED,
  WORK_ORDER_CHANGED,
  ...TICKET_EVENT_TYPES,
]);
