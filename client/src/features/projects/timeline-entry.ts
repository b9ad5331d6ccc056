import type { TFunction } from 'i18next';
import type { ProjectStage } from '../../gql/graphql';
import zhCN from '../../locales/zh-CN.json';
import { STAGES } from '../board/project-meta';

type ActivityType = keyof typeof zhCN.activity;

const isActivityType = (type: string): type is ActivityType => Object.hasOwn(zhCN.activity, type);
const isStage = (value: unknown): value is ProjectStage => STAGES.some((stage) => stage === value);
/** A value from the payload that names one of the keys of a translated section (a status, a role…). */
const keyOf = <T extends object>(section: T, value: unknown): value is keyof T & string => typeof value === 'string' && Object.hasOwn(section, value);

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
};

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

/** What a timeline entry says: the translated kind of change (the raw type when unknown) and a detail. */
export function describeActivity(t: TFunction, event: { type: string; payload: string }): { label: string; detail: string | null; color: string } {
  if (!isActivityType(event.type)) return { label: event.type, detail: null, color: 'gray' };
  const payload = payloadOf(event.payload);
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
    case 'APPROVAL_REQUESTED':
      return { label, detail: keyOf(zhCN.approvalKind, payload.kind) ? t(`approvalKind.${payload.kind}`) : null, color };
    case 'APPROVAL_STEP_DECIDED': {
      const { decidedRole, decision } = payload;
      const outcome = decision === 'APPROVE' ? 'APPROVED' : decision === 'REJECT' ? 'REJECTED' : null;
      const detail = keyOf(zhCN.role, decidedRole) && outcome ? t('timeline.approvalStep', { role: t(`role.${decidedRole}`), decision: t(`stepStatus.${outcome}`) }) : null;
      return { label, detail, color };
    }
    case 'PROJECT_MEMBER_ADDED':
      return { label, detail: keyOf(zhCN.memberRole, payload.role) ? t(`memberRole.${payload.role}`) : null, color };
    default:
      return { label, detail: null, color };
  }
}
