import type { EntityManager } from 'typeorm';
import type { EventRecord } from '../../platform/events/event.entity';
import type { NotificationRule } from './notification.rules';

export type Language = 'zh-CN' | 'en';
export const languageOf = (setting: string): Language => (setting === 'en' ? 'en' : 'zh-CN');

/** What subjects and bodies are made of, read once per event. */
export interface EventFacts {
  projectName: string | null;
  actorName: string | null;
  /** The record's own title or number, when it has one. */
  label: string | null;
  link: string;
}

const SUMMARY: Record<string, Record<Language, string>> = {
  SUPPORT_REQUESTED: { 'zh-CN': '支持申请', en: 'Support request' },
  HANDOFF_RESULT: { 'zh-CN': '转交支持结果', en: 'Hand-off result' },
  REMAINING_ISSUE_OPENED: { 'zh-CN': '遗留问题', en: 'Remaining issue' },
  IMPLEMENTATION_WORK_ORDER_SUBMITTED: { 'zh-CN': '项目实施工作单（技术部分）', en: 'Implementation work order (technical part)' },
  BUG_FEEDBACK_REPORTED: { 'zh-CN': '内部bug反馈', en: 'Bug feedback' },
  WORK_ORDER_CLOSURE_REQUESTED: { 'zh-CN': '故障处理工单请求关闭', en: 'Work order closure requested' },
  APPROVAL_REQUESTED: { 'zh-CN': '待审批', en: 'Approval waiting' },
  APPROVAL_NEXT_STEP: { 'zh-CN': '待审批', en: 'Approval waiting' },
  SLA_WARNING: { 'zh-CN': 'SLA 预警', en: 'SLA warning' },
  SLA_BREACHED: { 'zh-CN': 'SLA 超时', en: 'SLA breached' },
  TICKET_TO_MANAGER: { 'zh-CN': '工单升级至经理', en: 'Ticket escalated to the manager' },
  TICKET_ASSIGNED: { 'zh-CN': '工单指派给你', en: 'Ticket assigned to you' },
  TICKET_TO_SENIOR: { 'zh-CN': '工单升级给你', en: 'Ticket escalated to you' },
};

/** The subject line: the seed's forms for reports and complaints, a short summary otherwise. */
export function subjectOf(rule: NotificationRule, facts: EventFacts, language: Language): string {
  const project = facts.projectName ?? '';
  if (rule.subject === 'REPORT') return language === 'en' ? `Customer communication-${project}-${facts.actorName ?? ''}` : `客户沟通-${project}-${facts.actorName ?? ''}`;
  if (rule.subject === 'COMPLAINT') return language === 'en' ? `Complaint-${project} communication problem` : `投诉-${project}沟通问题`;
  const summary = SUMMARY[rule.key]?.[language] ?? rule.key;
  return [summary, facts.label, facts.projectName].filter(Boolean).join(' · ');
}

export function bodyOf(subject: string, facts: EventFacts, publicUrl: string, language: Language): string {
  const open = language === 'en' ? 'Open in Liaison' : '在 Liaison 中查看';
  const by = facts.actorName ? (language === 'en' ? `By ${facts.actorName}.` : `操作人：${facts.actorName}。`) : '';
  return `${subject}\n\n${by}\n\n${open}: ${publicUrl}${facts.link}\n`;
}

/** Project name, actor, label and link of an event, from its rows. */
export async function factsOf(manager: EntityManager, event: EventRecord): Promise<EventFacts> {
  const [row] = (await manager.query(
    `SELECT (SELECT p.name FROM project p WHERE p.id = $1) AS project_name,
            (SELECT u.name FROM app_user u WHERE u.id = $2) AS actor_name,
            (SELECT c.project_id FROM complaint c WHERE $3 = 'Complaint' AND c.id::text = $4) AS complaint_project,
            (SELECT p.name FROM complaint c JOIN project p ON p.id = c.project_id WHERE $3 = 'Complaint' AND c.id::text = $4) AS complaint_project_name`,
    [event.projectId, event.actorId, event.entityType, event.entityId],
  )) as { project_name: string | null; actor_name: string | null; complaint_project: string | null; complaint_project_name: string | null }[];
  const payload = event.payload;
  const label = typeof payload.number === 'string' ? payload.number : typeof payload.title === 'string' ? payload.title : null;
  return {
    projectName: row?.project_name ?? row?.complaint_project_name ?? null,
    actorName: row?.actor_name ?? null,
    label,
    link: linkOf(event, row?.complaint_project ?? null),
  };
}

function linkOf(event: EventRecord, complaintProject: string | null): string {
  switch (event.entityType) {
    case 'Ticket':
      return `/tickets/${event.entityId}`;
    case 'FaultWorkOrder':
      return `/work-orders/${event.entityId}`;
    case 'Approval':
      return '/approvals';
    case 'BugFeedback':
      return '/testing';
    case 'Complaint':
      return complaintProject ? `/projects/${complaintProject}` : '/complaints';
    default:
      return event.projectId ? `/projects/${event.projectId}` : '/';
  }
}
