import type { ImprovementStatus, ProjectMemberRole, Role } from '../../gql/graphql';

export const IMPROVEMENT_STATUS_COLOR: Record<ImprovementStatus, string> = {
  AWAITING_SALES_AGREEMENT: 'gold',
  ISSUED: 'processing',
  ACCEPTED: 'cyan',
  REJECTED: 'error',
  DONE: 'success',
};

/**
 * Only hints for the UI (server: improvements/improvement.service.ts): the first pre-sales
 * issues a project's first two, the PRESALES_MANAGER any (第二十一条); the server counts.
 */
export const mayIssueImprovement = (members: readonly { role: ProjectMemberRole; user: { id: string } }[], viewer: { id: string; roles: readonly Role[] }): boolean =>
  viewer.roles.includes('PRESALES_MANAGER') || members.some((member) => member.user.id === viewer.id && member.role === 'FIRST_PRESALES');

/** What the viewer may do with a request now: the responsible sales agrees, the RND_MANAGER decides, its lead works it. */
export function improvementActions(
  request: { status: ImprovementStatus; rndLead: { id: string } | null },
  viewer: { id: string; roles: readonly Role[] },
  responsibleSales: boolean,
) {
  return {
    agree: responsibleSales && request.status === 'AWAITING_SALES_AGREEMENT',
    decide: viewer.roles.includes('RND_MANAGER') && request.status === 'ISSUED',
    work: request.rndLead?.id === viewer.id && request.status === 'ACCEPTED',
  };
}

/** Minutes as hours, one decimal at most. */
export const hoursOf = (minutes: number): number => Math.round(minutes / 6) / 10;
