import type { ApprovalItemFragment, ApprovalStatus, ApprovalStepStatus, ProjectMemberRole, Role } from '../../gql/graphql';

/**
 * The roles that appear in an approval chain (the server's APPROVAL_CHAINS): only they are
 * offered the inbox. Only a hint for the UI: the server decides who may decide a step.
 */
const APPROVER_ROLES: readonly Role[] = ['PRESALES_MANAGER', 'TECH_DIRECTOR', 'GM', 'SALES_DIRECTOR', 'CHIEF_ENGINEER'];

export const mayApprove = (roles: readonly Role[]): boolean => roles.some((role) => APPROVER_ROLES.includes(role));

/** Who may ask for an additional pre-sales: the people who run the project (第四条). */
const RESOURCE_REQUESTERS: readonly ProjectMemberRole[] = ['RESPONSIBLE_SALES', 'FIRST_PRESALES'];

export const mayRequestResource = (members: readonly { role: ProjectMemberRole; user: { id: string } }[], userId: string): boolean =>
  members.some((member) => member.user.id === userId && RESOURCE_REQUESTERS.includes(member.role));

export const APPROVAL_STATUS_COLOR: Record<ApprovalStatus, string> = { PENDING: 'processing', APPROVED: 'success', REJECTED: 'error' };

export const STEP_STATUS: Record<ApprovalStepStatus, 'wait' | 'process' | 'finish' | 'error'> = {
  WAITING: 'wait',
  PENDING: 'process',
  APPROVED: 'finish',
  REJECTED: 'error',
};

export const currentStepOf = (approval: ApprovalItemFragment) => approval.steps.find((step) => step.position === approval.currentStep);

/** The approval waits for a decision from one of the viewer's roles. */
export function mayDecide(approval: ApprovalItemFragment, roles: readonly Role[]): boolean {
  const step = currentStepOf(approval);
  return approval.status === 'PENDING' && step !== undefined && roles.includes(step.approverRole);
}

/** Approving the last step of a pre-sales support application assigns its engineer. */
export const needsAssignee = (approval: ApprovalItemFragment): boolean =>
  approval.kind === 'PRESALES_APPLICATION' && approval.currentStep === approval.steps.length - 1;
