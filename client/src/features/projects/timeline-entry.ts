import type { TFunction } from 'i18next';
import type { ApprovalKind, ProjectStage } from '../../gql/graphql';
import zhCN from '../../locales/zh-CN.json';
import { STAGES } from '../board/project-meta';
import { keyOf } from './payload-key';
import { describeTicketActivity } from './ticket-timeline-entry';

type ActivityType = keyof typeof zhCN.activity;

const isActivityType = (type: string): type is ActivityType => Object.hasOwn(zhCN.activity, type);
const isStage = (value: unknown): value is ProjectStage => STAGES.some((stage) => stage === value);

const COLOR: Partial<Record<ActivityType, string>> = {
  PROJECT_INITIATED: 'blue',
  PROJECT_STAGE_CHANGED: 'green',
  REPORT_FILED: 'blue',
  WRITTEN_REPORT_REQUESTED: 'orange',
  REMAINING_ISSUE_OPENED: 'red',
  SUPPORT_REQUEST_CHANGED: 'purple',
  APPROVAL_REQUESTED: 'orange',
  APPROVAL_STEP_DECIDED: 'orange',
  PROJECT_MEMBER_ADDED: 'green',
  DOCUMENT_CHANGED: 'blue',
  PROJECT_TASK_CHANGED: 'cyan',
  STEP_WAIVED: 'red',
  UNINITIATED_WORK_CHANGED: 'gray',
  REMAINING_ISSUE_CHANGED: 'red',
  IMPROVEMENT_CHANGED: 'purple',
  WORK_ORDER_CHANGED: 'orangered',
  ATTACHMENT_ADDED: 'gray',
  PROJECT_VERSION_CHOSEN: 'cyan',
  BUG_FEEDBACK_CHANGED: 'magenta',
  TICKET_CHANGED: 'blue',
  SLA_WARNING: 'orange',
  SLA_BREACHED: 'red',
  TICKET_ESCALATED: 'magenta',
  SATISFACTION_SURVEY_CHANGED: 'purple',
};

/** A document's review outcome shows in the timeline's colour. */
const DOCUMENT_ACTION_COLOR: Partial<Record<keyof typeof zhCN.documentAction, string>> = { SUBMITTED: 'orange', APPROVED: 'green', REJECTED: 'red', SIGNED: 'green' };

/** The event's payload (a small JSON object), or an empty one when it is not an object. */
function payloadOf(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

interface Entry {
  label: string;
  detail: string | null;
  color: string;
  /** Where the entry opens: the ticket it is about. */
  link: string | null;
}

interface Event {
  type: string;
  entityType: string;
  entityId: string;
  payload: string;
}

/** The ticket page of a ticket's event, and of a remaining issue opened from a ticket. */
function linkOf(event: Event, payload: Record<string, unknown>): string | null {
  if (event.entityType === 'Ticket') return `/tickets/${event.entityId}`;
  const ticketId = text(payload.ticketId);
  return event.type === 'REMAINING_ISSUE_CHANGED' && payload.action === 'OPENED_FROM_TICKET' && ticketId ? `/tickets/${ticketId}` : null;
}

/**
 * What a timeline entry says: the translated kind of change (the raw type when unknown), a
 * detail, and the ticket it opens if any. `approvalKinds` names the kind of each of the
 * project's approvals, which the events of a decided step do not carry.
 */
export function describeActivity(t: TFunction, event: Event, approvalKinds: ReadonlyMap<string, ApprovalKind>): Entry {
  const payload = payloadOf(event.payload);
  return { ...describe(t, event, payload, approvalKinds), link: linkOf(event, payload) };
}

function describe(t: TFunction, event: Event, payload: Record<string, unknown>, approvalKinds: ReadonlyMap<string, ApprovalKind>): Omit<Entry, 'link'> {
  if (!isActivityType(event.type)) return { label: event.type, detail: null, color: 'gray' };
  const label = t(`activity.${event.type}`);
  const color = COLOR[event.type] ?? 'gray';
  switch (event.type) {
    case 'PROJECT_STAGE_CHANGED': {
      const { from, to } = payload;
      const detail = isStage(from) && isStage(to) ? t('timeline.stageChange', { from: t(`stage.${from}`), to: t(`stage.${to}`) }) : null;
      return { label, detail, color };
    }
    case 'PROJECT_INITIATED':
      return { label, detail: text(payload.name), color };
    case 'REPORT_FILED':
      return { label, detail: text(payload.title), color };
    case 'REMAINING_ISSUE_OPENED':
      return { label, detail: text(payload.description), color };
    case 'SUPPORT_REQUEST_CHANGED': {
      const { action, status } = payload;
      const state = keyOf(zhCN.supportStatus, status) ? t(`supportStatus.${status}`) : null;
      const detail = keyOf(zhCN.supportAction, action) && state ? t('timeline.supportStep', { action: t(`supportAction.${action}`), status: state }) : state;
      return { label, detail, color };
    }
    case 'APPROVAL_REQUESTED': {
      const { kind, nextRole } = payload;
      if (!keyOf(zhCN.approvalKind, kind)) return { label, detail: null, color };
      const detail = keyOf(zhCN.role, nextRole) ? t('timeline.approvalWaiting', { kind: t(`approvalKind.${kind}`), role: t(`role.${nextRole}`) }) : t(`approvalKind.${kind}`);
      return { label, detail, color };
    }
    case 'APPROVAL_STEP_DECIDED': {
      const { decidedRole, decision } = payload;
      const outcome = decision === 'APPROVE' ? 'APPROVED' : decision === 'REJECT' ? 'REJECTED' : null;
      const step = keyOf(zhCN.role, decidedRole) && outcome ? t('timeline.approvalStep', { role: t(`role.${decidedRole}`), decision: t(`stepStatus.${outcome}`) }) : null;
      const kind = approvalKinds.get(event.entityId);
      const detail = step && kind ? t('timeline.ofKind', { kind: t(`approvalKind.${kind}`), detail: step }) : step;
      return { label, detail, color };
    }
    case 'PROJECT_MEMBER_ADDED':
      return { label, detail: keyOf(zhCN.memberRole, payload.role) ? t(`memberRole.${payload.role}`) : null, color };
    case 'DOCUMENT_CHANGED': {
      const { action, kind, title } = payload;
      const named = keyOf(zhCN.documentKind, kind) ? t('timeline.document', { kind: t(`documentKind.${kind}`), title: text(title) ?? '' }) : text(title);
      if (!keyOf(zhCN.documentAction, action)) return { label, detail: named, color };
      return { label: t(`documentAction.${action}`), detail: named, color: DOCUMENT_ACTION_COLOR[action] ?? color };
    }
    case 'PROJECT_TASK_CHANGED': {
      const { kind, status } = payload;
      const detail = keyOf(zhCN.taskKind, kind) && keyOf(zhCN.taskStatus, status) ? t('timeline.task', { kind: t(`taskKind.${kind}`), status: t(`taskStatus.${status}`) }) : null;
      return { label, detail, color };
    }
    case 'STEP_WAIVED': {
      const { step, reason } = payload;
      return { label, detail: keyOf(zhCN.documentKind, step) ? t('timeline.waived', { step: t(`documentKind.${step}`), reason: text(reason) ?? '' }) : text(reason), color };
    }
    case 'UNINITIATED_WORK_CHANGED':
      return { label, detail: keyOf(zhCN.uninitiatedAction, payload.action) ? t(`uninitiatedAction.${payload.action}`) : null, color };
    case 'REMAINING_ISSUE_CHANGED':
      return { label: keyOf(zhCN.issueAction, payload.action) ? t(`issueAction.${payload.action}`) : label, detail: text(payload.description), color };
    case 'IMPROVEMENT_CHANGED': {
      const { action, sequence, title } = payload;
      const detail = typeof sequence === 'number' ? t('timeline.improvement', { sequence, title: text(title) ?? '' }) : text(title);
      return { label: keyOf(zhCN.improvementAction, action) ? t(`improvementAction.${action}`) : label, detail, color };
    }
    case 'WORK_ORDER_CHANGED': {
      const { action, status, title } = payload;
      const detail = keyOf(zhCN.workOrderStatus, status) ? t('timeline.titled', { title: text(title) ?? '', status: t(`workOrderStatus.${status}`) }) : text(title);
      return { label: keyOf(zhCN.workOrderEvent, action) ? t(`workOrderEvent.${action}`) : label, detail, color };
    }
    case 'BUG_FEEDBACK_CHANGED': {
      const { status, title } = payload;
      return { label, detail: keyOf(zhCN.feedbackStatus, status) ? t('timeline.titled', { title: text(title) ?? '', status: t(`feedbackStatus.${status}`) }) : text(title), color };
    }
    case 'ATTACHMENT_ADDED':
      return { label, detail: text(payload.fileName), color };
    case 'PROJECT_VERSION_CHOSEN': {
      const { product, version, kind } = payload;
      const name = [text(product), text(version)].filter(Boolean).join(' ');
      return { label, detail: keyOf(zhCN.versionKind, kind) ? t('timeline.version', { name, kind: t(`versionKind.${kind}`) }) : name, color };
    }
    case 'TICKET_CHANGED':
    case 'SLA_WARNING':
    case 'SLA_BREACHED':
    case 'TICKET_ESCALATED':
    case 'SATISFACTION_SURVEY_CHANGED':
      return describeTicketActivity(t, event.type, payload, label, color);
    default:
      return { label, detail: null, color };
  }
}
