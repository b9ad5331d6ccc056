import dayjs from 'dayjs';
import type { ProjectMemberRole, ProjectStage, ProjectTaskKind, ProjectTaskStatus, Role } from '../../gql/graphql';
import { sidesOf } from '../projects/project-sides';

export const TASK_KIND_COLOR: Record<ProjectTaskKind, string> = { INFO_REQUEST: 'blue', TECHNICAL_UPGRADE: 'purple', COMMERCIAL_UPGRADE: 'gold' };
export const TASK_STATUS_COLOR: Record<ProjectTaskStatus, string> = { OPEN: 'processing', DONE: 'success' };

/** An open task whose due day has passed. */
export const isOverdue = (task: { status: ProjectTaskStatus; dueOn: string | null }): boolean =>
  task.status === 'OPEN' && task.dueOn !== null && task.dueOn < dayjs().format('YYYY-MM-DD');

type Members = readonly { role: ProjectMemberRole; user: { id: string } }[];

/**
 * Only hints for the UI (server: project-tasks/project-task.service.ts): the pre-sales side asks
 * the sales for information; either side or the manager asks for an upgrade once in after-sales.
 */
export const mayRequestInfo = (members: Members, userId: string): boolean => sidesOf(members, userId).has('PRESALES');

export const mayRequestUpgrade = (stage: ProjectStage, members: Members, viewer: { id: string; roles: readonly Role[] }): boolean =>
  stage === 'AFTER_SALES' && (sidesOf(members, viewer.id).size > 0 || viewer.roles.includes('PRESALES_MANAGER'));

/** The tasks people are given: information requests and commercial upgrades to the sales, technical ones to the pre-sales. */
export const mayHaveTasks = (roles: readonly Role[]): boolean => roles.includes('SALES') || roles.includes('PRESALES');
