import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';

/** Performance and complaints are for the person, the managers and the GM only (SPEC §1, §4). */
export const COMPLAINT_OVERSEERS: readonly Role[] = [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM];

export const overseesComplaints = (user: Pick<User, 'roles'>): boolean => user.roles.some((role) => COMPLAINT_OVERSEERS.includes(role));

/** SQL condition "the viewer may see complaint `alias`". */
export function visibleComplaintCondition(alias: string, user: Pick<User, 'id' | 'roles'>): { sql: string; params: Record<string, unknown> } {
  if (overseesComplaints(user)) return { sql: 'TRUE', params: {} };
  return { sql: `(${alias}.complainant_id = :viewerId OR ${alias}.respondent_id = :viewerId)`, params: { viewerId: user.id } };
}
