import { ApprovalEvent } from '../approvals/approval.events';
import { FEEDBACK_CHANGED } from '../bug-feedback/bug-feedback.service';
import { ComplaintEvent } from '../complaints/complaint.events';
import { DOCUMENT_CHANGED } from '../documents/document.events';
import { ProjectMemberRole } from '../projects/project-member-role';
import { ReportEvent } from '../reports/report.events';
import { SUPPORT_REQUEST_CHANGED } from '../support-requests/support-request.service';
import { SLA_BREACHED, SLA_WARNING, TICKET_CHANGED, TICKET_ESCALATED } from '../tickets/ticket.events';
import { Role } from '../users/role.enum';
import { WORK_ORDER_CHANGED } from '../work-orders/work-order.events';

/** Who a rule sends to: resolved against the event (its project, payload or record) when it is dispatched. */
export type Audience =
  /** The project's member(s) in this role. */
  | { member: ProjectMemberRole }
  /** Every active user holding the role. */
  | { role: Role }
  /** Every active user holding the role the payload names (an approval's next step). */
  | { roleIn: 'nextRole' }
  /** The user the payload names. */
  | { user: 'assigneeId' | 'submittedById' };

/** How the subject line is made (the seed's forms where it gives them), per language. */
export type SubjectForm = 'REPORT' | 'COMPLAINT' | 'SUMMARY';

/**
 * Whose seeing of the record the recipients must pass when the event is dispatched (SPEC §1):
 * project events go only to those who may see the project now, ticket events to those who may
 * see the ticket; role-addressed records (complaints, approvals, the testers' queue) are seen by
 * the roles they are addressed to.
 */
export type RecordVisibility = 'PROJECT' | 'TICKET' | 'ROLE';

export interface NotificationRule {
  key: string;
  /** The event type, and payload fields that must match (a list: any of them). */
  on: { type: string; payload?: Record<string, string | null | readonly (string | null)[]> };
  to: readonly Audience[];
  cc: readonly Audience[];
  subject: SubjectForm;
  /** The regulation's own reports and complaints: nobody may switch these off. */
  mandatory: boolean;
  visibility: RecordVisibility;
}

const P = ProjectMemberRole;

/** The regulation's "send to X, copy Y" (SPEC §3–§7), one row per rule. */
export const NOTIFICATION_RULES: readonly NotificationRule[] = [
  // 第十二–十六条: every communication is reported to the responsible sales: 客户沟通-{项目}-{技服}.
  { key: 'REPORT_FILED', on: { type: ReportEvent.FILED }, to: [{ member: P.RESPONSIBLE_SALES }], cc: [], subject: 'REPORT', mandatory: true, visibility: 'PROJECT' },
  // 第十三条: a complaint goes to the PRESALES_MANAGER, copied to the TECH_DIRECTOR: 投诉-{项目}沟通问题.
  { key: 'COMPLAINT_FILED', on: { type: ComplaintEvent.FILED }, to: [{ role: Role.PRESALES_MANAGER }], cc: [{ role: Role.TECH_DIRECTOR }], subject: 'COMPLAINT', mandatory: true, visibility: 'ROLE' },
  // 第四条: a support request goes to the first pre-sales.
  { key: 'SUPPORT_REQUESTED', on: { type: SUPPORT_REQUEST_CHANGED, payload: { status: 'OPEN', action: null } }, to: [{ member: P.FIRST_PRESALES }], cc: [], subject: 'SUMMARY', mandatory: false, visibility: 'PROJECT' },
  // 第七条: the second pre-sales reports the hand-off's result to the first, copied to the PRESALES_MANAGER.
  {
    key: 'HANDOFF_RESULT',
    on: { type: SUPPORT_REQUEST_CHANGED, payload: { action: 'REPORT_HANDOFF_RESULT' } },
    to: [{ member: P.FIRST_PRESALES }],
    cc: [{ role: Role.PRESALES_MANAGER }],
    subject: 'SUMMARY',
    mandatory: false,
    visibility: 'PROJECT',
  },
  // 第八条: a remaining issue is the first pre-sales' to drive.
  { key: 'REMAINING_ISSUE_OPENED', on: { type: ReportEvent.REMAINING_ISSUE_OPENED }, to: [{ member: P.FIRST_PRESALES }], cc: [], subject: 'SUMMARY', mandatory: false, visibility: 'PROJECT' },
  // 第三十九条: the pre-sales' technical part of the implementation work order, copied to both department heads.
  {
    key: 'IMPLEMENTATION_WORK_ORDER_SUBMITTED',
    on: { type: DOCUMENT_CHANGED, payload: { action: 'SUBMITTED', kind: 'IMPLEMENTATION_WORK_ORDER' } },
    to: [{ role: Role.PRESALES_MANAGER }],
    cc: [{ role: Role.SALES_DIRECTOR }, { member: P.RESPONSIBLE_SALES }],
    subject: 'SUMMARY',
    mandatory: false,
    visibility: 'PROJECT',
  },
  // Bug feedback goes to the testers, copied to all pre-sales.
  { key: 'BUG_FEEDBACK_REPORTED', on: { type: FEEDBACK_CHANGED, payload: { action: 'REPORTED' } }, to: [{ role: Role.TESTER }], cc: [{ role: Role.PRESALES }], subject: 'SUMMARY', mandatory: false, visibility: 'ROLE' },
  // 第四十七条: R&D asks the submitter to confirm the closure of a work order.
  {
    key: 'WORK_ORDER_CLOSURE_REQUESTED',
    on: { type: WORK_ORDER_CHANGED, payload: { action: 'REQUEST_CLOSURE' } },
    to: [{ user: 'submittedById' }],
    cc: [],
    subject: 'SUMMARY',
    mandatory: false,
    visibility: 'PROJECT',
  },
  // Every approval step waits for its approver.
  { key: 'APPROVAL_REQUESTED', on: { type: ApprovalEvent.REQUESTED }, to: [{ roleIn: 'nextRole' }], cc: [], subject: 'SUMMARY', mandatory: false, visibility: 'ROLE' },
  { key: 'APPROVAL_NEXT_STEP', on: { type: ApprovalEvent.STEP_DECIDED, payload: { status: 'PENDING' } }, to: [{ roleIn: 'nextRole' }], cc: [], subject: 'SUMMARY', mandatory: false, visibility: 'ROLE' },
  // SPEC §7: an SLA warning to the engineer; a breach to the engineer and the manager, escalated to the manager.
  { key: 'SLA_WARNING', on: { type: SLA_WARNING }, to: [{ user: 'assigneeId' }], cc: [], subject: 'SUMMARY', mandatory: false, visibility: 'TICKET' },
  { key: 'SLA_BREACHED', on: { type: SLA_BREACHED }, to: [{ user: 'assigneeId' }], cc: [{ role: Role.PRESALES_MANAGER }], subject: 'SUMMARY', mandatory: false, visibility: 'TICKET' },
  { key: 'TICKET_TO_MANAGER', on: { type: TICKET_ESCALATED, payload: { to: 'MANAGER' } }, to: [{ role: Role.PRESALES_MANAGER }], cc: [{ user: 'assigneeId' }], subject: 'SUMMARY', mandatory: false, visibility: 'TICKET' },
  // An after-sales ticket is routed to the project's first pre-sales; a ticket escalated to a senior goes to them.
  { key: 'TICKET_ASSIGNED', on: { type: TICKET_CHANGED, payload: { action: ['CREATED', 'ASSIGNED'] } }, to: [{ user: 'assigneeId' }], cc: [], subject: 'SUMMARY', mandatory: false, visibility: 'TICKET' },
  { key: 'TICKET_TO_SENIOR', on: { type: TICKET_ESCALATED, payload: { to: 'SENIOR' } }, to: [{ user: 'assigneeId' }], cc: [], subject: 'SUMMARY', mandatory: false, visibility: 'TICKET' },
];

/** The rules an event matches. */
export function rulesFor(type: string, payload: Record<string, unknown>): NotificationRule[] {
  return NOTIFICATION_RULES.filter((rule) => {
    if (rule.on.type !== type) return false;
    return Object.entries(rule.on.payload ?? {}).every(([field, wanted]) => {
      const value = payload[field] ?? null;
      return Array.isArray(wanted) ? wanted.includes(value as string | null) : value === wanted;
    });
  });
}
