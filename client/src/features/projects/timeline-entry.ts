import type { TFunction } from 'i18next';
import type { ProjectStage } from '../../gql/graphql';
import zhCN from '../../locales/zh-CN.json';
import { STAGES } from '../board/project-meta';

type ActivityType = keyof typeof zhCN.activity;

const isActivityType = (type: string): type is ActivityType => Object.hasOwn(zhCN.activity, type);
const isStage = (value: unknown): value is ProjectStage => STAGES.some((stage) => stage === value);

const COLOR: Partial<Record<ActivityType, string>> = {
  PROJECT_INITIATED: 'blue',
  PROJECT_STAGE_CHANGED: 'green',
  REPORT_FILED: 'blue',
  WRITTEN_REPORT_REQUESTED: 'orange',
  REMAINING_ISSUE_OPENED: 'red',
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
    default:
      return { label, detail: null, color };
  }
}
