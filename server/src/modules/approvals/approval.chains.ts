import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import type { Approval } from './approval.entity';
import { ApprovalKind } from './approval.enums';

/** The chain each kind goes through, in order. */
export const APPROVAL_CHAINS: Record<ApprovalKind, readonly Role[]> = {
  [ApprovalKind.RESOURCE_REQUEST]: [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM],
  // The applying sales is the chain's first link; the approvers follow.
  [ApprovalKind.PRESALES_APPLICATION]: [Role.SALES_DIRECTOR, Role.PRESALES_MANAGER],
  [ApprovalKind.DESIGN_SOLUTION]: [Role.PRESALES_MANAGER, Role.CHIEF_ENGINEER],
  [ApprovalKind.FAULT_WORK_ORDER]: [Role.PRESALES_MANAGER],
};

export const APPROVER_ROLES: readonly Role[] = [...new Set(Object.values(APPROVAL_CHAINS).flat())];

/**
 * Whoever asked and every holder of a role in the chain may see an approval, even on a
 * project they cannot otherwise see (the CHIEF_ENGINEER judges design solutions); anyone
 * else only through the project's visibility.
 */
export const asksOrApproves = (viewer: Pick<User, 'id' | 'roles'>, approval: Pick<Approval, 'kind' | 'requestedById'>): boolean =>
  approval.requestedById === viewer.id || APPROVAL_CHAINS[approval.kind].some((role) => viewer.roles.includes(role));
